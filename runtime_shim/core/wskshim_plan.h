/* Fault plans: which calls fail, and with what status.
 *
 * Plain C99 with no C runtime, like the core, so the host environment (the
 * plan comes from --faults or WSKSHIM_FAULTS) and the kernel environment
 * (the plan comes from the registry) share one parser and one matcher.
 *
 * Syntax, entries separated by commas:
 *
 *   Function[:Calls][=Status]
 *
 *   Calls   which calls of Function fail, counted from 1 over the run:
 *           N (the Nth; the default is 1), N-M (N through M), N+ (N and
 *           every later one) or * (all).
 *   Status  a STATUS_ name or a number (0xC000009A); it must be a failure
 *           status. Defaults: STATUS_NOINTERFACE for WskCaptureProviderNPI,
 *           STATUS_INSUFFICIENT_RESOURCES otherwise. Allocation functions
 *           fail by returning NULL and take no status.
 *
 * Example: WskCaptureProviderNPI:1=STATUS_NOINTERFACE,IoCreateDevice:2
 */
#ifndef WSKSHIM_PLAN_H
#define WSKSHIM_PLAN_H

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WSKSHIM_PLAN_MAX_ENTRIES 64
#define WSKSHIM_PLAN_MAX_FUNCTIONS 64

typedef struct WskShimPlanEntry {
  ULONG Function;    /* index into the plan's function list */
  ULONG First, Last; /* 1-based call range; Last 0 = no end */
  NTSTATUS Status;
  BOOLEAN Hit; /* the plan failed a call for this entry */
} WskShimPlanEntry;

typedef struct WskShimPlan {
  const char *const *Functions; /* the functions this environment can fail */
  ULONG NumFunctions;
  WskShimPlanEntry Entries[WSKSHIM_PLAN_MAX_ENTRIES];
  ULONG NumEntries;
  ULONG Calls[WSKSHIM_PLAN_MAX_FUNCTIONS]; /* calls seen, per function */
} WskShimPlan;

/* Parses Text into Plan for an environment that can fail Functions (at most
   WSKSHIM_PLAN_MAX_FUNCTIONS). On a malformed plan returns FALSE and puts a
   one-line reason ("fault plan: ...") in Error; a name not in Functions is
   an error, so a typo cannot make a run silently fault-free. */
BOOLEAN WskShimPlanParse(WskShimPlan *Plan, const char *const *Functions,
                         ULONG NumFunctions, const char *Text, char *Error,
                         ULONG ErrorSize);

/* Counts a call of Function. Returns the failure status the plan gives this
   call, or STATUS_SUCCESS (also for a function the plan does not know). The
   call's number goes to *Ordinal when Ordinal is not NULL (0 for an unknown
   function). Not synchronized: the environment holds its lock. */
NTSTATUS WskShimPlanCall(WskShimPlan *Plan, const char *Function,
                         ULONG *Ordinal);

/* Whether Function fails by returning NULL (ExAllocatePool*, IoAllocate*). */
BOOLEAN WskShimPlanIsAllocation(const char *Function);

/* The STATUS_ name of Status, or "NTSTATUS" when it has none here. */
const char *WskShimStatusName(NTSTATUS Status);

#ifdef __cplusplus
}
#endif

#endif /* WSKSHIM_PLAN_H */
