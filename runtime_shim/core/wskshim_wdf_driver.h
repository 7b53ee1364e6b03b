/* The KMDF driver object where no framework is loaded: the host build
 * (host/host_wdf.c) and the kernel build under Wine (kernel/wskshim_kmdf.c),
 * each with its own wdf.h. See wskshim_wdf_driver.c.
 */
#ifndef WSKSHIM_WDF_DRIVER_H
#define WSKSHIM_WDF_DRIVER_H

#include <wdf.h>

/* WdfDriverCreate's part that both builds share: one driver object per
   driver; it takes over DriverObject->DriverUnload. */
NTSTATUS WskShimWdfCreateDriver(PDRIVER_OBJECT DriverObject,
                                PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                                PWDF_DRIVER_CONFIG DriverConfig,
                                WDFDRIVER *Out);

/* Whether WdfDriverCreate succeeded. */
BOOLEAN WskShimWdfDriverCreated(void);

/* DriverEntry failed after WdfDriverCreate: the framework deletes the
   driver object, which runs its EvtCleanupCallback and EvtDestroyCallback
   (EvtDriverUnload is not called). */
void WskShimWdfDeleteDriver(void);

#endif
