/* Host environment: the KMDF driver object (wdf.h subset), with the
 * framework's part of the lifecycle in core/wskshim_wdf_driver.c. A fault
 * plan can make WdfDriverCreate fail.
 */
#include "host_env.h"
#include "wskshim_wdf_driver.h"

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject,
                         PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                         PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER *Out) {
  NTSTATUS Status = WskHostFault("WdfDriverCreate");
  (void)RegistryPath;
  if (!NT_SUCCESS(Status))
    return Status;
  return WskShimWdfCreateDriver(DriverObject, DriverAttributes, DriverConfig,
                                Out);
}

BOOLEAN WskHostWdfDriverCreated(void) { return WskShimWdfDriverCreated(); }

void WskHostWdfDriverEntryFailed(void) { WskShimWdfDeleteDriver(); }
