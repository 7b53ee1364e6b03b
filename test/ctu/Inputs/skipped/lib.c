/* The WSK client keeps its registration and a capture flag in statics of
   this file. */
#include "lib.h"

static const WSK_CLIENT_DISPATCH g_LibClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};
static WSK_REGISTRATION g_LibReg;
static WSK_PROVIDER_NPI g_LibNpi;
static BOOLEAN g_LibCaptured;

NTSTATUS LibStart(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_LibClient};
  NTSTATUS status = WskRegister(&client, &g_LibReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_LibReg, WSK_INFINITE_WAIT, &g_LibNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_LibReg);
    return status;
  }
  g_LibCaptured = TRUE;
  return STATUS_SUCCESS;
}

VOID LibStop(VOID)
{
#ifndef SKIP_RELEASE
  if (g_LibCaptured) {
    WskReleaseProviderNPI(&g_LibReg);
    g_LibCaptured = FALSE;
  }
#endif
  WskDeregister(&g_LibReg);
}
