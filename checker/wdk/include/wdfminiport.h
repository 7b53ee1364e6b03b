/* wskcheck WDK profile: wdfminiport.h, the Kernel-Mode Driver Framework's
 * support for miniport drivers whose port driver owns the dispatch table
 * (NDIS, audio, storage miniports), written from its documentation.
 */
#ifndef _WDFMINIPORT_H_
#define _WDFMINIPORT_H_

#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

NTSTATUS WdfDeviceMiniportCreate(WDFDRIVER Driver,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PDEVICE_OBJECT DeviceObject,
                                 PDEVICE_OBJECT AttachedDeviceObject,
                                 PDEVICE_OBJECT Pdo, WDFDEVICE *Device);
VOID WdfDriverMiniportUnload(WDFDRIVER Driver);

#ifdef __cplusplus
}
#endif

#endif /* _WDFMINIPORT_H_ */
