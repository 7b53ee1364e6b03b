// The close spelled as C code for the WDK spells it, through the unnamed
// first member of a connection dispatch (Dispatch->WskCloseSocket), on the
// host headers, where C11 makes that member an anonymous structure: the
// shim follows it (the run reports the send after the close), and so does
// wskcheck.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wskshim_cc %s -o %t/drv
// RUN: not %t/drv --no-dispatch | FileCheck --check-prefix=SHIM %s
// The kernel build does the same under Wine, whose netio creates the socket.
// RUN: %if wine %{ not %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run %s -- -I %wsk_include | FileCheck --check-prefix=SHIM %s %}
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PWSK_SOCKET Connection;
static PIRP RequestIrp;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD Unload;

// Requests complete at once here (no completion routine set): the harness
// runs without --async-irps.
static VOID Unload(PDRIVER_OBJECT DriverObject) {
  const WSK_PROVIDER_CONNECTION_DISPATCH *Dispatch = Connection->Dispatch;
  WSK_BUF Goodbye = {NULL, 0, 0};
  UNREFERENCED_PARAMETER(DriverObject);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  Dispatch->WskCloseSocket(Connection, RequestIrp);
  IoReuseIrp(RequestIrp, STATUS_UNSUCCESSFUL);
  // CHECK: socket_unnamed_member.c:[[@LINE+2]]:{{[0-9]+}}: warning: 'WskSend' called on a socket that was already closed [wsk.SocketUseAfterClose]
  // SHIM: socket_unnamed_member.c:[[@LINE+1]]: wsk.SocketUseAfterClose: 'WskSend' called on a socket that was already closed
  Dispatch->WskSend(Connection, &Goodbye, 0, RequestIrp);
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
  Status = Provider.Dispatch->WskSocket(
      Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, RequestIrp);
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
