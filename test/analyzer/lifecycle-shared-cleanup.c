// One cleanup helper shared by DriverEntry's error path and the unload
// routine, reached from DriverEntry by calling its own unload routine when a
// later step fails: correct, the flag keeps the two paths apart.
// (lifecycle-duplicate-across.c is the look-alike with the bug.)
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SharedUnload;

static const WSK_CLIENT_DISPATCH g_SharedClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static WSK_REGISTRATION g_SharedReg;
static BOOLEAN g_SharedRegistered;
static PDEVICE_OBJECT g_SharedDevice;

static VOID SharedCleanup(VOID)
{
  if (g_SharedDevice != NULL) {
    IoDeleteDevice(g_SharedDevice);
    g_SharedDevice = NULL;
  }
  if (g_SharedRegistered) {
    WskDeregister(&g_SharedReg); // no-warning
    g_SharedRegistered = FALSE;
  }
}

VOID SharedUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  SharedCleanup();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_SharedClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  DriverObject->DriverUnload = SharedUnload;
  status = WskRegister(&client, &g_SharedReg);
  if (!NT_SUCCESS(status))
    return status;
  g_SharedRegistered = TRUE;

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &g_SharedDevice);
  if (!NT_SUCCESS(status)) {
    // The unload routine will not be called: run it here.
    SharedUnload(DriverObject);
    return status; // no-warning
  }
  return STATUS_SUCCESS;
}
