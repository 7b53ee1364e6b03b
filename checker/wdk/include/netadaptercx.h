/* wskcheck WDK profile: netadaptercx.h, the Network Adapter Class
 * Extension (NetAdapterCx) a KMDF client driver programs against -- the
 * adapter and its initialization, device-level configuration, power and
 * reset, transmit and receive packet queues, offloads, receive scaling,
 * wake sources and power offloads -- written from the NetAdapterCx
 * documentation. The packet and fragment rings and their extensions are
 * the net/ headers it includes.
 *
 * The WDK reaches the class extension's routines through a function table
 * and implements the *_INIT helpers inline; here both are declarations, so
 * the analysis sees calls of the documented routines. Object handles are
 * distinct pointer types, as WDF handles are.
 */
#ifndef _NETADAPTERCX_H_
#define _NETADAPTERCX_H_

#include <wdf.h>
/* The NDIS names the adapter interfaces use (media connect and duplex
   states, interface LUIDs), at the NDIS version the driver targets. */
#include <ntddndis.h>
#include <wskcheck_ndis_version.h>

#include <net/extension.h>
#include <net/fragment.h>
#include <net/packet.h>
#include <net/returncontext.h>
#include <net/ring.h>
#include <net/ringcollection.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Objects of the class extension, and the initialization structures the
   framework hands a driver. */
typedef struct NETADAPTER__ *NETADAPTER;
typedef struct NETPACKETQUEUE__ *NETPACKETQUEUE;
typedef struct NETOFFLOAD__ *NETOFFLOAD;
typedef struct NETCONFIGURATION__ *NETCONFIGURATION;
typedef struct NETRECEIVEFILTER__ *NETRECEIVEFILTER;
typedef struct NETWAKESOURCE__ *NETWAKESOURCE;
typedef struct NETPOWEROFFLOAD__ *NETPOWEROFFLOAD;
typedef struct NETEXECUTIONCONTEXT__ *NETEXECUTIONCONTEXT;
typedef struct NETADAPTER_INIT NETADAPTER_INIT;
typedef struct NETTXQUEUE_INIT NETTXQUEUE_INIT;
typedef struct NETRXQUEUE_INIT NETRXQUEUE_INIT;

/* The layer 3 and layer 4 protocols and the 802.1Q tagging an offload
   capability covers. */
typedef enum _NET_ADAPTER_OFFLOAD_LAYER3_FLAGS {
  NetAdapterOffloadLayer3FlagIPv4NoOptions = 0x00000001,
  NetAdapterOffloadLayer3FlagIPv4WithOptions = 0x00000002,
  NetAdapterOffloadLayer3FlagIPv6NoExtensions = 0x00000004,
  NetAdapterOffloadLayer3FlagIPv6WithExtensions = 0x00000008
} NET_ADAPTER_OFFLOAD_LAYER3_FLAGS;

typedef enum _NET_ADAPTER_OFFLOAD_LAYER4_FLAGS {
  NetAdapterOffloadLayer4FlagTcpNoOptions = 0x00000001,
  NetAdapterOffloadLayer4FlagTcpWithOptions = 0x00000002,
  NetAdapterOffloadLayer4FlagUdp = 0x00000004
} NET_ADAPTER_OFFLOAD_LAYER4_FLAGS;

typedef enum _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS {
  NetAdapterOffloadIeee8021PriorityTaggingFlag = 0x00000001,
  NetAdapterOffloadIeee8021VlanTaggingFlag = 0x00000002
} NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS;

/* The documented structures, declared ahead so any order of use works. */
typedef struct _NET_DRIVER_GLOBALS NET_DRIVER_GLOBALS, *PNET_DRIVER_GLOBALS;
typedef union _NET_EUI48_ADDRESS NET_EUI48_ADDRESS;
typedef union _NET_IPV4_ADDRESS NET_IPV4_ADDRESS;
typedef union _NET_IPV6_ADDRESS NET_IPV6_ADDRESS;
typedef struct _NET_ADAPTER_DATAPATH_CALLBACKS NET_ADAPTER_DATAPATH_CALLBACKS;
typedef struct _NET_ADAPTER_DMA_CAPABILITIES NET_ADAPTER_DMA_CAPABILITIES;
typedef struct _NET_ADAPTER_LINK_LAYER_CAPABILITIES
    NET_ADAPTER_LINK_LAYER_CAPABILITIES;
typedef struct _NET_ADAPTER_LINK_STATE NET_ADAPTER_LINK_STATE;
typedef struct _NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES
    NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES;
typedef struct _NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES
    NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES;
typedef struct _NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES
    NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES;
typedef struct _NET_ADAPTER_RX_CAPABILITIES NET_ADAPTER_RX_CAPABILITIES;
typedef struct _NET_ADAPTER_TX_CAPABILITIES NET_ADAPTER_TX_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_BITMAP_CAPABILITIES
    NET_ADAPTER_WAKE_BITMAP_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES
    NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES
    NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES
    NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_REASON_PACKET NET_ADAPTER_WAKE_REASON_PACKET;
typedef struct _NET_ADAPTER_LINK_LAYER_ADDRESS NET_ADAPTER_LINK_LAYER_ADDRESS;
typedef struct _NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES
    NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES;
typedef struct _NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES
    NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES;
typedef struct _NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES
    NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES;
typedef struct _NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES
    NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES;
typedef struct _NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES
    NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES;
typedef struct _NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES
    NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES;
typedef struct _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES
    NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES;
typedef struct _NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS
    NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS;
typedef struct _NET_DEVICE_RESET_CAPABILITIES NET_DEVICE_RESET_CAPABILITIES;
typedef struct _NET_PACKET_QUEUE_CONFIG NET_PACKET_QUEUE_CONFIG;
typedef struct _NET_RXQUEUE_BUFFER_LAYOUT_HINT NET_RXQUEUE_BUFFER_LAYOUT_HINT;
typedef struct _NET_WAKE_SOURCE_BITMAP_PARAMETERS
    NET_WAKE_SOURCE_BITMAP_PARAMETERS;
typedef struct _NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS
    NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS;
typedef struct _NET_WAKE_SOURCE_LIST NET_WAKE_SOURCE_LIST;
typedef struct _NET_POWER_OFFLOAD_ARP_PARAMETERS
    NET_POWER_OFFLOAD_ARP_PARAMETERS;
typedef struct _NET_POWER_OFFLOAD_NS_PARAMETERS NET_POWER_OFFLOAD_NS_PARAMETERS;
typedef struct _NET_POWER_OFFLOAD_LIST NET_POWER_OFFLOAD_LIST;
typedef struct _NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES
    NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES;
typedef struct _NET_ADAPTER_RECEIVE_SCALING_HASH_SECRET_KEY
    NET_ADAPTER_RECEIVE_SCALING_HASH_SECRET_KEY;
typedef struct _NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRIES
    NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRIES;
typedef struct _NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRY
    NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRY;
typedef struct _NET_EXTENSION_QUERY NET_EXTENSION_QUERY;

typedef enum _NET_ADAPTER_AUTO_NEGOTIATION_FLAGS {
  NetAdapterAutoNegotiationFlagNone = 0x00000000,
  NetAdapterAutoNegotiationFlagXmitLinkSpeedAutoNegotiated = 0x00000001,
  NetAdapterAutoNegotiationFlagRcvLinkSpeedautoNegotiated = 0x00000002,
  NetAdapterAutoNegotiationFlagDuplexAutoNegotiated = 0x00000004,
  NetAdapterAutoNegotiationFlagPauseFunctionsAutoNegotiated = 0x00000008
} NET_ADAPTER_AUTO_NEGOTIATION_FLAGS;

typedef enum _NET_ADAPTER_PAUSE_FUNCTION_TYPE {
  NetAdapterPauseFunctionTypeUnsupported = 0,
  NetAdapterPauseFunctionTypeSendOnly = 1,
  NetAdapterPauseFunctionTypeReceiveOnly = 2,
  NetAdapterPauseFunctionTypeSendAndReceive = 3,
  NetAdapterPauseFunctionTypeUnknown = 4
} NET_ADAPTER_PAUSE_FUNCTION_TYPE;

typedef enum _NET_MEMORY_MAPPING_REQUIREMENT {
  NetMemoryMappingRequirementNone = 0,
  NetMemoryMappingRequirementDmaMapped = 1
} NET_MEMORY_MAPPING_REQUIREMENT;

typedef enum _NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE {
  NetRxFragmentBufferAllocationModeSystem = 0,
  NetRxFragmentBufferAllocationModeDriver = 1
} NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE;

typedef enum _NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE {
  NetRxFragmentBufferAttachmentModeSystem = 0,
  NetRxFragmentBufferAttachmentModeDriver = 1
} NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE;

typedef enum _NET_ADAPTER_WAKE_PATTERN_ID {
  NetAdapterWakeMagicPatternId = 0x0000fffe,
  NetAdapterWakeEapolPatternId = 0x0000fffd,
  NetAdapterWakeFilterPatternId = 0x0000fffc
} NET_ADAPTER_WAKE_PATTERN_ID;

typedef enum _NET_PACKET_FILTER_FLAGS {
  NetPacketFilterFlagDirected = 0x00000001,
  NetPacketFilterFlagMulticast = 0x00000002,
  NetPacketFilterFlagAllMulticast = 0x00000004,
  NetPacketFilterFlagBroadcast = 0x00000008,
  NetPacketFilterFlagPromiscuous = 0x00000020
} NET_PACKET_FILTER_FLAGS;

typedef enum _NET_CONFIGURATION_QUERY_ULONG_FLAGS {
  NET_CONFIGURATION_QUERY_ULONG_NO_FLAGS = 0x00000000,
  NET_CONFIGURATION_QUERY_ULONG_MAY_BE_STORED_AS_HEX_STRING = 0x00000001
} NET_CONFIGURATION_QUERY_ULONG_FLAGS;

typedef enum _NET_WAKE_SOURCE_TYPE {
  NetWakeSourceTypeBitmapPattern = 1,
  NetWakeSourceTypeMagicPacket = 2,
  NetWakeSourceTypeMediaChange = 3,
  NetWakeSourceTypePacketFilterMatch = 4,
  NetWakeSourceTypeEapolPacket = 5
} NET_WAKE_SOURCE_TYPE;

typedef enum _NET_POWER_OFFLOAD_TYPE {
  NetPowerOffloadTypeArp = 1,
  NetPowerOffloadTypeNS = 2
} NET_POWER_OFFLOAD_TYPE;

typedef enum _NET_ADAPTER_RECEIVE_SCALING_ENCAPSULATION_TYPE {
  NetAdapterReceiveScalingEncapsulationTypeNone = 0x00000000,
  NetAdapterReceiveScalingEncapsulationTypeNVGre = 0x00000001,
  NetAdapterReceiveScalingEncapsulationTypeVXLan = 0x00000002,
  NetAdapterReceiveScalingEncapsulationTypeVLan = 0x00000004
} NET_ADAPTER_RECEIVE_SCALING_ENCAPSULATION_TYPE;

typedef enum _NET_ADAPTER_RECEIVE_SCALING_HASH_TYPE {
  NetAdapterReceiveScalingHashTypeNone = 0x00000000,
  NetAdapterReceiveScalingHashTypeToeplitz = 0x00000001
} NET_ADAPTER_RECEIVE_SCALING_HASH_TYPE;

typedef enum _NET_ADAPTER_RECEIVE_SCALING_PROTOCOL_TYPE {
  NetAdapterReceiveScalingProtocolTypeNone = 0x00000000,
  NetAdapterReceiveScalingProtocolTypeIPv4 = 0x00000001,
  NetAdapterReceiveScalingProtocolTypeIPv4Options = 0x00000002,
  NetAdapterReceiveScalingProtocolTypeIPv6 = 0x00000004,
  NetAdapterReceiveScalingProtocolTypeIPv6Extensions = 0x00000008,
  NetAdapterReceiveScalingProtocolTypeTcp = 0x00000010,
  NetAdapterReceiveScalingProtocolTypeUdp = 0x00000020
} NET_ADAPTER_RECEIVE_SCALING_PROTOCOL_TYPE;

typedef enum _NET_ADAPTER_RECEIVE_SCALING_UNHASHED_TARGET_TYPE {
  NetAdapterReceiveScalingUnhashedTargetTypeUnspecified = 0,
  NetAdapterReceiveScalingUnhashedTargetTypeHashIndex = 1
} NET_ADAPTER_RECEIVE_SCALING_UNHASHED_TARGET_TYPE;

typedef NTSTATUS EVT_NET_ADAPTER_CREATE_RXQUEUE(NETADAPTER Adapter,
                                                NETRXQUEUE_INIT *RxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_RXQUEUE *PFN_NET_ADAPTER_CREATE_RXQUEUE;

typedef NTSTATUS EVT_NET_ADAPTER_CREATE_TXQUEUE(NETADAPTER Adapter,
                                                NETTXQUEUE_INIT *TxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_TXQUEUE *PFN_NET_ADAPTER_CREATE_TXQUEUE;

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_CHECKSUM(NETADAPTER Adapter,
                                                  NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_CHECKSUM
    *PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM;

typedef void EVT_NET_ADAPTER_RETURN_RX_BUFFER(
    NETADAPTER Adapter, NET_FRAGMENT_RETURN_CONTEXT_HANDLE RxReturnContext);
typedef EVT_NET_ADAPTER_RETURN_RX_BUFFER *PFN_NET_ADAPTER_RETURN_RX_BUFFER;

typedef void EVT_NET_ADAPTER_SET_RECEIVE_FILTER(NETADAPTER Adapter,
                                                NETRECEIVEFILTER unnamedParam2);
typedef EVT_NET_ADAPTER_SET_RECEIVE_FILTER *PFN_NET_ADAPTER_SET_RECEIVE_FILTER;

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_GSO(NETADAPTER Adapter,
                                             NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_GSO *PFN_NET_ADAPTER_OFFLOAD_SET_GSO;

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_RSC(NETADAPTER Adapter,
                                             NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RSC *PFN_NET_ADAPTER_OFFLOAD_SET_RSC;

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM(NETADAPTER Adapter,
                                                     NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM
    *PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM;

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM(NETADAPTER Adapter,
                                                     NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM
    *PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM;

typedef void EVT_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS(WDFDEVICE Device);
typedef EVT_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS
    *PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS;

typedef NTSTATUS
EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD(WDFDEVICE Device,
                                     NETPOWEROFFLOAD PowerOffload);
typedef EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD
    *PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD;

typedef NTSTATUS EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE(WDFDEVICE Device,
                                                    NETWAKESOURCE WakeSource);
typedef EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE *PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE;

typedef void EVT_PACKET_QUEUE_ADVANCE(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_ADVANCE *PFN_PACKET_QUEUE_ADVANCE;

typedef void EVT_PACKET_QUEUE_CANCEL(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_CANCEL *PFN_PACKET_QUEUE_CANCEL;

typedef void
EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED(NETPACKETQUEUE PacketQueue,
                                          BOOLEAN NotificationEnabled);
typedef EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED
    *PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED;

typedef void EVT_PACKET_QUEUE_START(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_START *PFN_PACKET_QUEUE_START;

typedef void EVT_PACKET_QUEUE_STOP(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_STOP *PFN_PACKET_QUEUE_STOP;

typedef void EVT_NET_ADAPTER_RECEIVE_SCALING_DISABLE(NETADAPTER Adapter);
typedef EVT_NET_ADAPTER_RECEIVE_SCALING_DISABLE
    *PFN_NET_ADAPTER_RECEIVE_SCALING_DISABLE;

typedef NTSTATUS EVT_NET_ADAPTER_RECEIVE_SCALING_ENABLE(
    NETADAPTER Adapter, NET_ADAPTER_RECEIVE_SCALING_HASH_TYPE HashType,
    NET_ADAPTER_RECEIVE_SCALING_PROTOCOL_TYPE ProtocolType);
typedef EVT_NET_ADAPTER_RECEIVE_SCALING_ENABLE
    *PFN_NET_ADAPTER_RECEIVE_SCALING_ENABLE;

typedef NTSTATUS EVT_NET_ADAPTER_RECEIVE_SCALING_SET_HASH_SECRET_KEY(
    NETADAPTER Adapter,
    const NET_ADAPTER_RECEIVE_SCALING_HASH_SECRET_KEY *HashSecretKey);
typedef EVT_NET_ADAPTER_RECEIVE_SCALING_SET_HASH_SECRET_KEY
    *PFN_NET_ADAPTER_RECEIVE_SCALING_SET_HASH_SECRET_KEY;

typedef NTSTATUS EVT_NET_ADAPTER_RECEIVE_SCALING_SET_INDIRECTION_ENTRIES(
    NETADAPTER Adapter,
    NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRIES *IndirectionEntries);
typedef EVT_NET_ADAPTER_RECEIVE_SCALING_SET_INDIRECTION_ENTRIES
    *PFN_NET_ADAPTER_RECEIVE_SCALING_SET_INDIRECTION_ENTRIES;

struct _NET_DRIVER_GLOBALS {
  ULONG Unused;
};

union _NET_EUI48_ADDRESS {
  UINT8 Value[6];
};

union _NET_IPV4_ADDRESS {
  UINT32 Address;
  UINT8 Value[4];
};

union _NET_IPV6_ADDRESS {
  struct {
    UINT64 NetworkPrefix;
    UINT64 InterfaceIdentifier;
  } Unicast;
  UINT8 Value[16];
};

struct _NET_ADAPTER_DATAPATH_CALLBACKS {
  ULONG Size;
  PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue;
  PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue;
};

struct _NET_ADAPTER_DMA_CAPABILITIES {
  ULONG Size;
  WDFDMAENABLER DmaEnabler;
  PHYSICAL_ADDRESS MaximumPhysicalAddress;
  WDF_TRI_STATE CacheEnabled;
  NODE_REQUIREMENT PreferredNode;
};

struct _NET_ADAPTER_LINK_LAYER_CAPABILITIES {
  ULONG Size;
  ULONG64 MaxTxLinkSpeed;
  ULONG64 MaxRxLinkSpeed;
};

struct _NET_ADAPTER_LINK_STATE {
  ULONG Size;
  ULONG64 TxLinkSpeed;
  ULONG64 RxLinkSpeed;
  NET_IF_MEDIA_CONNECT_STATE MediaConnectState;
  NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
  NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions;
  NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags;
};

struct _NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES {
  ULONG Size;
  BOOLEAN IPv4;
  BOOLEAN Tcp;
  BOOLEAN Udp;
  PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM EvtAdapterOffloadSetChecksum;
};

struct _NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES {
  ULONG Size;
  BOOLEAN ArpOffload;
  SIZE_T MaximumOffloadCount;
};

struct _NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES {
  ULONG Size;
  BOOLEAN NSOffload;
  SIZE_T MaximumOffloadCount;
};

struct _NET_ADAPTER_RX_CAPABILITIES {
  ULONG Size;
  NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE AllocationMode;
  NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE AttachmentMode;
  UINT32 FragmentRingNumberOfElementsHint;
  SIZE_T MaximumFrameSize;
  SIZE_T MaximumNumberOfQueues;
  union {
    struct {
      PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer;
    };
    struct {
      NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
      SIZE_T FragmentBufferAlignment;
      NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
    };
  };
};

struct _NET_ADAPTER_TX_CAPABILITIES {
  ULONG Size;
  NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
  SIZE_T PayloadBackfill;
  SIZE_T MaximumNumberOfFragments;
  SIZE_T FragmentBufferAlignment;
  UINT32 FragmentRingNumberOfElementsHint;
  SIZE_T MaximumNumberOfQueues;
  NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
};

struct _NET_ADAPTER_WAKE_BITMAP_CAPABILITIES {
  ULONG Size;
  BOOLEAN BitmapPattern;
  SIZE_T MaximumPatternCount;
  SIZE_T MaximumPatternSize;
};

struct _NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES {
  ULONG Size;
  BOOLEAN MagicPacket;
};

struct _NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES {
  ULONG Size;
  BOOLEAN MediaConnect;
  BOOLEAN MediaDisconnect;
};

struct _NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES {
  ULONG Size;
  BOOLEAN PacketFilterMatch;
};

struct _NET_ADAPTER_WAKE_REASON_PACKET {
  ULONG Size;
  ULONG PatternId;
  ULONG OriginalPacketSize;
  WDFMEMORY WakePacket;
};

struct _NET_ADAPTER_LINK_LAYER_ADDRESS {
  USHORT Length;
  UCHAR Address[32];
};

struct _NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES {
  ULONG Size;
  NET_PACKET_FILTER_FLAGS SupportedPacketFilters;
  SIZE_T MaximumMulticastAddresses;
  PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter;
};

struct _NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES {
  ULONG Size;
  BOOLEAN EapolPacket;
};

struct _NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES {
  ULONG Size;
  NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
  NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
  UINT16 Layer4HeaderOffsetLimit;
  SIZE_T MaximumOffloadSize;
  SIZE_T MinimumSegmentCount;
  PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso;
};

struct _NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES {
  ULONG Size;
  NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
  NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
  BOOLEAN TcpTimestampOption;
  PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc;
};

struct _NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES {
  ULONG Size;
  PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum;
};

struct _NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES {
  ULONG Size;
  NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
  NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
  UINT16 Layer3HeaderOffsetLimit;
  UINT16 Layer4HeaderOffsetLimit;
  PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum;
};

struct _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES {
  ULONG Size;
  NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS Flags;
};

struct _NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS {
  ULONG Size;
  PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE EvtDevicePreviewBitmapPattern;
  PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD EvtDevicePreviewArpOffload;
  PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD EvtDevicePreviewNSOffload;
};

struct _NET_DEVICE_RESET_CAPABILITIES {
  ULONG Size;
  GUID ResetDiagnosticsGuid;
  PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS EvtNetDeviceCollectResetDiagnostics;
};

struct _NET_PACKET_QUEUE_CONFIG {
  ULONG Size;
  PFN_PACKET_QUEUE_START EvtStart;
  PFN_PACKET_QUEUE_STOP EvtStop;
  PFN_PACKET_QUEUE_ADVANCE EvtAdvance;
  PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled;
  PFN_PACKET_QUEUE_CANCEL EvtCancel;
  NETEXECUTIONCONTEXT ExecutionContext;
};

struct _NET_RXQUEUE_BUFFER_LAYOUT_HINT {
  ULONG MinimumBackfillSize;
  ULONG L3HeaderAlignment;
};

struct _NET_WAKE_SOURCE_BITMAP_PARAMETERS {
  ULONG Size;
  ULONG Id;
  UCHAR const *Pattern;
  SIZE_T PatternSize;
  UCHAR const *Mask;
  SIZE_T MaskSize;
};

struct _NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS {
  ULONG Size;
  BOOLEAN MediaConnect;
  BOOLEAN MediaDisconnect;
};

struct _NET_WAKE_SOURCE_LIST {
  ULONG Size;
  void *Reserved[4];
};

struct _NET_POWER_OFFLOAD_ARP_PARAMETERS {
  ULONG Size;
  ULONG Id;
  NET_IPV4_ADDRESS RemoteIPv4Address;
  NET_IPV4_ADDRESS HostIPv4Address;
  NET_ADAPTER_LINK_LAYER_ADDRESS LinkLayerAddress;
};

struct _NET_POWER_OFFLOAD_NS_PARAMETERS {
  ULONG Size;
  ULONG Id;
  NET_IPV6_ADDRESS RemoteIPv6Address;
  NET_IPV6_ADDRESS SolicitedNodeIPv6Address;
  NET_IPV6_ADDRESS TargetIPv6Addresses[2];
  NET_ADAPTER_LINK_LAYER_ADDRESS LinkLayerAddress;
};

struct _NET_POWER_OFFLOAD_LIST {
  ULONG Size;
  void *Reserved[4];
};

struct _NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES {
  ULONG Size;
  SIZE_T NumberOfQueues;
  SIZE_T IndirectionTableSize;
  SIZE_T UnhashedTargetIndex;
  NET_ADAPTER_RECEIVE_SCALING_UNHASHED_TARGET_TYPE UnhashedTargetType;
  NET_ADAPTER_RECEIVE_SCALING_HASH_TYPE ReceiveScalingHashTypes;
  NET_ADAPTER_RECEIVE_SCALING_PROTOCOL_TYPE ReceiveScalingProtocolTypes;
  struct {
    NET_ADAPTER_RECEIVE_SCALING_ENCAPSULATION_TYPE Outer;
    NET_ADAPTER_RECEIVE_SCALING_ENCAPSULATION_TYPE Inner;
  } ReceiveScalingEncapsulationTypes;
  BOOLEAN SynchronizeSetIndirectionEntries;
  PFN_NET_ADAPTER_RECEIVE_SCALING_ENABLE EvtAdapterReceiveScalingEnable;
  PFN_NET_ADAPTER_RECEIVE_SCALING_DISABLE EvtAdapterReceiveScalingDisable;
  PFN_NET_ADAPTER_RECEIVE_SCALING_SET_HASH_SECRET_KEY
      EvtAdapterReceiveScalingSetHashSecretKey;
  PFN_NET_ADAPTER_RECEIVE_SCALING_SET_INDIRECTION_ENTRIES
      EvtAdapterReceiveScalingSetIndirectionEntries;
};

struct _NET_ADAPTER_RECEIVE_SCALING_HASH_SECRET_KEY {
  UINT8 *Key;
  SIZE_T Length;
};

struct _NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRIES {
  NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRY *Entries;
  SIZE_T Length;
};

struct _NET_ADAPTER_RECEIVE_SCALING_INDIRECTION_ENTRY {
  NETPACKETQUEUE PacketQueue;
  NTSTATUS Status;
  UINT32 Index;
};

struct _NET_EXTENSION_QUERY {
  ULONG Size;
  PCWSTR Name;
  ULONG Version;
  NET_EXTENSION_TYPE Type;
};

void NET_ADAPTER_DATAPATH_CALLBACKS_INIT(
    NET_ADAPTER_DATAPATH_CALLBACKS *DatapathCallbacks,
    PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue,
    PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue);
void NET_ADAPTER_DMA_CAPABILITIES_INIT(
    NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities, WDFDMAENABLER DmaEnabler);
void NET_ADAPTER_LINK_LAYER_ADDRESS_INIT(
    NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress, USHORT Length,
    UCHAR const *AddressBuffer);
void NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(
    NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities,
    ULONG64 MaxTxLinkSpeed, ULONG64 MaxRxLinkSpeed);
void NET_ADAPTER_LINK_STATE_INIT(
    NET_ADAPTER_LINK_STATE *LinkState, ULONG64 LinkSpeed,
    NET_IF_MEDIA_CONNECT_STATE MediaConnectState,
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState,
    NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions,
    NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags);
void NET_ADAPTER_LINK_STATE_INIT_DISCONNECTED(
    NET_ADAPTER_LINK_STATE *LinkState);
void NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES *ChecksumCapabilities,
    BOOLEAN IPv4, BOOLEAN Tcp, BOOLEAN Udp,
    PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM EvtAdapterOffloadSetChecksum);
void NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES_INIT(
    NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES *Capabilities,
    SIZE_T MaximumOffloadCount);
void NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES_INIT(
    NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES *Capabilities,
    SIZE_T MaximumOffloadCount);
void NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES_INIT(
    NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES *Capabilities,
    PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter);
void NET_ADAPTER_RX_CAPABILITIES_INIT_DRIVER_MANAGED(
    NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
    PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer,
    SIZE_T MaximumFrameSize, SIZE_T MaximumNumberOfQueues);
void NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(
    NET_ADAPTER_RX_CAPABILITIES *RxCapabilities, SIZE_T MaximumFrameSize,
    SIZE_T MaximumNumberOfQueues);
void NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED_DMA(
    NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
    NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities, SIZE_T MaximumFrameSize,
    SIZE_T MaximumNumberOfQueues);
void NET_ADAPTER_TX_CAPABILITIES_INIT(
    NET_ADAPTER_TX_CAPABILITIES *TxCapabilities, SIZE_T MaximumNumberOfQueues);
void NET_ADAPTER_TX_CAPABILITIES_INIT_FOR_DMA(
    NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
    NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
    SIZE_T MaximumNumberOfQueues);
void NET_ADAPTER_WAKE_BITMAP_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_BITMAP_CAPABILITIES *Capabilities);
void NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES *Capabilities);
void NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES *Capabilities);
void NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES *Capabilities);
void NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES_INIT(
    NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES *Capabilities);
void NET_ADAPTER_WAKE_REASON_EAPOL_PACKET_INIT(
    NET_ADAPTER_WAKE_REASON_PACKET *Reason);
void NET_ADAPTER_WAKE_REASON_FILTER_PACKET_INIT(
    NET_ADAPTER_WAKE_REASON_PACKET *Reason);
void NET_ADAPTER_WAKE_REASON_MAGIC_PACKET_INIT(
    NET_ADAPTER_WAKE_REASON_PACKET *Reason);
void NET_ADAPTER_WAKE_REASON_PACKET_INIT(
    NET_ADAPTER_WAKE_REASON_PACKET *Reason);
NTSTATUS NetAdapterCreate(NETADAPTER_INIT *AdapterInit,
                          WDF_OBJECT_ATTRIBUTES *AdapterAttributes,
                          NETADAPTER *Adapter);
NET_LUID NetAdapterGetNetLuid(NETADAPTER Adapter);
NETADAPTER_INIT *NetAdapterInitAllocate(WDFDEVICE Device);
void NetAdapterInitFree(NETADAPTER_INIT *AdapterInit);
void NetAdapterInitSetDatapathCallbacks(
    NETADAPTER_INIT *AdapterInit,
    NET_ADAPTER_DATAPATH_CALLBACKS *DatapathCallbacks);
NETADAPTER_INIT *
NetAdapterLightweightInitAllocate(const GUID *NetworkInterfaceGuid);
void NetAdapterOffloadSetChecksumCapabilities(
    NETADAPTER Adapter,
    NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES *HardwareCapabilities);
NTSTATUS
NetAdapterOpenConfiguration(NETADAPTER Adapter,
                            WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
                            NETCONFIGURATION *Configuration);
void NetAdapterPowerOffloadSetArpCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES *Capabilities);
void NetAdapterPowerOffloadSetNSCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES *Capabilities);
VOID NetAdapterReportWakeReasonMediaChange(NETADAPTER Adapter,
                                           NET_IF_MEDIA_CONNECT_STATE Reason);
VOID NetAdapterReportWakeReasonPacket(
    NETADAPTER Adapter, const NET_ADAPTER_WAKE_REASON_PACKET *Reason);
void NetAdapterSetCurrentLinkLayerAddress(
    NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
void NetAdapterSetDataPathCapabilities(
    NETADAPTER Adapter, NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
    NET_ADAPTER_RX_CAPABILITIES *RxCapabilities);
void NetAdapterSetLinkLayerCapabilities(
    NETADAPTER Adapter,
    NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities);
void NetAdapterSetLinkLayerMtuSize(NETADAPTER Adapter, ULONG MtuSize);
void NetAdapterSetLinkState(NETADAPTER Adapter, NET_ADAPTER_LINK_STATE *State);
void NetAdapterSetPermanentLinkLayerAddress(
    NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
void NetAdapterSetReceiveFilterCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES *Capabilities);
NTSTATUS NetAdapterStart(NETADAPTER Adapter);
void NetAdapterStop(NETADAPTER Adapter);
void NetAdapterWakeSetBitmapCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_WAKE_BITMAP_CAPABILITIES *Capabilities);
void NetAdapterWakeSetEapolPacketCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES *Capabilities);
void NetAdapterWakeSetMagicPacketCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES *Capabilities);
void NetAdapterWakeSetMediaChangeCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES *Capabilities);
void NetAdapterWakeSetPacketFilterCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES *Capabilities);
SIZE_T NetReceiveFilterGetMulticastAddressCount(NETRECEIVEFILTER ReceiveFilter);
NET_ADAPTER_LINK_LAYER_ADDRESS const *
NetReceiveFilterGetMulticastAddressList(NETRECEIVEFILTER ReceiveFilter);
NET_PACKET_FILTER_FLAGS
NetReceiveFilterGetPacketFilter(NETRECEIVEFILTER ReceiveFilter);
void NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *GsoCapabilities,
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags, SIZE_T MaximumOffloadSize,
    SIZE_T MinimumSegmentCount,
    PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso);
void NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES *Ieee8021qCapabilities,
    NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS Flags);
void NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *RscCapabilities,
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags,
    PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc);
void NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES *Capabilities,
    PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum);
void NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES_INIT(
    NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES *Capabilities,
    NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
    PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum);
void NetAdapterOffloadSetGsoCapabilities(
    NETADAPTER Adapter,
    NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *HardwareCapabilities);
void NetAdapterOffloadSetIeee8021qTagCapabilities(
    NETADAPTER Adapter,
    NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES *HardwareCapabilities);
void NetAdapterOffloadSetRscCapabilities(
    NETADAPTER Adapter,
    NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *HardwareCapabilities);
void NetAdapterOffloadSetRxChecksumCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES *Capabilities);
void NetAdapterOffloadSetTxChecksumCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES *HardwareCapabilities);
BOOLEAN NetOffloadIsLsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRscTcpTimestampOptionEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumUdpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumUdpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUdpRscEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv6Enabled(NETOFFLOAD Offload);
NTSTATUS NetConfigurationAssignBinary(NETCONFIGURATION Configuration,
                                      PCUNICODE_STRING ValueName, void *Buffer,
                                      ULONG BufferLength);
NTSTATUS NetConfigurationAssignMultiString(NETCONFIGURATION Configuration,
                                           PCUNICODE_STRING ValueName,
                                           WDFCOLLECTION Collection);
NTSTATUS NetConfigurationAssignUlong(NETCONFIGURATION Configuration,
                                     PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS NetConfigurationAssignUnicodeString(NETCONFIGURATION Configuration,
                                             PCUNICODE_STRING ValueName,
                                             PCUNICODE_STRING Value);
void NetConfigurationClose(NETCONFIGURATION Configuration);
NTSTATUS NetConfigurationOpenSubConfiguration(
    NETCONFIGURATION Configuration, PCUNICODE_STRING SubConfigurationName,
    WDF_OBJECT_ATTRIBUTES *SubConfigurationAttributes,
    NETCONFIGURATION *SubConfiguration);
NTSTATUS NetConfigurationQueryBinary(NETCONFIGURATION Configuration,
                                     PCUNICODE_STRING ValueName,
                                     POOL_TYPE PoolType,
                                     WDF_OBJECT_ATTRIBUTES *MemoryAttributes,
                                     WDFMEMORY *Memory);
NTSTATUS NetConfigurationQueryLinkLayerAddress(
    NETCONFIGURATION Configuration,
    NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
NTSTATUS NetConfigurationQueryMultiString(
    NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
    WDF_OBJECT_ATTRIBUTES *StringsAttributes, WDFCOLLECTION Collection);
NTSTATUS NetConfigurationQueryString(NETCONFIGURATION Configuration,
                                     PCUNICODE_STRING ValueName,
                                     WDF_OBJECT_ATTRIBUTES *StringAttributes,
                                     WDFSTRING *WdfString);
NTSTATUS NetConfigurationQueryUlong(NETCONFIGURATION Configuration,
                                    NET_CONFIGURATION_QUERY_ULONG_FLAGS Flags,
                                    PCUNICODE_STRING ValueName, ULONG *Value);
void NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS_INIT(
    NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS *Callbacks);
void NET_DEVICE_RESET_CAPABILITIES_INIT(
    NET_DEVICE_RESET_CAPABILITIES *ResetCapabilities, GUID ResetDiagnosticsGuid,
    PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS
        EvtNetDeviceCollectResetDiagnostics);
NTSTATUS NetDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
void NetDeviceInitSetPowerPolicyEventCallbacks(
    PWDFDEVICE_INIT DeviceInit,
    const NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS *Callbacks);
void NetDeviceInitSetResetCapabilities(
    PWDFDEVICE_INIT DeviceInit,
    const NET_DEVICE_RESET_CAPABILITIES *ResetCapabilities);
NTSTATUS
NetDeviceOpenConfiguration(WDFDEVICE Device,
                           WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
                           NETCONFIGURATION *Configuration);
void NetDeviceRequestReset(WDFDEVICE Device);
void NetDeviceStoreResetDiagnostics(WDFDEVICE Device,
                                    SIZE_T ResetDiagnosticsSize,
                                    const UINT8 *ResetDiagnosticsBuffer);
void NET_PACKET_QUEUE_CONFIG_INIT(
    NET_PACKET_QUEUE_CONFIG *Config, PFN_PACKET_QUEUE_ADVANCE EvtAdvance,
    PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled,
    PFN_PACKET_QUEUE_CANCEL EvtCancel);
NTSTATUS NetTxQueueCreate(NETTXQUEUE_INIT *NetTxQueueInit,
                          WDF_OBJECT_ATTRIBUTES *TxQueueAttributes,
                          NET_PACKET_QUEUE_CONFIG *Configuration,
                          NETPACKETQUEUE *PacketQueue);
UINT8 NetTxQueueGetDemux8021p(NETPACKETQUEUE Queue);
void NetTxQueueGetExtension(NETPACKETQUEUE PacketQueue,
                            const NET_EXTENSION_QUERY *Query,
                            NET_EXTENSION *Extension);
const NET_RING_COLLECTION *
NetTxQueueGetRingCollection(NETPACKETQUEUE PacketQueue);
ULONG NetTxQueueInitGetQueueId(NETTXQUEUE_INIT *NetTxQueueInit);
void NetTxQueueNotifyMoreCompletedPacketsAvailable(NETPACKETQUEUE PacketQueue);
NTSTATUS NetRxQueueCreate(NETRXQUEUE_INIT *NetRxQueueInit,
                          WDF_OBJECT_ATTRIBUTES *RxQueueAttributes,
                          NET_PACKET_QUEUE_CONFIG *Configuration,
                          NETPACKETQUEUE *PacketQueue);
void NetRxQueueGetExtension(NETPACKETQUEUE PacketQueue,
                            const NET_EXTENSION_QUERY *Query,
                            NET_EXTENSION *Extension);
const NET_RING_COLLECTION *
NetRxQueueGetRingCollection(NETPACKETQUEUE PacketQueue);
ULONG NetRxQueueInitGetQueueId(NETRXQUEUE_INIT *NetRxQueueInit);
void NetRxQueueNotifyMoreReceivedPacketsAvailable(NETPACKETQUEUE PacketQueue);
void NET_WAKE_SOURCE_BITMAP_PARAMETERS_INIT(
    NET_WAKE_SOURCE_BITMAP_PARAMETERS *Parameters);
void NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS_INIT(
    NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS *Parameters);
NETADAPTER NetWakeSourceGetAdapter(NETWAKESOURCE WakeSource);
void NetWakeSourceGetBitmapParameters(
    NETWAKESOURCE WakeSource, NET_WAKE_SOURCE_BITMAP_PARAMETERS *Parameters);
void NetWakeSourceGetMediaChangeParameters(
    NETWAKESOURCE WakeSource,
    NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS *Parameters);
NET_WAKE_SOURCE_TYPE NetWakeSourceGetType(NETWAKESOURCE WakeSource);
void NET_WAKE_SOURCE_LIST_INIT(NET_WAKE_SOURCE_LIST *List);
void NetDeviceGetWakeSourceList(WDFDEVICE Device, NET_WAKE_SOURCE_LIST *List);
SIZE_T NetWakeSourceListGetCount(const NET_WAKE_SOURCE_LIST *List);
NETWAKESOURCE NetWakeSourceListGetElement(const NET_WAKE_SOURCE_LIST *List,
                                          SIZE_T Index);
void NET_POWER_OFFLOAD_ARP_PARAMETERS_INIT(
    NET_POWER_OFFLOAD_ARP_PARAMETERS *Parameters);
void NET_POWER_OFFLOAD_NS_PARAMETERS_INIT(
    NET_POWER_OFFLOAD_NS_PARAMETERS *Parameters);
void NetPowerOffloadGetArpParameters(
    NETPOWEROFFLOAD PowerOffload, NET_POWER_OFFLOAD_ARP_PARAMETERS *Parameters);
void NetPowerOffloadGetNSParameters(
    NETPOWEROFFLOAD PowerOffload, NET_POWER_OFFLOAD_NS_PARAMETERS *Parameters);
NET_POWER_OFFLOAD_TYPE NetPowerOffloadGetType(NETPOWEROFFLOAD PowerOffload);
void NET_POWER_OFFLOAD_LIST_INIT(NET_POWER_OFFLOAD_LIST *List);
void NetDeviceGetPowerOffloadList(WDFDEVICE Device,
                                  NET_POWER_OFFLOAD_LIST *List);
SIZE_T NetPowerOffloadListGetCount(const NET_POWER_OFFLOAD_LIST *List);
NETPOWEROFFLOAD
NetPowerOffloadListGetElement(const NET_POWER_OFFLOAD_LIST *List, SIZE_T Index);
void NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES_INIT(
    NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES *Capabilities,
    SIZE_T NumberOfQueues,
    NET_ADAPTER_RECEIVE_SCALING_UNHASHED_TARGET_TYPE UnhashedTargetType,
    NET_ADAPTER_RECEIVE_SCALING_HASH_TYPE HashTypes,
    NET_ADAPTER_RECEIVE_SCALING_PROTOCOL_TYPE ProtocolTypes,
    PFN_NET_ADAPTER_RECEIVE_SCALING_ENABLE Enable,
    PFN_NET_ADAPTER_RECEIVE_SCALING_DISABLE Disable,
    PFN_NET_ADAPTER_RECEIVE_SCALING_SET_HASH_SECRET_KEY SetHashSecretKey,
    PFN_NET_ADAPTER_RECEIVE_SCALING_SET_INDIRECTION_ENTRIES
        SetIndirectionEntries);
void NetAdapterSetReceiveScalingCapabilities(
    NETADAPTER Adapter,
    const NET_ADAPTER_RECEIVE_SCALING_CAPABILITIES *Capabilities);
void NET_EXTENSION_QUERY_INIT(NET_EXTENSION_QUERY *Extension, PCWSTR Name,
                              ULONG Version, NET_EXTENSION_TYPE Type);

#ifdef __cplusplus
}
#endif

#endif /* _NETADAPTERCX_H_ */
