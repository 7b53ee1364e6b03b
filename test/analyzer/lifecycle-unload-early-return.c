// wsk.UnloadSkipsDeregister through the lifecycle root: DriverEntry succeeds
// even when its optional control device cannot be created, and the unload
// routine returns early when there is no device, skipping the
// deregistration. On the other path the flag-guarded cleanup is correct and
// must stay silent (the flag is written only by DriverEntry and unload, so
// it keeps its value across the two).
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD BcUnload;

static const WSK_CLIENT_DISPATCH g_BcClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_BcReg;
static BOOLEAN g_BcRegistered;
static PDEVICE_OBJECT g_BcDevice;

VOID BcUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_BcDevice == NULL)
    return; // expected-warning{{Unload routine returns while WSK registration 'g_BcReg' is still registered [wsk.UnloadSkipsDeregister]}}
  IoDeleteDevice(g_BcDevice);
  if (g_BcRegistered) {
    WskDeregister(&g_BcReg); // no-warning
    g_BcRegistered = FALSE;
  }
} // no-warning: this path deregistered

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_BcClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_BcDevice = NULL;
  g_BcRegistered = FALSE;

  status = WskRegister(&clientNpi, &g_BcReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning
  g_BcRegistered = TRUE;

  // The control device is optional: carry on without it.
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_BcDevice);
  if (!NT_SUCCESS(status)) {
    DbgPrint("bc: no control device (%x)\n", status);
    g_BcDevice = NULL;
  }

  DriverObject->DriverUnload = BcUnload;
  return STATUS_SUCCESS;
}
