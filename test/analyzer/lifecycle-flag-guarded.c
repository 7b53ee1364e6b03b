// Flag-guarded cleanup that is correct: the flag is set only on the path
// where WskRegister succeeded, DriverEntry goes on (and calls kernel
// routines, which cannot touch the flag) and may even succeed without a
// registration; the unload routine deregisters only when the flag is set.
// Analysing the unload routine from an unknown state cannot see this; the
// lifecycle root carries the flag from DriverEntry into it.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FlagUnload;

static const WSK_CLIENT_DISPATCH g_FlagClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                 NULL};
static WSK_REGISTRATION g_FlagReg;
static BOOLEAN g_FlagRegistered;
static PDEVICE_OBJECT g_FlagDevice;

VOID FlagUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_FlagDevice != NULL)
    IoDeleteDevice(g_FlagDevice);
  if (g_FlagRegistered) {
    WskDeregister(&g_FlagReg);
    g_FlagRegistered = FALSE;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_FlagClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &g_FlagDevice);
  if (!NT_SUCCESS(status))
    return status;

  // Networking is optional: the driver loads without it.
  if (NT_SUCCESS(WskRegister(&client, &g_FlagReg)))
    g_FlagRegistered = TRUE;
  DbgPrint("wsk: registered=%d\n", g_FlagRegistered);

  DriverObject->DriverUnload = FlagUnload;
  return STATUS_SUCCESS;
}
