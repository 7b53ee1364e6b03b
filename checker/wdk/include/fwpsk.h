/* wskcheck WDK profile: fwpsk.h, the Windows Filtering Platform callout
 * interface of kernel-mode callout drivers -- callout registration, the
 * classify, notify and flow-delete callbacks and what they are given
 * (FWPS_INCOMING_VALUES0, FWPS_INCOMING_METADATA_VALUES0, FWPS_FILTER0,
 * FWPS_CLASSIFY_OUT0), the run-time layer and data field identifiers, flow
 * contexts, pending and classify handles, stream inspection, and packet
 * injection -- with the fwpstypes.h structures it builds on, written from
 * the WFP documentation.
 */
#ifndef WSKCHECK_WDK_FWPSK_H
#define WSKCHECK_WDK_FWPSK_H

#include <ntddk.h>
#include <ndis.h>
#include <ws2def.h>
#include <ws2ipdef.h>
#include <netioapi.h>
/* The packet header definitions callouts read their layer data with
   (IPV4_HEADER, IPV6_HEADER, ...), which the WDK's headers give a callout
   driver without an include of its own. */
#include <netiodef.h>
#include <fwpmtypes.h>
#include <wskcheck_wdk_fwpsfields.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- fwpstypes.h: what the filter engine passes to a callout ---- */

typedef struct FWPS_INCOMING_VALUE0_ {
  FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
  UINT16 layerId;
  UINT32 valueCount;
  FWPS_INCOMING_VALUE0 *incomingValue;
} FWPS_INCOMING_VALUES0;

typedef enum FWPS_DISCARD_MODULE0_ {
  FWPS_DISCARD_MODULE_NETWORK,
  FWPS_DISCARD_MODULE_TRANSPORT,
  FWPS_DISCARD_MODULE_GENERAL,
  FWPS_DISCARD_MODULE_MAX
} FWPS_DISCARD_MODULE0;

typedef enum FWPS_GENERAL_DISCARD_REASON_ {
  FWPS_DISCARD_FIREWALL_POLICY,
  FWPS_DISCARD_IPSEC,
  FWPS_GENERAL_DISCARD_REASON_MAX
} FWPS_GENERAL_DISCARD_REASON;

/* Why a network layer discarded a packet: FWPS_DISCARD_METADATA0's
   discardReason when discardModule is FWPS_DISCARD_MODULE_NETWORK. */
typedef enum {
  IpDiscardBadSourceAddress = 1,
  IpDiscardNotLocallyDestined,
  IpDiscardProtocolUnreachable,
  IpDiscardPortUnreachable,
  IpDiscardBadLength,
  IpDiscardMalformedHeader,
  IpDiscardNoRoute,
  IpDiscardBeyondScope,
  IpDiscardInspectionDrop,
  IpDiscardTooManyDecapsulations,
  IpDiscardAdministrativelyProhibited,
  IpDiscardBadChecksum,
  IpDiscardFirstFragmentIncomplete,
  IpDiscardHeaderNotContiguous,
  IpDiscardHeaderNotAligned,
  IpDiscardReceivePathMax = 127,
  IpDiscardHopLimitExceeded,
  IpDiscardAddressUnreachable,
  IpDiscardRscPacket,
  IpDiscardSourceViolation,
  IpDiscardForwardPathMax = 255,
  IpDiscardArbitrationUnhandled,
  IpDiscardInspectionAbsorb,
  IpDiscardDontFragmentMtuExceeded,
  IpDiscardBufferLengthExceeded,
  IpDiscardAddressResolutionTimeout,
  IpDiscardAddressResolutionFailure,
  IpDiscardIpsecFailure,
  IpDiscardExtensionHeadersFailure,
  IpDiscardAllocationFailure,
  IpDiscardIpsnpiClientDrop,
  IpDiscardUnsupportedOffload,
  IpDiscardRoutingFailure,
  IpDiscardAncillaryDataFailure,
  IpDiscardRawDataFailure,
  IpDiscardSessionStateFailure,
  IpDiscardIpsnpiAllocationFailure,
  IpDiscardIpsnpiModifiedButNotForwarded,
  IpDiscardIpsnpiNoNextHop,
  IpDiscardIpsnpiNoCompartment,
  IpDiscardIpsnpiNoInterface,
  IpDiscardIpsnpiNoSubInterface,
  IpDiscardIpsnpiInterfaceDisabled,
  IpDiscardIpsnpiSegmentationFailed,
  IpDiscardIpsnpiNoEthernetHeader,
  IpDiscardIpsnpiUnexpectedFragment,
  IpDiscardIpsnpiUnsupportedInterfaceType,
  IpDiscardIpsnpiInvalidLsoInfo,
  IpDiscardIpsnpiInvalidUsoInfo,
  IpDiscardInternalError,
  IpDiscardAdministrativelyConfigured,
  IpDiscardBadOption,
  IpDiscardLoopbackDisallowed,
  IpDiscardSmallerScope,
  IpDiscardQueueFull,
  IpDiscardInterfaceDisabled,
  IpDiscardNlClientDiscard,
  IpDiscardIpsnpiUroSegmentSizeExceedsMtu,
  IpDiscardSwUsoFailure,
  IpDiscardMax
} IP_DISCARD_REASON, *PIP_DISCARD_REASON;

/* Why a transport layer discarded a packet (FWPS_DISCARD_MODULE_TRANSPORT).
 */
typedef enum {
  InetDiscardSourceUnspecified = 0,
  InetDiscardDestinationMulticast,
  InetDiscardHeaderInvalid,
  InetDiscardChecksumInvalid,
  InetDiscardEndpointNotFound,
  InetDiscardConnectedPath,
  InetDiscardSessionState,
  InetDiscardReceiveInspection,
  InetDiscardAckInvalid,
  InetDiscardExpectedSyn,
  InetDiscardRst,
  InetDiscardSynRcvdSyn,
  InetDiscardSimultaneousConnect,
  InetDiscardPawsFailed,
  InetDiscardLandAttack,
  InetDiscardMissedReset,
  InetDiscardOutsideWindow,
  InetDiscardDuplicateSegment,
  InetDiscardClosedWindow,
  InetDiscardTcbRemoved,
  InetDiscardFinWait2,
  InetDiscardReassemblyConflict,
  InetDiscardFinReceived,
  InetDiscardListenerInvalidFlags,
  InetDiscardUrgentDeliveryAllocationFailure,
  InetDiscardTcbNotInTcbTable,
  InetDiscardTimeWaitTcbReceivedRstOutsideWindow,
  InetDiscardTimeWaitTcbSynAndOtherFlags,
  InetDiscardTimeWaitTcb,
  InetDiscardSynAckWithFastopenCookieRequest,
  InetDiscardPauseAccept,
  InetDiscardSynAttack,
  InetDiscardAcceptInspection,
  InetDiscardAcceptRedirection
} INET_DISCARD_REASON, *PINET_DISCARD_REASON;

typedef struct FWPS_DISCARD_METADATA0_ {
  FWPS_DISCARD_MODULE0 discardModule;
  UINT32 discardReason;
  UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
  UINT32 fragmentIdentification;
  UINT16 fragmentOffset;
  ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;

typedef struct FWPS_ACTION0_ {
  FWP_ACTION_TYPE type;
  UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
  UINT16 fieldId;
  UINT16 reserved;
  FWP_MATCH_TYPE matchType;
  FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

typedef struct FWPS_FILTER0_ {
  UINT64 filterId;
  FWP_VALUE0 weight;
  UINT16 subLayerWeight;
  UINT16 flags;
  UINT32 numFilterConditions;
  FWPS_FILTER_CONDITION0 *filterCondition;
  FWPS_ACTION0 action;
  UINT64 context;
  FWPM_PROVIDER_CONTEXT0 *providerContext;
} FWPS_FILTER0;

typedef struct FWPS_FILTER1_ {
  UINT64 filterId;
  FWP_VALUE0 weight;
  UINT16 subLayerWeight;
  UINT16 flags;
  UINT32 numFilterConditions;
  FWPS_FILTER_CONDITION0 *filterCondition;
  FWPS_ACTION0 action;
  UINT64 context;
  FWPM_PROVIDER_CONTEXT1 *providerContext;
} FWPS_FILTER1;

/* The filters of Windows 8 (FWPS_FILTER2) and later (FWPS_FILTER3) differ
   only in the version of their provider context, which mingw-w64's
   fwpmtypes.h does not have: a callout only passes it on. */
typedef struct FWPM_PROVIDER_CONTEXT2_ FWPM_PROVIDER_CONTEXT2;
typedef struct FWPM_PROVIDER_CONTEXT3_ FWPM_PROVIDER_CONTEXT3;

typedef struct FWPS_FILTER2_ {
  UINT64 filterId;
  FWP_VALUE0 weight;
  UINT16 subLayerWeight;
  UINT16 flags;
  UINT32 numFilterConditions;
  FWPS_FILTER_CONDITION0 *filterCondition;
  FWPS_ACTION0 action;
  UINT64 context;
  FWPM_PROVIDER_CONTEXT2 *providerContext;
} FWPS_FILTER2;

typedef struct FWPS_FILTER3_ {
  UINT64 filterId;
  FWP_VALUE0 weight;
  UINT16 subLayerWeight;
  UINT16 flags;
  UINT32 numFilterConditions;
  FWPS_FILTER_CONDITION0 *filterCondition;
  FWPS_ACTION0 action;
  UINT64 context;
  FWPM_PROVIDER_CONTEXT3 *providerContext;
} FWPS_FILTER3;

#define FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT (0x00000001)
#define FWPS_FILTER_FLAG_HAS_SECURITY_REALM_PROVIDER_CONTEXT (0x00000002)
#define FWPS_FILTER_FLAG_SILENT_MODE (0x00000004)

typedef struct FWPS_CLASSIFY_OUT0_ {
  FWP_ACTION_TYPE actionType;
  UINT64 outContext;
  UINT64 filterId;
  UINT32 rights;
  UINT32 flags;
  UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

#define FWPS_RIGHT_ACTION_WRITE (0x00000001)

#define FWPS_CLASSIFY_OUT_FLAG_ABSORB (0x00000001)
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED (0x00000002)
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA (0x00000004)
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_CHECK (0x00000008)
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_POSSIBLE (0x00000010)

#define FWPS_CLASSIFY_FLAG_REAUTHORIZE_IF_MODIFIED_BY_OTHERS (0x00000001)

/* The run-time filtering layers, in the order the documentation lists
   them; FWPS_INCOMING_VALUES0.layerId holds one. */
typedef enum FWPS_BUILTIN_LAYERS_ {
  FWPS_LAYER_INBOUND_IPPACKET_V4,
  FWPS_LAYER_INBOUND_IPPACKET_V4_DISCARD,
  FWPS_LAYER_INBOUND_IPPACKET_V6,
  FWPS_LAYER_INBOUND_IPPACKET_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_IPPACKET_V4,
  FWPS_LAYER_OUTBOUND_IPPACKET_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_IPPACKET_V6,
  FWPS_LAYER_OUTBOUND_IPPACKET_V6_DISCARD,
  FWPS_LAYER_IPFORWARD_V4,
  FWPS_LAYER_IPFORWARD_V4_DISCARD,
  FWPS_LAYER_IPFORWARD_V6,
  FWPS_LAYER_IPFORWARD_V6_DISCARD,
  FWPS_LAYER_INBOUND_TRANSPORT_V4,
  FWPS_LAYER_INBOUND_TRANSPORT_V4_DISCARD,
  FWPS_LAYER_INBOUND_TRANSPORT_V6,
  FWPS_LAYER_INBOUND_TRANSPORT_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V4,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V6,
  FWPS_LAYER_OUTBOUND_TRANSPORT_V6_DISCARD,
  FWPS_LAYER_STREAM_V4,
  FWPS_LAYER_STREAM_V4_DISCARD,
  FWPS_LAYER_STREAM_V6,
  FWPS_LAYER_STREAM_V6_DISCARD,
  FWPS_LAYER_DATAGRAM_DATA_V4,
  FWPS_LAYER_DATAGRAM_DATA_V4_DISCARD,
  FWPS_LAYER_DATAGRAM_DATA_V6,
  FWPS_LAYER_DATAGRAM_DATA_V6_DISCARD,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V4,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V4_DISCARD,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V6,
  FWPS_LAYER_INBOUND_ICMP_ERROR_V6_DISCARD,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4_DISCARD,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6,
  FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6_DISCARD,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4_DISCARD,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6,
  FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_LISTEN_V4,
  FWPS_LAYER_ALE_AUTH_LISTEN_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_LISTEN_V6,
  FWPS_LAYER_ALE_AUTH_LISTEN_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6,
  FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6_DISCARD,
  FWPS_LAYER_ALE_AUTH_CONNECT_V4,
  FWPS_LAYER_ALE_AUTH_CONNECT_V4_DISCARD,
  FWPS_LAYER_ALE_AUTH_CONNECT_V6,
  FWPS_LAYER_ALE_AUTH_CONNECT_V6_DISCARD,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4_DISCARD,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6,
  FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6_DISCARD,
  FWPS_LAYER_INBOUND_MAC_FRAME_ETHERNET,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_ETHERNET,
  FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE,
  FWPS_LAYER_RESERVED1_V4,
  FWPS_LAYER_RESERVED1_V6,
  FWPS_LAYER_NAME_RESOLUTION_CACHE_V4,
  FWPS_LAYER_NAME_RESOLUTION_CACHE_V6,
  FWPS_LAYER_ALE_RESOURCE_RELEASE_V4,
  FWPS_LAYER_ALE_RESOURCE_RELEASE_V6,
  FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V4,
  FWPS_LAYER_ALE_ENDPOINT_CLOSURE_V6,
  FWPS_LAYER_ALE_CONNECT_REDIRECT_V4,
  FWPS_LAYER_ALE_CONNECT_REDIRECT_V6,
  FWPS_LAYER_ALE_BIND_REDIRECT_V4,
  FWPS_LAYER_ALE_BIND_REDIRECT_V6,
  FWPS_LAYER_STREAM_PACKET_V4,
  FWPS_LAYER_STREAM_PACKET_V6,
  FWPS_LAYER_INGRESS_VSWITCH_ETHERNET,
  FWPS_LAYER_EGRESS_VSWITCH_ETHERNET,
  FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V4,
  FWPS_LAYER_INGRESS_VSWITCH_TRANSPORT_V6,
  FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V4,
  FWPS_LAYER_EGRESS_VSWITCH_TRANSPORT_V6,
  FWPS_LAYER_INBOUND_TRANSPORT_FAST,
  FWPS_LAYER_OUTBOUND_TRANSPORT_FAST,
  FWPS_LAYER_INBOUND_MAC_FRAME_NATIVE_FAST,
  FWPS_LAYER_OUTBOUND_MAC_FRAME_NATIVE_FAST,
  FWPS_LAYER_INBOUND_RESERVED2,
  FWPS_LAYER_RESERVED_LAYER_9,
  FWPS_LAYER_RESERVED_LAYER_10,
  FWPS_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V4,
  FWPS_LAYER_OUTBOUND_NETWORK_CONNECTION_POLICY_V6,
  FWPS_LAYER_IPSEC_KM_DEMUX_V4,
  FWPS_LAYER_IPSEC_KM_DEMUX_V6,
  FWPS_LAYER_IPSEC_V4,
  FWPS_LAYER_IPSEC_V6,
  FWPS_LAYER_IKEEXT_V4,
  FWPS_LAYER_IKEEXT_V6,
  FWPS_LAYER_RPC_UM,
  FWPS_LAYER_RPC_EPMAP,
  FWPS_LAYER_RPC_EP_ADD,
  FWPS_LAYER_RPC_PROXY_CONN,
  FWPS_LAYER_RPC_PROXY_IF,
  FWPS_LAYER_KM_AUTHORIZATION,
  FWPS_BUILTIN_LAYER_MAX
} FWPS_BUILTIN_LAYERS;

/* ---- Metadata: which fields FWPS_INCOMING_METADATA_VALUES0 holds ---- */

#define FWPS_METADATA_FIELD_DISCARD_REASON (0x00000001)
#define FWPS_METADATA_FIELD_FLOW_HANDLE (0x00000002)
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE (0x00000004)
#define FWPS_METADATA_FIELD_PROCESS_PATH (0x00000008)
#define FWPS_METADATA_FIELD_TOKEN (0x00000010)
#define FWPS_METADATA_FIELD_PROCESS_ID (0x00000020)
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS (0x00000040)
#define FWPS_METADATA_FIELD_RESERVED (0x00000080)
#define FWPS_METADATA_FIELD_SOURCE_INTERFACE_INDEX (0x00000100)
#define FWPS_METADATA_FIELD_DESTINATION_INTERFACE_INDEX (0x00000200)
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE (0x00000400)
#define FWPS_METADATA_FIELD_COMPARTMENT_ID (0x00000800)
#define FWPS_METADATA_FIELD_FRAGMENT_DATA (0x00001000)
#define FWPS_METADATA_FIELD_PATH_MTU (0x00002000)
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE (0x00004000)
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE (0x00008000)
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA (0x00010000)
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID (0x00020000)
#define FWPS_METADATA_FIELD_PACKET_DIRECTION (0x00040000)
#define FWPS_METADATA_FIELD_PACKET_SYSTEM_CRITICAL (0x00080000)
#define FWPS_METADATA_FIELD_FORWARD_LAYER_OUTBOUND_PASS_THRU (0x00100000)
#define FWPS_METADATA_FIELD_FORWARD_LAYER_INBOUND_PASS_THRU (0x00200000)
#define FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED (0x00400000)
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_INCLUDE_HEADER (0x00800000)
#define FWPS_METADATA_FIELD_DESTINATION_PREFIX (0x01000000)
#define FWPS_METADATA_FIELD_ETHER_FRAME_LENGTH (0x02000000)
#define FWPS_METADATA_FIELD_PARENT_ENDPOINT_HANDLE (0x04000000)
#define FWPS_METADATA_FIELD_ICMP_ID_AND_SEQUENCE (0x08000000)
#define FWPS_METADATA_FIELD_LOCAL_REDIRECT_TARGET_PID (0x10000000)
#define FWPS_METADATA_FIELD_ORIGINAL_DESTINATION (0x20000000)
#define FWPS_METADATA_FIELD_REDIRECT_RECORD_HANDLE (0x40000000)
#define FWPS_METADATA_FIELD_SUB_PROCESS_TAG (0x80000000)

#define FWPS_L2_METADATA_FIELD_ETHERNET_MAC_HEADER_SIZE (0x00000001)
#define FWPS_L2_METADATA_FIELD_WIFI_OPERATION_MODE (0x00000002)
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_PORT_ID (0x00000004)
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_NIC_INDEX (0x00000008)
#define FWPS_L2_METADATA_FIELD_VSWITCH_PACKET_CONTEXT (0x00000010)
#define FWPS_L2_METADATA_FIELD_VSWITCH_DESTINATION_PORT_ID (0x00000020)
#define FWPS_L2_METADATA_FIELD_RESERVED (0x80000000)

#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV4_FRAMING (0x00000001)
#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV6_FRAMING (0x00000002)
#define FWPS_L2_INCOMING_FLAG_RECLASSIFY_MULTI_DESTINATION (0x00000008)

typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
  UINT32 currentMetadataValues;
  UINT32 flags;
  UINT64 reserved;
  FWPS_DISCARD_METADATA0 discardMetadata;
  UINT64 flowHandle;
  UINT32 ipHeaderSize;
  UINT32 transportHeaderSize;
  FWP_BYTE_BLOB *processPath;
  UINT64 token;
  UINT64 processId;
  UINT32 sourceInterfaceIndex;
  UINT32 destinationInterfaceIndex;
  ULONG compartmentId;
  FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
  ULONG pathMtu;
  HANDLE completionHandle;
  UINT64 transportEndpointHandle;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
  FWP_DIRECTION packetDirection;
  PVOID headerIncludeHeader;
  ULONG headerIncludeHeaderLength;
  IP_ADDRESS_PREFIX destinationPrefix;
  UINT16 frameLength;
  UINT64 parentEndpointHandle;
  UINT32 icmpIdAndSequence;
  DWORD localRedirectTargetPID;
  SOCKADDR *originalDestination;
  HANDLE redirectRecords;
  UINT32 currentL2MetadataValues;
  UINT32 l2Flags;
  UINT32 ethernetMacHeaderSize;
  UINT32 wiFiOperationMode;
  NDIS_SWITCH_PORT_ID vSwitchSourcePortId;
  NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex;
  NDIS_SWITCH_PORT_ID vSwitchDestinationPortId;
  UINT32 padding0;
  USHORT padding1;
  UINT32 padding2;
  HANDLE vSwitchPacketContext;
  PVOID subProcessTag;
  UINT64 reserved1;
} FWPS_INCOMING_METADATA_VALUES0;

#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField)          \
  (((metadataValues)->currentMetadataValues & (metadataField)) ==            \
   (metadataField))
#define FWPS_IS_L2_METADATA_FIELD_PRESENT(metadataValues, metadataField)       \
  (((metadataValues)->currentL2MetadataValues & (metadataField)) ==          \
   (metadataField))

/* ---- Callouts ---- */

typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
  FWPS_CALLOUT_NOTIFY_ADD_FILTER,
  FWPS_CALLOUT_NOTIFY_DELETE_FILTER,
  FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
  FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

typedef void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN0)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData,
    const FWPS_FILTER0 *filter, UINT64 flowContext,
    FWPS_CLASSIFY_OUT0 *classifyOut);
typedef void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN1)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData,
    const void *classifyContext, const FWPS_FILTER1 *filter,
    UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);

typedef void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN2)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData,
    const void *classifyContext, const FWPS_FILTER2 *filter,
    UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);
typedef void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN3)(
    const FWPS_INCOMING_VALUES0 *inFixedValues,
    const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData,
    const void *classifyContext, const FWPS_FILTER3 *filter,
    UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);

typedef NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN0)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
    const FWPS_FILTER0 *filter);
typedef NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN1)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
    FWPS_FILTER1 *filter);

typedef NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN2)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
    FWPS_FILTER2 *filter);
typedef NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN3)(
    FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
    FWPS_FILTER3 *filter);

typedef void(NTAPI *FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(UINT16 layerId,
                                                        UINT32 calloutId,
                                                        UINT64 flowContext);

#define FWPS_CALLOUT_FLAG_CONDITIONAL_ON_FLOW (0x00000001)
#define FWPS_CALLOUT_FLAG_ALLOW_OFFLOAD (0x00000002)
#define FWPS_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY (0x00000004)
#define FWPS_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION (0x00000008)
#define FWPS_CALLOUT_FLAG_ALLOW_RECLASSIFY (0x00000010)

typedef struct FWPS_CALLOUT0_ {
  GUID calloutKey;
  UINT32 flags;
  FWPS_CALLOUT_CLASSIFY_FN0 classifyFn;
  FWPS_CALLOUT_NOTIFY_FN0 notifyFn;
  FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT0;

typedef struct FWPS_CALLOUT1_ {
  GUID calloutKey;
  UINT32 flags;
  FWPS_CALLOUT_CLASSIFY_FN1 classifyFn;
  FWPS_CALLOUT_NOTIFY_FN1 notifyFn;
  FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT1;

typedef struct FWPS_CALLOUT2_ {
  GUID calloutKey;
  UINT32 flags;
  FWPS_CALLOUT_CLASSIFY_FN2 classifyFn;
  FWPS_CALLOUT_NOTIFY_FN2 notifyFn;
  FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT2;

typedef struct FWPS_CALLOUT3_ {
  GUID calloutKey;
  UINT32 flags;
  FWPS_CALLOUT_CLASSIFY_FN3 classifyFn;
  FWPS_CALLOUT_NOTIFY_FN3 notifyFn;
  FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT3;

NTSTATUS NTAPI FwpsCalloutRegister0(void *deviceObject,
                                    const FWPS_CALLOUT0 *callout,
                                    UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister1(void *deviceObject,
                                    const FWPS_CALLOUT1 *callout,
                                    UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister2(void *deviceObject,
                                    const FWPS_CALLOUT2 *callout,
                                    UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister3(void *deviceObject,
                                    const FWPS_CALLOUT3 *callout,
                                    UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterById0(const UINT32 calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterByKey0(const GUID *calloutKey);

/* ---- Flow contexts ---- */

NTSTATUS NTAPI FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId,
                                         UINT32 calloutId,
                                         UINT64 flowContext);
NTSTATUS NTAPI FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId,
                                      UINT32 calloutId);
NTSTATUS NTAPI FwpsFlowAbort0(UINT64 flowId);

/* ---- Pended operations and classifications ---- */

NTSTATUS NTAPI FwpsPendOperation0(HANDLE completionHandle,
                                  HANDLE *completionContext);
void NTAPI FwpsCompleteOperation0(HANDLE completionContext,
                                  PNET_BUFFER_LIST netBufferList);
NTSTATUS NTAPI FwpsAcquireClassifyHandle0(void *classifyContext,
                                          UINT32 flags,
                                          UINT64 *classifyHandle);
void NTAPI FwpsReleaseClassifyHandle0(UINT64 classifyHandle);
NTSTATUS NTAPI FwpsPendClassify0(UINT64 classifyHandle, UINT64 filterId,
                                 UINT32 flags,
                                 FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsCompleteClassify0(UINT64 classifyHandle, UINT32 flags,
                                 const FWPS_CLASSIFY_OUT0 *classifyOut);
NTSTATUS NTAPI FwpsAcquireWritableLayerDataPointer0(
    UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
    PVOID *writableLayerData, FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsApplyModifiedLayerData0(UINT64 classifyHandle,
                                       PVOID modifiedLayerData, UINT32 flags);
NTSTATUS NTAPI FwpsClassifyOptionSet0(
    const FWPS_INCOMING_METADATA_VALUES0 *inMetadataValues,
    FWP_CLASSIFY_OPTION_TYPE option, const FWP_VALUE0 *newValue);

/* ---- Bind and connect redirection (the ALE redirect layers' data) ---- */

typedef struct FWPS_BIND_REQUEST0_ {
  SOCKADDR_STORAGE localAddressAndPort;
  UINT64 portReservationToken;
  struct FWPS_BIND_REQUEST0_ *previousVersion;
  UINT64 modifierFilterId;
} FWPS_BIND_REQUEST0;

typedef struct FWPS_CONNECT_REQUEST0_ {
  SOCKADDR_STORAGE localAddressAndPort;
  SOCKADDR_STORAGE remoteAddressAndPort;
  UINT64 portReservationToken;
  DWORD localRedirectTargetPID;
  struct FWPS_CONNECT_REQUEST0_ *previousVersion;
  UINT64 modifierFilterId;
  HANDLE localRedirectHandle;
  void *localRedirectContext;
  SIZE_T localRedirectContextSize;
} FWPS_CONNECT_REQUEST0;

typedef enum FWPS_CONNECTION_REDIRECT_STATE_ {
  FWPS_CONNECTION_NOT_REDIRECTED,
  FWPS_CONNECTION_REDIRECTED_BY_SELF,
  FWPS_CONNECTION_REDIRECTED_BY_OTHER,
  FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF,
  FWPS_CONNECTION_REDIRECT_STATE_MAX
} FWPS_CONNECTION_REDIRECT_STATE;

NTSTATUS NTAPI FwpsRedirectHandleCreate0(const GUID *providerGuid,
                                         UINT32 flags,
                                         HANDLE *redirectHandle);
void NTAPI FwpsRedirectHandleDestroy0(HANDLE redirectHandle);
FWPS_CONNECTION_REDIRECT_STATE NTAPI FwpsQueryConnectionRedirectState0(
    HANDLE redirectRecords, HANDLE redirectHandle, void **redirectContext);

/* ---- Net buffer lists the callout allocates, clones or references ---- */

NTSTATUS NTAPI FwpsAllocateNetBufferAndNetBufferList0(
    NDIS_HANDLE poolHandle, USHORT contextSize, USHORT contextBackFill,
    PMDL mdlChain, ULONG dataOffset, SIZE_T dataLength,
    PNET_BUFFER_LIST *netBufferList);
void NTAPI FwpsFreeNetBufferList0(PNET_BUFFER_LIST netBufferList);
NTSTATUS NTAPI FwpsAllocateCloneNetBufferList0(
    PNET_BUFFER_LIST originalNetBufferList,
    NDIS_HANDLE netBufferListPoolHandle, NDIS_HANDLE netBufferPoolHandle,
    ULONG allocateCloneFlags, PNET_BUFFER_LIST *netBufferList);
void NTAPI FwpsFreeCloneNetBufferList0(PNET_BUFFER_LIST netBufferList,
                                       ULONG freeCloneFlags);
void NTAPI FwpsReferenceNetBufferList0(PNET_BUFFER_LIST netBufferList,
                                       BOOLEAN intendToModify);
void NTAPI FwpsDereferenceNetBufferList0(PNET_BUFFER_LIST netBufferList,
                                         BOOLEAN dispatchLevel);

/* ---- IPsec and injection information about a packet list ---- */

typedef struct FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0_ {
  UINT32 isSecure : 1;
  UINT32 isTransportMode : 1;
  UINT32 isTunnelMode : 1;
  UINT32 isTransportModeVerified : 1;
  UINT32 isTunnelModeVerified : 1;
  UINT32 isDeTunneled : 1;
} FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0_ {
  UINT32 isIPsecPolicyMatch : 1;
  UINT32 isTransportPolicyMatch : 1;
  UINT32 isTunnelPolicyMatch : 1;
  UINT32 isTunnelIPinIP : 1;
} FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_IPSEC_INFORMATION0_ {
  FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 inbound;
  FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0 outbound;
  UINT32 flags;
} FWPS_PACKET_LIST_IPSEC_INFORMATION0;

typedef struct FWPS_PACKET_LIST_FWP_INFORMATION0_ {
  BOOLEAN isReinjected;
} FWPS_PACKET_LIST_FWP_INFORMATION0;

typedef struct FWPS_PACKET_LIST_INFORMATION0_ {
  FWPS_PACKET_LIST_IPSEC_INFORMATION0 ipsecInformation;
  FWPS_PACKET_LIST_FWP_INFORMATION0 fwpInformation;
} FWPS_PACKET_LIST_INFORMATION0;

#define FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC (0x00000001)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND (0x00000002)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND (0x00000004)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_INBOUND                         \
  (FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC |                                  \
   FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_OUTBOUND                        \
  (FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC |                                  \
   FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND)

NTSTATUS NTAPI FwpsGetPacketListSecurityInformation0(
    PNET_BUFFER_LIST packetList, UINT32 queryFlags,
    FWPS_PACKET_LIST_INFORMATION0 *packetInformation);

/* ---- Injection ---- */

#define FWPS_INJECTION_TYPE_STREAM (0x00000001)
#define FWPS_INJECTION_TYPE_TRANSPORT (0x00000002)
#define FWPS_INJECTION_TYPE_NETWORK (0x00000004)
#define FWPS_INJECTION_TYPE_FORWARD (0x00000008)
#define FWPS_INJECTION_TYPE_L2 (0x00000010)
#define FWPS_INJECTION_TYPE_VSWITCH (0x00000020)

typedef enum FWPS_PACKET_INJECTION_STATE_ {
  FWPS_PACKET_NOT_INJECTED,
  FWPS_PACKET_INJECTED_BY_SELF,
  FWPS_PACKET_INJECTED_BY_OTHER,
  FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
  FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE;

typedef void(NTAPI *FWPS_INJECT_COMPLETE0)(void *context,
                                           PNET_BUFFER_LIST netBufferList,
                                           BOOLEAN dispatchLevel);

typedef struct FWPS_TRANSPORT_SEND_PARAMS0_ {
  UCHAR *remoteAddress;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
} FWPS_TRANSPORT_SEND_PARAMS0;

typedef struct FWPS_TRANSPORT_SEND_PARAMS1_ {
  UCHAR *remoteAddress;
  SCOPE_ID remoteScopeId;
  WSACMSGHDR *controlData;
  ULONG controlDataLength;
  UCHAR *headerIncludeHeader;
  ULONG headerIncludeHeaderLength;
} FWPS_TRANSPORT_SEND_PARAMS1;

NTSTATUS NTAPI FwpsInjectionHandleCreate0(ADDRESS_FAMILY addressFamily,
                                          UINT32 flags,
                                          HANDLE *injectionHandle);
NTSTATUS NTAPI FwpsInjectionHandleDestroy0(HANDLE injectionHandle);
FWPS_PACKET_INJECTION_STATE NTAPI FwpsQueryPacketInjectionState0(
    HANDLE injectionHandle, const NET_BUFFER_LIST *netBufferList,
    HANDLE *injectionContext);

NTSTATUS NTAPI FwpsInjectTransportSendAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT64 endpointHandle,
    UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS0 *sendArgs,
    ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
    PNET_BUFFER_LIST netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportSendAsync1(
    HANDLE injectionHandle, HANDLE injectionContext, UINT64 endpointHandle,
    UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS1 *sendArgs,
    ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
    PNET_BUFFER_LIST netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportReceiveAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, PVOID reserved,
    UINT32 flags, ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
    IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex,
    PNET_BUFFER_LIST netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectNetworkSendAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    COMPARTMENT_ID compartmentId, PNET_BUFFER_LIST netBufferList,
    FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectNetworkReceiveAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex,
    IF_INDEX subInterfaceIndex, PNET_BUFFER_LIST netBufferList,
    FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectForwardAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
    IF_INDEX interfaceIndex, PNET_BUFFER_LIST netBufferList,
    FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacReceiveAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber,
    PNET_BUFFER_LIST netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacSendAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber,
    PNET_BUFFER_LIST netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectvSwitchEthernetIngressAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    void *reserved, const FWP_BYTE_BLOB *vSwitchId,
    NDIS_SWITCH_PORT_ID vSwitchSourcePortId,
    NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex,
    PNET_BUFFER_LIST netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS NTAPI FwpsConstructIpHeaderForTransportPacket0(
    PNET_BUFFER_LIST netBufferList, ULONG headerIncludeHeaderLength,
    ADDRESS_FAMILY addressFamily, const UCHAR *sourceAddress,
    const UCHAR *remoteAddress, IPPROTO nextProtocol, UINT64 endpointHandle,
    const WSACMSGHDR *controlData, ULONG controlDataLength, UINT32 flags,
    PVOID reserved, IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex);

void NTAPI FwpsReferencevSwitchPacketContext0(HANDLE packetContext);
void NTAPI FwpsDereferencevSwitchPacketContext0(HANDLE packetContext);

/* ---- Stream inspection and injection ---- */

#define FWPS_STREAM_FLAG_RECEIVE (0x00000001)
#define FWPS_STREAM_FLAG_RECEIVE_EXPEDITED (0x00000002)
#define FWPS_STREAM_FLAG_RECEIVE_DISCONNECT (0x00000004)
#define FWPS_STREAM_FLAG_RECEIVE_ABORT (0x00000008)
#define FWPS_STREAM_FLAG_SEND (0x00000010)
#define FWPS_STREAM_FLAG_SEND_EXPEDITED (0x00000020)
#define FWPS_STREAM_FLAG_SEND_NODELAY (0x00000040)
#define FWPS_STREAM_FLAG_SEND_DISCONNECT (0x00000080)
#define FWPS_STREAM_FLAG_SEND_ABORT (0x00000100)

typedef enum FWPS_STREAM_ACTION_TYPE_ {
  FWPS_STREAM_ACTION_NONE,
  FWPS_STREAM_ACTION_NEED_MORE_DATA,
  FWPS_STREAM_ACTION_DROP_CONNECTION,
  FWPS_STREAM_ACTION_DEFER,
  FWPS_STREAM_ACTION_TYPE_MAX
} FWPS_STREAM_ACTION_TYPE;

typedef struct FWPS_STREAM_DATA_OFFSET0_ {
  PNET_BUFFER_LIST netBufferList;
  PNET_BUFFER netBuffer;
  PMDL mdl;
  SIZE_T mdlOffset;
  UINT32 netBufferOffset;
  SIZE_T streamDataOffset;
} FWPS_STREAM_DATA_OFFSET0;

typedef struct FWPS_STREAM_DATA0_ {
  UINT32 flags;
  FWPS_STREAM_DATA_OFFSET0 dataOffset;
  SIZE_T dataLength;
  PNET_BUFFER_LIST netBufferListChain;
} FWPS_STREAM_DATA0;

typedef struct FWPS_STREAM_CALLOUT_IO_PACKET0_ {
  FWPS_STREAM_DATA0 *streamData;
  SIZE_T missedBytes;
  UINT32 countBytesRequired;
  SIZE_T countBytesEnforced;
  FWPS_STREAM_ACTION_TYPE streamAction;
} FWPS_STREAM_CALLOUT_IO_PACKET0;

NTSTATUS NTAPI FwpsStreamInjectAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
    UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags,
    PNET_BUFFER_LIST netBufferList, SIZE_T dataLength,
    FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsStreamContinue0(UINT64 flowId, UINT32 calloutId,
                                   UINT16 layerId, UINT32 streamFlags);
void NTAPI FwpsCopyStreamDataToBuffer0(
    const FWPS_STREAM_DATA0 *calloutStreamData, PVOID buffer,
    SIZE_T bytesToCopy, SIZE_T *bytesCopied);
NTSTATUS NTAPI FwpsCloneStreamData0(FWPS_STREAM_DATA0 *calloutStreamData,
                                    NDIS_HANDLE netBufferListPoolHandle,
                                    NDIS_HANDLE netBufferPoolHandle,
                                    ULONG allocateCloneFlags,
                                    PNET_BUFFER_LIST *netBufferListChain);
void NTAPI FwpsDiscardClonedStreamData0(PNET_BUFFER_LIST netBufferListChain,
                                        UINT32 allocateCloneFlags,
                                        BOOLEAN dispatchLevel);

/* Version-independent names. The WDK maps them to the newest version for
   the target's NTDDI_VERSION; here they are the Windows 7 versions
   (FWPS_FILTER1, FWPS_CALLOUT1 and their callbacks), the newest whose
   provider context (FWPM_PROVIDER_CONTEXT1) mingw-w64's fwpmtypes.h has
   complete. The callbacks' shape is the same in the later versions, which
   a driver may name (FWPS_CALLOUT3, FwpsCalloutRegister3). */
#define FWPS_INCOMING_VALUE FWPS_INCOMING_VALUE0
#define FWPS_INCOMING_VALUES FWPS_INCOMING_VALUES0
#define FWPS_DISCARD_METADATA FWPS_DISCARD_METADATA0
#define FWPS_INBOUND_FRAGMENT_METADATA FWPS_INBOUND_FRAGMENT_METADATA0
#define FWPS_INCOMING_METADATA_VALUES FWPS_INCOMING_METADATA_VALUES0
#define FWPS_ACTION FWPS_ACTION0
#define FWPS_FILTER_CONDITION FWPS_FILTER_CONDITION0
#define FWPS_FILTER FWPS_FILTER1
#define FWPS_CLASSIFY_OUT FWPS_CLASSIFY_OUT0
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN1
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN1
#define FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0
#define FWPS_CALLOUT FWPS_CALLOUT1
#define FWPS_BIND_REQUEST FWPS_BIND_REQUEST0
#define FWPS_CONNECT_REQUEST FWPS_CONNECT_REQUEST0
#define FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0
#define FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0
#define FWPS_PACKET_LIST_IPSEC_INFORMATION FWPS_PACKET_LIST_IPSEC_INFORMATION0
#define FWPS_PACKET_LIST_FWP_INFORMATION FWPS_PACKET_LIST_FWP_INFORMATION0
#define FWPS_PACKET_LIST_INFORMATION FWPS_PACKET_LIST_INFORMATION0
#define FWPS_INJECT_COMPLETE FWPS_INJECT_COMPLETE0
#define FWPS_TRANSPORT_SEND_PARAMS FWPS_TRANSPORT_SEND_PARAMS1
#define FWPS_STREAM_DATA_OFFSET FWPS_STREAM_DATA_OFFSET0
#define FWPS_STREAM_DATA FWPS_STREAM_DATA0
#define FWPS_STREAM_CALLOUT_IO_PACKET FWPS_STREAM_CALLOUT_IO_PACKET0
#define FwpsAcquireClassifyHandle FwpsAcquireClassifyHandle0
#define FwpsAcquireWritableLayerDataPointer FwpsAcquireWritableLayerDataPointer0
#define FwpsAllocateCloneNetBufferList FwpsAllocateCloneNetBufferList0
#define FwpsAllocateNetBufferAndNetBufferList FwpsAllocateNetBufferAndNetBufferList0
#define FwpsApplyModifiedLayerData FwpsApplyModifiedLayerData0
#define FwpsCalloutRegister FwpsCalloutRegister1
#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsClassifyOptionSet FwpsClassifyOptionSet0
#define FwpsCloneStreamData FwpsCloneStreamData0
#define FwpsCompleteClassify FwpsCompleteClassify0
#define FwpsCompleteOperation FwpsCompleteOperation0
#define FwpsConstructIpHeaderForTransportPacket FwpsConstructIpHeaderForTransportPacket0
#define FwpsCopyStreamDataToBuffer FwpsCopyStreamDataToBuffer0
#define FwpsDereferenceNetBufferList FwpsDereferenceNetBufferList0
#define FwpsDereferencevSwitchPacketContext FwpsDereferencevSwitchPacketContext0
#define FwpsDiscardClonedStreamData FwpsDiscardClonedStreamData0
#define FwpsFlowAbort FwpsFlowAbort0
#define FwpsFlowAssociateContext FwpsFlowAssociateContext0
#define FwpsFlowRemoveContext FwpsFlowRemoveContext0
#define FwpsFreeCloneNetBufferList FwpsFreeCloneNetBufferList0
#define FwpsFreeNetBufferList FwpsFreeNetBufferList0
#define FwpsGetPacketListSecurityInformation FwpsGetPacketListSecurityInformation0
#define FwpsInjectForwardAsync FwpsInjectForwardAsync0
#define FwpsInjectMacReceiveAsync FwpsInjectMacReceiveAsync0
#define FwpsInjectMacSendAsync FwpsInjectMacSendAsync0
#define FwpsInjectNetworkReceiveAsync FwpsInjectNetworkReceiveAsync0
#define FwpsInjectNetworkSendAsync FwpsInjectNetworkSendAsync0
#define FwpsInjectTransportReceiveAsync FwpsInjectTransportReceiveAsync0
#define FwpsInjectTransportSendAsync FwpsInjectTransportSendAsync1
#define FwpsInjectionHandleCreate FwpsInjectionHandleCreate0
#define FwpsInjectionHandleDestroy FwpsInjectionHandleDestroy0
#define FwpsInjectvSwitchEthernetIngressAsync FwpsInjectvSwitchEthernetIngressAsync0
#define FwpsPendClassify FwpsPendClassify0
#define FwpsPendOperation FwpsPendOperation0
#define FwpsQueryConnectionRedirectState FwpsQueryConnectionRedirectState0
#define FwpsQueryPacketInjectionState FwpsQueryPacketInjectionState0
#define FwpsRedirectHandleCreate FwpsRedirectHandleCreate0
#define FwpsRedirectHandleDestroy FwpsRedirectHandleDestroy0
#define FwpsReferenceNetBufferList FwpsReferenceNetBufferList0
#define FwpsReferencevSwitchPacketContext FwpsReferencevSwitchPacketContext0
#define FwpsReleaseClassifyHandle FwpsReleaseClassifyHandle0
#define FwpsStreamContinue FwpsStreamContinue0
#define FwpsStreamInjectAsync FwpsStreamInjectAsync0

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_FWPSK_H */
