// A duplicate deregistration in a routine nothing calls: wskcheck finds it
// (it analyses every function), no run can reach it.
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;

VOID LegacyShutdown(void) {
  WskDeregister(&Registration);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  return STATUS_SUCCESS;
}
