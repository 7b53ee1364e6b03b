/* wskcheck WDK profile: wdfiotarget.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- I/O targets: purge, the target's PDO and properties --- */
#ifndef WSKCHECK_WDF_IOTARGET_PURGE
#define WSKCHECK_WDF_IOTARGET_PURGE
#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
  WdfIoTargetPurgeIoUndefined = 0,
  WdfIoTargetPurgeIoAndWait = 1,
  WdfIoTargetPurgeIo = 2
} WDF_IO_TARGET_PURGE_IO_ACTION;

VOID WdfIoTargetPurge(WDFIOTARGET IoTarget, WDF_IO_TARGET_PURGE_IO_ACTION Action);
PDEVICE_OBJECT WdfIoTargetWdmGetTargetPhysicalDevice(WDFIOTARGET IoTarget);
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(
    WDFIOTARGET IoTarget, DEVICE_REGISTRY_PROPERTY DeviceProperty,
    POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    WDFMEMORY *PropertyMemory);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_IOTARGET_PURGE */
/* --- end I/O targets --- */
