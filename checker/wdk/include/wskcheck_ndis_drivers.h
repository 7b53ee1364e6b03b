/* wskcheck WDK profile: the NDIS 6 driver interfaces -- protocol drivers,
 * filter drivers and miniport drivers (intermediate drivers are both) --
 * that the profile's ndis.h includes at its end, written from the NDIS
 * documentation: OID requests, status indications, PnP events, the driver
 * characteristics and their callback types, the attributes a miniport or
 * filter sets, and the routines each kind of driver calls.
 *
 * The callback types are function types, as the WDK has them, so a driver
 * declares its callbacks with them ("PROTOCOL_BIND_ADAPTER_EX MyBind;"), and
 * each has the pointer type its characteristics member is declared with.
 * Routines the WDK implements as macros over kernel routines are macros over
 * the same kernel routines here, so the analysis sees the kernel routine.
 */
#ifndef WSKCHECK_NDIS_DRIVERS_H
#define WSKCHECK_NDIS_DRIVERS_H

#include <netpnp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Status codes beyond the first ndis.h's.                              */

#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED                                        \
  ((NDIS_STATUS)STATUS_NDIS_INDICATION_REQUIRED)

/* Status indications. */
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#define NDIS_STATUS_WAN_CO_MTULINKPARAMS ((NDIS_STATUS)0x40010025L)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)
#define NDIS_STATUS_IP_OPER_STATUS ((NDIS_STATUS)0x40010026L)
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004L)
#define NDIS_STATUS_OFFLOAD_STATE_INVALID ((NDIS_STATUS)0x40020005L)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x40020008L)
#define NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES               \
  ((NDIS_STATUS)0x4002000BL)
#if NDIS_SUPPORT_NDIS61
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000CL)
#endif
#if NDIS_SUPPORT_NDIS620
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000DL)
#endif
#if NDIS_SUPPORT_NDIS630
#define NDIS_STATUS_VF_CONFIG_STATE ((NDIS_STATUS)0x4002000EL)
#define NDIS_STATUS_RECEIVE_FILTER_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020010L)
#define NDIS_STATUS_RECEIVE_FILTER_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020020L)
#define NDIS_STATUS_RECEIVE_FILTER_QUEUE_PARAMETERS ((NDIS_STATUS)0x40020030L)
#define NDIS_STATUS_NIC_SWITCH_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020040L)
#define NDIS_STATUS_NIC_SWITCH_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020050L)
#define NDIS_STATUS_RECEIVE_FILTER_QUEUE_STATE_CHANGE ((NDIS_STATUS)0x40020070L)
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A0L)
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A1L)
#endif

/* Errors. */
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST                                     \
  ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_NETWORK_UNREACHABLE ((NDIS_STATUS)STATUS_NETWORK_UNREACHABLE)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0010007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC001000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC001000BL)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC001000FL)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0010015L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0010018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0010019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC001001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC001001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC001001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC001001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC001001EL)
#define NDIS_STATUS_NO_CABLE ((NDIS_STATUS)0xC001001FL)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0010022L)
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)STATUS_DATA_NOT_ACCEPTED)
/* The NDIS 6 codes, which are NTSTATUS values of the NDIS facility. */
#define NDIS_STATUS_SEND_ABORTED ((NDIS_STATUS)STATUS_NDIS_REQUEST_ABORTED)
#define NDIS_STATUS_INTERFACE_NOT_FOUND                                        \
  ((NDIS_STATUS)STATUS_NDIS_INTERFACE_NOT_FOUND)
#define NDIS_STATUS_UNSUPPORTED_REVISION                                       \
  ((NDIS_STATUS)STATUS_NDIS_UNSUPPORTED_REVISION)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)STATUS_NDIS_INVALID_PORT)
#define NDIS_STATUS_INVALID_PORT_STATE                                         \
  ((NDIS_STATUS)STATUS_NDIS_INVALID_PORT_STATE)
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)STATUS_INVALID_DEVICE_STATE)
#define NDIS_STATUS_MEDIA_DISCONNECTED                                         \
  ((NDIS_STATUS)STATUS_NDIS_MEDIA_DISCONNECTED)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0230031L)

/* A status as the NTSTATUS a dispatch routine returns. */
#define NDIS_STATUS_TO_NT_STATUS(_NdisStatus, _pNtStatus)                      \
  {                                                                            \
    if ((_NdisStatus) == NDIS_STATUS_PENDING) {                                \
      *(_pNtStatus) = STATUS_PENDING;                                          \
    } else if ((_NdisStatus) == NDIS_STATUS_BUFFER_TOO_SHORT) {                \
      *(_pNtStatus) = STATUS_BUFFER_TOO_SMALL;                                 \
    } else {                                                                   \
      *(_pNtStatus) = (NTSTATUS)(_NdisStatus);                                 \
    }                                                                          \
  }

/* ------------------------------------------------------------------ */
/* Helpers the WDK defines over kernel routines.                        */

#define NDIS_STRING_CONST(x) {sizeof(L##x) - 2, sizeof(L##x), (PWSTR)L##x}

/* Used as "#pragma NDIS_INIT_FUNCTION(f)": the WDK's code placement. */
#define NDIS_INIT_FUNCTION(FunctionName) alloc_text(INIT, FunctionName)
#define NDIS_PAGEABLE_FUNCTION(FunctionName) alloc_text(PAGE, FunctionName)

/* Annotations that name a driver's context type for static analysis. */
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_type_)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_type_)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_type_)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_type_)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_type_)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_type_)

#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(_Addend, _Increment, _SpinLock)                \
  ExInterlockedAddUlong(_Addend, _Increment, &(_SpinLock)->SpinLock)
#define NdisInitializeListHead(_ListHead) InitializeListHead(_ListHead)
#define NdisInterlockedInsertHeadList(_ListHead, _ListEntry, _SpinLock)        \
  ExInterlockedInsertHeadList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(_ListHead, _ListEntry, _SpinLock)        \
  ExInterlockedInsertTailList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(_ListHead, _SpinLock)                    \
  ExInterlockedRemoveHeadList(_ListHead, &(_SpinLock)->SpinLock)

#define NdisInitializeNPagedLookasideList(_L, _I, _F, _Fl, _S, _T, _D)          \
  ExInitializeNPagedLookasideList(_L, _I, _F, _Fl, _S, _T, _D)
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L)                                \
  ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E)                                  \
  ExFreeToNPagedLookasideList(_L, _E)

#define NdisEqualString(_String1, _String2, _CaseInsensitive)                  \
  RtlEqualUnicodeString(_String1, _String2, _CaseInsensitive)
#define NdisEqualUnicodeString NdisEqualString
#define NdisUpcaseUnicodeString(_d, _s) RtlUpcaseUnicodeString(_d, _s, FALSE)

#define NdisGetPhysicalAddressHigh(_PhysicalAddress) ((_PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(_PhysicalAddress) ((_PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressHigh(_PhysicalAddress, _Value)                   \
  ((_PhysicalAddress).HighPart) = (_Value)
#define NdisSetPhysicalAddressLow(_PhysicalAddress, _Value)                    \
  ((_PhysicalAddress).LowPart) = (_Value)

#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_) KeRaiseIrql(DISPATCH_LEVEL, _pIrql_)
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_)                                  \
  {                                                                            \
    if (_OldIrql_ != _CurIrql_)                                                \
      KeLowerIrql(_OldIrql_);                                                  \
  }

/* MDL chains. */
#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) {*(_NextMdl) = (_CurrentMdl)->Next;}
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority)                \
  {                                                                            \
    if (ARGUMENT_PRESENT(_VirtualAddress)) {                                   \
      *(PVOID *)(_VirtualAddress) =                                            \
          MmGetSystemAddressForMdlSafe(_Mdl, _Priority);                       \
    }                                                                          \
    *(_Length) = MmGetMdlByteCount(_Mdl);                                      \
  }
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length)                             \
  {                                                                            \
    *(_Offset) = MmGetMdlByteOffset(_Mdl);                                     \
    *(_Length) = MmGetMdlByteCount(_Mdl);                                      \
  }
#define NdisAdjustMdlLength(_Mdl, _Length) {(_Mdl)->ByteCount = (_Length);}
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl)                                           \
  ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(_Mdl),                 \
                                 MmGetMdlByteCount(_Mdl))

PMDL NDIS_API NdisAllocateMdl(NDIS_HANDLE NdisHandle, PVOID VirtualAddress,
                              ULONG Length);
VOID NDIS_API NdisFreeMdl(PMDL Mdl);

/* The old reader/writer lock and its lock state. */
typedef union _NDIS_RW_LOCK_REFCOUNT {
  ULONG RefCount;
  UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
  union {
    struct {
      KSPIN_LOCK SpinLock;
      PVOID Context;
    };
    UCHAR Reserved[16];
  };
  union {
    NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
    ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) *
                     MAXIMUM_PROCESSORS];
    struct {
      KSPIN_LOCK RefCountLock;
      volatile ULONG SharedRefCount;
      volatile BOOLEAN WriterWaiting;
    };
  };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
  USHORT LockState;
  KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

VOID NDIS_API NdisInitializeReadWriteLock(PNDIS_RW_LOCK Lock);
VOID NDIS_API NdisAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                                       PLOCK_STATE LockState);
VOID NDIS_API NdisReleaseReadWriteLock(PNDIS_RW_LOCK Lock,
                                       PLOCK_STATE LockState);
VOID NDIS_API NdisDprAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite,
                                          PLOCK_STATE LockState);
VOID NDIS_API NdisDprReleaseReadWriteLock(PNDIS_RW_LOCK Lock,
                                          PLOCK_STATE LockState);

/* A kernel mutex under the NDIS name. */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M) KeInitializeMutex(_M, 0xFFFF)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex(_M, FALSE)
#define NDIS_WAIT_FOR_MUTEX(_M)                                                \
  KeWaitForSingleObject(_M, Executive, KernelMode, FALSE, NULL)

/* ------------------------------------------------------------------ */
/* NET_BUFFER_LIST helpers and flags drivers of every kind use.         */

#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL)                               \
  ((PUCHAR)(((_NBL)->Context)->ContextData) + ((_NBL)->Context)->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL)                                \
  (((_NBL)->Context)->Size - ((_NBL)->Context)->Offset)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NDIS_NBL_FLAGS_SEND_READ_ONLY 0x00000001
#define NDIS_NBL_FLAGS_RECV_READ_ONLY 0x00000002
#define NBL_PROT_RSVD_FLAGS 0x000F0000
#define NBL_MINIPORT_RSVD_FLAGS 0xF0000000
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId)                    \
  NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId) = (PVOID)(_CancelId)
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL)                               \
  (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId))
/* A singly linked list of NET_BUFFER_LISTs, through their Next member. */
#define NET_BUFFER_LIST_LINK_TO_ENTRY(_NBL) ((PSINGLE_LIST_ENTRY)(_NBL))

#if NDIS_SUPPORT_NDIS620
/* The receive filter and queue (or VPort) a received NET_BUFFER_LIST came
   through, in its NetBufferListFilteringInfo slot. */
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
  union {
    struct {
      USHORT FilterId;
      union {
        USHORT QueueId;
        USHORT VPortId;
      } QueueVPortInfo;
    } FilteringInfo;
    PVOID Value;
  };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;
#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL)                                \
  (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(               \
        _NBL, NetBufferListFilteringInfo))->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL)                                 \
  (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(               \
        _NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueVPortInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL)                          \
  (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(               \
        _NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueVPortInfo.VPortId)
#endif

/* The 802.1Q tag a NET_BUFFER_LIST carries in its Ieee8021QNetBufferListInfo. */
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
  union {
    struct {
      UINT32 UserPriority : 3;
      UINT32 CanonicalFormatId : 1;
      UINT32 VlanId : 12;
      UINT32 Reserved : 16;
    } TagHeader;
    struct {
      UINT32 UserPriority : 3;
      UINT32 CanonicalFormatId : 1;
      UINT32 VlanId : 12;
      UINT32 WMMInfo : 4;
      UINT32 Reserved : 12;
    } WLanTagHeader;
    PVOID Value;
  };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;
#define NdisPacket8021qInfo Ieee8021QNetBufferListInfo

NDIS_STATUS NDIS_API NdisAllocateNetBufferListContext(
    PNET_BUFFER_LIST NetBufferList, USHORT ContextSize,
    USHORT ContextBackFill, ULONG PoolTag);
VOID NDIS_API NdisFreeNetBufferListContext(PNET_BUFFER_LIST NetBufferList,
                                           USHORT ContextSize);
NDIS_STATUS NDIS_API NdisCopyFromNetBufferToNetBuffer(
    PNET_BUFFER Destination, ULONG DestinationOffset, ULONG BytesToCopy,
    PNET_BUFFER Source, ULONG SourceOffset, PULONG BytesCopied);
PNET_BUFFER NDIS_API NdisAllocateNetBuffer(NDIS_HANDLE PoolHandle,
                                           PMDL MdlChain, ULONG DataOffset,
                                           SIZE_T DataLength);
VOID NDIS_API NdisFreeNetBuffer(PNET_BUFFER NetBuffer);
NDIS_HANDLE NDIS_API NdisGetPoolFromNetBufferList(
    PNET_BUFFER_LIST NetBufferList);

/* Send, receive, return and send-complete flags. */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000020
#define NDIS_TEST_SEND_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags)                               \
  NDIS_TEST_SEND_FLAG(_Flags, NDIS_SEND_FLAGS_DISPATCH_LEVEL)

#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags)                      \
  NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL)

#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00004000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00008000
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags)                            \
  NDIS_TEST_RECEIVE_FLAG(_Flags, NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags)                                  \
  NDIS_TEST_RECEIVE_FLAG(_Flags, NDIS_RECEIVE_FLAGS_RESOURCES)
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags)                                     \
  (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)

#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags)                             \
  NDIS_TEST_RETURN_FLAG(_Flags, NDIS_RETURN_FLAGS_DISPATCH_LEVEL)

/* ------------------------------------------------------------------ */
/* OID requests.                                                        */

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_OID_REQUEST_TIMEOUT_INFINITE 0
#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001

typedef struct _NDIS_OID_REQUEST NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;
struct _NDIS_OID_REQUEST {
  NDIS_OBJECT_HEADER Header;
  NDIS_REQUEST_TYPE RequestType;
  NDIS_PORT_NUMBER PortNumber;
  UINT Timeout;
  PVOID RequestId;
  NDIS_HANDLE RequestHandle;
  union _REQUEST_DATA {
    struct _QUERY {
      NDIS_OID Oid;
      PVOID InformationBuffer;
      UINT InformationBufferLength;
      UINT BytesWritten;
      UINT BytesNeeded;
    } QUERY_INFORMATION;
    struct _SET {
      NDIS_OID Oid;
      PVOID InformationBuffer;
      UINT InformationBufferLength;
      UINT BytesRead;
      UINT BytesNeeded;
    } SET_INFORMATION;
    struct _METHOD {
      NDIS_OID Oid;
      PVOID InformationBuffer;
      ULONG InputBufferLength;
      ULONG OutputBufferLength;
      ULONG MethodId;
      UINT BytesWritten;
      UINT BytesRead;
      UINT BytesNeeded;
    } METHOD_INFORMATION;
  } DATA;
  UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
  UCHAR MiniportReserved[2 * sizeof(PVOID)];
  UCHAR SourceReserved[2 * sizeof(PVOID)];
  UCHAR SupportedRevision;
  UCHAR Reserved1;
  USHORT Reserved2;
#if NDIS_SUPPORT_NDIS630
  NDIS_NIC_SWITCH_ID SwitchId;
  NDIS_NIC_SWITCH_VPORT_ID VPortId;
  ULONG Flags;
#endif
};
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1                                     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)

/* ------------------------------------------------------------------ */
/* Status indications and PnP events.                                   */

#define NDIS_STATUS_INDICATION_REVISION_1 1
#define NDIS_STATUS_INDICATION_FLAGS_MEDIA_CONNECT_TO_CONNECT 0x0001

typedef struct _NDIS_STATUS_INDICATION {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE SourceHandle;
  NDIS_PORT_NUMBER PortNumber;
  NDIS_STATUS StatusCode;
  ULONG Flags;
  NDIS_HANDLE DestinationHandle;
  PVOID RequestId;
  PVOID StatusBuffer;
  ULONG StatusBufferSize;
  GUID Guid;
  PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1                               \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)

#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1
#define NET_PNP_EVENT_NOTIFICATION_REVISION_2 2

typedef struct _NET_PNP_EVENT_NOTIFICATION {
  NDIS_OBJECT_HEADER Header;
  NDIS_PORT_NUMBER PortNumber;
  NET_PNP_EVENT NetPnPEvent;
#if NDIS_SUPPORT_NDIS630
  ULONG Flags;
  NDIS_NIC_SWITCH_ID SwitchId;
  NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

/* Device PnP events a miniport or filter is told of. */
typedef enum _NDIS_DEVICE_PNP_EVENT {
  NdisDevicePnPEventQueryRemoved,
  NdisDevicePnPEventRemoved,
  NdisDevicePnPEventSurpriseRemoved,
  NdisDevicePnPEventQueryStopped,
  NdisDevicePnPEventStopped,
  NdisDevicePnPEventPowerProfileChanged,
  NdisDevicePnPEventFilterListChanged,
  NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

#define NdisPowerProfileBattery 0
#define NdisPowerProfileAcOnLine 1

#define NET_DEVICE_PNP_EVENT_REVISION_1 1

typedef struct _NET_DEVICE_PNP_EVENT {
  NDIS_OBJECT_HEADER Header;
  NDIS_PORT_NUMBER PortNumber;
  NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
  PVOID InformationBuffer;
  ULONG InformationBufferLength;
  UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

/* ------------------------------------------------------------------ */
/* Restart attributes, configuration objects, device objects, timers,   */
/* work items, shared memory.                                           */

typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES,
    *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
  PNDIS_RESTART_ATTRIBUTES Next;
  NDIS_OID Oid;
  ULONG DataLength;
  DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1];
};

#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG MtuSize;
  ULONG64 MaxXmitLinkSpeed;
  ULONG64 MaxRcvLinkSpeed;
  ULONG LookaheadSize;
  ULONG MacOptions;
  ULONG SupportedPacketFilters;
  ULONG MaxMulticastListSize;
  PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
  NET_IF_ACCESS_TYPE AccessType;
  ULONG Flags;
  NET_IF_CONNECTION_TYPE ConnectionType;
  ULONG SupportedStatistics;
  ULONG DataBackFillSize;
  ULONG ContextBackFillSize;
  PNDIS_OID SupportedOidList;
  ULONG SupportedOidListLength;
  ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

typedef struct _NDIS_CONFIGURATION_OBJECT {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE NdisHandle;
  ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1                            \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)

NDIS_STATUS NDIS_API NdisOpenConfigurationEx(
    PNDIS_CONFIGURATION_OBJECT ConfigObject, PNDIS_HANDLE ConfigurationHandle);
VOID NDIS_API NdisOpenConfiguration(PNDIS_STATUS Status,
                                    PNDIS_HANDLE ConfigurationHandle,
                                    NDIS_HANDLE WrapperConfigurationContext);
VOID NDIS_API NdisReadNetworkAddress(PNDIS_STATUS Status,
                                     PVOID *NetworkAddress,
                                     PUINT NetworkAddressLength,
                                     NDIS_HANDLE ConfigurationHandle);

#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING DeviceName;
  PNDIS_STRING SymbolicName;
  PDRIVER_DISPATCH *MajorFunctions;
  ULONG ExtensionSize;
  PCUNICODE_STRING DefaultSDDLString;
  LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

NDIS_STATUS NDIS_API NdisRegisterDeviceEx(
    NDIS_HANDLE NdisHandle,
    PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
    PDEVICE_OBJECT *pDeviceObject, PNDIS_HANDLE NdisDeviceHandle);
VOID NDIS_API NdisDeregisterDeviceEx(NDIS_HANDLE NdisDeviceHandle);
PVOID NDIS_API NdisGetDeviceReservedExtension(PDEVICE_OBJECT DeviceObject);

typedef VOID(NDIS_TIMER_FUNCTION)(PVOID SystemSpecific1,
                                  PVOID FunctionContext,
                                  PVOID SystemSpecific2,
                                  PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;

#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1

typedef struct _NDIS_TIMER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  ULONG AllocationTag;
  PNDIS_TIMER_FUNCTION TimerFunction;
  PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1                           \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

NDIS_STATUS NDIS_API NdisAllocateTimerObject(
    NDIS_HANDLE NdisHandle, PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    PNDIS_HANDLE pTimerObject);
BOOLEAN NDIS_API NdisSetTimerObject(NDIS_HANDLE TimerObject,
                                    LARGE_INTEGER DueTime,
                                    LONG MillisecondsPeriod,
                                    PVOID FunctionContext);
BOOLEAN NDIS_API NdisCancelTimerObject(NDIS_HANDLE TimerObject);
VOID NDIS_API NdisFreeTimerObject(NDIS_HANDLE TimerObject);

typedef VOID(NDIS_IO_WORKITEM_FUNCTION)(PVOID WorkItemContext,
                                        NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;

NDIS_HANDLE NDIS_API NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
VOID NDIS_API NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle,
                                  NDIS_IO_WORKITEM_ROUTINE Routine,
                                  PVOID WorkItemContext);
VOID NDIS_API NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);

#if NDIS_SUPPORT_NDIS620
/* Shared memory a miniport allocates for receive queues. */
typedef enum _NDIS_SHARED_MEMORY_USAGE {
  NdisSharedMemoryUsageUndefined,
  NdisSharedMemoryUsageXmit,
  NdisSharedMemoryUsageXmitHeader,
  NdisSharedMemoryUsageXmitData,
  NdisSharedMemoryUsageReceive,
  NdisSharedMemoryUsageReceiveLookahead,
  NdisSharedMemoryUsageReceivePostLookahead,
  NdisSharedMemoryUsageReceiveHeader,
  NdisSharedMemoryUsageReceiveData,
  NdisSharedMemoryUsageOther,
  NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;

#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_2 2
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001

typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  NDIS_RECEIVE_QUEUE_ID QueueId;
  NDIS_HANDLE SharedMemoryHandle;
  NODE_REQUIREMENT PreferredNode;
  NDIS_SHARED_MEMORY_USAGE Usage;
  ULONG Length;
  PVOID VirtualAddress;
  ULONG SGListBufferLength;
  PSCATTER_GATHER_LIST SGListBuffer;
#if NDIS_SUPPORT_NDIS630
  NDIS_NIC_SWITCH_VPORT_ID VPortId;
#endif
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)

#define NDIS_RECEIVE_QUEUE_STATE_REVISION_1 1

typedef struct _NDIS_RECEIVE_QUEUE_STATE {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  NDIS_RECEIVE_QUEUE_ID QueueId;
  NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;
#define NDIS_SIZEOF_NDIS_RECEIVE_QUEUE_STATE_REVISION_1                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_STATE, QueueState)

NDIS_STATUS NDIS_API NdisAllocateSharedMemory(
    NDIS_HANDLE NdisHandle,
    PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    PNDIS_HANDLE pAllocationHandle);
VOID NDIS_API NdisFreeSharedMemory(NDIS_HANDLE NdisHandle,
                                   NDIS_HANDLE AllocationHandle);
ULONG NDIS_API NdisGetSharedDataAlignment(VOID);

/* The shared memory a NET_BUFFER's data is in. */
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY,
    *PNET_BUFFER_SHARED_MEMORY;
struct _NET_BUFFER_SHARED_MEMORY {
  PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
  ULONG SharedMemoryFlags;
  NDIS_HANDLE SharedMemoryHandle;
  ULONG SharedMemoryOffset;
  ULONG SharedMemoryLength;
};
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI) ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI) ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI) ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI) ((_SHI)->SharedMemoryLength)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)

NDIS_STATUS NDIS_API NdisGetRssProcessorInformation(
    NDIS_HANDLE NdisHandle, PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
    PSIZE_T Size);
#endif /* NDIS_SUPPORT_NDIS620 */

/* ------------------------------------------------------------------ */
/* RSSv2 (NDIS 6.80), which the WDK has in ntddndis.h and mingw-w64's    */
/* ntddndis.h does not have yet.                                        */

#if NDIS_SUPPORT_NDIS630 && !defined(NDIS_INVALID_VPORT_ID)
#define NDIS_INVALID_VPORT_ID ((ULONG)-1)
#endif

#if NDIS_SUPPORT_NDIS660 && !defined(NDIS_RSS_INDIRECTION_TABLE_MAX_SIZE_REVISION_3)
#define NDIS_RSS_INDIRECTION_TABLE_MAX_SIZE_REVISION_3                         \
  (128 * sizeof(PROCESSOR_NUMBER))
#define NDIS_RSS_HASH_SECRET_KEY_MAX_SIZE_REVISION_3 40
#endif

#if NDIS_SUPPORT_NDIS680 && !defined(OID_GEN_RECEIVE_SCALE_PARAMETERS_V2)
#define OID_GEN_RECEIVE_SCALE_PARAMETERS_V2 0x00010214

#define NDIS_RECEIVE_SCALE_PARAM_ENABLE_RSS 0x00000001
#define NDIS_RECEIVE_SCALE_PARAM_HASH_INFO_CHANGED 0x00000002
#define NDIS_RECEIVE_SCALE_PARAM_HASH_KEY_CHANGED 0x00000004
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_QUEUES_CHANGED 0x00000008
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_ENTRIES_CHANGED 0x00000010

typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS_V2 {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG HashInformation;
  ULONG HashSecretKeySize;
  ULONG HashSecretKeyOffset;
  ULONG NumberOfQueues;
  ULONG NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_PARAMETERS_V2, *PNDIS_RECEIVE_SCALE_PARAMETERS_V2;
#define NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1                     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_PARAMETERS_V2,                   \
                           NumberOfIndirectionTableEntries)

#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_PRIMARY_PROCESSOR 0x00000001
#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_DEFAULT_PROCESSOR 0x00000002

typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRY {
  NDIS_NIC_SWITCH_ID SwitchId;
  NDIS_NIC_SWITCH_VPORT_ID VPortId;
  ULONG Flags;
  USHORT IndirectionTableIndex;
  PROCESSOR_NUMBER TargetProcessorNumber;
  NDIS_STATUS EntryStatus;
} NDIS_RSS_SET_INDIRECTION_ENTRY, *PNDIS_RSS_SET_INDIRECTION_ENTRY;

typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRIES {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG RssEntrySize;
  ULONG RssEntryTableOffset;
  ULONG NumberOfRssEntries;
} NDIS_RSS_SET_INDIRECTION_ENTRIES, *PNDIS_RSS_SET_INDIRECTION_ENTRIES;
#define NDIS_SIZEOF_RSS_SET_INDIRECTION_ENTRIES_REVISION_1                     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_SET_INDIRECTION_ENTRIES,                   \
                           NumberOfRssEntries)
#endif /* NDIS_SUPPORT_NDIS680 */

/* ------------------------------------------------------------------ */
/* Driver options and their handlers.                                   */

typedef NDIS_STATUS(SET_OPTIONS)(NDIS_HANDLE NdisDriverHandle,
                                 NDIS_HANDLE DriverContext);
typedef SET_OPTIONS(*SET_OPTIONS_HANDLER);
typedef SET_OPTIONS MINIPORT_SET_OPTIONS;
typedef SET_OPTIONS PROTOCOL_SET_OPTIONS;
typedef SET_OPTIONS FILTER_SET_OPTIONS;

/* NdisSetOptionalHandlers takes one of several characteristics structures,
   each starting with an NDIS_OBJECT_HEADER that says which. */
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
  NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

NDIS_STATUS NDIS_API NdisSetOptionalHandlers(
    NDIS_HANDLE NdisHandle, PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

/* ------------------------------------------------------------------ */
/* Protocol drivers.                                                    */

typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4

typedef struct _NDIS_BIND_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING ProtocolSection;
  PNDIS_STRING AdapterName;
  PDEVICE_OBJECT PhysicalDeviceObject;
  NDIS_MEDIUM MediaType;
  ULONG MtuSize;
  ULONG64 MaxXmitLinkSpeed;
  ULONG64 XmitLinkSpeed;
  ULONG64 MaxRcvLinkSpeed;
  ULONG64 RcvLinkSpeed;
  NDIS_MEDIA_CONNECT_STATE MediaConnectState;
  NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
  ULONG LookaheadSize;
  PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
  ULONG SupportedPacketFilters;
  ULONG MaxMulticastListSize;
  USHORT MacAddressLength;
  UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
  PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
  NET_LUID BoundIfNetluid;
  NET_IFINDEX BoundIfIndex;
  NET_LUID LowestIfNetluid;
  NET_IFINDEX LowestIfIndex;
  NET_IF_ACCESS_TYPE AccessType;
  NET_IF_DIRECTION_TYPE DirectionType;
  NET_IF_CONNECTION_TYPE ConnectionType;
  NET_IFTYPE IfType;
  BOOLEAN IfConnectorPresent;
  PNDIS_PORT ActivePorts;
  ULONG DataBackFillSize;
  ULONG ContextBackFillSize;
  ULONG MacOptions;
  NET_IF_COMPARTMENT_ID CompartmentId;
  PNDIS_OFFLOAD DefaultOffloadConfiguration;
  PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadCapabilities;
  PNDIS_STRING BoundAdapterName;
#if NDIS_SUPPORT_NDIS61
  PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
#endif
#if NDIS_SUPPORT_NDIS620
  PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
  PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
  PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
#endif
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

#define NDIS_OPEN_PARAMETERS_REVISION_1 1

typedef struct _NDIS_OPEN_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_STRING AdapterName;
  PNDIS_MEDIUM MediumArray;
  UINT MediumArraySize;
  PUINT SelectedMediumIndex;
  PNET_FRAME_TYPE FrameTypeArray;
  UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1                                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1

typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PUCHAR FilterModuleNameBuffer;
  ULONG FilterModuleNameBufferLength;
  PNDIS_RESTART_ATTRIBUTES RestartAttributes;
  NET_IFINDEX BoundIfIndex;
  NET_LUID BoundIfNetluid;
  ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;

typedef NDIS_STATUS(PROTOCOL_BIND_ADAPTER_EX)(
    NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
    PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX(*BIND_HANDLER_EX);

typedef NDIS_STATUS(PROTOCOL_UNBIND_ADAPTER_EX)(
    NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX(*UNBIND_HANDLER_EX);

typedef VOID(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)(
    NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(*OPEN_ADAPTER_COMPLETE_HANDLER_EX);

typedef VOID(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)(
    NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(*CLOSE_ADAPTER_COMPLETE_HANDLER_EX);

typedef NDIS_STATUS(PROTOCOL_NET_PNP_EVENT)(
    NDIS_HANDLE ProtocolBindingContext,
    PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT(*NET_PNP_EVENT_HANDLER);

typedef VOID(PROTOCOL_UNINSTALL)(VOID);
typedef PROTOCOL_UNINSTALL(*UNINSTALL_PROTOCOL_HANDLER);

typedef VOID(PROTOCOL_OID_REQUEST_COMPLETE)(NDIS_HANDLE ProtocolBindingContext,
                                            PNDIS_OID_REQUEST OidRequest,
                                            NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE(*OID_REQUEST_COMPLETE_HANDLER);

typedef VOID(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)(
    NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest,
    NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(
    *DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef VOID(PROTOCOL_STATUS_EX)(NDIS_HANDLE ProtocolBindingContext,
                                 PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX(*STATUS_HANDLER_EX);

typedef VOID(PROTOCOL_RECEIVE_NET_BUFFER_LISTS)(
    NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
    NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
    ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS(*RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef VOID(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)(
    NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferList,
    ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(
    *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000001
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000002

typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  NDIS_STRING Name;
  SET_OPTIONS_HANDLER SetOptionsHandler;
  BIND_HANDLER_EX BindAdapterHandlerEx;
  UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
  OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
  CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
  NET_PNP_EVENT_HANDLER NetPnPEventHandler;
  UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
  OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
  STATUS_HANDLER_EX StatusHandlerEx;
  RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
  SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
#if NDIS_SUPPORT_NDIS61
  DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
#endif
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,               \
                           SendNetBufferListsCompleteHandler)
#if NDIS_SUPPORT_NDIS61
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS,               \
                           DirectOidRequestCompleteHandler)
#endif

NDIS_STATUS NDIS_API NdisRegisterProtocolDriver(
    NDIS_HANDLE ProtocolDriverContext,
    PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    PNDIS_HANDLE NdisProtocolHandle);
VOID NDIS_API NdisDeregisterProtocolDriver(NDIS_HANDLE NdisProtocolHandle);
NDIS_STATUS NDIS_API NdisOpenAdapterEx(NDIS_HANDLE NdisProtocolHandle,
                                       NDIS_HANDLE ProtocolBindingContext,
                                       PNDIS_OPEN_PARAMETERS OpenParameters,
                                       NDIS_HANDLE BindContext,
                                       PNDIS_HANDLE NdisBindingHandle);
VOID NDIS_API NdisCompleteBindAdapterEx(NDIS_HANDLE BindAdapterContext,
                                        NDIS_STATUS Status);
NDIS_STATUS NDIS_API NdisCloseAdapterEx(NDIS_HANDLE NdisBindingHandle);
VOID NDIS_API NdisCompleteUnbindAdapterEx(NDIS_HANDLE UnbindContext);
NDIS_STATUS NDIS_API NdisUnbindAdapter(NDIS_HANDLE NdisBindingHandle);
VOID NDIS_API NdisReEnumerateProtocolBindings(NDIS_HANDLE NdisProtocolHandle);
NDIS_STATUS NDIS_API NdisOidRequest(NDIS_HANDLE NdisBindingHandle,
                                    PNDIS_OID_REQUEST OidRequest);
VOID NDIS_API NdisCancelOidRequest(NDIS_HANDLE NdisBindingHandle,
                                   PVOID RequestId);
#if NDIS_SUPPORT_NDIS680
NDIS_STATUS NDIS_API NdisSynchronousOidRequest(NDIS_HANDLE NdisBindingHandle,
                                               PNDIS_OID_REQUEST OidRequest);
#endif
NDIS_STATUS NDIS_API NdisDirectOidRequest(NDIS_HANDLE NdisBindingHandle,
                                          PNDIS_OID_REQUEST OidRequest);
VOID NDIS_API NdisSendNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                     PNET_BUFFER_LIST NetBufferLists,
                                     NDIS_PORT_NUMBER PortNumber,
                                     ULONG SendFlags);
VOID NDIS_API NdisReturnNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                       PNET_BUFFER_LIST NetBufferLists,
                                       ULONG ReturnFlags);
VOID NDIS_API NdisCancelSendNetBufferLists(NDIS_HANDLE NdisBindingHandle,
                                           PVOID CancelId);
UCHAR NDIS_API NdisGeneratePartialCancelId(VOID);
NDIS_STATUS NDIS_API NdisQueryAdapterInstanceName(
    PNDIS_STRING pAdapterInstanceName, NDIS_HANDLE NdisBindingHandle);
NDIS_STATUS NDIS_API NdisQueryBindInstanceName(
    PNDIS_STRING pAdapterInstanceName, NDIS_HANDLE BindingContext);

/* ------------------------------------------------------------------ */
/* Filter drivers.                                                      */

#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_4 4

typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  NET_IFINDEX IfIndex;
  NET_LUID NetLuid;
  PNDIS_STRING FilterModuleGuidName;
  NET_IFINDEX BaseMiniportIfIndex;
  PNDIS_STRING BaseMiniportInstanceName;
  PNDIS_STRING BaseMiniportName;
  NDIS_MEDIA_CONNECT_STATE MediaConnectState;
  NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
  ULONG64 XmitLinkSpeed;
  ULONG64 RcvLinkSpeed;
  NDIS_MEDIUM MiniportMediaType;
  NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
  NDIS_HANDLE MiniportMediaSpecificAttributes;
  PNDIS_OFFLOAD DefaultOffloadConfiguration;
  USHORT MacAddressLength;
  UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  NET_LUID BaseMiniportNetLuid;
  NET_IFINDEX LowerIfIndex;
  NET_LUID LowerIfNetLuid;
  ULONG Flags;
#if NDIS_SUPPORT_NDIS61
  PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
#endif
#if NDIS_SUPPORT_NDIS620
  PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
  PDEVICE_OBJECT MiniportPhysicalDeviceObject;
  PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
#endif
#if NDIS_SUPPORT_NDIS630
  BOOLEAN BaseMiniportIfConnectorPresent;
#endif
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  NDIS_MEDIUM MiniportMediaType;
  NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
  PNDIS_RESTART_ATTRIBUTES RestartAttributes;
  NET_IFINDEX LowerIfIndex;
  NET_LUID LowerIfNetLuid;
  ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_FILTER_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1                               \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)

typedef NDIS_STATUS(FILTER_SET_MODULE_OPTIONS)(NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS(*FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER);

typedef NDIS_STATUS(FILTER_ATTACH)(
    NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
    PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH(*FILTER_ATTACH_HANDLER);

typedef VOID(FILTER_DETACH)(NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH(*FILTER_DETACH_HANDLER);

typedef NDIS_STATUS(FILTER_RESTART)(
    NDIS_HANDLE FilterModuleContext,
    PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef FILTER_RESTART(*FILTER_RESTART_HANDLER);

typedef NDIS_STATUS(FILTER_PAUSE)(
    NDIS_HANDLE FilterModuleContext,
    PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef FILTER_PAUSE(*FILTER_PAUSE_HANDLER);

typedef VOID(FILTER_SEND_NET_BUFFER_LISTS)(NDIS_HANDLE FilterModuleContext,
                                           PNET_BUFFER_LIST NetBufferList,
                                           NDIS_PORT_NUMBER PortNumber,
                                           ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS(*FILTER_SEND_NET_BUFFER_LISTS_HANDLER);

typedef VOID(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)(
    NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferList,
    ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(
    *FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef VOID(FILTER_CANCEL_SEND_NET_BUFFER_LISTS)(
    NDIS_HANDLE FilterModuleContext, PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS(*FILTER_CANCEL_SEND_HANDLER);

typedef VOID(FILTER_RECEIVE_NET_BUFFER_LISTS)(NDIS_HANDLE FilterModuleContext,
                                              PNET_BUFFER_LIST NetBufferLists,
                                              NDIS_PORT_NUMBER PortNumber,
                                              ULONG NumberOfNetBufferLists,
                                              ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS(
    *FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef VOID(FILTER_RETURN_NET_BUFFER_LISTS)(NDIS_HANDLE FilterModuleContext,
                                             PNET_BUFFER_LIST NetBufferLists,
                                             ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS(*FILTER_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef NDIS_STATUS(FILTER_OID_REQUEST)(NDIS_HANDLE FilterModuleContext,
                                        PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST(*FILTER_OID_REQUEST_HANDLER);

typedef VOID(FILTER_OID_REQUEST_COMPLETE)(NDIS_HANDLE FilterModuleContext,
                                          PNDIS_OID_REQUEST OidRequest,
                                          NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE(*FILTER_OID_REQUEST_COMPLETE_HANDLER);

typedef VOID(FILTER_CANCEL_OID_REQUEST)(NDIS_HANDLE FilterModuleContext,
                                        PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST(*FILTER_CANCEL_OID_REQUEST_HANDLER);

typedef NDIS_STATUS(FILTER_DIRECT_OID_REQUEST)(NDIS_HANDLE FilterModuleContext,
                                               PNDIS_OID_REQUEST OidRequest);
typedef FILTER_DIRECT_OID_REQUEST(*FILTER_DIRECT_OID_REQUEST_HANDLER);

typedef VOID(FILTER_DIRECT_OID_REQUEST_COMPLETE)(
    NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
    NDIS_STATUS Status);
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE(
    *FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef VOID(FILTER_CANCEL_DIRECT_OID_REQUEST)(NDIS_HANDLE FilterModuleContext,
                                               PVOID RequestId);
typedef FILTER_CANCEL_DIRECT_OID_REQUEST(
    *FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER);

typedef VOID(FILTER_DEVICE_PNP_EVENT_NOTIFY)(
    NDIS_HANDLE FilterModuleContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY(*FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef NDIS_STATUS(FILTER_NET_PNP_EVENT)(
    NDIS_HANDLE FilterModuleContext,
    PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef FILTER_NET_PNP_EVENT(*FILTER_NET_PNP_EVENT_HANDLER);

typedef VOID(FILTER_STATUS)(NDIS_HANDLE FilterModuleContext,
                            PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS(*FILTER_STATUS_HANDLER);

#if NDIS_SUPPORT_NDIS680
typedef NDIS_STATUS(FILTER_SYNCHRONOUS_OID_REQUEST)(
    NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
    PVOID *CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST(*FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER);

typedef VOID(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)(
    NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
    NDIS_STATUS *Status, PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE(
    *FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER);
#endif

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_FILTER_CHARACTERISTICS_REVISION_3 3
#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001
#define NDIS_FILTER_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_FILTER_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004

typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  NDIS_STRING FriendlyName;
  NDIS_STRING UniqueName;
  NDIS_STRING ServiceName;
  SET_OPTIONS_HANDLER SetOptionsHandler;
  FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
  FILTER_ATTACH_HANDLER AttachHandler;
  FILTER_DETACH_HANDLER DetachHandler;
  FILTER_RESTART_HANDLER RestartHandler;
  FILTER_PAUSE_HANDLER PauseHandler;
  FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
  FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER
  SendNetBufferListsCompleteHandler;
  FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
  FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
  FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
  FILTER_OID_REQUEST_HANDLER OidRequestHandler;
  FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
  FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
  FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
  FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
  FILTER_STATUS_HANDLER StatusHandler;
#if NDIS_SUPPORT_NDIS61
  FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
  FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
  FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
#endif
#if NDIS_SUPPORT_NDIS680
  FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
  FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER
  SynchronousOidRequestCompleteHandler;
#endif
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1                   \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#if NDIS_SUPPORT_NDIS61
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2                   \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS,                 \
                           CancelDirectOidRequestHandler)
#endif
#if NDIS_SUPPORT_NDIS680
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3                   \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS,                 \
                           SynchronousOidRequestCompleteHandler)
#endif

#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1

typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
  FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER
  SendNetBufferListsCompleteHandler;
  FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
  FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
  FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1                  \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS,                \
                           ReturnNetBufferListsHandler)

NDIS_STATUS NDIS_API NdisFRegisterFilterDriver(
    PDRIVER_OBJECT DriverObject, NDIS_HANDLE FilterDriverContext,
    PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
    PNDIS_HANDLE NdisFilterDriverHandle);
VOID NDIS_API NdisFDeregisterFilterDriver(NDIS_HANDLE NdisFilterDriverHandle);
NDIS_STATUS NDIS_API NdisFSetAttributes(NDIS_HANDLE NdisFilterHandle,
                                        NDIS_HANDLE FilterModuleContext,
                                        PNDIS_FILTER_ATTRIBUTES FilterAttributes);
NDIS_STATUS NDIS_API NdisFRestartFilter(NDIS_HANDLE NdisFilterHandle);
VOID NDIS_API NdisFRestartComplete(NDIS_HANDLE NdisFilterHandle,
                                   NDIS_STATUS Status);
VOID NDIS_API NdisFPauseComplete(NDIS_HANDLE NdisFilterHandle);
VOID NDIS_API NdisFSendNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                      PNET_BUFFER_LIST NetBufferList,
                                      NDIS_PORT_NUMBER PortNumber,
                                      ULONG SendFlags);
VOID NDIS_API NdisFSendNetBufferListsComplete(NDIS_HANDLE NdisFilterHandle,
                                              PNET_BUFFER_LIST NetBufferList,
                                              ULONG SendCompleteFlags);
VOID NDIS_API NdisFCancelSendNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                            PVOID CancelId);
VOID NDIS_API NdisFIndicateReceiveNetBufferLists(
    NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists,
    NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
    ULONG ReceiveFlags);
VOID NDIS_API NdisFReturnNetBufferLists(NDIS_HANDLE NdisFilterHandle,
                                        PNET_BUFFER_LIST NetBufferLists,
                                        ULONG ReturnFlags);
NDIS_STATUS NDIS_API NdisFOidRequest(NDIS_HANDLE NdisFilterHandle,
                                     PNDIS_OID_REQUEST OidRequest);
VOID NDIS_API NdisFOidRequestComplete(NDIS_HANDLE NdisFilterHandle,
                                      PNDIS_OID_REQUEST OidRequest,
                                      NDIS_STATUS Status);
#if NDIS_SUPPORT_NDIS680
NDIS_STATUS NDIS_API NdisFSynchronousOidRequest(
    NDIS_HANDLE NdisFilterModuleHandle, PNDIS_OID_REQUEST OidRequest);
#endif
VOID NDIS_API NdisFCancelOidRequest(NDIS_HANDLE NdisFilterHandle,
                                    PVOID RequestId);
VOID NDIS_API NdisFIndicateStatus(NDIS_HANDLE NdisFilterHandle,
                                  PNDIS_STATUS_INDICATION StatusIndication);
NDIS_STATUS NDIS_API NdisFNetPnPEvent(
    NDIS_HANDLE NdisFilterHandle,
    PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
VOID NDIS_API NdisFDevicePnPEventNotify(NDIS_HANDLE NdisFilterHandle,
                                        PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
NDIS_STATUS NDIS_API NdisAllocateCloneOidRequest(
    NDIS_HANDLE SourceHandle, PNDIS_OID_REQUEST OidRequest, UINT PoolTag,
    PNDIS_OID_REQUEST *ClonedOidRequest);
VOID NDIS_API NdisFreeCloneOidRequest(NDIS_HANDLE SourceHandle,
                                      PNDIS_OID_REQUEST Request);

/* ------------------------------------------------------------------ */
/* Hyper-V extensible switch extensions (filter drivers in the switch's */
/* driver stack, NDIS 6.30): the switch's optional handlers and the     */
/* forwarding information of a packet.                                  */

#if NDIS_SUPPORT_NDIS630
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0xC0241001L)
#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0xC0241002L)

typedef NDIS_HANDLE NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;

#ifndef NDIS_SWITCH_DEFAULT_PORT_ID
#define NDIS_SWITCH_DEFAULT_PORT_ID 0
#endif
#ifndef NDIS_SWITCH_DEFAULT_NIC_INDEX
#define NDIS_SWITCH_DEFAULT_NIC_INDEX 0
#endif

typedef struct _NDIS_SWITCH_PORT_DESTINATION {
  NDIS_SWITCH_PORT_ID PortId;
  NDIS_SWITCH_NIC_INDEX NicIndex;
  USHORT IsExcluded : 1;
  USHORT PreserveVLAN : 1;
  USHORT PreservePriority : 1;
  USHORT Reserved : 13;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;

#define NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 1

typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY {
  NDIS_OBJECT_HEADER Header;
  UINT32 ElementSize;
  UINT32 NumElements;
  UINT32 NumDestinations;
  PVOID FirstElement;
} NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY,
    *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;
#define NDIS_SIZEOF_NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY,           \
                           FirstElement)
/* Element _Index_ of the array's ElementSize-byte destinations. */
#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(_DestArray_, _Index_)      \
  ((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(_DestArray_)->FirstElement +       \
                                   (_DestArray_)->ElementSize * (_Index_)))

/* The source and destination count NDIS keeps in a NET_BUFFER_LIST's
   SwitchForwardingDetail slot. */
typedef union _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
  UINT64 AsUINT64;
  struct {
    UINT32 NumAvailableDestinations : 16;
    UINT32 SourcePortId : 16;
    UINT32 SourceNicIndex : 8;
    UINT32 NativeForwardingRequired : 1;
    UINT32 Reserved1 : 1;
    UINT32 IsPacketDataSafe : 1;
    UINT32 SafePacketDataSize : 12;
    UINT32 IsPacketDataUncached : 1;
    UINT32 IsSafePacketDataUncached : 1;
    UINT32 Reserved2 : 7;
  };
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO,
    *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;
#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(_NBL)                         \
  ((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&NET_BUFFER_LIST_INFO( \
      _NBL, SwitchForwardingDetail))

#define NDIS_SWITCH_NIC_STATUS_INDICATION_REVISION_1 1

typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  NDIS_SWITCH_PORT_ID SourcePortId;
  NDIS_SWITCH_NIC_INDEX SourceNicIndex;
  NDIS_SWITCH_PORT_ID DestinationPortId;
  NDIS_SWITCH_NIC_INDEX DestinationNicIndex;
  PNDIS_STATUS_INDICATION StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1                               \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_NIC_STATUS_INDICATION, StatusIndication)

/* An extension's own NET_BUFFER_LIST context type, named by a GUID. */
typedef struct _NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO {
  NDIS_OBJECT_HEADER Header;
  GUID ContextId;
} NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO,
    *PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE;

#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_DESTINATIONS 0x00000001
#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_SWITCH_INFO_ONLY 0x00000002
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x00000001

typedef NDIS_STATUS(NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT
    *NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER;
typedef VOID(NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT
    *NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    NDIS_SWITCH_PORT_ID PortId, NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE
    *NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION
    *NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    UINT32 NumberOfNewDestinations,
    PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS
    *NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef VOID(NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS
    *NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    UINT32 NumberOfNewDestinations,
    PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS
    *NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST DestNetBufferList,
    PNET_BUFFER_LIST SrcNetBufferList, UINT32 Flags);
typedef NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO
    *NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_REFERENCE_SWITCH_NIC)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, NDIS_SWITCH_PORT_ID SwitchPortId,
    NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_REFERENCE_SWITCH_NIC
    *NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_DEREFERENCE_SWITCH_NIC)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, NDIS_SWITCH_PORT_ID SwitchPortId,
    NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_NIC
    *NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_REFERENCE_SWITCH_PORT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_REFERENCE_SWITCH_PORT
    *NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_DEREFERENCE_SWITCH_PORT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_PORT
    *NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER;
typedef VOID(NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PUNICODE_STRING ExtensionGuid,
    PUNICODE_STRING ExtensionFriendlyName, NDIS_SWITCH_PORT_ID PortId,
    UINT32 Flags, UINT32 NumberOfNetBufferLists,
    PNET_BUFFER_LIST NetBufferLists, PUNICODE_STRING FilterReason);
typedef NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS
    *NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER;
typedef NDIS_STATUS(NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType, PVOID Context);
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT
    *NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER;
typedef PVOID(NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT)(
    NDIS_SWITCH_CONTEXT NdisSwitchContext, PNET_BUFFER_LIST NetBufferList,
    PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType);
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT
    *NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER;

#define NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE 14
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_2 2

typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
  NDIS_OBJECT_HEADER Header;
  NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER
  AllocateNetBufferListForwardingContext;
  NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER
  FreeNetBufferListForwardingContext;
  NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER SetNetBufferListSource;
  NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER
  AddNetBufferListDestination;
  NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER
  GrowNetBufferListDestinations;
  NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER
  GetNetBufferListDestinations;
  NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER
  UpdateNetBufferListDestinations;
  NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER CopyNetBufferListInfo;
  NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER ReferenceSwitchNic;
  NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER DereferenceSwitchNic;
  NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER ReferenceSwitchPort;
  NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER DereferenceSwitchPort;
  NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER
  ReportFilteredNetBufferLists;
  NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER
  SetNetBufferListSwitchContext;
  NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER
  GetNetBufferListSwitchContext;
  PVOID SwitchPDReserved[NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE];
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS,                      \
                           GetNetBufferListSwitchContext)
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_2                        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, SwitchPDReserved)

NDIS_STATUS NDIS_API NdisFGetOptionalSwitchHandlers(
    NDIS_HANDLE NdisFilterHandle, PNDIS_SWITCH_CONTEXT NdisSwitchContext,
    PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);
#endif /* NDIS_SUPPORT_NDIS630 */

/* ------------------------------------------------------------------ */
/* Miniport drivers.                                                    */

typedef enum _NDIS_HALT_ACTION {
  NdisHaltDeviceDisabled,
  NdisHaltDeviceInstanceDeInitialized,
  NdisHaltDevicePoweredDown,
  NdisHaltDeviceSurpriseRemoved,
  NdisHaltDeviceFailed,
  NdisHaltDeviceInitializationFailed,
  NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
  NdisShutdownPowerOff,
  NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

/* The bus an adapter is on (the WDK's NDIS_INTERFACE_TYPE is the kernel's
   INTERFACE_TYPE under NDIS names). */
typedef enum _NDIS_INTERFACE_TYPE {
  NdisInterfaceInternal = Internal,
  NdisInterfaceIsa = Isa,
  NdisInterfaceEisa = Eisa,
  NdisInterfaceMca = MicroChannel,
  NdisInterfaceTurboChannel = TurboChannel,
  NdisInterfacePci = PCIBus,
  NdisInterfacePcMcia = PCMCIABus,
  NdisInterfaceCBus = CBus,
  NdisInterfaceMPIBus = MPIBus,
  NdisInterfaceMPSABus = MPSABus,
  NdisInterfaceProcessorInternal = ProcessorInternal,
  NdisInterfaceInternalPowerBus = InternalPowerBus,
  NdisInterfacePNPISABus = PNPISABus,
  NdisInterfacePNPBus = PNPBus,
  NdisInterfaceUSB,
  NdisInterfaceIrda,
  NdisInterface1394,
  NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;

#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_2 2

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  PNDIS_RESOURCE_LIST AllocatedResources;
  NDIS_HANDLE IMDeviceInstanceContext;
  NDIS_HANDLE MiniportAddDeviceContext;
  NET_IFINDEX IfIndex;
  NET_LUID NetLuid;
  PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
  PNDIS_PCI_DEVICE_CUSTOM_PROPERTIES PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  PNDIS_RESTART_ATTRIBUTES RestartAttributes;
  ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

typedef NDIS_STATUS(MINIPORT_INITIALIZE)(
    NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE(*MINIPORT_INITIALIZE_HANDLER);

typedef VOID(MINIPORT_HALT)(NDIS_HANDLE MiniportAdapterContext,
                            NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT(*MINIPORT_HALT_HANDLER);

typedef VOID(MINIPORT_UNLOAD)(PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD(*MINIPORT_DRIVER_UNLOAD);

typedef NDIS_STATUS(MINIPORT_PAUSE)(
    NDIS_HANDLE MiniportAdapterContext,
    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE(*MINIPORT_PAUSE_HANDLER);

typedef NDIS_STATUS(MINIPORT_RESTART)(
    NDIS_HANDLE MiniportAdapterContext,
    PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART(*MINIPORT_RESTART_HANDLER);

typedef NDIS_STATUS(MINIPORT_OID_REQUEST)(NDIS_HANDLE MiniportAdapterContext,
                                          PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST(*MINIPORT_OID_REQUEST_HANDLER);

typedef VOID(MINIPORT_SEND_NET_BUFFER_LISTS)(NDIS_HANDLE MiniportAdapterContext,
                                             PNET_BUFFER_LIST NetBufferList,
                                             NDIS_PORT_NUMBER PortNumber,
                                             ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS(*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);

typedef VOID(MINIPORT_RETURN_NET_BUFFER_LISTS)(
    NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
    ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS(
    *MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef VOID(MINIPORT_CANCEL_SEND)(NDIS_HANDLE MiniportAdapterContext,
                                   PVOID CancelId);
typedef MINIPORT_CANCEL_SEND(*MINIPORT_CANCEL_SEND_HANDLER);

typedef BOOLEAN(MINIPORT_CHECK_FOR_HANG)(NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG(*MINIPORT_CHECK_FOR_HANG_HANDLER);

typedef NDIS_STATUS(MINIPORT_RESET)(NDIS_HANDLE MiniportAdapterContext,
                                    PBOOLEAN AddressingReset);
typedef MINIPORT_RESET(*MINIPORT_RESET_HANDLER);

typedef VOID(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)(
    NDIS_HANDLE MiniportAdapterContext,
    PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY(
    *MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef VOID(MINIPORT_SHUTDOWN)(NDIS_HANDLE MiniportAdapterContext,
                                NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN(*MINIPORT_SHUTDOWN_HANDLER);

typedef VOID(MINIPORT_CANCEL_OID_REQUEST)(NDIS_HANDLE MiniportAdapterContext,
                                          PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST(*MINIPORT_CANCEL_OID_REQUEST_HANDLER);

typedef NDIS_STATUS(MINIPORT_DIRECT_OID_REQUEST)(
    NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST(*MINIPORT_DIRECT_OID_REQUEST_HANDLER);

typedef VOID(MINIPORT_CANCEL_DIRECT_OID_REQUEST)(
    NDIS_HANDLE MiniportAdapterContext, PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST(
    *MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);

#if NDIS_SUPPORT_NDIS680
typedef NDIS_STATUS(MINIPORT_SYNCHRONOUS_OID_REQUEST)(
    NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST(
    *MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);
#endif

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
#define NDIS_WDM_DRIVER 0x00000002

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
  NDIS_OBJECT_HEADER Header;
  UCHAR MajorNdisVersion;
  UCHAR MinorNdisVersion;
  UCHAR MajorDriverVersion;
  UCHAR MinorDriverVersion;
  ULONG Flags;
  SET_OPTIONS_HANDLER SetOptionsHandler;
  MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
  MINIPORT_HALT_HANDLER HaltHandlerEx;
  MINIPORT_DRIVER_UNLOAD UnloadHandler;
  MINIPORT_PAUSE_HANDLER PauseHandler;
  MINIPORT_RESTART_HANDLER RestartHandler;
  MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
  MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
  MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
  MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
  MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
  MINIPORT_RESET_HANDLER ResetHandlerEx;
  MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
  MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
  MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
#if NDIS_SUPPORT_NDIS61
  MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
  MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
#endif
#if NDIS_SUPPORT_NDIS680
  MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
#endif
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           CancelOidRequestHandler)
#if NDIS_SUPPORT_NDIS61
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           CancelDirectOidRequestHandler)
#endif
#if NDIS_SUPPORT_NDIS680
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3                 \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS,               \
                           SynchronousOidRequestHandler)
#endif

/* The attributes a miniport sets during MiniportInitializeEx. */
#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400

#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  NDIS_HANDLE MiniportAdapterContext;
  ULONG AttributeFlags;
  UINT CheckForHangTimeInSeconds;
  NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,      \
                           InterfaceType)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2        \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,      \
                           InterfaceType)

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG Flags;
  NDIS_MEDIUM MediaType;
  NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
  ULONG MtuSize;
  ULONG64 MaxXmitLinkSpeed;
  ULONG64 XmitLinkSpeed;
  ULONG64 MaxRcvLinkSpeed;
  ULONG64 RcvLinkSpeed;
  NDIS_MEDIA_CONNECT_STATE MediaConnectState;
  NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
  ULONG LookaheadSize;
  PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
  ULONG MacOptions;
  ULONG SupportedPacketFilters;
  ULONG MaxMulticastListSize;
  USHORT MacAddressLength;
  UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
  PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
  NET_IF_ACCESS_TYPE AccessType;
  NET_IF_DIRECTION_TYPE DirectionType;
  NET_IF_CONNECTION_TYPE ConnectionType;
  NET_IFTYPE IfType;
  BOOLEAN IfConnectorPresent;
  ULONG SupportedStatistics;
  ULONG SupportedPauseFunctions;
  ULONG DataBackFillSize;
  ULONG ContextBackFillSize;
  PNDIS_OID SupportedOidList;
  ULONG SupportedOidListLength;
  ULONG AutoNegotiationFlags;
#if NDIS_SUPPORT_NDIS620
  PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
#endif
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1             \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,           \
                           AutoNegotiationFlags)
#if NDIS_SUPPORT_NDIS620
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2             \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,           \
                           PowerManagementCapabilitiesEx)
#endif

/* Which statistics a miniport's OID_GEN_STATISTICS answer has. */
#define NDIS_STATISTICS_XMIT_OK_SUPPORTED 0x00000001
#define NDIS_STATISTICS_RCV_OK_SUPPORTED 0x00000002
#define NDIS_STATISTICS_XMIT_ERROR_SUPPORTED 0x00000004
#define NDIS_STATISTICS_RCV_ERROR_SUPPORTED 0x00000008
#define NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED 0x00000010
#define NDIS_STATISTICS_DIRECTED_BYTES_XMIT_SUPPORTED 0x00000020
#define NDIS_STATISTICS_DIRECTED_FRAMES_XMIT_SUPPORTED 0x00000040
#define NDIS_STATISTICS_MULTICAST_BYTES_XMIT_SUPPORTED 0x00000080
#define NDIS_STATISTICS_MULTICAST_FRAMES_XMIT_SUPPORTED 0x00000100
#define NDIS_STATISTICS_BROADCAST_BYTES_XMIT_SUPPORTED 0x00000200
#define NDIS_STATISTICS_BROADCAST_FRAMES_XMIT_SUPPORTED 0x00000400
#define NDIS_STATISTICS_DIRECTED_BYTES_RCV_SUPPORTED 0x00000800
#define NDIS_STATISTICS_DIRECTED_FRAMES_RCV_SUPPORTED 0x00001000
#define NDIS_STATISTICS_MULTICAST_BYTES_RCV_SUPPORTED 0x00002000
#define NDIS_STATISTICS_MULTICAST_FRAMES_RCV_SUPPORTED 0x00004000
#define NDIS_STATISTICS_BROADCAST_BYTES_RCV_SUPPORTED 0x00008000
#define NDIS_STATISTICS_BROADCAST_FRAMES_RCV_SUPPORTED 0x00010000
#define NDIS_STATISTICS_RCV_CRC_ERROR_SUPPORTED 0x00020000
#define NDIS_STATISTICS_TRANSMIT_QUEUE_LENGTH_SUPPORTED 0x00040000
#define NDIS_STATISTICS_BYTES_RCV_SUPPORTED 0x00080000
#define NDIS_STATISTICS_BYTES_XMIT_SUPPORTED 0x00100000
#define NDIS_STATISTICS_RCV_DISCARDS_SUPPORTED 0x00200000
#define NDIS_STATISTICS_GEN_STATISTICS_SUPPORTED 0x00400000
#define NDIS_STATISTICS_XMIT_DISCARDS_SUPPORTED 0x08000000

#if NDIS_SUPPORT_NDIS61
/* Header-data split (NDIS 6.1) and, from NDIS 6.20, receive filters and
   the NIC switch; from NDIS 6.30, SR-IOV and QoS. */
#define NDIS_HD_SPLIT_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG HardwareCapabilities;
  ULONG CurrentCapabilities;
  ULONG HDSplitFlags;
  ULONG BackfillSize;
  ULONG MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;
#define NDIS_SIZEOF_HD_SPLIT_ATTRIBUTES_REVISION_1                             \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_HD_SPLIT_ATTRIBUTES, MaxHeaderSize)

#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
#if NDIS_SUPPORT_NDIS620
  PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
  PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
  PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
  PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
#endif
#if NDIS_SUPPORT_NDIS630
  PNDIS_SRIOV_CAPABILITIES HardwareSriovCapabilities;
  PNDIS_SRIOV_CAPABILITIES CurrentSriovCapabilities;
  PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
  PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
#endif
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           HDSplitAttributes)
#if NDIS_SUPPORT_NDIS620
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentNicSwitchCapabilities)
#endif
#if NDIS_SUPPORT_NDIS630
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3     \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,   \
                           CurrentQosCapabilities)
#endif
#endif /* NDIS_SUPPORT_NDIS61 */

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  PNDIS_OFFLOAD DefaultOffloadConfiguration;
  PNDIS_OFFLOAD HardwareOffloadCapabilities;
  PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
  PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

/* The native 802.11 (Wi-Fi) attributes; the DOT11_ structures they point
   to are windot11.h's, named here by their tags so that ndis.h need not
   include it. */
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES 0x84
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3 3

typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  ULONG OpModeCapability;
  ULONG NumOfTXBuffers;
  ULONG NumOfRXBuffers;
  BOOLEAN MultiDomainCapabilityImplemented;
  ULONG NumSupportedPhys;
  struct DOT11_PHY_ATTRIBUTES *SupportedPhyAttributes;
  struct DOT11_EXTSTA_ATTRIBUTES *ExtSTAAttributes;
  struct DOT11_VWIFI_ATTRIBUTES *VWiFiAttributes;
  struct _DOT11_EXTAP_ATTRIBUTES *ExtAPAttributes;
  struct _DOT11_WFD_ATTRIBUTES *WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           ExtSTAAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           ExtAPAttributes)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_3       \
  RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,     \
                           WFDAttributes)

/* NdisMSetMiniportAttributes takes any one of the attribute structures;
   its header says which. */
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
  NDIS_OBJECT_HEADER Header;
  NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
  NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
  NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
  NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES Native_802_11_Attributes;
#if NDIS_SUPPORT_NDIS61
  NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
#endif
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

NDIS_STATUS NDIS_API NdisMRegisterMiniportDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
VOID NDIS_API NdisMDeregisterMiniportDriver(
    NDIS_HANDLE NdisMiniportDriverHandle);
NDIS_STATUS NDIS_API NdisMSetMiniportAttributes(
    NDIS_HANDLE NdisMiniportHandle,
    PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);
VOID NDIS_API NdisMIndicateReceiveNetBufferLists(
    NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
    NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
    ULONG ReceiveFlags);
VOID NDIS_API NdisMSendNetBufferListsComplete(
    NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
    ULONG SendCompleteFlags);
VOID NDIS_API NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle,
                                    PNDIS_STATUS_INDICATION StatusIndication);
VOID NDIS_API NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                      PNDIS_OID_REQUEST OidRequest,
                                      NDIS_STATUS Status);
VOID NDIS_API NdisMDirectOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle,
                                            PNDIS_OID_REQUEST OidRequest,
                                            NDIS_STATUS Status);
VOID NDIS_API NdisMPauseComplete(NDIS_HANDLE MiniportAdapterHandle);
VOID NDIS_API NdisMRestartComplete(NDIS_HANDLE MiniportAdapterHandle,
                                   NDIS_STATUS Status);
VOID NDIS_API NdisMResetComplete(NDIS_HANDLE MiniportAdapterHandle,
                                 NDIS_STATUS Status, BOOLEAN AddressingReset);
VOID NDIS_API NdisMGetDeviceProperty(
    NDIS_HANDLE MiniportAdapterHandle, PDEVICE_OBJECT *PhysicalDeviceObject,
    PDEVICE_OBJECT *FunctionalDeviceObject, PDEVICE_OBJECT *NextDeviceObject,
    PCM_RESOURCE_LIST *AllocatedResources,
    PCM_RESOURCE_LIST *AllocatedResourcesTranslated);
NDIS_STATUS NDIS_API NdisMMapIoSpace(PVOID *VirtualAddress,
                                     NDIS_HANDLE MiniportAdapterHandle,
                                     NDIS_PHYSICAL_ADDRESS PhysicalAddress,
                                     UINT Length);
VOID NDIS_API NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle,
                                PVOID VirtualAddress, UINT Length);
NDIS_STATUS NDIS_API NdisMRegisterIoPortRange(PVOID *PortOffset,
                                              NDIS_HANDLE MiniportAdapterHandle,
                                              UINT InitialPort,
                                              UINT NumberOfPorts);
VOID NDIS_API NdisMDeregisterIoPortRange(NDIS_HANDLE MiniportAdapterHandle,
                                         UINT InitialPort, UINT NumberOfPorts,
                                         PVOID PortOffset);
NDIS_STATUS NDIS_API NdisWriteEventLogEntry(PVOID LogHandle,
                                            NDIS_STATUS EventCode,
                                            ULONG UniqueEventValue,
                                            USHORT NumStrings,
                                            PVOID StringsList, ULONG DataSize,
                                            PVOID Data);
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
VOID __cdecl NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle,
                                    NDIS_ERROR_CODE ErrorCode,
                                    ULONG NumberOfErrorValues, ...);

/* Intermediate drivers: a miniport edge over a protocol edge. */
VOID NDIS_API NdisIMAssociateMiniport(NDIS_HANDLE DriverHandle,
                                      NDIS_HANDLE ProtocolHandle);
NDIS_STATUS NDIS_API NdisIMInitializeDeviceInstanceEx(
    NDIS_HANDLE DriverHandle, PNDIS_STRING DriverInstance,
    NDIS_HANDLE DeviceContext);
NDIS_STATUS NDIS_API NdisIMCancelInitializeDeviceInstance(
    NDIS_HANDLE DriverHandle, PNDIS_STRING DeviceInstance);
NDIS_STATUS NDIS_API NdisIMDeInitializeDeviceInstance(
    NDIS_HANDLE NdisMiniportHandle);
NDIS_HANDLE NDIS_API NdisIMGetBindingContext(NDIS_HANDLE NdisBindingHandle);

/* The interface stack (NDIS network interfaces). */
NDIS_STATUS NDIS_API NdisIfAddIfStackEntry(NET_IFINDEX HigherLayerIfIndex,
                                           NET_IFINDEX LowerLayerIfIndex);
VOID NDIS_API NdisIfDeleteIfStackEntry(NET_IFINDEX HigherLayerIfIndex,
                                       NET_IFINDEX LowerLayerIfIndex);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NDIS_DRIVERS_H */
