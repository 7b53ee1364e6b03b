// wsk.SocketOpenAtDeregister end to end: DriverEntry opens a listening
// socket (IRP, completion routine, event) and keeps it in a global; the
// unload routine closes it only when it can allocate an IRP for the close,
// then releases and deregisters. wskcheck flags the WskDeregister on the
// path where the allocation failed; the shim confirms it with the unload's
// IoAllocateIrp failing, reporting the WskDeregister that would wait for
// the socket forever. The fixed driver allocates the close IRP in
// DriverEntry: silent in both.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=IoAllocateIrp:2 %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --async-irps --faults=IoAllocateIrp:2 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PWSK_SOCKET ListenSocket;
#ifdef FIXED
static PIRP CloseIrp;
#endif

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

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  KEVENT Done;
#ifdef FIXED
  PIRP Irp = CloseIrp;
#else
  PIRP Irp = IoAllocateIrp(1, FALSE);
#endif
  UNREFERENCED_PARAMETER(DriverObject);
  if (Irp != NULL) {
    KeInitializeEvent(&Done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
    if (((PWSK_PROVIDER_BASIC_DISPATCH)ListenSocket->Dispatch)
            ->WskCloseSocket(ListenSocket, Irp) == STATUS_PENDING)
      KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL);
    IoFreeIrp(Irp);
  }
  WskReleaseProviderNPI(&Registration);
  // CHECK: socket_open_at_deregister.c:[[@LINE+8]]:{{[0-9]+}}: warning: {{.*}} [wsk.SocketOpenAtDeregister]
  // KERNEL: socket_open_at_deregister.c:[[@LINE+7]]: wsk.SocketOpenAtDeregister: confirmed
  // KERNEL-NEXT: fault plan: IoAllocateIrp:2
  // KERNEL-NEXT: shim report: wskshim: {{.*}}socket_open_at_deregister.c:[[@LINE+5]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskSocket at socket_open_at_deregister.c:{{[0-9]+}}, never closed)
  // VERDICT: socket_open_at_deregister.c:[[@LINE+4]]: wsk.SocketOpenAtDeregister: confirmed
  // VERDICT-NEXT: fault plan: IoAllocateIrp:2
  // VERDICT-NEXT: harness options: --no-dispatch
  // VERDICT-NEXT: shim report: wskshim: {{.*}}socket_open_at_deregister.c:[[@LINE+1]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskSocket at socket_open_at_deregister.c:{{[0-9]+}}, never closed)
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  KEVENT Done;
  PIRP Irp;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status))
    goto Deregister;
  Irp = IoAllocateIrp(1, FALSE);
  if (Irp == NULL) {
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Release;
  }
#ifdef FIXED
  CloseIrp = IoAllocateIrp(1, FALSE);
  if (CloseIrp == NULL) {
    IoFreeIrp(Irp);
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Release;
  }
#endif
  KeInitializeEvent(&Done, NotificationEvent, FALSE);
  IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
  Status = Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL);
    Status = Irp->IoStatus.Status;
  }
  if (NT_SUCCESS(Status))
    ListenSocket = (PWSK_SOCKET)Irp->IoStatus.Information;
  IoFreeIrp(Irp);
  if (!NT_SUCCESS(Status)) {
#ifdef FIXED
    IoFreeIrp(CloseIrp);
#endif
    goto Release;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
Release:
  WskReleaseProviderNPI(&Registration);
Deregister:
  WskDeregister(&Registration);
  return Status;
}
// The fixed driver's whole life, with no report.
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: wskshim: done: DriverEntry returned {{.*}}; 0 violation(s)
// The fixed driver under Wine: no report, without faults and on the plan
// that confirmed the finding there.
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=IoAllocateIrp:2: DriverEntry failed: error 1450
// KERNEL-FIXED-NOT: wskshim:
