// wsk.SocketUseAfterClose end to end on a datagram socket: DriverEntry opens
// a UDP socket; the unload routine closes it and then sends a last datagram
// on it. wskcheck flags the WskSendTo; the shim confirms it with no fault.
// Under Wine, whose netio has no datagram sockets, the kernel shim stands in
// for the socket: the verdict names the calls it simulated, and the shim
// core checks the stand-in like any socket, so the send after the close is
// caught before it reaches the stand-in. The fixed driver sends before it
// closes: silent in both modes (under Wine its send reaches the stand-in,
// which carries no traffic and says so).
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
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PWSK_SOCKET Udp;
static PIRP RequestIrp;
static KEVENT RequestDone;
static SOCKADDR_IN Peer;

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

// Readies the IRP for the next request.
static VOID Arm(void) {
  KeClearEvent(&RequestDone);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  IoSetCompletionRoutine(RequestIrp, SignalDone, &RequestDone, TRUE, TRUE,
                         TRUE);
}

static VOID Wait(NTSTATUS Status) {
  if (Status == STATUS_PENDING)
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  const WSK_PROVIDER_DATAGRAM_DISPATCH *Dispatch = Udp->Dispatch;
  WSK_BUF Bye = {NULL, 0, 0};
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef FIXED
  Arm();
  Wait(Dispatch->WskSendTo(Udp, &Bye, 0, (PSOCKADDR)&Peer, 0, NULL, RequestIrp));
#endif
  Arm();
  Wait(Dispatch->WskCloseSocket(Udp, RequestIrp));
#ifndef FIXED
  Arm();
  // CHECK: socket_use_after_close_datagram.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}} [wsk.SocketUseAfterClose]
  // KERNEL: socket_use_after_close_datagram.c:[[@LINE+8]]: wsk.SocketUseAfterClose: confirmed
  // KERNEL-NEXT: fault plan: none
  // KERNEL-NEXT: shim report: wskshim: {{.*}}socket_use_after_close_datagram.c:[[@LINE+6]]: wsk.SocketUseAfterClose: 'WskSendTo' called on a socket that was already closed at socket_use_after_close_datagram.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close_datagram.c:{{[0-9]+}})
  // KERNEL-NEXT: simulated by the kernel shim because Wine's netio lacks them: WskSocket ({{.*}}); WskCloseSocket (on a stand-in socket: succeeds){{$}}
  // VERDICT: socket_use_after_close_datagram.c:[[@LINE+4]]: wsk.SocketUseAfterClose: confirmed
  // VERDICT-NEXT: fault plan: none
  // VERDICT-NEXT: harness options: --no-dispatch
  // VERDICT-NEXT: shim report: wskshim: {{.*}}socket_use_after_close_datagram.c:[[@LINE+1]]: wsk.SocketUseAfterClose: 'WskSendTo' called on a socket that was already closed at socket_use_after_close_datagram.c:{{[0-9]+}} (created by WskSocket at socket_use_after_close_datagram.c:{{[0-9]+}})
  Wait(Dispatch->WskSendTo(Udp, &Bye, 0, (PSOCKADDR)&Peer, 0, NULL, RequestIrp));
#endif
  IoFreeIrp(RequestIrp);
  WskReleaseProviderNPI(&Registration);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Peer.sin_family = AF_INET;
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
  Arm();
  Status = Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
      WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, RequestIrp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&RequestDone, Executive, KernelMode, FALSE, NULL);
    Status = RequestIrp->IoStatus.Status;
  }
  if (!NT_SUCCESS(Status)) {
    IoFreeIrp(RequestIrp);
    goto Release;
  }
  Udp = (PWSK_SOCKET)RequestIrp->IoStatus.Information;
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
// The fixed driver under Wine: no report; the stand-in took the send.
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NEXT: simulated by the kernel shim because Wine's netio lacks them: WskSocket ({{.*}}); WskSendTo (on a stand-in socket: fails with STATUS_NOT_IMPLEMENTED, as a stand-in carries no traffic); WskCloseSocket (on a stand-in socket: succeeds){{$}}
// KERNEL-FIXED-NOT: wskshim:
