/* The library half: registration, capture, sockets. */
#include "ksock.h"

#define KSOCK_TAG 'kcsK'

typedef struct _KSOCK_WAIT {
  KEVENT Done;
  PIRP Irp;
} KSOCK_WAIT, *PKSOCK_WAIT;

typedef struct _KSOCK {
  PWSK_SOCKET Socket;
  union {
    PVOID Dispatch;
    PWSK_PROVIDER_CONNECTION_DISPATCH Connection;
    PWSK_PROVIDER_LISTEN_DISPATCH Listen;
    PWSK_PROVIDER_DATAGRAM_DISPATCH Datagram;
#if (NTDDI_VERSION >= NTDDI_WIN10_RS2)
    PWSK_PROVIDER_STREAM_DISPATCH Stream;
#endif
  };
  KSOCK_WAIT Wait;
} KSOCK;

WSK_REGISTRATION KsockRegistration;
WSK_PROVIDER_NPI KsockProvider;
WSK_CLIENT_DISPATCH KsockClientDispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

static NTSTATUS NTAPI KsockWaitCompletion(_In_ PDEVICE_OBJECT Device,
                                          _In_ PIRP Irp, _In_ PKEVENT Done) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent(Done, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS KsockWaitInit(_Out_ PKSOCK_WAIT Wait) {
  KeInitializeEvent(&Wait->Done, SynchronizationEvent, FALSE);
  Wait->Irp = IoAllocateIrp(1, FALSE);
  if (Wait->Irp == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  /* The routine takes the event, not a PVOID: C accepts the conversion,
     as the WDK's compiler does. */
  IoSetCompletionRoutine(Wait->Irp, KsockWaitCompletion, &Wait->Done, TRUE,
                         TRUE, TRUE);
  return STATUS_SUCCESS;
}

static NTSTATUS KsockWaitFor(_In_ PKSOCK_WAIT Wait, _In_ NTSTATUS Status) {
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Wait->Done, Executive, KernelMode, FALSE, NULL);
    Status = Wait->Irp->IoStatus.Status;
  }
  return Status;
}

NTSTATUS NTAPI KsockStartup(VOID) {
  NTSTATUS status;
  WSK_CLIENT_NPI client;

  client.ClientContext = NULL;
  client.Dispatch = &KsockClientDispatch;
  status = WskRegister(&client, &KsockRegistration);
  if (!NT_SUCCESS(status))
    return status;

  /* The capture's status is the caller's: on failure the registration is
     left behind. */
  return WskCaptureProviderNPI(&KsockRegistration, WSK_INFINITE_WAIT,
                               &KsockProvider);
}

VOID NTAPI KsockCleanup(VOID) {
  WskReleaseProviderNPI(&KsockRegistration);
  WskDeregister(&KsockRegistration);
}

NTSTATUS NTAPI KsockResolve(_In_ PUNICODE_STRING Node,
                            _In_ PUNICODE_STRING Service,
                            _Out_ PADDRINFOEXW *Result) {
  KSOCK_WAIT wait;
  NTSTATUS status = KsockWaitInit(&wait);
  if (!NT_SUCCESS(status))
    return status;
  status = KsockProvider.Dispatch->WskGetAddressInfo(
      KsockProvider.Client, Node, Service, NS_ALL, NULL, NULL, Result, NULL,
      NULL, wait.Irp);
  status = KsockWaitFor(&wait, status);
  IoFreeIrp(wait.Irp);
  return status;
}

NTSTATUS NTAPI KsockOpen(_Out_ PKSOCK *Sock, _In_ ADDRESS_FAMILY Family,
                         _In_ USHORT Type, _In_ ULONG Protocol,
                         _In_ ULONG Flags) {
  NTSTATUS status;
  PKSOCK sock = ExAllocatePoolWithTag(NonPagedPool, sizeof(KSOCK), KSOCK_TAG);
  if (sock == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  status = KsockWaitInit(&sock->Wait);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(sock, KSOCK_TAG);
    return status;
  }
  status = KsockProvider.Dispatch->WskSocket(
      KsockProvider.Client, Family, Type, Protocol, Flags, NULL, NULL, NULL,
      NULL, NULL, sock->Wait.Irp);
  status = KsockWaitFor(&sock->Wait, status);
  if (!NT_SUCCESS(status)) {
    IoFreeIrp(sock->Wait.Irp);
    ExFreePoolWithTag(sock, KSOCK_TAG);
    return status;
  }
  sock->Socket = (PWSK_SOCKET)sock->Wait.Irp->IoStatus.Information;
  sock->Dispatch = (PVOID)sock->Socket->Dispatch;
  *Sock = sock;
  return STATUS_SUCCESS;
}

NTSTATUS NTAPI KsockClose(_In_ PKSOCK Sock) {
  NTSTATUS status;
  IoReuseIrp(Sock->Wait.Irp, STATUS_UNSUCCESSFUL);
  status = Sock->Connection->WskCloseSocket(Sock->Socket, Sock->Wait.Irp);
  status = KsockWaitFor(&Sock->Wait, status);
  IoFreeIrp(Sock->Wait.Irp);
  ExFreePoolWithTag(Sock, KSOCK_TAG);
  return status;
}

NTSTATUS NTAPI KsockSend(_In_ PKSOCK Sock, _In_ PVOID Data,
                         _Inout_ PULONG Length) {
  NTSTATUS status;
  WSK_BUF buffer;

  buffer.Offset = 0;
  buffer.Length = *Length;
  buffer.Mdl = IoAllocateMdl(Data, *Length, FALSE, FALSE, NULL);
  if (buffer.Mdl == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  /* Structured exception handling around the probe, as drivers do. */
  __try {
    MmProbeAndLockPages(buffer.Mdl, KernelMode, IoReadAccess);
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    IoFreeMdl(buffer.Mdl);
    return STATUS_ACCESS_VIOLATION;
  }

  IoReuseIrp(Sock->Wait.Irp, STATUS_UNSUCCESSFUL);
  status = Sock->Connection->WskSend(Sock->Socket, &buffer, 0, Sock->Wait.Irp);
  status = KsockWaitFor(&Sock->Wait, status);
  if (NT_SUCCESS(status))
    *Length = (ULONG)Sock->Wait.Irp->IoStatus.Information;
  MmUnlockPages(buffer.Mdl);
  IoFreeMdl(buffer.Mdl);
  return status;
}
