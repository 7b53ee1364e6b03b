// wsk.SocketOpenAtDeregister end to end for an accepted connection:
// DriverEntry opens a listening socket and waits for one connection
// (WskAccept with an IRP, completion routine and event); the unload routine
// closes the listening socket but not the connection it accepted. wskcheck
// flags the WskDeregister, its path noting the socket created at the
// WskAccept; wskcheck-confirm runs the harness with a peer connecting
// (--accept-connections) so the accept completes, and the shim reports the
// connection still open. The fixed driver closes both: silent in both.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ not %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet --accept-connections=1 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --accept-connections=1 --async-irps 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PWSK_SOCKET Listener;
static PWSK_SOCKET Peer;
static PIRP RequestIrp;
static KEVENT RequestDone;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD Unload;
static IO_COMPLETION_ROUTINE SignalDone;

static NTSTATUS SignalDone(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                           PVOID Context) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS Prepare(void) {
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
  return STATUS_SUCCESS;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef FIXED
  Prepare();
  if (((PWSK_PROVIDER_BASIC_DISPATCH)Peer->Dispatch)
          ->WskCloseSocket(Peer, RequestIrp) == STATUS_PENDING)
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
#endif
  Prepare();
  if (((PWSK_PROVIDER_BASIC_DISPATCH)Listener->Dispatch)
          ->WskCloseSocket(Listener, RequestIrp) == STATUS_PENDING)
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
  IoFreeIrp(RequestIrp);
  WskReleaseProviderNPI(&Registration);
  // CHECK: socket_accepted_open_at_deregister.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}} [wsk.SocketOpenAtDeregister]
  // KERNEL: socket_accepted_open_at_deregister.c:[[@LINE+8]]: wsk.SocketOpenAtDeregister: not reproduced
  // KERNEL-NEXT: fault plan: none
  // KERNEL-NEXT: shim report of that run: none
  // KERNEL-NEXT: {{[0-9]+}} run(s); no plan within the search bounds reproduces it; the path accepts a connection, and nothing connects to the driver under Wine
  // VERDICT: socket_accepted_open_at_deregister.c:[[@LINE+4]]: wsk.SocketOpenAtDeregister: confirmed
  // VERDICT-NEXT: fault plan: none
  // VERDICT-NEXT: harness options: --no-dispatch --accept-connections=1
  // VERDICT-NEXT: shim report: wskshim: {{.*}}socket_accepted_open_at_deregister.c:[[@LINE+1]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskAccept at socket_accepted_open_at_deregister.c:{{[0-9]+}}, never closed)
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
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
  Status = Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, RequestIrp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    Status = RequestIrp->IoStatus.Status;
  }
  if (!NT_SUCCESS(Status))
    goto FreeIrp;
  Listener = (PWSK_SOCKET)RequestIrp->IoStatus.Information;
  // Wait for one peer.
  Prepare();
  Status = ((const WSK_PROVIDER_LISTEN_DISPATCH *)Listener->Dispatch)
               ->WskAccept(Listener, 0, NULL, NULL, NULL, NULL, RequestIrp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    Status = RequestIrp->IoStatus.Status;
  }
  if (!NT_SUCCESS(Status)) {
    Prepare();
    if (((PWSK_PROVIDER_BASIC_DISPATCH)Listener->Dispatch)
            ->WskCloseSocket(Listener, RequestIrp) == STATUS_PENDING)
      KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    goto FreeIrp;
  }
  Peer = (PWSK_SOCKET)RequestIrp->IoStatus.Information;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
FreeIrp:
  IoFreeIrp(RequestIrp);
Release:
  WskReleaseProviderNPI(&Registration);
Deregister:
  WskDeregister(&Registration);
  return Status;
}
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
