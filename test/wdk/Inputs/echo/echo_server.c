/*
 * A WSK echo server in the shape of the classic kernel echo sample: one
 * worker thread drains a queue of socket operations; the first operation
 * captures the provider NPI (waiting as long as it takes), opens a listening
 * socket whose accept callback queues receives, and releases the NPI. The
 * registration is made in DriverEntry and undone in the unload routine.
 * WPP tracing, SAL annotations and alloc_text as a WDK build has them.
 *
 * Correct WSK use: wskcheck reports nothing.
 */

#pragma warning(push)
#pragma warning(disable : 4201)

#define POOL_ZERO_DOWN_LEVEL_SUPPORT

#include <ntddk.h>
#include <wsk.h>

#pragma warning(pop)

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(EchoTraceGuid,                                       \
                          (6c3e1f9a, 2b7d, 4e51, 9a0c, 3f5d8e21b470),          \
                          WPP_DEFINE_BIT(ECHO_ERROR) WPP_DEFINE_BIT(ECHO_INFO))

#include "echo_server.tmh"

#define ECHO_TAG_CONTEXT ((ULONG)'cohE')
#define ECHO_TAG_BUFFER ((ULONG)'bohE')
#define ECHO_BUFFER_SIZE 1024
#define ECHO_OPS_PER_SOCKET 2

typedef struct _ECHO_SOCKET *PECHO_SOCKET;
typedef struct _ECHO_OP *PECHO_OP;
typedef VOID (*PECHO_OP_ROUTINE)(_In_ PECHO_OP Op);

typedef struct _ECHO_QUEUE {
  SLIST_HEADER Pending;
  KEVENT Wake;
  BOOLEAN Quit;
  PETHREAD Worker;
} ECHO_QUEUE, *PECHO_QUEUE;

typedef struct _ECHO_OP {
  SLIST_ENTRY Link;
  PECHO_OP_ROUTINE Routine;
  PECHO_SOCKET Owner;
  PIRP Irp;
  _Field_size_bytes_part_(Capacity, Used) PVOID Data;
  PMDL DataMdl;
  SIZE_T Capacity;
  SIZE_T Used;
} ECHO_OP;

typedef struct _ECHO_SOCKET {
  PWSK_SOCKET Socket;
  PECHO_QUEUE Queue;
  BOOLEAN Closing;
  BOOLEAN StopListening;
  ECHO_OP Ops[ECHO_OPS_PER_SOCKET];
} ECHO_SOCKET;

NTSTATUS WSKAPI EchoAcceptEvent(
    _In_ PVOID SocketContext, _In_ ULONG Flags, _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress, _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH *
        *AcceptSocketDispatch);

const WSK_CLIENT_DISPATCH EchoClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};

WSK_REGISTRATION EchoRegistration;

const WSK_CLIENT_LISTEN_DISPATCH EchoListenDispatch = {EchoAcceptEvent, NULL,
                                                       NULL};

PECHO_SOCKET EchoListener;
ECHO_QUEUE EchoQueue;

SOCKADDR_IN6 EchoAddress = {AF_INET6, 0x1f90, 0, IN6ADDR_ANY_INIT, 0};

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD EchoUnload;
KSTART_ROUTINE EchoWorker;
IO_COMPLETION_ROUTINE EchoSyncCompletion;

_Must_inspect_result_ __drv_allocatesMem(Mem) _Success_(return != NULL)
    PECHO_SOCKET EchoAllocateSocket(_In_ PECHO_QUEUE Queue,
                                    _In_ ULONG BufferSize);
_At_(Sock, __drv_freesMem(Mem)) VOID EchoFreeSocket(_In_ PECHO_SOCKET Sock);
VOID EchoEnqueue(_In_ PECHO_OP Op, _In_ PECHO_OP_ROUTINE Routine);
NTSTATUS EchoStartQueue(_Out_ PECHO_QUEUE Queue);
VOID EchoStopQueue(_In_ PECHO_QUEUE Queue);
VOID EchoStartListening(_In_ PECHO_OP Op);
VOID EchoStopListening(_In_ PECHO_OP Op);
VOID EchoReceive(_In_ PECHO_OP Op);
VOID EchoOpenListener(_In_ PWSK_PROVIDER_NPI Npi, _In_ PECHO_OP Op);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(INIT, EchoStartQueue)
#pragma alloc_text(PAGE, EchoUnload)
#pragma alloc_text(PAGE, EchoStopQueue)
#pragma alloc_text(PAGE, EchoWorker)
#pragma alloc_text(PAGE, EchoStartListening)
#pragma alloc_text(PAGE, EchoOpenListener)
#endif

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                     _In_ PUNICODE_STRING RegistryPath) {
  NTSTATUS status;
  WSK_CLIENT_NPI clientNpi;

  UNREFERENCED_PARAMETER(RegistryPath);
  PAGED_CODE();

  ExInitializeDriverRuntime(DrvRtPoolNxOptIn);

  EchoListener = EchoAllocateSocket(&EchoQueue, 0);
  if (EchoListener == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  clientNpi.ClientContext = NULL;
  clientNpi.Dispatch = &EchoClientDispatch;
  status = WskRegister(&clientNpi, &EchoRegistration);
  if (!NT_SUCCESS(status)) {
    EchoFreeSocket(EchoListener);
    return status;
  }

  status = EchoStartQueue(&EchoQueue);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&EchoRegistration);
    EchoFreeSocket(EchoListener);
    return status;
  }

  /* The worker captures the provider NPI: it may wait for the subsystem. */
  EchoEnqueue(&EchoListener->Ops[0], EchoStartListening);

  DriverObject->DriverUnload = EchoUnload;
  WPP_INIT_TRACING(DriverObject, RegistryPath);
  DoTraceMessage(ECHO_INFO, "loaded");
  return STATUS_SUCCESS;
}

VOID EchoUnload(_In_ PDRIVER_OBJECT DriverObject) {
  C_ASSERT(ECHO_OPS_PER_SOCKET >= 2);
  UNREFERENCED_PARAMETER(DriverObject);
  PAGED_CODE();

  DoTraceMessage(ECHO_INFO, "unloading");
  EchoEnqueue(&EchoListener->Ops[1], EchoStopListening);

  /* Waits until the worker released the NPI and every socket is closed. */
  WskDeregister(&EchoRegistration);

  EchoStopQueue(&EchoQueue);
  WPP_CLEANUP(DriverObject);
}

NTSTATUS EchoStartQueue(_Out_ PECHO_QUEUE Queue) {
  NTSTATUS status;
  HANDLE thread;

  PAGED_CODE();
  InitializeSListHead(&Queue->Pending);
  KeInitializeEvent(&Queue->Wake, SynchronizationEvent, FALSE);
  Queue->Quit = FALSE;

  status = PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                EchoWorker, Queue);
  if (!NT_SUCCESS(status))
    return status;
  status = ObReferenceObjectByHandle(thread, THREAD_ALL_ACCESS, NULL,
                                     KernelMode, (PVOID *)&Queue->Worker,
                                     NULL);
  ZwClose(thread);
  if (!NT_SUCCESS(status)) {
    Queue->Quit = TRUE;
    KeSetEvent(&Queue->Wake, 0, FALSE);
  }
  return status;
}

VOID EchoStopQueue(_In_ PECHO_QUEUE Queue) {
  PAGED_CODE();
  ASSERT(Queue->Worker != NULL);
  Queue->Quit = TRUE;
  KeSetEvent(&Queue->Wake, 0, FALSE);
  KeWaitForSingleObject(Queue->Worker, Executive, KernelMode, FALSE, NULL);
  ObDereferenceObject(Queue->Worker);
}

PECHO_SOCKET EchoAllocateSocket(_In_ PECHO_QUEUE Queue,
                                _In_ ULONG BufferSize) {
  PECHO_SOCKET sock;
  ULONG i;

  sock = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*sock), ECHO_TAG_CONTEXT);
  if (sock == NULL)
    return NULL;
  sock->Queue = Queue;
  for (i = 0; i < ECHO_OPS_PER_SOCKET; i++) {
    sock->Ops[i].Owner = sock;
    sock->Ops[i].Irp = IoAllocateIrp(1, FALSE);
    if (sock->Ops[i].Irp == NULL)
      goto failed;
    if (BufferSize == 0)
      continue;
    sock->Ops[i].Data = ExAllocatePoolUninitialized(NonPagedPoolNx,
                                                    BufferSize, ECHO_TAG_BUFFER);
    if (sock->Ops[i].Data == NULL)
      goto failed;
    sock->Ops[i].DataMdl =
        IoAllocateMdl(sock->Ops[i].Data, BufferSize, FALSE, FALSE, NULL);
    if (sock->Ops[i].DataMdl == NULL)
      goto failed;
    MmBuildMdlForNonPagedPool(sock->Ops[i].DataMdl);
    sock->Ops[i].Capacity = BufferSize;
  }
  DoTraceMessage(ECHO_INFO, "socket context %p", sock);
  return sock;

failed:
  DoTraceMessage(ECHO_ERROR, "socket context allocation failed");
  EchoFreeSocket(sock);
  return NULL;
}

VOID EchoFreeSocket(_In_ PECHO_SOCKET Sock) {
  ULONG i;
  for (i = 0; i < ECHO_OPS_PER_SOCKET; i++) {
    if (Sock->Ops[i].Irp != NULL)
      IoFreeIrp(Sock->Ops[i].Irp);
    if (Sock->Ops[i].DataMdl != NULL)
      IoFreeMdl(Sock->Ops[i].DataMdl);
    if (Sock->Ops[i].Data != NULL)
      ExFreePoolWithTag(Sock->Ops[i].Data, ECHO_TAG_BUFFER);
  }
  ExFreePoolWithTag(Sock, ECHO_TAG_CONTEXT);
}

VOID EchoEnqueue(_In_ PECHO_OP Op, _In_ PECHO_OP_ROUTINE Routine) {
  PECHO_QUEUE queue = Op->Owner->Queue;
  Op->Routine = Routine;
  if (InterlockedPushEntrySList(&queue->Pending, &Op->Link) == NULL)
    KeSetEvent(&queue->Wake, 0, FALSE);
}

VOID EchoWorker(_In_ PVOID Context) {
  PECHO_QUEUE queue = (PECHO_QUEUE)Context;
  PSLIST_ENTRY batch, entry, next;

  PAGED_CODE();
  for (;;) {
    batch = InterlockedFlushSList(&queue->Pending);
    if (batch == NULL) {
      if (queue->Quit)
        break;
      KeWaitForSingleObject(&queue->Wake, Executive, KernelMode, FALSE, NULL);
      continue;
    }
    /* The list comes newest first; run the operations in order. */
    entry = NULL;
    while (batch != NULL) {
      next = batch->Next;
      batch->Next = entry;
      entry = batch;
      batch = next;
    }
    while (entry != NULL) {
      PECHO_OP op = CONTAINING_RECORD(entry, ECHO_OP, Link);
      entry = entry->Next;
      op->Routine(op);
    }
  }
  PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID EchoStartListening(_In_ PECHO_OP Op) {
  NTSTATUS status;
  WSK_PROVIDER_NPI npi;

  PAGED_CODE();
  status = WskCaptureProviderNPI(&EchoRegistration, WSK_INFINITE_WAIT, &npi);
  if (!NT_SUCCESS(status)) {
    /* Fails when the driver unloads before the subsystem is ready. */
    DoTraceMessage(ECHO_INFO, "capture failed 0x%lx", status);
    return;
  }
  EchoOpenListener(&npi, Op);
  WskReleaseProviderNPI(&EchoRegistration);
}

NTSTATUS EchoSyncCompletion(PDEVICE_OBJECT Reserved, PIRP Irp,
                            PVOID Context) {
  UNREFERENCED_PARAMETER(Reserved);
  UNREFERENCED_PARAMETER(Irp);
  _Analysis_assume_(Context != NULL);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

VOID EchoOpenListener(_In_ PWSK_PROVIDER_NPI Npi, _In_ PECHO_OP Op) {
  NTSTATUS status;
  KEVENT done;
  WSK_EVENT_CALLBACK_CONTROL events;
  ULONG v6Only = 0;
  PWSK_SOCKET listener;
  const WSK_PROVIDER_LISTEN_DISPATCH *dispatch;
  PIRP irp = Op->Irp;

  PAGED_CODE();
  KeInitializeEvent(&done, SynchronizationEvent, FALSE);

  /* Accept events on from the moment the socket exists. */
  events.NpiId = (PNPIID)&NPI_WSK_INTERFACE_ID;
  events.EventMask = WSK_EVENT_ACCEPT;
  status = Npi->Dispatch->WskControlClient(
      Npi->Client, WSK_SET_STATIC_EVENT_CALLBACKS, sizeof(events), &events, 0,
      NULL, NULL, NULL);
  if (!NT_SUCCESS(status))
    return;

  IoSetCompletionRoutine(irp, EchoSyncCompletion, &done, TRUE, TRUE, TRUE);
  Npi->Dispatch->WskSocket(Npi->Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
                           WSK_FLAG_LISTEN_SOCKET, Op->Owner,
                           &EchoListenDispatch, NULL, NULL, NULL, irp);
  KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
  if (!NT_SUCCESS(irp->IoStatus.Status))
    return;

  listener = (PWSK_SOCKET)irp->IoStatus.Information;
  dispatch = (const WSK_PROVIDER_LISTEN_DISPATCH *)listener->Dispatch;

  IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(irp, EchoSyncCompletion, &done, TRUE, TRUE, TRUE);
  dispatch->WskControlSocket(listener, WskSetOption, IPV6_V6ONLY, IPPROTO_IPV6,
                             sizeof(v6Only), &v6Only, 0, NULL, NULL, irp);
  KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);

  IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(irp, EchoSyncCompletion, &done, TRUE, TRUE, TRUE);
  dispatch->WskBind(listener, (PSOCKADDR)&EchoAddress, 0, irp);
  KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
  if (!NT_SUCCESS(irp->IoStatus.Status)) {
    IoReuseIrp(irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(irp, EchoSyncCompletion, &done, TRUE, TRUE, TRUE);
    dispatch->WskCloseSocket(listener, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    return;
  }
  Op->Owner->Socket = listener;
}

VOID EchoStopListening(_In_ PECHO_OP Op) {
  Op->Owner->StopListening = TRUE;
}

NTSTATUS WSKAPI EchoAcceptEvent(
    _In_ PVOID SocketContext, _In_ ULONG Flags, _In_ PSOCKADDR LocalAddress,
    _In_ PSOCKADDR RemoteAddress, _In_opt_ PWSK_SOCKET AcceptSocket,
    _Outptr_result_maybenull_ PVOID *AcceptSocketContext,
    _Outptr_result_maybenull_ CONST WSK_CLIENT_CONNECTION_DISPATCH *
        *AcceptSocketDispatch) {
  PECHO_SOCKET listener = (PECHO_SOCKET)SocketContext;
  PECHO_SOCKET conn;
  ULONG i;

  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(LocalAddress);
  UNREFERENCED_PARAMETER(RemoteAddress);

  if (AcceptSocket == NULL) {
    /* The listening socket stopped working: open a new one. */
    EchoEnqueue(&listener->Ops[0], EchoStartListening);
    return STATUS_REQUEST_NOT_ACCEPTED;
  }
  conn = EchoAllocateSocket(&EchoQueue, ECHO_BUFFER_SIZE);
  if (conn == NULL)
    return STATUS_REQUEST_NOT_ACCEPTED;
  conn->Socket = AcceptSocket;
  for (i = 0; i < ECHO_OPS_PER_SOCKET; i++)
    EchoEnqueue(&conn->Ops[i], EchoReceive);
  *AcceptSocketContext = NULL;
  *AcceptSocketDispatch = NULL;
  return STATUS_SUCCESS;
}

VOID EchoReceive(_In_ PECHO_OP Op) {
  WSK_BUF buffer;
  const WSK_PROVIDER_CONNECTION_DISPATCH *dispatch;

  if (Op->Owner->Closing)
    return;
  dispatch = Op->Owner->Socket->Dispatch;
  buffer.Offset = 0;
  buffer.Length = Op->Capacity;
  buffer.Mdl = Op->DataMdl;
  IoReuseIrp(Op->Irp, STATUS_UNSUCCESSFUL);
  DoTraceMessage(ECHO_INFO, "receive %p %Iu", Op, buffer.Length);
  dispatch->WskReceive(Op->Owner->Socket, &buffer, 0, Op->Irp);
}
