// Cross-boundary wsk.DuplicateDeregister: DriverEntry deregisters on a path
// that still returns success (the feature is dropped, the driver loads), and
// the unload routine deregisters again without a flag.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DupUnload;

static const WSK_CLIENT_DISPATCH g_DupClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};
static WSK_REGISTRATION g_DupReg;
static WSK_PROVIDER_NPI g_DupNpi;

VOID DupUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_DupReg); // expected-warning{{WskDeregister on 'g_DupReg', which was already deregistered [wsk.DuplicateDeregister]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_DupClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  DriverObject->DriverUnload = DupUnload;
  status = WskRegister(&client, &g_DupReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_DupReg, WSK_NO_WAIT, &g_DupNpi);
  if (status == STATUS_NOINTERFACE) {
    // No transport yet: run without networking.
    WskDeregister(&g_DupReg);
    return STATUS_SUCCESS;
  }
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&g_DupReg);
  return STATUS_SUCCESS;
}
