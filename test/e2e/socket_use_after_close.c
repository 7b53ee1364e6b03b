// wsk.SocketUseAfterClose end to end: DriverEntry opens a connection socket
// (IRP, completion routine, event) and keeps it and an IRP for later
// requests; the unload routine closes the socket and then sends a goodbye on
// it (or, DOUBLE, closes it again). wskcheck flags the WskSend; the shim
// confirms it with no fault, the call landing in the closed socket's
// dispatch table. The fixed driver sends before it closes: silent in both.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// A second close instead of the send (DOUBLE): the same, at the close.
// RUN: not %wskcheck %s -- -I %wsk_include -DDOUBLE > %t/double.txt
// RUN: FileCheck --check-prefix=DOUBLE --input-file=%t/double.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include -DDOUBLE > %t/double-confirm.txt
// RUN: FileCheck --check-prefix=DOUBLE-VERDICT --input-file=%t/double-confirm.txt %s
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --async-irps 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PWSK_SOCKET Connection;
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

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  const WSK_PROVIDER_CONNECTION_DISPATCH *Dispatch = Connection->Dispatch;
  const WSK_PROVIDER_BASIC_DISPATCH *Basic =
      (const WSK_PROVIDER_BASIC_DISPATCH *)Dispatch;
  WSK_BUF Goodbye = {NULL, 0, 0};
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef FIXED
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
  if (Dispatch->WskSend(Connection, &Goodbye, 0, RequestIrp) == STATUS_PENDING)
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
#endif
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
  if (Basic->WskCloseSocket(Connection, RequestIrp) == STATUS_PENDING)
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
#ifndef FIXED
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
#ifdef DOUBLE
  // DOUBLE: socket_use_after_close.c:[[@LINE+5]]:{{[0-9]+}}: warning: WskCloseSocket on a socket that was already closed [wsk.SocketUseAfterClose]
  // DOUBLE-VERDICT: socket_use_after_close.c:[[@LINE+4]]: wsk.SocketUseAfterClose: confirmed
  // DOUBLE-VERDICT-NEXT: fault plan: none
  // DOUBLE-VERDICT-NEXT: harness options: --no-dispatch
  // DOUBLE-VERDICT-NEXT: shim report: wskshim: {{.*}}socket_use_after_close.c:[[@LINE+1]]: wsk.SocketUseAfterClose: WskCloseSocket on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}}
  if (Basic->WskCloseSocket(Connection, RequestIrp) == STATUS_PENDING)
#else
  // CHECK: socket_use_after_close.c:[[@LINE+8]]:{{[0-9]+}}: warning: {{.*}} [wsk.SocketUseAfterClose]
  // KERNEL: socket_use_after_close.c:[[@LINE+7]]: wsk.SocketUseAfterClose: confirmed
  // KERNEL-NEXT: fault plan: none
  // KERNEL-NEXT: shim report: wskshim: {{.*}}socket_use_after_close.c:[[@LINE+5]]: wsk.SocketUseAfterClose: 'WskSend' called on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close.c:{{[0-9]+}})
  // VERDICT: socket_use_after_close.c:[[@LINE+4]]: wsk.SocketUseAfterClose: confirmed
  // VERDICT-NEXT: fault plan: none
  // VERDICT-NEXT: harness options: --no-dispatch
  // VERDICT-NEXT: shim report: wskshim: {{.*}}socket_use_after_close.c:[[@LINE+1]]: wsk.SocketUseAfterClose: 'WskSend' called on a socket that was already closed at socket_use_after_close.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close.c:{{[0-9]+}})
  if (Dispatch->WskSend(Connection, &Goodbye, 0, RequestIrp) == STATUS_PENDING)
#endif
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
#endif
  IoFreeIrp(RequestIrp);
  WskReleaseProviderNPI(&Registration);
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
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
  Status = Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, RequestIrp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    Status = RequestIrp->IoStatus.Status;
  }
  if (!NT_SUCCESS(Status)) {
    IoFreeIrp(RequestIrp);
    goto Release;
  }
  Connection = (PWSK_SOCKET)RequestIrp->IoStatus.Information;
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
// FIXED: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
// The fixed driver under Wine: no report, without faults and on the plan
// that confirmed the finding there.
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
