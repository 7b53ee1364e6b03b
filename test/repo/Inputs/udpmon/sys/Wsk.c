/* UdpMon: the WSK client registration and the provider's NPI. */
#include "UdpMon.h"
#include "Wsk.tmh"

static WSK_REGISTRATION g_UdpMonRegistration;
static WSK_PROVIDER_NPI g_UdpMonProvider;
static const WSK_CLIENT_DISPATCH g_UdpMonDispatch = {MAKE_WSK_VERSION(1, 0),
                                                     0, NULL};

NTSTATUS UdpMonWskStart(VOID) {
  WSK_CLIENT_NPI client;
  NTSTATUS status;

  client.ClientContext = NULL;
  client.Dispatch = &g_UdpMonDispatch;
  status = WskRegister(&client, &g_UdpMonRegistration);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_UdpMonRegistration, WSK_INFINITE_WAIT,
                                 &g_UdpMonProvider);
  if (!NT_SUCCESS(status)) {
    UdpMonTrace(TRACE_LEVEL_ERROR, TRACE_WSK, "capture %!STATUS!", status);
    WskDeregister(&g_UdpMonRegistration);
  }
  return status;
}

VOID UdpMonWskStop(VOID) {
  WskReleaseProviderNPI(&g_UdpMonRegistration);
  WskDeregister(&g_UdpMonRegistration);
}
