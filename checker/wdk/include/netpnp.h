/* wskcheck WDK profile: netpnp.h, the network Plug and Play and power events
 * NDIS hands protocol, filter and intermediate drivers, written from the
 * NDIS documentation.
 *
 * mingw-w64's ddk/netpnp.h stops at NetEventIMReEnableDevice and also
 * declares NDIS_DEVICE_PNP_EVENT with only three of its values (the WDK has
 * it in ndis.h, where the profile's ndis.h declares it in full), so this
 * one replaces it.
 */
#ifndef _NETPNP_H_
#define _NETPNP_H_
/* mingw-w64's own header marks itself with this name. */
#ifndef __NET_PNP__
#define __NET_PNP__
#endif

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_DEVICE_POWER_STATE {
  NetDeviceStateUnspecified = 0,
  NetDeviceStateD0,
  NetDeviceStateD1,
  NetDeviceStateD2,
  NetDeviceStateD3,
  NetDeviceStateMaximum
} NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;

typedef enum _NET_PNP_EVENT_CODE {
  NetEventSetPower,
  NetEventQueryPower,
  NetEventQueryRemoveDevice,
  NetEventCancelRemoveDevice,
  NetEventReconfigure,
  NetEventBindList,
  NetEventBindsComplete,
  NetEventPnPCapabilities,
  NetEventPause,
  NetEventRestart,
  NetEventPortActivation,
  NetEventPortDeactivation,
  NetEventIMReEnableDevice,
  NetEventNDKEnable,
  NetEventNDKDisable,
  NetEventFilterPreDetach,
  NetEventBindFailed,
  NetEventSwitchActivate,
  NetEventAllowBindsAbove,
  NetEventInhibitBindsAbove,
  NetEventAllowStart,
  NetEventRequirePause,
  NetEventUploadGftFlowEntries,
  NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

typedef struct _NET_PNP_EVENT {
  NET_PNP_EVENT_CODE NetEvent;
  PVOID Buffer;
  ULONG BufferLength;
  ULONG_PTR NdisReserved[4];
  ULONG_PTR TransportReserved[4];
  ULONG_PTR TdiReserved[4];
  ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

#ifdef __cplusplus
}
#endif

#endif /* _NETPNP_H_ */
