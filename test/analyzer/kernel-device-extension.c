// The ordinary WDM order: the unload routine is set first, then
// IoCreateDevice is handed the driver object. The kernel links the new
// device into DriverObject->DeviceObject with a zeroed extension, and the
// unload routine finds the driver's context there.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ExtUnload;

static const WSK_CLIENT_DISPATCH g_ExtClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};

typedef struct _EXT_CONTEXT {
  WSK_REGISTRATION Registration;
  BOOLEAN Registered;
  BOOLEAN Started;
} EXT_CONTEXT, *PEXT_CONTEXT;

VOID ExtUnload(PDRIVER_OBJECT DriverObject)
{
  PDEVICE_OBJECT device = DriverObject->DeviceObject;
  PEXT_CONTEXT ext = (PEXT_CONTEXT)device->DeviceExtension;

#ifdef BUG
  // Started is never set: the extension is zeroed.
  if (!ext->Started)
    return; // bug-warning {{Unload routine returns while WSK registration 'ext->Registration' is still registered [wsk.UnloadSkipsDeregister]}}
#endif
  if (ext->Registered)
    WskDeregister(&ext->Registration);
  IoDeleteDevice(device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_ExtClient};
  PDEVICE_OBJECT device;
  PEXT_CONTEXT ext;
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  DriverObject->DriverUnload = ExtUnload;
  status = IoCreateDevice(DriverObject, sizeof(EXT_CONTEXT), NULL,
                          FILE_DEVICE_UNKNOWN, 0, FALSE, &device);
  if (!NT_SUCCESS(status))
    return status;
  ext = (PEXT_CONTEXT)device->DeviceExtension;
  status = WskRegister(&client, &ext->Registration);
  if (!NT_SUCCESS(status)) {
    IoDeleteDevice(device);
    return status;
  }
  ext->Registered = TRUE;
  return STATUS_SUCCESS;
}
