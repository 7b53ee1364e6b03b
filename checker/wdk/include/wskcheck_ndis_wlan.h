/* wskcheck WDK profile: the ndis.h names of native 802.11 (Wi-Fi) miniport
 * drivers that the profile's ndis.h leaves out -- receive throttling, the
 * NDIS 5 timer and interrupt type such drivers still carry, and windot11.h
 * names mingw-w64's lacks -- written from the NDIS and native 802.11
 * documentation. dot11wdi.h includes it; a driver that includes only
 * ndis.h does not get these names.
 */
#ifndef _WSKCHECK_NDIS_WLAN_H_
#define _WSKCHECK_NDIS_WLAN_H_

#include <ndis.h>
#include <windot11.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Native 802.11 status indications and status codes. */
#ifndef NDIS_STATUS_DOT11_SCAN_CONFIRM
#define NDIS_STATUS_DOT11_SCAN_CONFIRM ((NDIS_STATUS)0x40030000L)
#define NDIS_STATUS_DOT11_MPDU_MAX_LENGTH_CHANGED ((NDIS_STATUS)0x40030001L)
#define NDIS_STATUS_DOT11_ASSOCIATION_START ((NDIS_STATUS)0x40030002L)
#define NDIS_STATUS_DOT11_ASSOCIATION_COMPLETION ((NDIS_STATUS)0x40030003L)
#define NDIS_STATUS_DOT11_CONNECTION_START ((NDIS_STATUS)0x40030004L)
#define NDIS_STATUS_DOT11_CONNECTION_COMPLETION ((NDIS_STATUS)0x40030005L)
#define NDIS_STATUS_DOT11_ROAMING_START ((NDIS_STATUS)0x40030006L)
#define NDIS_STATUS_DOT11_ROAMING_COMPLETION ((NDIS_STATUS)0x40030007L)
#define NDIS_STATUS_DOT11_DISASSOCIATION ((NDIS_STATUS)0x40030008L)
#define NDIS_STATUS_DOT11_TKIPMIC_FAILURE ((NDIS_STATUS)0x40030009L)
#define NDIS_STATUS_DOT11_PMKID_CANDIDATE_LIST ((NDIS_STATUS)0x4003000AL)
#define NDIS_STATUS_DOT11_PHY_STATE_CHANGED ((NDIS_STATUS)0x4003000BL)
#define NDIS_STATUS_DOT11_LINK_QUALITY ((NDIS_STATUS)0x4003000CL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_STARTED ((NDIS_STATUS)0x4003000DL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_REQUEST_RECEIVED                      \
  ((NDIS_STATUS)0x4003000EL)
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_COMPLETION ((NDIS_STATUS)0x4003000FL)
#define NDIS_STATUS_DOT11_STOP_AP ((NDIS_STATUS)0x40030010L)
#define NDIS_STATUS_DOT11_PHY_FREQUENCY_ADOPTED ((NDIS_STATUS)0x40030011L)
#define NDIS_STATUS_DOT11_CAN_SUSTAIN_AP ((NDIS_STATUS)0x40030012L)
#endif
#ifndef NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED
#define NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED ((NDIS_STATUS)0xC0232000L)
#define NDIS_STATUS_DOT11_MEDIA_IN_USE ((NDIS_STATUS)0xC0232001L)
#define NDIS_STATUS_DOT11_POWER_STATE_INVALID ((NDIS_STATUS)0xC0232002L)
#endif

/* Wi-Fi Direct status indications: value not documented; distinct from the
   others. */
#ifndef NDIS_STATUS_DOT11_WFD_DISCOVER_COMPLETE
#define NDIS_STATUS_DOT11_WFD_DISCOVER_COMPLETE ((NDIS_STATUS)0x40030013L)
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_REQUEST_SEND_COMPLETE             \
  ((NDIS_STATUS)0x40030014L)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_REQUEST                  \
  ((NDIS_STATUS)0x40030015L)
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_RESPONSE_SEND_COMPLETE            \
  ((NDIS_STATUS)0x40030016L)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_RESPONSE                 \
  ((NDIS_STATUS)0x40030017L)
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_CONFIRMATION_SEND_COMPLETE        \
  ((NDIS_STATUS)0x40030018L)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_CONFIRMATION             \
  ((NDIS_STATUS)0x40030019L)
#define NDIS_STATUS_DOT11_WFD_INVITATION_REQUEST_SEND_COMPLETE                 \
  ((NDIS_STATUS)0x4003001AL)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_REQUEST                      \
  ((NDIS_STATUS)0x4003001BL)
#define NDIS_STATUS_DOT11_WFD_INVITATION_RESPONSE_SEND_COMPLETE                \
  ((NDIS_STATUS)0x4003001CL)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_RESPONSE                     \
  ((NDIS_STATUS)0x4003001DL)
#define NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_REQUEST_SEND_COMPLETE        \
  ((NDIS_STATUS)0x4003001EL)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_REQUEST             \
  ((NDIS_STATUS)0x4003001FL)
#define NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_RESPONSE_SEND_COMPLETE       \
  ((NDIS_STATUS)0x40030020L)
#define NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_RESPONSE            \
  ((NDIS_STATUS)0x40030021L)
#define NDIS_STATUS_DOT11_WFD_GROUP_OPERATING_CHANNEL ((NDIS_STATUS)0x40030022L)
#endif

/* ifdef.h: a link speed the interface does not know. */
#ifndef NET_IF_LINK_SPEED_UNKNOWN
#define NET_IF_LINK_SPEED_UNKNOWN ((ULONG64)-1)
#endif

/* Newer windot11.h values than mingw-w64's: the VHT (802.11ac) PHY and
   the BIP cipher (802.11w management frame protection), as constants of
   their enumerations. */
#define dot11_phy_type_vht ((DOT11_PHY_TYPE)8)
#define DOT11_CIPHER_ALGO_BIP ((DOT11_CIPHER_ALGORITHM)0x06)

/* NDIS 6.20: how many receives MiniportInterruptDPC may indicate. */
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
  ULONG MaxNblsToIndicate;
  ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;

/* NDIS 5: the interrupt mode of NdisMRegisterInterrupt. */
typedef enum _NDIS_INTERRUPT_TYPE {
  NdisInterruptLevelSensitive = 0,
  NdisInterruptLatched = 1
} NDIS_INTERRUPT_TYPE,
    *PNDIS_INTERRUPT_TYPE;

/* NDIS 5: a timer the driver initialises with NdisMInitializeTimer. The
   members are opaque to the driver. */
typedef struct _NDIS_MINIPORT_TIMER {
  KTIMER Timer;
  KDPC Dpc;
  PNDIS_TIMER_FUNCTION MiniportTimerFunction;
  PVOID MiniportTimerContext;
  NDIS_HANDLE Miniport;
  struct _NDIS_MINIPORT_TIMER *NextDeferredTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

VOID NDIS_API NdisMInitializeTimer(PNDIS_MINIPORT_TIMER Timer,
                                   NDIS_HANDLE MiniportAdapterHandle,
                                   PNDIS_TIMER_FUNCTION TimerFunction,
                                   PVOID FunctionContext);
VOID NDIS_API NdisMSetTimer(PNDIS_MINIPORT_TIMER Timer,
                            UINT MillisecondsToDelay);
VOID NDIS_API NdisMSetPeriodicTimer(PNDIS_MINIPORT_TIMER Timer,
                                    UINT MillisecondPeriod);
VOID NDIS_API NdisMCancelTimer(PNDIS_MINIPORT_TIMER Timer,
                               PBOOLEAN TimerCancelled);

/* Names the documentation gives without a value: the offload network
   status indication, the wake reason indication of NDIS power management,
   and the event log code of a miniport that finds no adapter. Stand-ins,
   the customer bit set so none equals a status Windows defines. */
#ifndef NDIS_STATUS_DOT11_OFFLOAD_NETWORK_STATUS_CHANGED
#define NDIS_STATUS_DOT11_OFFLOAD_NETWORK_STATUS_CHANGED                       \
  ((NDIS_STATUS)0x60030001L)
#endif
#ifndef NDIS_STATUS_PM_WAKE_REASON
#define NDIS_STATUS_PM_WAKE_REASON ((NDIS_STATUS)0x60030002L)
#endif
#ifndef NDIS_ERROR_CODE_ADAPTER_NOT_FOUND
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND ((NDIS_ERROR_CODE)0xE0030003L)
#endif

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_NDIS_WLAN_H_ */
