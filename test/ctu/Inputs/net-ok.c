/* Correct: NetStart undoes its registration when the capture fails, and
   NetStop releases before it deregisters. */
#include "net.h"

WSK_REGISTRATION g_NetReg;
WSK_PROVIDER_NPI g_NetNpi;
static const WSK_CLIENT_DISPATCH g_NetClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};

NTSTATUS NetStart(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_NetClient};
  NTSTATUS status = WskRegister(&client, &g_NetReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_NetReg, WSK_INFINITE_WAIT, &g_NetNpi);
  if (!NT_SUCCESS(status))
    WskDeregister(&g_NetReg);
  return status;
}

VOID NetStop(VOID)
{
  WskReleaseProviderNPI(&g_NetReg);
  WskDeregister(&g_NetReg);
}
