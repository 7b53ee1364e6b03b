// wsk.SocketOpenAtDeregister on a connection accepted on a listening socket:
// it belongs to the listening socket's registration. The unload routine that
// closes the connection and the listening socket before it releases and
// deregisters is silent; the one that closes only the listening socket
// (BUG) leaves the connection open.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD AcUnload;

static const WSK_CLIENT_DISPATCH g_AcClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_AcRegistration;
static WSK_PROVIDER_NPI g_AcProvider;
static PWSK_SOCKET g_AcListen, g_AcConnection;
static PIRP g_AcIrp; // allocated once, reused for every call

static VOID AcClose(PWSK_SOCKET Socket) {
  IoReuseIrp(g_AcIrp, STATUS_UNSUCCESSFUL);
  ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)
      ->WskCloseSocket(Socket, g_AcIrp);
}

VOID AcUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  AcClose(g_AcConnection);
#endif
  AcClose(g_AcListen);
  IoFreeIrp(g_AcIrp);
  WskReleaseProviderNPI(&g_AcRegistration);
  WskDeregister(&g_AcRegistration); // bug-warning {{WskDeregister on 'g_AcRegistration' while a socket created under it is still open; it will wait forever}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &g_AcClient};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Path);
  g_AcIrp = IoAllocateIrp(1, FALSE);
  if (g_AcIrp == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  Status = WskRegister(&Npi, &g_AcRegistration);
  if (!NT_SUCCESS(Status))
    goto free_irp;
  Status = WskCaptureProviderNPI(&g_AcRegistration, WSK_INFINITE_WAIT,
                                 &g_AcProvider);
  if (!NT_SUCCESS(Status))
    goto deregister;
  Status = g_AcProvider.Dispatch->WskSocket(
      g_AcProvider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, g_AcIrp);
  if (!NT_SUCCESS(Status))
    goto release;
  g_AcListen = (PWSK_SOCKET)g_AcIrp->IoStatus.Information;
  IoReuseIrp(g_AcIrp, STATUS_UNSUCCESSFUL);
  Status = ((PWSK_PROVIDER_LISTEN_DISPATCH)g_AcListen->Dispatch)
               ->WskAccept(g_AcListen, 0, NULL, NULL, NULL, NULL, g_AcIrp);
  if (!NT_SUCCESS(Status)) {
    AcClose(g_AcListen);
    goto release;
  }
  g_AcConnection = (PWSK_SOCKET)g_AcIrp->IoStatus.Information;
  DriverObject->DriverUnload = AcUnload;
  return STATUS_SUCCESS;
release:
  WskReleaseProviderNPI(&g_AcRegistration);
deregister:
  WskDeregister(&g_AcRegistration);
free_irp:
  IoFreeIrp(g_AcIrp);
  return Status;
}
