/* wskcheck WDK profile: the part of ndis.h that drivers which are not
 * themselves miniport or filter drivers use -- status codes, handles,
 * memory and lock helpers, NET_BUFFER and NET_BUFFER_LIST chains and their
 * pools -- written from the NDIS documentation.
 *
 * mingw-w64's ndis.h does not compile (it redefines NDIS_REQUEST_TYPE and
 * has a syntax error in a prototype), so this one replaces it rather than
 * extends it. A driver that needs more of NDIS (miniport or filter
 * registration) gets clang's message naming what is missing, and the file
 * is reported as not analysed.
 */
#ifndef _NDIS_
#define _NDIS_

#include <ntddk.h>

/* ntddndis.h leaves these to ndis.h when ndis.h includes it. */
typedef unsigned int UINT, *PUINT;
typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;

/* The NDIS version the driver targets (NDIS_SUPPORT_NDIS6xx), which
   ntddndis.h and the driver interfaces below follow. */
#include <wskcheck_ndis_version.h>

#include <ntddndis.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NDISAPI DECLSPEC_IMPORT
#define NDIS_API NTAPI

typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;

/* Status codes: NDIS reuses the NTSTATUS values where one exists. */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC001000DL)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)STATUS_NDIS_PAUSED)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)STATUS_NDIS_LOW_POWER_STATE)

/* Memory. */
#define NdisMoveMemory(Destination, Source, Length)                            \
  RtlCopyMemory(Destination, Source, Length)
#define NdisZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisFillMemory(Destination, Length, Fill)                              \
  RtlFillMemory(Destination, Length, Fill)
#define NdisEqualMemory(Source1, Source2, Length)                              \
  RtlEqualMemory(Source1, Source2, Length)

NDIS_STATUS NDIS_API NdisAllocateMemoryWithTag(PVOID *VirtualAddress,
                                               UINT Length, ULONG Tag);
PVOID NDIS_API NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle,
                                                 UINT Length, ULONG Tag,
                                                 EX_POOL_PRIORITY Priority);
VOID NDIS_API NdisFreeMemory(PVOID VirtualAddress, UINT Length,
                             UINT MemoryFlags);
VOID NDIS_API NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle,
                                            PVOID VirtualAddress, ULONG Tag);

/* Spin locks and reader/writer locks. */
typedef struct _NDIS_SPIN_LOCK {
  KSPIN_LOCK SpinLock;
  KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

VOID NDIS_API NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NDIS_API NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NDIS_API NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NDIS_API NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NDIS_API NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NDIS_API NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);

typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;
typedef struct _LOCK_STATE_EX {
  KIRQL OldIrql;
  UCHAR LockState;
  UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;
#define NDIS_RWL_AT_DISPATCH_LEVEL 0x1

PNDIS_RW_LOCK_EX NDIS_API NdisAllocateRWLock(NDIS_HANDLE NdisHandle);
VOID NDIS_API NdisFreeRWLock(PNDIS_RW_LOCK_EX Lock);
VOID NDIS_API NdisAcquireRWLockRead(PNDIS_RW_LOCK_EX Lock,
                                    PLOCK_STATE_EX LockState, UCHAR Flags);
VOID NDIS_API NdisAcquireRWLockWrite(PNDIS_RW_LOCK_EX Lock,
                                     PLOCK_STATE_EX LockState, UCHAR Flags);
VOID NDIS_API NdisReleaseRWLock(PNDIS_RW_LOCK_EX Lock,
                                PLOCK_STATE_EX LockState);

/* Time and strings. */
VOID NDIS_API NdisGetCurrentSystemTime(PLARGE_INTEGER SystemTime);
VOID NDIS_API NdisStallExecution(UINT MicrosecondsToStall);
VOID NDIS_API NdisMSleep(ULONG MicrosecondsToSleep);
VOID NDIS_API NdisInitUnicodeString(PNDIS_STRING Destination,
                                    PCWSTR Source);
#define NdisInitializeString(Destination, Source)                              \
  NdisInitUnicodeString(Destination, Source)

/* NET_BUFFER and NET_BUFFER_LIST chains. */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;

struct _NET_BUFFER {
  PNET_BUFFER Next;
  PMDL CurrentMdl;
  ULONG CurrentMdlOffset;
  union {
    ULONG DataLength;
    SIZE_T stDataLength;
  };
  PMDL MdlChain;
  ULONG DataOffset;
  USHORT ChecksumBias;
  USHORT Reserved;
  NDIS_HANDLE NdisPoolHandle;
  PVOID NdisReserved[2];
  PVOID ProtocolReserved[6];
  PVOID MiniportReserved[4];
  NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
  union {
    struct _NET_BUFFER_SHARED_MEMORY *SharedMemoryInfo;
    PSCATTER_GATHER_LIST ScatterGatherList;
  };
};

/* The per-NET_BUFFER_LIST information slots; on x64 the switch slots sit
   in the middle (NDIS 6.30), so the indexes are those of a 64-bit build. */
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
  TcpIpChecksumNetBufferListInfo,
  TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
  IPsecOffloadV1NetBufferListInfo,
#if NDIS_SUPPORT_NDIS61
  IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
#endif
  TcpLargeSendNetBufferListInfo,
  TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
  ClassificationHandleNetBufferListInfo,
  Ieee8021QNetBufferListInfo,
  NetBufferListCancelId,
  MediaSpecificInformation,
  NetBufferListFrameType,
  NetBufferListProtocolId = NetBufferListFrameType,
  NetBufferListHashValue,
  NetBufferListHashInfo,
  WfpNetBufferListInfo,
#if NDIS_SUPPORT_NDIS61
  IPsecOffloadV2TunnelNetBufferListInfo,
  IPsecOffloadV2HeaderNetBufferListInfo,
#endif
#if NDIS_SUPPORT_NDIS620
  NetBufferListCorrelationId,
  NetBufferListFilteringInfo,
  MediaSpecificInformationEx,
  NblOriginalInterfaceIfIndex,
  NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
  TcpReceiveBytesTransferred,
  NrtNameResolutionId = TcpReceiveBytesTransferred,
#if NDIS_SUPPORT_NDIS630
  SwitchForwardingReserved,
  SwitchForwardingDetail,
  VirtualSubnetInfo,
  IMReserved,
  TcpRecvSegCoalesceInfo,
  RscTcpTimestampDelta,
  TcpSendOffloadsSupplementalNetBufferListInfo = RscTcpTimestampDelta,
#if NDIS_SUPPORT_NDIS650
  GftOffloadInformation,
  GftFlowEntryId,
#endif
#endif
#endif
  MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO,
    *PNDIS_NET_BUFFER_LIST_INFO;

/* The TcpIpChecksumNetBufferListInfo value of a NET_BUFFER_LIST (the
   pre-NDIS 6 name, which WFP callouts still use to read and set it). */
typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO {
  union {
    struct {
      ULONG NdisPacketChecksumV4 : 1;
      ULONG NdisPacketChecksumV6 : 1;
      ULONG NdisPacketTcpChecksum : 1;
      ULONG NdisPacketUdpChecksum : 1;
      ULONG NdisPacketIpChecksum : 1;
    } Transmit;
    struct {
      ULONG NdisPacketTcpChecksumFailed : 1;
      ULONG NdisPacketUdpChecksumFailed : 1;
      ULONG NdisPacketIpChecksumFailed : 1;
      ULONG NdisPacketTcpChecksumSucceeded : 1;
      ULONG NdisPacketUdpChecksumSucceeded : 1;
      ULONG NdisPacketIpChecksumSucceeded : 1;
      ULONG NdisPacketLoopback : 1;
    } Receive;
    ULONG Value;
  };
} NDIS_TCP_IP_CHECKSUM_PACKET_INFO, *PNDIS_TCP_IP_CHECKSUM_PACKET_INFO;

typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT,
    *PNET_BUFFER_LIST_CONTEXT;
struct _NET_BUFFER_LIST_CONTEXT {
  PNET_BUFFER_LIST_CONTEXT Next;
  USHORT Size;
  USHORT Offset;
  UCHAR ContextData[1];
};

struct _NET_BUFFER_LIST {
  PNET_BUFFER_LIST Next;
  PNET_BUFFER FirstNetBuffer;
  PNET_BUFFER_LIST_CONTEXT Context;
  PNET_BUFFER_LIST ParentNetBufferList;
  NDIS_HANDLE NdisPoolHandle;
  PVOID NdisReserved[2];
  PVOID ProtocolReserved[4];
  PVOID MiniportReserved[2];
  PVOID Scratch;
  NDIS_HANDLE SourceHandle;
  ULONG NblFlags;
  LONG ChildRefCount;
  ULONG Flags;
  NDIS_STATUS Status;
  PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])

#ifndef NDIS_OBJECT_TYPE_DEFAULT
#define NDIS_OBJECT_TYPE_DEFAULT 0x80
#endif
#define NDIS_PROTOCOL_ID_DEFAULT 0x00
#define NDIS_PROTOCOL_ID_TCP_IP 0x02
#define NDIS_PROTOCOL_ID_IPX 0x06
#define NDIS_PROTOCOL_ID_NBF 0x07
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  UCHAR ProtocolId;
  BOOLEAN fAllocateNetBuffer;
  USHORT ContextSize;
  ULONG PoolTag;
  ULONG DataSize;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1                 \
  RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)

NDIS_HANDLE NDIS_API NdisAllocateNetBufferListPool(
    NDIS_HANDLE NdisHandle, PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
VOID NDIS_API NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle);
PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferList(NDIS_HANDLE PoolHandle,
                                                    USHORT ContextSize,
                                                    USHORT ContextBackFill);
PNET_BUFFER_LIST NDIS_API NdisAllocateNetBufferAndNetBufferList(
    NDIS_HANDLE PoolHandle, USHORT ContextSize, USHORT ContextBackFill,
    PMDL MdlChain, ULONG DataOffset, SIZE_T DataLength);
VOID NDIS_API NdisFreeNetBufferList(PNET_BUFFER_LIST NetBufferList);
PVOID NDIS_API NdisGetDataBuffer(PNET_BUFFER NetBuffer, ULONG BytesNeeded,
                                 PVOID Storage, UINT AlignMultiple,
                                 UINT AlignOffset);
NDIS_STATUS NDIS_API NdisRetreatNetBufferDataStart(
    PNET_BUFFER NetBuffer, ULONG DataOffsetDelta, ULONG DataBackFill,
    PVOID AllocateMdlHandler);
VOID NDIS_API NdisAdvanceNetBufferDataStart(PNET_BUFFER NetBuffer,
                                            ULONG DataOffsetDelta,
                                            BOOLEAN FreeMdl,
                                            PVOID FreeMdlHandler);

/* Events. */
typedef struct _NDIS_EVENT {
  KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;
VOID NDIS_API NdisInitializeEvent(PNDIS_EVENT Event);
VOID NDIS_API NdisSetEvent(PNDIS_EVENT Event);
VOID NDIS_API NdisResetEvent(PNDIS_EVENT Event);
BOOLEAN NDIS_API NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);

/* Ethernet addresses. */
#ifndef ETH_LENGTH_OF_ADDRESS
#define ETH_LENGTH_OF_ADDRESS 6
#endif
#define ETH_IS_BROADCAST(Address)                                              \
  ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[1] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[2] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[3] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[4] == ((UCHAR)0xff)) &&                                \
   (((PUCHAR)(Address))[5] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01)))
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(A, B, Result)                         \
  {                                                                            \
    if ((*(ULONG UNALIGNED *)&(A)[2] == *(ULONG UNALIGNED *)&(B)[2]) &&        \
        (*(USHORT UNALIGNED *)(A) == *(USHORT UNALIGNED *)(B))) {              \
      *(Result) = 0;                                                           \
    } else {                                                                   \
      *(Result) = 1;                                                           \
    }                                                                          \
  }

/* Configuration parameters (NdisReadConfiguration). */
typedef enum _NDIS_PARAMETER_TYPE {
  NdisParameterInteger,
  NdisParameterHexInteger,
  NdisParameterString,
  NdisParameterMultiString,
  NdisParameterBinary
} NDIS_PARAMETER_TYPE,
    *PNDIS_PARAMETER_TYPE;

typedef struct _BINARY_DATA {
  USHORT Length;
  PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
  NDIS_PARAMETER_TYPE ParameterType;
  union {
    ULONG IntegerData;
    NDIS_STRING StringData;
    BINARY_DATA BinaryData;
  } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

VOID NDIS_API NdisReadConfiguration(
    PNDIS_STATUS Status, PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
    NDIS_HANDLE ConfigurationHandle, PNDIS_STRING Keyword,
    NDIS_PARAMETER_TYPE ParameterType);
VOID NDIS_API NdisWriteConfiguration(
    PNDIS_STATUS Status, NDIS_HANDLE ConfigurationHandle,
    PNDIS_STRING Keyword, PNDIS_CONFIGURATION_PARAMETER ParameterValue);
VOID NDIS_API NdisCloseConfiguration(NDIS_HANDLE ConfigurationHandle);

#ifndef NDIS_DEFAULT_PORT_NUMBER
#define NDIS_DEFAULT_PORT_NUMBER ((NDIS_PORT_NUMBER)0)
#endif

/* ---- Begin: Hyper-V extensible switch port and NIC identifiers, which
   fwpsk.h's metadata and vSwitch injection use (NDIS 6.30). ---- */
typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;
/* ---- End: Hyper-V extensible switch identifiers. ---- */

/* ---- Begin: NDIS generic objects, the handle a driver that is not an NDIS
   driver (a WFP callout driver) allocates its net buffer list pools with.
   ---- */
#define NDIS_GENERIC_OBJECT_REVISION_1 1
typedef struct _NDIS_GENERIC_OBJECT {
  NDIS_OBJECT_HEADER Header;
  PVOID Caller;
  PVOID CallersCaller;
  PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;
PNDIS_GENERIC_OBJECT NDIS_API NdisAllocateGenericObject(
    PDRIVER_OBJECT DriverObject, ULONG Tag, USHORT Size);
VOID NDIS_API NdisFreeGenericObject(PNDIS_GENERIC_OBJECT NdisObject);
/* ---- End: NDIS generic objects. ---- */

#ifdef __cplusplus
}
#endif

/* ---- NDIS 6 protocol, filter and miniport driver interfaces ---- */
#include <wskcheck_ndis_drivers.h>
/* ---- end of the NDIS 6 driver interfaces ---- */
/* NET_BUFFER pools and copies of a list's information (nblapi.h). */
#include <wskcheck_ndis_nbpool.h>

#endif /* _NDIS_ */
