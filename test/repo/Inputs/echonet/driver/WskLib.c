/* The WSK client: registration and the provider's NPI. */
#include "..\INC\NetLib.h"

static WSK_REGISTRATION g_NetRegistration;
static WSK_PROVIDER_NPI g_NetProvider;
static const WSK_CLIENT_DISPATCH g_NetDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                  NULL};

NTSTATUS NetStart(VOID) {
  WSK_CLIENT_NPI client;
  NTSTATUS status;

  client.ClientContext = NULL;
  client.Dispatch = &g_NetDispatch;
  status = WskRegister(&client, &g_NetRegistration);
  if (!NT_SUCCESS(status))
    return status;
  /* A failed capture leaves the registration behind. */
  return WskCaptureProviderNPI(&g_NetRegistration, WSK_INFINITE_WAIT,
                               &g_NetProvider);
}

VOID NetStop(VOID) {
  WskReleaseProviderNPI(&g_NetRegistration);
  WskDeregister(&g_NetRegistration);
}
