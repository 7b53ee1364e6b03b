// A datagram socket opened in DriverEntry and closed twice: by the
// IRP_MJ_CLEANUP dispatch routine and again by the unload routine (the two
// cleanup paths of a driver that forgot to clear the pointer). The second
// WskCloseSocket is wsk.SocketUseAfterClose at the call; so is a send on
// the closed socket (SEND), also through a copied function pointer, which
// the redirect header does not see: no call site then (COPY).
// RUN: %wskshim_cc -Wall -Wextra -Werror %s -o %t
// RUN: not %t | FileCheck --check-prefix=CLOSE %s
// RUN: not %t --async-irps | FileCheck --check-prefix=CLOSE %s
// RUN: %t --no-dispatch | count 0
// RUN: %wskshim_cc -DSEND %s -o %t.send
// RUN: not %t.send | FileCheck --check-prefix=SEND %s
// RUN: %wskshim_cc -DSEND -DCOPY %s -o %t.copy
// RUN: not %t.copy | FileCheck --check-prefix=COPY %s
// Keep-going: the call is refused (its IRP completes with
// STATUS_INVALID_DEVICE_STATE) and the run goes on to a clean deregistration.
// RUN: not %t --keep-going 2>&1 | FileCheck --check-prefix=KEEP %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;
static PWSK_SOCKET Datagram;
static PIRP RequestIrp;
static KEVENT RequestDone;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD Unload;
static DRIVER_DISPATCH Dispatch;
static IO_COMPLETION_ROUTINE SignalDone;

static NTSTATUS SignalDone(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                           PVOID Context) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static void Prepare(void) {
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
}

static NTSTATUS Wait(NTSTATUS Status) {
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    Status = RequestIrp->IoStatus.Status;
  }
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  const WSK_PROVIDER_DATAGRAM_DISPATCH *Table = Datagram->Dispatch;
  UNREFERENCED_PARAMETER(DeviceObject);
  if (Stack->MajorFunction == IRP_MJ_CLEANUP) {
    Prepare();
    Wait(Table->WskCloseSocket(Datagram, RequestIrp));
  }
  Irp->IoStatus.Status = STATUS_SUCCESS;
  Irp->IoStatus.Information = 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  const WSK_PROVIDER_DATAGRAM_DISPATCH *Table = Datagram->Dispatch;
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef SEND
  {
    WSK_BUF Bye = {NULL, 0, 0};
#ifdef COPY
    PFN_WSK_SEND_TO SendTo = Table->WskSendTo;
#endif
    Prepare();
    // SEND: wskshim: {{.*}}socket_use_after_close.c:[[@LINE+5]]: wsk.SocketUseAfterClose: 'WskSendTo' called on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close.c:{{[0-9]+}}){{$}}
    // COPY: wskshim: <unknown>:0: wsk.SocketUseAfterClose: 'WskSendTo' called on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close.c:{{[0-9]+}}); call site not recorded
#ifdef COPY
    Wait(SendTo(Datagram, &Bye, 0, NULL, 0, NULL, RequestIrp));
#else
    Wait(Table->WskSendTo(Datagram, &Bye, 0, NULL, 0, NULL, RequestIrp));
#endif
  }
#endif
  Prepare();
  // CLOSE: wskshim: {{.*}}socket_use_after_close.c:[[@LINE+2]]: wsk.SocketUseAfterClose: WskCloseSocket on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close.c:{{[0-9]+}}){{$}}
  // KEEP: socket_use_after_close.c:[[@LINE+1]]: wsk.SocketUseAfterClose
  Wait(Table->WskCloseSocket(Datagram, RequestIrp));
  IoFreeIrp(RequestIrp);
  WskReleaseProviderNPI(&Registration);
  WskDeregister(&Registration);
  IoDeleteDevice(Device);
}
// KEEP-NOT: wsk.
// KEEP: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 1 violation(s)

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    goto Delete;
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status))
    goto Deregister;
  RequestIrp = IoAllocateIrp(1, FALSE);
  if (RequestIrp == NULL) {
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Release;
  }
  KeInitializeEvent(&RequestDone, NotificationEvent, FALSE);
  Prepare();
  Status = Wait(Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
      WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, RequestIrp));
  if (!NT_SUCCESS(Status)) {
    IoFreeIrp(RequestIrp);
    goto Release;
  }
  Datagram = (PWSK_SOCKET)RequestIrp->IoStatus.Information;
  DriverObject->MajorFunction[IRP_MJ_CREATE] = Dispatch;
  DriverObject->MajorFunction[IRP_MJ_CLEANUP] = Dispatch;
  DriverObject->MajorFunction[IRP_MJ_CLOSE] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
Release:
  WskReleaseProviderNPI(&Registration);
Deregister:
  WskDeregister(&Registration);
Delete:
  IoDeleteDevice(Device);
  return Status;
}
