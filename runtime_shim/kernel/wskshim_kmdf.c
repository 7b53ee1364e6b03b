/* The KMDF driver object for the kernel build under Wine (mingw/wdf.h):
 * Wine has no Wdf01000.sys, so the image carries the framework's part of a
 * driver's life itself, as the host build does (host/host_wdf.c):
 * WdfDriverCreate takes over DriverObject->DriverUnload; at unload the
 * framework calls EvtDriverUnload and then deletes the driver object,
 * running its EvtCleanupCallback and EvtDestroyCallback; when DriverEntry
 * fails after WdfDriverCreate succeeded, EvtDriverUnload is not called but
 * the driver object is still deleted, so those callbacks run then.
 *
 * Linked by wskcheck-confirm --kernel only; a driver built with the WDK
 * for a test machine uses the real framework.
 */
#include "wskshim_kernel.h"

#include <wdf.h>

static struct {
  BOOLEAN Created;
  BOOLEAN Deleted;
  PDRIVER_OBJECT DriverObject;
  WDF_DRIVER_CONFIG Config;
  WDF_OBJECT_ATTRIBUTES Attributes;
} Driver;

/* The handle is the address of the one driver record. */
#define DRIVER_HANDLE ((WDFDRIVER)(void *)&Driver)

static void DeleteDriverObject(void) {
  if (!Driver.Created || Driver.Deleted)
    return;
  Driver.Deleted = TRUE;
  if (Driver.Attributes.EvtCleanupCallback)
    Driver.Attributes.EvtCleanupCallback((WDFOBJECT)DRIVER_HANDLE);
  if (Driver.Attributes.EvtDestroyCallback)
    Driver.Attributes.EvtDestroyCallback((WDFOBJECT)DRIVER_HANDLE);
}

static VOID FrameworkUnload(PDRIVER_OBJECT DriverObject) {
  (void)DriverObject;
  if (Driver.Config.EvtDriverUnload)
    Driver.Config.EvtDriverUnload(DRIVER_HANDLE);
  DeleteDriverObject();
}

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject,
                         PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                         PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER *Out) {
  (void)RegistryPath;
  if (!DriverObject || !DriverConfig)
    return STATUS_INVALID_PARAMETER;
  if (Driver.Created)
    return STATUS_INVALID_DEVICE_REQUEST; /* one driver object per driver */
  /* No PnP manager drives a device stack here: a driver that needs
     EvtDriverDeviceAdd is a PnP driver, which this build cannot load. */
  if (DriverConfig->EvtDriverDeviceAdd &&
      !(DriverConfig->DriverInitFlags & WdfDriverInitNonPnpDriver))
    return STATUS_NOT_SUPPORTED;
  if (DriverConfig->EvtDriverDeviceAdd)
    return STATUS_INVALID_PARAMETER;
  Driver.Created = TRUE;
  Driver.DriverObject = DriverObject;
  Driver.Config = *DriverConfig;
  if (DriverAttributes)
    Driver.Attributes = *DriverAttributes;
  DriverObject->DriverUnload = FrameworkUnload;
  WskShimKmDriverEntryFailed = DeleteDriverObject;
  if (Out)
    *Out = DRIVER_HANDLE;
  return STATUS_SUCCESS;
}

PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER D) {
  return D == DRIVER_HANDLE ? Driver.DriverObject : NULL;
}

WDFDRIVER WdfGetDriver(void) { return Driver.Created ? DRIVER_HANDLE : NULL; }

VOID WdfObjectDelete(WDFOBJECT Object) {
  /* The framework deletes the driver object itself; drivers may not. */
  (void)Object;
}
