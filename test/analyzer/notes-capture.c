// Path notes for the provider NPI: where it was captured and released
// (wsk.DispatchAfterRelease), and where a capture is assumed to fail
// (wsk.DispatchWithoutCapture). Reports are printed in source order.
//
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_GwClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_GwReg;
static WSK_REGISTRATION g_GwQueryReg;

// The registration is made on this path, so every capture of it is known.
// CHECK: warning: 'WskSocket' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]
NTSTATUS GwOpen(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_GwClientDispatch};
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here
  status = WskRegister(&clientNpi, &g_GwReg);
  if (!NT_SUCCESS(status))
    return status;
  // CHECK-NOT: Assuming WskCaptureProviderNPI fails
  // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: Provider NPI captured here
  status = WskCaptureProviderNPI(&g_GwReg, WSK_INFINITE_WAIT, &npi);
  if (!NT_SUCCESS(status))
    return status;
  // CHECK-NOT: Assuming WskCaptureProviderNPI fails
  // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: Provider NPI released here
  WskReleaseProviderNPI(&g_GwReg);
  // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: 'WskSocket' called through a provider dispatch table whose capture was released
  return npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
}

// CHECK: warning: 'WskControlClient' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]
NTSTATUS GwQuery(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  // CHECK-NOT: Provider NPI captured here
  // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: Assuming WskCaptureProviderNPI fails
  status = WskCaptureProviderNPI(&g_GwQueryReg, WSK_NO_WAIT, &npi);
  // CHECK-NOT: Provider NPI captured here
  if (status == STATUS_NOINTERFACE)
    // CHECK: notes-capture.c:[[@LINE+1]]:{{[0-9]+}}: note: 'WskControlClient' called through a provider NPI whose capture failed
    return npi.Dispatch->WskControlClient(npi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp);
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&g_GwQueryReg);
  return status;
}
// CHECK-NOT: warning:
