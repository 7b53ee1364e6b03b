// wsk.MissingDeregister at DriverEntry after a call to a function the
// analysis cannot see. Clang invalidates the driver's globals at such a call,
// but the registration's address was never handed to it: that is not an
// escape, and the leak must still be reported.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

typedef struct _PRB_SETTINGS {
  ULONG Port;
  ULONG Flags;
} PRB_SETTINGS;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PrbUnload;

// Implemented in another translation unit.
NTSTATUS PrbLoadSettings(PUNICODE_STRING RegistryPath, PRB_SETTINGS *Settings);

static const WSK_CLIENT_DISPATCH g_PrbClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_PrbReg;
static PRB_SETTINGS g_PrbSettings;

VOID PrbUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_PrbReg); // no-warning
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_PrbClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_PrbReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning

  status = PrbLoadSettings(RegistryPath, &g_PrbSettings);
  if (!NT_SUCCESS(status))
    return status; // expected-warning{{WSK registration 'g_PrbReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}

  DriverObject->DriverUnload = PrbUnload;
  return STATUS_SUCCESS;
}
