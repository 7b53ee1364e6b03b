// wsk.UnloadSkipsDeregister through the lifecycle root, with the
// deregistration in a subcomponent's deactivate routine (allowed: what
// matters is that it has happened before unload returns). The subcomponent
// only counts itself active once it captured the provider NPI, so when the
// capture failed during load (tolerated: the provider may attach later),
// deactivation skips the deregistration and unload returns with the
// registration live. The path where the capture succeeded is correct.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD MeshUnload;

static const WSK_CLIENT_DISPATCH g_MeshClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_MeshReg;
static WSK_PROVIDER_NPI g_MeshProvider;
static BOOLEAN g_MeshActive;

// The networking subcomponent.
static NTSTATUS MeshNetActivate(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_MeshClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_MeshReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_MeshReg, WSK_NO_WAIT, &g_MeshProvider);
  if (NT_SUCCESS(status))
    g_MeshActive = TRUE;
  else
    DbgPrint("mesh: provider not attached yet (%x)\n", status);
  return STATUS_SUCCESS; // no-warning
}

static VOID MeshNetDeactivate(VOID)
{
  if (!g_MeshActive)
    return;
  WskReleaseProviderNPI(&g_MeshReg);
  WskDeregister(&g_MeshReg); // no-warning
  g_MeshActive = FALSE;
}

VOID MeshUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  MeshNetDeactivate();
} // expected-warning{{Unload routine returns while WSK registration 'g_MeshReg' is still registered [wsk.UnloadSkipsDeregister]}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_MeshActive = FALSE;
  status = MeshNetActivate();
  if (!NT_SUCCESS(status))
    return status; // no-warning: the failed WskRegister's own status
  DriverObject->DriverUnload = MeshUnload;
  return STATUS_SUCCESS;
}
