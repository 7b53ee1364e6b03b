/* wskcheck WDK profile: wdfpdo.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Bus drivers: forwarding a child's requests to the parent --- */
#ifndef WSKCHECK_WDF_PDO_FORWARD
#define WSKCHECK_WDF_PDO_FORWARD
#ifdef __cplusplus
extern "C" {
#endif

VOID WdfPdoInitAllowForwardingRequestToParent(PWDFDEVICE_INIT DeviceInit);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_PDO_FORWARD */
/* --- end Bus drivers --- */
