// Cross-boundary wsk.CaptureWithoutRegister: the registration is made only
// when a registry option is on, but the unload routine captures the provider
// NPI to close a socket unconditionally. The global holds its initial value
// on the path where DriverEntry skipped the registration.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OptUnload;

NTSTATUS OptReadEnabled(PUNICODE_STRING RegistryPath, BOOLEAN *Enabled);

static const WSK_CLIENT_DISPATCH g_OptClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};
static WSK_REGISTRATION g_OptReg;

VOID OptUnload(PDRIVER_OBJECT DriverObject)
{
  WSK_PROVIDER_NPI npi;
  UNREFERENCED_PARAMETER(DriverObject);
  // expected-warning@+1 {{WskCaptureProviderNPI on 'g_OptReg', which is not registered [wsk.CaptureWithoutRegister]}}
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_OptReg, WSK_NO_WAIT, &npi)))
    WskReleaseProviderNPI(&g_OptReg);
  WskDeregister(&g_OptReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_OptClient};
  BOOLEAN enabled = FALSE;
  NTSTATUS status;

  DriverObject->DriverUnload = OptUnload;
  if (enabled) {
    status = WskRegister(&client, &g_OptReg);
    if (!NT_SUCCESS(status))
      return status;
  }
  return STATUS_SUCCESS;
}
