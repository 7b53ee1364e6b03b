/* Two bugs that only show across the two files: NetStart returns the failed
   capture's status without deregistering, and DriverEntry returns that
   status (wsk.MissingDeregister); NetStop deregisters without releasing the
   capture DriverEntry left held (wsk.DeregisterWhileCaptured). */
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
  return WskCaptureProviderNPI(&g_NetReg, WSK_INFINITE_WAIT, &g_NetNpi);
}

VOID NetStop(VOID)
{
  WskDeregister(&g_NetReg);
}
