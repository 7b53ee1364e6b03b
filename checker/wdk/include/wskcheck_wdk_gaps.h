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
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_GAPS_H */
