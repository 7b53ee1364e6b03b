// Cross-boundary wsk.DispatchAfterRelease: DriverEntry saves the dispatch
// pointer in a global and releases the NPI; the unload routine calls through
// the saved pointer. A correct look-alike keeps the capture until unload.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SavedUnload;

static const WSK_CLIENT_DISPATCH g_SavedClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                  NULL};
static WSK_REGISTRATION g_SavedReg;
static PWSK_CLIENT g_SavedClientHandle;
static const WSK_PROVIDER_DISPATCH *g_SavedDispatch;

VOID SavedUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  // expected-warning@+1 {{'WskControlClient' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
  g_SavedDispatch->WskControlClient(g_SavedClientHandle, 0, 0, NULL, 0, NULL,
                                    NULL, NULL);
  WskDeregister(&g_SavedReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_SavedClient};
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_SavedReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_SavedReg, WSK_INFINITE_WAIT, &npi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_SavedReg);
    return status;
  }
  g_SavedDispatch = npi.Dispatch;
  g_SavedClientHandle = npi.Client;
  WskReleaseProviderNPI(&g_SavedReg);
  DriverObject->DriverUnload = SavedUnload;
  return STATUS_SUCCESS;
}
