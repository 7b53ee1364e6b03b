/* wskcheck WDK profile: wdfinterrupt.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Interrupts: processor affinity and priority policy --- */
#ifndef WSKCHECK_WDF_INTERRUPT_POLICY
#define WSKCHECK_WDF_INTERRUPT_POLICY
#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_INTERRUPT_POLICY {
  WdfIrqPolicyMachineDefault = 0,
  WdfIrqPolicyAllCloseProcessors,
  WdfIrqPolicyOneCloseProcessor,
  WdfIrqPolicyAllProcessorsInMachine,
  WdfIrqPolicySpecifiedProcessors,
  WdfIrqPolicySpreadMessagesAcrossAllProcessors
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;

typedef enum _WDF_INTERRUPT_PRIORITY {
  WdfIrqPriorityUndefined = 0,
  WdfIrqPriorityLow,
  WdfIrqPriorityNormal,
  WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
  ULONG Size;
  WDF_INTERRUPT_POLICY Policy;
  WDF_INTERRUPT_PRIORITY Priority;
  GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;

FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(
    PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy) {
  RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
  ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
  ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
  ExtendedPolicy->Priority = WdfIrqPriorityNormal;
}

VOID WdfInterruptSetPolicy(WDFINTERRUPT Interrupt, WDF_INTERRUPT_POLICY Policy,
                           WDF_INTERRUPT_PRIORITY Priority,
                           KAFFINITY TargetProcessorSet);
VOID WdfInterruptSetExtendedPolicy(WDFINTERRUPT Interrupt,
                                   PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_INTERRUPT_POLICY */
/* --- end Interrupts --- */
