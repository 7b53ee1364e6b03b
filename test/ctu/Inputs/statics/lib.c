/* The helpers keep their state in plain static flags of this file. */
#include "lib.h"

static const WSK_CLIENT_DISPATCH g_LibClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};
static WSK_REGISTRATION g_LibReg;
static WSK_PROVIDER_NPI g_LibNpi;
static BOOLEAN g_LibRegistered;
static BOOLEAN g_LibCaptured;

NTSTATUS LibInit(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_LibClient};
  NTSTATUS status = WskRegister(&client, &g_LibReg);
  if (!NT_SUCCESS(status))
    return status;
  g_LibRegistered = TRUE;
  status = WskCaptureProviderNPI(&g_LibReg, WSK_INFINITE_WAIT, &g_LibNpi);
  if (NT_SUCCESS(status))
    g_LibCaptured = TRUE;
  return STATUS_SUCCESS;
}

VOID LibCleanup(VOID)
{
  if (g_LibCaptured) {
    WskReleaseProviderNPI(&g_LibReg);
    g_LibCaptured = FALSE;
  }
#ifndef SKIP_DEREGISTER
  if (g_LibRegistered) {
#else
  if (g_LibRegistered && g_LibCaptured) {
#endif
    WskDeregister(&g_LibReg);
    g_LibRegistered = FALSE;
  }
}
