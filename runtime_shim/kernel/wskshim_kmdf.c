/* The KMDF driver object for the kernel build under Wine (mingw/wdf.h):
 * Wine has no Wdf01000.sys, so the image carries the framework's part of a
 * driver's life itself (core/wskshim_wdf_driver.c, as the host build does),
 * for non-PnP drivers: nothing drives a device stack here.
 *
 * Linked by wskcheck-confirm --kernel only; a driver built with the WDK
 * for a test machine uses the real framework.
 */
#include "wskshim_kernel.h"
#include "wskshim_wdf_driver.h"

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject,
                         PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                         PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER *Out) {
  NTSTATUS Status;
  (void)RegistryPath;
  /* No PnP manager drives a device stack here: a driver that needs
     EvtDriverDeviceAdd is a PnP driver, which this build cannot load. */
  if (DriverConfig && DriverConfig->EvtDriverDeviceAdd &&
      !(DriverConfig->DriverInitFlags & WdfDriverInitNonPnpDriver))
    return STATUS_NOT_SUPPORTED;
  Status =
      WskShimWdfCreateDriver(DriverObject, DriverAttributes, DriverConfig, Out);
  if (NT_SUCCESS(Status))
    WskShimKmDriverEntryFailed = WskShimWdfDeleteDriver;
  return Status;
}
