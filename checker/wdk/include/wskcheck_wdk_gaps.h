/* wskcheck WDK profile: kernel-mode declarations that mingw-w64's wdm.h,
 * ntddk.h and ntifs.h lack, written from their documentation. Included at
 * the end of the profile's ntddk.h, wdm.h and ntifs.h, so it follows
 * whichever of them a driver includes first.
 *
 * Each piece is guarded, so a newer mingw-w64 that has it wins. Routines the
 * WDK implements inline are plain declarations here: the analysis treats
 * them as kernel routines it cannot see, which is what they are to it.
 */
#ifndef WSKCHECK_WDK_GAPS_H
#define WSKCHECK_WDK_GAPS_H

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* SAL and driver annotations mingw-w64 does not define: no meaning    */
/* for the analysis, so they expand to nothing.                        */

#ifndef _Dispatch_type_
#define _Dispatch_type_(...)
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(...)
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(...)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(...)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(...)
#endif
/* Written as a statement inside a function body. */
#ifndef _IRQL_limited_to_
#define _IRQL_limited_to_(...)
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(...)
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(...)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(...)
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(...)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(...)
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Pre_defensive_
#define _Pre_defensive_
#endif
#ifndef _Post_defensive_
#define _Post_defensive_
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(...)
#endif
#ifndef _Unreferenced_parameter_
#define _Unreferenced_parameter_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Deref_pre_notnull_
#define _Deref_pre_notnull_
#endif
#ifndef _Deref_post_null_
#define _Deref_post_null_
#endif
#ifndef __success
#define __success(...)
#endif
#ifndef __drv_completionType
#define __drv_completionType(...)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(...)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(...)
#endif
#ifndef __drv_strictType
#define __drv_strictType(...)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(...)
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(...)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(...)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(...)
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(...)
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(...)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(...)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(...)
#endif
#ifndef __drv_innerMustHoldGlobal
#define __drv_innerMustHoldGlobal(...)
#endif
#ifndef __drv_innerNeverHoldGlobal
#define __drv_innerNeverHoldGlobal(...)
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(...)
#endif
#ifndef __drv_reportError
#define __drv_reportError(...)
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_acquiresCancelSpinLock
#define __drv_acquiresCancelSpinLock
#endif
#ifndef __drv_releasesCancelSpinLock
#define __drv_releasesCancelSpinLock
#endif
#ifndef __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#endif
#ifndef __drv_neverHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#endif

/* Old-style SAL (specstrings.h, driverspecs.h), which older drivers and
   samples still write. */
#include <wskcheck_wdk_oldsal.h>

/* ------------------------------------------------------------------ */
/* Wide forms of the predefined names, from the Microsoft C runtime.    */

#define WSKCHECK_WDK_WIDEN2(s) L##s
#define WSKCHECK_WDK_WIDEN(s) WSKCHECK_WDK_WIDEN2(s)
#ifndef __FILEW__
#define __FILEW__ WSKCHECK_WDK_WIDEN(__FILE__)
#endif
#ifndef __FUNCTIONW__
#define __FUNCTIONW__ L__FUNCTION__
#endif

/* ------------------------------------------------------------------ */
/* Pool: the Windows 10 allocation routines and the no-execute opt-in   */

#ifndef POOL_FLAG_NON_PAGED
typedef ULONG64 POOL_FLAGS;

#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RESERVED1 0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_RESERVED2 0x0000000000000200ULL
#define POOL_FLAG_RESERVED3 0x0000000000000400ULL
#define POOL_FLAG_REQUIRED_END 0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START 0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL 0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END 0x8000000000000000ULL

typedef enum POOL_EXTENDED_PARAMETER_TYPE {
  PoolExtendedParameterInvalidType = 0,
  PoolExtendedParameterPriority,
  PoolExtendedParameterSecurePool,
  PoolExtendedParameterNumaNode,
  PoolExtendedParameterMax
} POOL_EXTENDED_PARAMETER_TYPE,
    *PPOOL_EXTENDED_PARAMETER_TYPE;

typedef struct _POOL_EXTENDED_PARAMETER {
  struct {
    ULONG64 Type : 8;
    ULONG64 Optional : 1;
    ULONG64 Reserved : 64 - 9;
  };
  union {
    ULONG64 Reserved2;
    PVOID Reserved3;
    EX_POOL_PRIORITY Priority;
    PVOID SecurePoolParams;
    ULONG PreferredNode;
  };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePool3(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag,
                            PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
                            ULONG ExtendedParametersCount);
VOID NTAPI ExFreePool2(PVOID P, ULONG Tag,
                       PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
                       ULONG ExtendedParametersCount);
#endif

#ifndef ExAllocatePoolZero
PVOID NTAPI ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                               ULONG Tag);
PVOID NTAPI ExAllocatePoolUninitialized(POOL_TYPE PoolType,
                                        SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolQuotaZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                    ULONG Tag);
PVOID NTAPI ExAllocatePoolQuotaUninitialized(POOL_TYPE PoolType,
                                             SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolPriorityZero(POOL_TYPE PoolType,
                                       SIZE_T NumberOfBytes, ULONG Tag,
                                       EX_POOL_PRIORITY Priority);
PVOID NTAPI ExAllocatePoolPriorityUninitialized(POOL_TYPE PoolType,
                                                SIZE_T NumberOfBytes,
                                                ULONG Tag,
                                                EX_POOL_PRIORITY Priority);
#endif

/* ExInitializeDriverRuntime(DrvRtPoolNxOptIn): non-executable pool by
   default, for drivers built with POOL_NX_OPTIN. */
#ifndef DrvRtPoolNxOptIn
#define DrvRtPoolNxOptIn 0x00000001
VOID NTAPI ExInitializeDriverRuntime(ULONG RuntimeFlags);
#endif

#ifndef MdlMappingNoWrite
#define MdlMappingNoWrite 0x80000000
#endif
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute 0x40000000
#endif

PVOID NTAPI MmAllocateContiguousNodeMemory(
    SIZE_T NumberOfBytes, PHYSICAL_ADDRESS LowestAcceptableAddress,
    PHYSICAL_ADDRESS HighestAcceptableAddress,
    PHYSICAL_ADDRESS BoundaryAddressMultiple, ULONG Protect,
    NODE_REQUIREMENT PreferredNode);

/* ------------------------------------------------------------------ */
/* Reader/writer spin locks                                            */

#ifndef WSKCHECK_WDK_EX_SPIN_LOCK
#define WSKCHECK_WDK_EX_SPIN_LOCK
typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;

KIRQL NTAPI ExAcquireSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockExclusive(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
KIRQL NTAPI ExAcquireSpinLockShared(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockShared(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
VOID NTAPI ExAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockExclusiveFromDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockSharedFromDpcLevel(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryConvertSharedSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
#endif

/* ------------------------------------------------------------------ */
/* Time                                                                */

#ifndef WSKCHECK_WDK_TIME
#define WSKCHECK_WDK_TIME
ULONG64 NTAPI KeQueryInterruptTimePrecise(PULONG64 QpcTimeStamp);
/* wdm.h declares it for every driver (mingw-w64 only in ntifs.h): the usual
   wait for a system thread's handle. */
NTSYSAPI NTSTATUS NTAPI ZwWaitForSingleObject(HANDLE Handle, BOOLEAN Alertable,
                                              PLARGE_INTEGER Timeout);
#endif


/* ------------------------------------------------------------------ */
/* Network compartments (winnt.h has them for user mode)               */

#if !defined(WSKCHECK_WDK_COMPARTMENT_ID) && !defined(_WINNT_)
#define WSKCHECK_WDK_COMPARTMENT_ID
typedef enum {
  UNSPECIFIED_COMPARTMENT_ID = 0,
  DEFAULT_COMPARTMENT_ID
} COMPARTMENT_ID,
    *PCOMPARTMENT_ID;
#endif

/* ------------------------------------------------------------------ */
/* Kernel Transaction Manager objects                                  */

#ifndef WSKCHECK_WDK_KTM
#define WSKCHECK_WDK_KTM
typedef struct _KTRANSACTION *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER, *PRKRESOURCEMANAGER;
typedef struct _KTM *PKTM, *PRKTM;
#endif

/* ------------------------------------------------------------------ */
/* A driver's own registry keys (Windows 10, version 2004)             */

#ifndef WSKCHECK_WDK_DRIVER_REGKEY
#define WSKCHECK_WDK_DRIVER_REGKEY
typedef enum _DRIVER_REGKEY_TYPE {
  DriverRegKeyParameters,
  DriverRegKeyPersistentState,
  DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE,
    *PDRIVER_REGKEY_TYPE;
NTSTATUS NTAPI IoOpenDriverRegistryKey(PDRIVER_OBJECT DriverObject,
                                       DRIVER_REGKEY_TYPE RegKeyType,
                                       ACCESS_MASK DesiredAccess, ULONG Flags,
                                       PHANDLE DriverRegKey);
#endif

/* ------------------------------------------------------------------ */
/* Runtime power management framework (PoFx, Windows 8): the device     */
/* registration and routines (mingw-w64 has the component types)        */

#ifndef WSKCHECK_WDK_POFX
#define WSKCHECK_WDK_POFX
#ifndef PO_FX_FLAG_BLOCKING
#define PO_FX_FLAG_BLOCKING 0x1
#define PO_FX_FLAG_ASYNC_ONLY 0x2
#endif

typedef VOID NTAPI PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK
    *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;
typedef VOID NTAPI PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK
    *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;

typedef struct _PO_FX_DEVICE_V1 {
  ULONG Version;
  ULONG ComponentCount;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
  PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PVOID DeviceContext;
  PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;

typedef struct _PO_FX_DEVICE_V2 {
  ULONG Version;
  ULONGLONG Flags;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
  PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
  PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
  PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
  PVOID DeviceContext;
  ULONG ComponentCount;
  PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;

#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif

NTSTATUS NTAPI PoFxRegisterDevice(PDEVICE_OBJECT Pdo, PPO_FX_DEVICE Device,
                                  POHANDLE *Handle);
VOID NTAPI PoFxStartDevicePowerManagement(POHANDLE Handle);
VOID NTAPI PoFxUnregisterDevice(POHANDLE Handle);
VOID NTAPI PoFxActivateComponent(POHANDLE Handle, ULONG Component,
                                 ULONG Flags);
VOID NTAPI PoFxIdleComponent(POHANDLE Handle, ULONG Component, ULONG Flags);
VOID NTAPI PoFxCompleteIdleState(POHANDLE Handle, ULONG Component);
VOID NTAPI PoFxCompleteIdleCondition(POHANDLE Handle, ULONG Component);
VOID NTAPI PoFxCompleteDevicePowerNotRequired(POHANDLE Handle);
VOID NTAPI PoFxReportDevicePoweredOn(POHANDLE Handle);
VOID NTAPI PoFxSetDeviceIdleTimeout(POHANDLE Handle,
                                    ULONGLONG IdleTimeout);
VOID NTAPI PoFxSetComponentLatency(POHANDLE Handle, ULONG Component,
                                   ULONGLONG Latency);
VOID NTAPI PoFxSetComponentResidency(POHANDLE Handle, ULONG Component,
                                     ULONGLONG Residency);
VOID NTAPI PoFxSetComponentWake(POHANDLE Handle, ULONG Component,
                                BOOLEAN WakeHint);
NTSTATUS NTAPI PoFxPowerControl(POHANDLE Handle, LPCGUID PowerControlCode,
                                PVOID InBuffer, SIZE_T InBufferSize,
                                PVOID OutBuffer, SIZE_T OutBufferSize,
                                PSIZE_T BytesReturned);
#endif

/* ------------------------------------------------------------------ */
/* Fail-fast codes (RtlFailFast, __fastfail)                           */

#ifndef FAST_FAIL_INVALID_ARG
#define FAST_FAIL_LEGACY_GS_VIOLATION 0
#define FAST_FAIL_VTGUARD_CHECK_FAILURE 1
#define FAST_FAIL_STACK_COOKIE_CHECK_FAILURE 2
#define FAST_FAIL_CORRUPT_LIST_ENTRY 3
#define FAST_FAIL_INCORRECT_STACK 4
#define FAST_FAIL_INVALID_ARG 5
#define FAST_FAIL_GS_COOKIE_INIT 6
#define FAST_FAIL_FATAL_APP_EXIT 7
#define FAST_FAIL_RANGE_CHECK_FAILURE 8
#define FAST_FAIL_UNSAFE_REGISTRY_ACCESS 9
#define FAST_FAIL_INVALID_FAST_FAIL_CODE 0xffffffff
#endif
#ifndef FAST_FAIL_GUARD_ICALL_CHECK_FAILURE
#define FAST_FAIL_GUARD_ICALL_CHECK_FAILURE 10
#define FAST_FAIL_GUARD_WRITE_CHECK_FAILURE 11
#define FAST_FAIL_INVALID_FIBER_SWITCH 12
#define FAST_FAIL_INVALID_SET_OF_CONTEXT 13
#define FAST_FAIL_INVALID_REFERENCE_COUNT 14
#define FAST_FAIL_INVALID_JUMP_BUFFER 18
#define FAST_FAIL_MRDATA_MODIFIED 19
#define FAST_FAIL_CERTIFICATION_FAILURE 20
#define FAST_FAIL_INVALID_EXCEPTION_CHAIN 21
#define FAST_FAIL_CRYPTO_LIBRARY 22
#define FAST_FAIL_INVALID_CALL_IN_DLL_CALLOUT 23
#define FAST_FAIL_INVALID_IMAGE_BASE 24
#define FAST_FAIL_DLOAD_PROTECTION_FAILURE 25
#define FAST_FAIL_UNSAFE_EXTENSION_CALL 26
#define FAST_FAIL_DEPRECATED_SERVICE_INVOKED 27
#define FAST_FAIL_INVALID_BUFFER_ACCESS 28
#define FAST_FAIL_INVALID_BALANCED_TREE 29
#define FAST_FAIL_INVALID_NEXT_THREAD 30
#define FAST_FAIL_GUARD_ICALL_CHECK_SUPPRESSED 31
#define FAST_FAIL_APCS_DISABLED 32
#define FAST_FAIL_INVALID_IDLE_STATE 33
#define FAST_FAIL_MRDATA_PROTECTION_FAILURE 34
#define FAST_FAIL_UNEXPECTED_HEAP_EXCEPTION 35
#define FAST_FAIL_INVALID_LOCK_STATE 36
#define FAST_FAIL_GUARD_JUMPTABLE 37
#define FAST_FAIL_INVALID_LONGJUMP_TARGET 38
#define FAST_FAIL_INVALID_DISPATCH_CONTEXT 39
#define FAST_FAIL_INVALID_THREAD 40
#endif

#ifndef WSKCHECK_WDK_FAIL_FAST
#define WSKCHECK_WDK_FAIL_FAST
DECLSPEC_NORETURN VOID RtlFailFast(ULONG Code);
#endif

/* ------------------------------------------------------------------ */
/* Pool types of the no-execute opt-in                                 */

#ifndef POOL_NX_ALLOCATION
#define POOL_NX_ALLOCATION 512
#endif
#ifndef POOL_ZERO_ALLOCATION
#define POOL_ZERO_ALLOCATION 1024
#endif

/* ------------------------------------------------------------------ */
/* Memory descriptor lists: the priority argument is a ULONG, so a      */
/* driver may add MdlMappingNoExecute to an MM_PAGE_PRIORITY (C++ too). */

#ifndef MmMapLockedPagesSpecifyCache
#define MmMapLockedPagesSpecifyCache(Mdl, AccessMode, CacheType,               \
                                     RequestedAddress, BugCheckOnFailure,      \
                                     Priority)                                 \
  MmMapLockedPagesSpecifyCache(Mdl, AccessMode, CacheType, RequestedAddress,   \
                               BugCheckOnFailure,                              \
                               (MM_PAGE_PRIORITY)(Priority))
#endif

/* ------------------------------------------------------------------ */
/* Lookaside list callbacks as function types, for a driver that        */
/* declares its allocate and free routines with them (NDIS miniports).  */
/* mingw-w64 has only the pointer types.                                */

#ifndef WSKCHECK_WDK_LOOKASIDE_FUNCTIONS
#define WSKCHECK_WDK_LOOKASIDE_FUNCTIONS
typedef PVOID NTAPI ALLOCATE_FUNCTION(POOL_TYPE PoolType,
                                      SIZE_T NumberOfBytes, ULONG Tag);
typedef VOID NTAPI FREE_FUNCTION(PVOID Buffer);
typedef PVOID NTAPI ALLOCATE_FUNCTION_EX(POOL_TYPE PoolType,
                                         SIZE_T NumberOfBytes, ULONG Tag,
                                         PLOOKASIDE_LIST_EX Lookaside);
typedef VOID NTAPI FREE_FUNCTION_EX(PVOID Buffer,
                                    PLOOKASIDE_LIST_EX Lookaside);
#endif

/* ------------------------------------------------------------------ */
/* Interlocked operations of every width and ordering, and the          */
/* Read/Write routines. Declared as the routines they are (the WDK's    */
/* are inline): the analysis knows them by name.                        */

#ifndef WSKCHECK_WDK_INTERLOCKED
#define WSKCHECK_WDK_INTERLOCKED

#ifndef InterlockedCompareExchange16
SHORT InterlockedCompareExchange16(SHORT volatile *Destination,
                                   SHORT ExChange, SHORT Comperand);
#endif
#ifndef InterlockedIncrement16
SHORT InterlockedIncrement16(SHORT volatile *Addend);
#endif
#ifndef InterlockedDecrement16
SHORT InterlockedDecrement16(SHORT volatile *Addend);
#endif
#ifndef InterlockedExchange16
SHORT InterlockedExchange16(SHORT volatile *Target, SHORT Value);
#endif
#ifndef InterlockedOr16
SHORT InterlockedOr16(SHORT volatile *Destination, SHORT Value);
SHORT InterlockedAnd16(SHORT volatile *Destination, SHORT Value);
SHORT InterlockedXor16(SHORT volatile *Destination, SHORT Value);
#endif
#ifndef InterlockedExchange8
CHAR InterlockedExchange8(CHAR volatile *Target, CHAR Value);
#endif
#ifndef InterlockedOr8
CHAR InterlockedOr8(CHAR volatile *Destination, CHAR Value);
CHAR InterlockedAnd8(CHAR volatile *Destination, CHAR Value);
CHAR InterlockedXor8(CHAR volatile *Destination, CHAR Value);
#endif

/* One set of the ordered forms for each operand type. */
#define WSKCHECK_WDK_INTERLOCKED_ORDERED(Order)                                \
  LONG InterlockedIncrement##Order(LONG volatile *Addend);                     \
  LONG InterlockedDecrement##Order(LONG volatile *Addend);                     \
  LONG InterlockedExchange##Order(LONG volatile *Target, LONG Value);          \
  LONG InterlockedCompareExchange##Order(LONG volatile *Destination,           \
                                         LONG ExChange, LONG Comperand);       \
  LONG InterlockedExchangeAdd##Order(LONG volatile *Addend, LONG Value);       \
  LONG InterlockedAdd##Order(LONG volatile *Addend, LONG Value);               \
  LONG InterlockedOr##Order(LONG volatile *Destination, LONG Value);           \
  LONG InterlockedAnd##Order(LONG volatile *Destination, LONG Value);          \
  LONG InterlockedXor##Order(LONG volatile *Destination, LONG Value);          \
  LONG64 InterlockedIncrement64##Order(LONG64 volatile *Addend);               \
  LONG64 InterlockedDecrement64##Order(LONG64 volatile *Addend);               \
  LONG64 InterlockedExchange64##Order(LONG64 volatile *Target, LONG64 Value);  \
  LONG64 InterlockedCompareExchange64##Order(                                  \
      LONG64 volatile *Destination, LONG64 ExChange, LONG64 Comperand);        \
  LONG64 InterlockedExchangeAdd64##Order(LONG64 volatile *Addend,              \
                                         LONG64 Value);                        \
  LONG64 InterlockedAdd64##Order(LONG64 volatile *Addend, LONG64 Value);       \
  LONG64 InterlockedOr64##Order(LONG64 volatile *Destination, LONG64 Value);   \
  LONG64 InterlockedAnd64##Order(LONG64 volatile *Destination, LONG64 Value);  \
  LONG64 InterlockedXor64##Order(LONG64 volatile *Destination, LONG64 Value);  \
  SHORT InterlockedIncrement16##Order(SHORT volatile *Addend);                 \
  SHORT InterlockedDecrement16##Order(SHORT volatile *Addend);                 \
  SHORT InterlockedCompareExchange16##Order(SHORT volatile *Destination,       \
                                            SHORT ExChange, SHORT Comperand);  \
  SHORT InterlockedOr16##Order(SHORT volatile *Destination, SHORT Value);      \
  SHORT InterlockedAnd16##Order(SHORT volatile *Destination, SHORT Value);     \
  SHORT InterlockedXor16##Order(SHORT volatile *Destination, SHORT Value);     \
  CHAR InterlockedOr8##Order(CHAR volatile *Destination, CHAR Value);          \
  CHAR InterlockedAnd8##Order(CHAR volatile *Destination, CHAR Value);         \
  CHAR InterlockedXor8##Order(CHAR volatile *Destination, CHAR Value);         \
  BOOLEAN InterlockedBitTestAndSet##Order(LONG volatile *Base, LONG Offset);   \
  BOOLEAN InterlockedBitTestAndReset##Order(LONG volatile *Base,               \
                                            LONG Offset);                      \
  PVOID InterlockedExchangePointer##Order(PVOID volatile *Target,              \
                                          PVOID Value);                        \
  PVOID InterlockedCompareExchangePointer##Order(                              \
      PVOID volatile *Destination, PVOID ExChange, PVOID Comperand);
WSKCHECK_WDK_INTERLOCKED_ORDERED(NoFence)
#undef WSKCHECK_WDK_INTERLOCKED_ORDERED

/* The acquire and release forms mingw-w64 lacks. */
#ifndef InterlockedOrAcquire
LONG InterlockedOrAcquire(LONG volatile *Destination, LONG Value);
LONG InterlockedOrRelease(LONG volatile *Destination, LONG Value);
LONG InterlockedAndAcquire(LONG volatile *Destination, LONG Value);
LONG InterlockedAndRelease(LONG volatile *Destination, LONG Value);
LONG InterlockedXorAcquire(LONG volatile *Destination, LONG Value);
LONG InterlockedXorRelease(LONG volatile *Destination, LONG Value);
LONG InterlockedExchangeAcquire(LONG volatile *Target, LONG Value);
BOOLEAN InterlockedBitTestAndSetAcquire(LONG volatile *Base, LONG Offset);
BOOLEAN InterlockedBitTestAndSetRelease(LONG volatile *Base, LONG Offset);
BOOLEAN InterlockedBitTestAndResetAcquire(LONG volatile *Base, LONG Offset);
BOOLEAN InterlockedBitTestAndResetRelease(LONG volatile *Base, LONG Offset);
#endif

/* Read<Type><Order>(Source) and Write<Type><Order>(Destination, Value)
   for Order Acquire (reads), Release (writes), NoFence and Raw. */
#define WSKCHECK_WDK_READ_WRITE(Name, Type)                                    \
  Type Read##Name##Acquire(Type const volatile *Source);                       \
  Type Read##Name##NoFence(Type const volatile *Source);                       \
  Type Read##Name##Raw(Type const volatile *Source);                           \
  VOID Write##Name##Release(Type volatile *Destination, Type Value);           \
  VOID Write##Name##NoFence(Type volatile *Destination, Type Value);           \
  VOID Write##Name##Raw(Type volatile *Destination, Type Value);
WSKCHECK_WDK_READ_WRITE(, LONG)
WSKCHECK_WDK_READ_WRITE(8, CHAR)
WSKCHECK_WDK_READ_WRITE(16, SHORT)
WSKCHECK_WDK_READ_WRITE(64, LONG64)
WSKCHECK_WDK_READ_WRITE(Boolean, BOOLEAN)
WSKCHECK_WDK_READ_WRITE(UChar, UCHAR)
WSKCHECK_WDK_READ_WRITE(UShort, USHORT)
WSKCHECK_WDK_READ_WRITE(ULong, ULONG)
WSKCHECK_WDK_READ_WRITE(ULong64, ULONG64)
WSKCHECK_WDK_READ_WRITE(LongPtr, LONG_PTR)
WSKCHECK_WDK_READ_WRITE(ULongPtr, ULONG_PTR)
WSKCHECK_WDK_READ_WRITE(SizeT, SIZE_T)
WSKCHECK_WDK_READ_WRITE(Pointer, PVOID)
#undef WSKCHECK_WDK_READ_WRITE

#endif /* WSKCHECK_WDK_INTERLOCKED */

/* --- Kernel Transaction Manager: resource manager notifications ------ */
/* A resource manager's notification callback and the routines that take */
/* or complete its notifications (wdm.h; mingw-w64 has the Zw routines). */
#ifndef WSKCHECK_WDK_KTM_NOTIFICATION
#define WSKCHECK_WDK_KTM_NOTIFICATION
typedef NTSTATUS NTAPI TM_RM_NOTIFICATION(
    PKENLISTMENT EnlistmentObject, PVOID RMContext, PVOID TransactionContext,
    ULONG TransactionNotification, PLARGE_INTEGER TmVirtualClock,
    ULONG ArgumentLength, PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;
NTKERNELAPI NTSTATUS NTAPI TmEnableCallbacks(PKRESOURCEMANAGER ResourceManager,
                                             PTM_RM_NOTIFICATION CallbackRoutine,
                                             PVOID RMKey);
NTKERNELAPI NTSTATUS NTAPI TmPrePrepareComplete(PKENLISTMENT Enlistment,
                                                PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmPrepareComplete(PKENLISTMENT Enlistment,
                                             PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmCommitComplete(PKENLISTMENT Enlistment,
                                            PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI TmRollbackComplete(PKENLISTMENT Enlistment,
                                              PLARGE_INTEGER TmVirtualClock);
#endif
/* --- end Kernel Transaction Manager --- */

/* --- Debug print components after DPFLTR_DRIVEEXTENDER_ID ------------ */
/* DbgPrintEx component IDs that mingw-w64's DPFLTR_TYPE (dpfilter.h, up */
/* to 15) ends before; power framework and GPIO drivers print with them. */
#if defined(__MINGW64_VERSION_MAJOR) && __MINGW64_VERSION_MAJOR <= 15 &&       \
    !defined(WSKCHECK_WDK_DPFLTR_POWER)
#define WSKCHECK_WDK_DPFLTR_POWER
enum {
  DPFLTR_POWER_ID = 146,
  DPFLTR_CRASHDUMPXHCI_ID = 147,
  DPFLTR_GPIO_ID = 148
};
#endif
/* --- end debug print components --- */

/* --- PoFx: unknown power and time of an F-state --------------------- */
#ifndef PO_FX_UNKNOWN_POWER
#define PO_FX_UNKNOWN_POWER 0xFFFFFFFF
#define PO_FX_UNKNOWN_TIME 0xFFFFFFFFFFFFFFFF
#endif
/* --- end PoFx unknown values --- */

/* --- Power limits (ntpoapi.h types, wdm.h routines; Windows 11) ------ */
#ifndef WSKCHECK_WDK_POWER_LIMIT
#define WSKCHECK_WDK_POWER_LIMIT
typedef enum _POWER_LIMIT_TYPES {
  PowerLimitContinuous = 0,
  PowerLimitType1 = 0,
  PowerLimitBurst = 1,
  PowerLimitType2 = 1,
  PowerLimitRapid = 2,
  PowerLimitType3 = 2,
  PowerLimitPreemptive = 3,
  PowerLimitType4 = 3,
  PowerLimitPreemptiveOffset = 4,
  PowerLimitTypeMax = 5
} POWER_LIMIT_TYPES, *PPOWER_LIMIT_TYPES;

typedef struct _POWER_LIMIT_ATTRIBUTES {
  POWER_LIMIT_TYPES Type;
  ULONG DomainId;
  ULONG MaxValue;
  ULONG MinValue;
  ULONG MinTimeParameter;
  ULONG MaxTimeParameter;
  ULONG DefaultACValue;
  ULONG DefaultDCValue;
  union {
    struct {
      ULONG SupportTimeParameter : 1;
      ULONG Reserved : 31;
    };
    ULONG AsUlong;
  } Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;

typedef struct _POWER_LIMIT_VALUE {
  POWER_LIMIT_TYPES Type;
  ULONG DomainId;
  ULONG TargetValue;
  ULONG TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;

/* ULONG_MAX: the limit is not controlled. */
#define POWER_LIMIT_VALUE_NO_CONTROL 0xFFFFFFFFUL

NTKERNELAPI NTSTATUS PoCreatePowerLimitRequest(
    PVOID *PowerLimitRequest, PDEVICE_OBJECT TargetDeviceObject,
    PDEVICE_OBJECT PolicyDeviceObject, PCOUNTED_REASON_CONTEXT Context);
NTKERNELAPI VOID PoDeletePowerLimitRequest(PVOID PowerLimitRequest);
NTKERNELAPI NTSTATUS PoQueryPowerLimitAttributes(
    PVOID PowerLimitRequest, ULONG BufferCount, PPOWER_LIMIT_ATTRIBUTES Buffer,
    PULONG AttributeCount);
NTKERNELAPI NTSTATUS PoQueryPowerLimitValue(PVOID PowerLimitRequest,
                                            ULONG ValueCount,
                                            PPOWER_LIMIT_VALUE Values);
NTKERNELAPI NTSTATUS PoSetPowerLimitValue(PVOID PowerLimitRequest,
                                          PCOUNTED_REASON_CONTEXT Reason,
                                          ULONG ValueCount,
                                          PPOWER_LIMIT_VALUE Values);
#endif
/* --- end power limits --- */

/* ------------------------------------------------------------------ */
/* For audio and streaming drivers (PortCls, ACX, AVStream).           */
#ifndef WSKCHECK_WDK_GAPS_MEDIA
#define WSKCHECK_WDK_GAPS_MEDIA

/* RtlQueryRegistryValues's check of a direct value's registry type: the
   type goes in the top byte of the entry's DefaultType. */
#ifndef RTL_QUERY_REGISTRY_TYPECHECK
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#endif
#ifndef RTL_QUERY_REGISTRY_TYPECHECK_SHIFT
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#endif
#ifndef RTL_QUERY_REGISTRY_TYPECHECK_MASK
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK                                      \
  (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)
#endif

#ifndef STATUS_INVALID_STATE_TRANSITION
#define STATUS_INVALID_STATE_TRANSITION ((NTSTATUS)0xC000A003L)
#endif
#ifndef STATUS_DEVICE_FEATURE_NOT_SUPPORTED
#define STATUS_DEVICE_FEATURE_NOT_SUPPORTED ((NTSTATUS)0xC0000463L)
#endif

/* Floating-point state around kernel floating-point code. On x64 the
   WDK's are inline and do nothing; mingw-w64 declares them for x86 only. */
#if defined(_AMD64_) || defined(__x86_64__)
NTSTATUS KeSaveFloatingPointState(PKFLOATING_SAVE FloatSave);
NTSTATUS KeRestoreFloatingPointState(PKFLOATING_SAVE FloatSave);
#endif

/* Device interface properties (Windows Vista): an audio driver publishes
   its endpoints' properties on the interface's symbolic link. */
NTSTATUS NTAPI IoSetDeviceInterfacePropertyData(
    PUNICODE_STRING SymbolicLinkName, const DEVPROPKEY *PropertyKey,
    LCID Lcid, ULONG Flags, DEVPROPTYPE Type, ULONG Size, PVOID Data);
NTSTATUS NTAPI IoGetDeviceInterfacePropertyData(
    PUNICODE_STRING SymbolicLinkName, const DEVPROPKEY *PropertyKey,
    LCID Lcid, ULONG Flags, ULONG Size, PVOID Data, PULONG RequiredSize,
    PDEVPROPTYPE Type);

/* The system time at the precision of the performance counter (Windows 8);
   camera drivers stamp their frames with it. */
VOID NTAPI KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);

#endif /* WSKCHECK_WDK_GAPS_MEDIA */

/* --- Assertions, bit scans, barriers, 64-bit registers -------------- */
/* NT_ASSERT_ASSUME and the NT_FRE_ assertions (which stay in free builds)
   are not in the documentation; declared from their use in drivers as
   NT_ASSERT, which is what the analysis needs of them. */
#ifndef NT_ASSERT_ASSUME
#define NT_ASSERT_ASSUME(exp) NT_ASSERT(exp)
#endif
#ifndef NT_FRE_ASSERT
#define NT_FRE_ASSERT(exp) NT_ASSERT(exp)
#endif
#ifndef NT_FRE_ASSERTMSG
#define NT_FRE_ASSERTMSG(msg, exp) NT_ASSERT(exp)
#endif
#ifndef NT_FRE_ASSERTMSGW
#define NT_FRE_ASSERTMSGW(msg, exp) NT_ASSERT(exp)
#endif
/* The x64 names of the bit scan intrinsics, and the affinity mask of one
   processor number. */
#if (defined(_AMD64_) || defined(__x86_64__)) && !defined(BitScanReverse64)
#define BitScanForward64 _BitScanForward64
#define BitScanReverse64 _BitScanReverse64
#endif
#ifndef AFFINITY_MASK
#define AFFINITY_MASK(n) ((KAFFINITY)1 << (n))
#endif
/* The x64 memory barrier (mingw-w64 has only the x86 form), 64-bit
   register access, and the time stamp counter (not in the documentation;
   declared from its use as a routine returning the counter). */
#if defined(_AMD64_) || defined(__x86_64__)
#ifndef KeMemoryBarrier
VOID KeMemoryBarrier(VOID);
#endif
#ifndef ReadTimeStampCounter
ULONG64 ReadTimeStampCounter(VOID);
#endif
ULONG64 READ_REGISTER_ULONG64(volatile ULONG64 *Register);
VOID WRITE_REGISTER_ULONG64(volatile ULONG64 *Register, ULONG64 Value);
VOID READ_REGISTER_BUFFER_ULONG64(volatile ULONG64 *Register, PULONG64 Buffer,
                                  ULONG Count);
VOID WRITE_REGISTER_BUFFER_ULONG64(volatile ULONG64 *Register,
                                   PULONG64 Buffer, ULONG Count);
#endif
/* The activity identifier of an IRP, for tracing a request across
   drivers (Windows 7). */
NTSTATUS IoSetActivityIdIrp(PIRP Irp, LPCGUID Guid);
NTSTATUS IoGetActivityIdIrp(PIRP Irp, LPGUID Guid);
/* --- end assertions --- */

/* --- Boot driver callbacks (ntddk.h; early launch anti-malware) ------ */
#ifndef WSKCHECK_WDK_BDCB
#define WSKCHECK_WDK_BDCB
typedef enum _BDCB_CALLBACK_TYPE {
  BdCbStatusUpdate,
  BdCbInitializeImage
} BDCB_CALLBACK_TYPE, *PBDCB_CALLBACK_TYPE;

typedef enum _BDCB_CLASSIFICATION {
  BdCbClassificationUnknownImage,
  BdCbClassificationKnownGoodImage,
  BdCbClassificationKnownBadImage,
  BdCbClassificationKnownBadImageBootCritical,
  BdCbClassificationEnd
} BDCB_CLASSIFICATION, *PBDCB_CLASSIFICATION;

typedef enum _BDCB_STATUS_UPDATE_TYPE {
  BdCbStatusPrepareForDependencyLoad,
  BdCbStatusPrepareForDriverLoad,
  BdCbStatusPrepareForUnload
} BDCB_STATUS_UPDATE_TYPE, *PBDCB_STATUS_UPDATE_TYPE;

typedef struct _BDCB_STATUS_UPDATE_CONTEXT {
  BDCB_STATUS_UPDATE_TYPE StatusType;
} BDCB_STATUS_UPDATE_CONTEXT, *PBDCB_STATUS_UPDATE_CONTEXT;

#define BDCB_IMAGEFLAGS_FAILED_CODE_INTEGRITY 0x00000002

typedef struct _BDCB_IMAGE_INFORMATION {
  BDCB_CLASSIFICATION Classification;
  ULONG ImageFlags;
  UNICODE_STRING ImageName;
  UNICODE_STRING RegistryPath;
  UNICODE_STRING CertificatePublisher;
  UNICODE_STRING CertificateIssuer;
  PVOID ImageHash;
  PVOID CertificateThumbprint;
  ULONG ImageHashAlgorithm;
  ULONG ThumbprintHashAlgorithm;
  ULONG ImageHashLength;
  ULONG CertificateThumbprintLength;
} BDCB_IMAGE_INFORMATION, *PBDCB_IMAGE_INFORMATION;

typedef VOID BOOT_DRIVER_CALLBACK_FUNCTION(PVOID CallbackContext,
                                           BDCB_CALLBACK_TYPE Classification,
                                           PBDCB_IMAGE_INFORMATION ImageInformation);
typedef BOOT_DRIVER_CALLBACK_FUNCTION *PBOOT_DRIVER_CALLBACK_FUNCTION;

PVOID IoRegisterBootDriverCallback(
    PBOOT_DRIVER_CALLBACK_FUNCTION CallbackFunction, PVOID CallbackContext);
VOID IoUnregisterBootDriverCallback(PVOID CallbackHandle);
#endif
/* --- end boot driver callbacks --- */

/* Names device-class drivers use (USB, Bluetooth, GPIO, storage). */
#include <wskcheck_wdk_gaps_devices.h>


#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_GAPS_H */
