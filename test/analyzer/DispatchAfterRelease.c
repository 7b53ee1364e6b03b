// wsk.DispatchAfterRelease: a WSK_PROVIDER_DISPATCH function called when no
// capture of its registration is held any more, or through a dispatch table
// captured under an earlier registration of the same object. The captured
// Dispatch pointer is followed through copies (locals, globals, struct
// fields). The rule ends the path.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define PROXY_TAG ((ULONG)0x79786F50) /* 'Poxy' */

typedef struct _PROXY_LISTENER {
  WSK_REGISTRATION Registration;
  PWSK_CLIENT Client;
  const WSK_PROVIDER_DISPATCH *Dispatch;
} PROXY_LISTENER, *PPROXY_LISTENER;

static const WSK_CLIENT_DISPATCH g_ProxyClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_ProxyReg;
static WSK_PROVIDER_NPI g_ProxyProvider;
static const WSK_PROVIDER_DISPATCH *g_ProxyDispatch;
static PWSK_CLIENT g_ProxyClient;
static BOOLEAN g_ProxyCaptured;

// Released, then used through the NPI itself.
NTSTATUS ProxyOpenListenerBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_ProxyReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_ProxyReg, WSK_INFINITE_WAIT, &npi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_ProxyReg);
    return status;
  }
  WskReleaseProviderNPI(&g_ProxyReg);
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning: the path ended above
  return status;
}

// A copy kept in a local: the member named in the message is the one called.
NTSTATUS ProxyResolveBad(PUNICODE_STRING Host, PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI npi;
  const WSK_PROVIDER_DISPATCH *dispatch;
  PADDRINFOEXW result = NULL;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_ProxyReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &npi);
  if (NT_SUCCESS(status)) {
    dispatch = npi.Dispatch;
    WskReleaseProviderNPI(&g_ProxyReg);
    status = dispatch->WskGetAddressInfo(npi.Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp); // expected-warning{{'WskGetAddressInfo' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
  }
  WskDeregister(&g_ProxyReg);
  return status;
}

// A copy kept in globals, used after the release with kernel calls in
// between (they must not make the analysis forget the copy).
VOID ProxyRefreshTransportsBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI npi;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_INFINITE_WAIT, &npi)))
    return;
  g_ProxyDispatch = npi.Dispatch;
  g_ProxyClient = npi.Client;
  WskReleaseProviderNPI(&g_ProxyReg);
  DbgPrint("proxy: provider released\n");
  g_ProxyDispatch->WskControlClient(g_ProxyClient, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp); // expected-warning{{'WskControlClient' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
}

// A copy kept in a field of a pool allocation.
VOID ProxyListenerPoolBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI npi;
  PPROXY_LISTENER listener;

  listener = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*listener), PROXY_TAG);
  if (listener == NULL)
    return;
  if (!NT_SUCCESS(WskRegister(&clientNpi, &listener->Registration))) {
    ExFreePoolWithTag(listener, PROXY_TAG);
    return;
  }
  if (NT_SUCCESS(WskCaptureProviderNPI(&listener->Registration, WSK_NO_WAIT, &npi))) {
    listener->Client = npi.Client;
    listener->Dispatch = npi.Dispatch;
    WskReleaseProviderNPI(&listener->Registration);
    listener->Dispatch->WskSocket(listener->Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
  }
}

// Two captures, two releases: nothing is held any more.
VOID ProxyTwoReleasesBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI first, second;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &first)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &second))) {
    WskReleaseProviderNPI(&g_ProxyReg);
    WskReleaseProviderNPI(&g_ProxyReg);
    second.Dispatch->WskSocket(second.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
  }
}

// A dispatch pointer kept across a re-registration: it belongs to the first
// registration of g_ProxyReg, even though a capture of the second one is
// held when it is called.
NTSTATUS ProxyReattachBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI oldNpi, newNpi;
  const WSK_PROVIDER_DISPATCH *stale;
  NTSTATUS status;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return STATUS_UNSUCCESSFUL;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &oldNpi))) {
    WskDeregister(&g_ProxyReg);
    return STATUS_UNSUCCESSFUL;
  }
  stale = oldNpi.Dispatch;
  WskReleaseProviderNPI(&g_ProxyReg);
  WskDeregister(&g_ProxyReg);

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return STATUS_UNSUCCESSFUL;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &newNpi))) {
    WskDeregister(&g_ProxyReg);
    return STATUS_UNSUCCESSFUL;
  }
  status = stale->WskSocket(newNpi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider dispatch table captured under an earlier registration of 'g_ProxyReg' [wsk.DispatchAfterRelease]}}
  WskReleaseProviderNPI(&g_ProxyReg);
  WskDeregister(&g_ProxyReg);
  return status;
}

//===--- Look-alikes that must stay silent -------------------------------===//

// Use, then release.
NTSTATUS ProxyOpenListenerOk(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_ProxyReg, WSK_INFINITE_WAIT, &npi);
  if (!NT_SUCCESS(status))
    return status;
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
  WskReleaseProviderNPI(&g_ProxyReg);
  return status;
}

// Copies in a local and a global, both used before the release.
NTSTATUS ProxyCopiesOk(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  const WSK_PROVIDER_DISPATCH *dispatch;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &npi);
  if (!NT_SUCCESS(status))
    return status;
  dispatch = npi.Dispatch;
  g_ProxyDispatch = npi.Dispatch;
  g_ProxyClient = npi.Client;
  DbgPrint("proxy: provider version %u\n", dispatch->Version);
  status = dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
  if (NT_SUCCESS(status))
    status = g_ProxyDispatch->WskControlClient(g_ProxyClient, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp); // no-warning
  WskReleaseProviderNPI(&g_ProxyReg);
  return status;
}

// Two captures, one release: the table is still valid. The registration is
// made here, so every capture of it is known to the path.
VOID ProxyOneOfTwoReleasedOk(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};
  WSK_PROVIDER_NPI first, second;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &first)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &second))) {
    WskReleaseProviderNPI(&g_ProxyReg);
    return;
  }
  WskReleaseProviderNPI(&g_ProxyReg);
  first.Dispatch->WskSocket(first.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
  WskReleaseProviderNPI(&g_ProxyReg);
}

// Release, then capture again into the same NPI: the new table is valid.
VOID ProxyRecaptureOk(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ProxyClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ProxyReg)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &g_ProxyProvider)))
    return;
  WskReleaseProviderNPI(&g_ProxyReg);
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &g_ProxyProvider)))
    return;
  g_ProxyProvider.Dispatch->WskSocket(g_ProxyProvider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
  WskReleaseProviderNPI(&g_ProxyReg);
}

// A flag guards use of the global copy; DbgPrint cannot clear the flag.
VOID ProxyFlagGuardedOk(PIRP Irp)
{
  g_ProxyCaptured = FALSE;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_ProxyReg, WSK_NO_WAIT, &g_ProxyProvider)))
    g_ProxyCaptured = TRUE;
  DbgPrint("proxy: captured=%u\n", g_ProxyCaptured);
  if (g_ProxyCaptured) {
    g_ProxyProvider.Dispatch->WskSocket(g_ProxyProvider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
    WskReleaseProviderNPI(&g_ProxyReg);
    g_ProxyCaptured = FALSE;
  }
}

// A worker that uses a global dispatch pointer captured elsewhere: its
// capture state is unknown here.
VOID ProxyWorker(PIRP Irp)
{
  g_ProxyDispatch->WskSocket(g_ProxyClient, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
}
