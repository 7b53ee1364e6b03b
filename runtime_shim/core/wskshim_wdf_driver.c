/* The KMDF driver object, as the framework manages it (documented, and as
 * the KMDF loader stub does it): WdfDriverCreate takes over
 * DriverObject->DriverUnload; at unload the framework calls EvtDriverUnload
 * and then deletes the driver object, which runs its EvtCleanupCallback and
 * EvtDestroyCallback. If DriverEntry fails after WdfDriverCreate succeeded,
 * EvtDriverUnload is not called, but the framework still deletes the driver
 * object, so the cleanup and destroy callbacks do run.
 *
 * Plain C for both builds that carry the framework's part themselves; a
 * driver built with the WDK for a test machine uses the real framework.
 */
#include "wskshim_wdf_driver.h"

static struct {
  BOOLEAN Created;
  BOOLEAN Deleted;
  PDRIVER_OBJECT DriverObject;
  WDF_DRIVER_CONFIG Config;
  WDF_OBJECT_ATTRIBUTES Attributes;
} Driver;

/* The handle is the address of the one driver record. */
#define DRIVER_HANDLE ((WDFDRIVER)(void *)&Driver)

void WskShimWdfDeleteDriver(void) {
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
  WskShimWdfDeleteDriver();
}

NTSTATUS WskShimWdfCreateDriver(PDRIVER_OBJECT DriverObject,
                                PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                                PWDF_DRIVER_CONFIG DriverConfig,
                                WDFDRIVER *Out) {
  if (!DriverObject || !DriverConfig)
    return STATUS_INVALID_PARAMETER;
  if (Driver.Created)
    return STATUS_INVALID_DEVICE_REQUEST; /* one driver object per driver */
  if ((DriverConfig->DriverInitFlags & WdfDriverInitNonPnpDriver) &&
      DriverConfig->EvtDriverDeviceAdd)
    return STATUS_INVALID_PARAMETER;
  Driver.Created = TRUE;
  Driver.DriverObject = DriverObject;
  Driver.Config = *DriverConfig;
  if (DriverAttributes)
    Driver.Attributes = *DriverAttributes;
  DriverObject->DriverUnload = FrameworkUnload;
  if (Out)
    *Out = DRIVER_HANDLE;
  return STATUS_SUCCESS;
}

BOOLEAN WskShimWdfDriverCreated(void) { return Driver.Created; }

PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER D) {
  return D == DRIVER_HANDLE ? Driver.DriverObject : NULL;
}

WDFDRIVER WdfGetDriver(void) { return Driver.Created ? DRIVER_HANDLE : NULL; }

VOID WdfObjectDelete(WDFOBJECT Object) {
  /* The framework deletes the driver object itself; drivers may not. */
  (void)Object;
}
