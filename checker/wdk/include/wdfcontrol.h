/* wskcheck WDK profile: wdfcontrol.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Control devices: shutdown notification --- */
#ifndef WSKCHECK_WDF_CONTROL_SHUTDOWN
#define WSKCHECK_WDF_CONTROL_SHUTDOWN
#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
  WdfDeviceShutdown = 0x01,
  WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION
    *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

VOID WdfControlDeviceInitSetShutdownNotification(
    PWDFDEVICE_INIT DeviceInit, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
    UCHAR Flags);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_CONTROL_SHUTDOWN */
/* --- end Control devices --- */
