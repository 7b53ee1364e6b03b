// Correct look-alike for wsk.MissingDeregister at DriverEntry: DriverEntry
// returns WskRegister's own status without testing it first. If it failed,
// nothing was registered; if it succeeded, DriverEntry succeeds and the
// unload routine deregisters. Either way nothing leaks.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BeaconUnload;

static const WSK_CLIENT_DISPATCH g_BeaconClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_BeaconReg;

VOID BeaconUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_BeaconReg); // no-warning
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_BeaconClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_BeaconReg);
  if (NT_SUCCESS(status))
    DriverObject->DriverUnload = BeaconUnload;
  DbgPrint("beacon: DriverEntry %x\n", status);
  return status; // no-warning
}
