/* Internal interface of the host environment: the pieces the kernel
 * emulation, the provider simulator and the harness share. Not for drivers.
 */
#ifndef WSKSHIM_HOST_ENV_H
#define WSKSHIM_HOST_ENV_H

#include <stdarg.h>
#include <stdio.h>

#include <wdf.h>
#include <wsk.h>

#include "WskRules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Run options; the harness fills them in before DriverEntry. */
typedef struct WskHostOptions {
  ULONG DeregisterWaitMs;  /* WskDeregister's wait before it counts as hung */
  ULONG WatchdogMs;        /* whole-run limit */
  ULONG IrpWaitMs;         /* wait for a pending IRP or work item */
  BOOLEAN KeepGoing;       /* continue after a violation that ends the path */
  BOOLEAN Verbose;         /* trace calls on stderr */
  BOOLEAN AsyncIrps;       /* WSK IRPs complete on a worker thread */
  BOOLEAN Quiet;           /* drop the driver's DbgPrint output */
  LONG ProviderAttachMs;   /* provider attaches after this; < 0: never */
  ULONG AcceptConnections; /* WskAccept requests a peer connects to */
} WskHostOptions;

extern WskHostOptions WskHostOpts;

/* Sets up the core's environment, signal handlers and the watchdog. */
void WskHostStart(void);
/* The phase the harness is in, named in crash and hang reports. */
void WskHostSetPhase(const char *Phase);
const char *WskHostPhase(void);

/* Output. Rule reports and run events go to stdout, one line each:
 *   wskshim: <file>:<line>: <rule or event>: <message>
 * Events (not rules): hang, crash, bugcheck, error. */
void WskHostReportRule(WskRuleId Rule, const char *File, int Line,
                       const char *Message);
void WskHostReportEvent(const char *Kind, const char *File, int Line,
                        const char *Format, ...)
    __attribute__((format(printf, 4, 5)));
void WskHostTrace(const char *Format, ...)
    __attribute__((format(printf, 1, 2)));
/* 0 clean, 1 rule violations, 3 hang/crash/bug check without violations. */
int WskHostExitStatus(void);
/* Ends the run now with WskHostExitStatus(). */
__attribute__((noreturn)) void WskHostEndRun(void);
#define WSKHOST_EXIT_CLEAN 0
#define WSKHOST_EXIT_VIOLATIONS 1
#define WSKHOST_EXIT_USAGE 2
#define WSKHOST_EXIT_RUN_FAILED 3

/* Fault injection. */
int WskHostSetFaultPlan(const char *Plan, char *Error, size_t ErrorSize);
/* Counts a call of Function; a failure status if the plan fails it. */
NTSTATUS WskHostFault(const char *Function);
/* Prints every function a plan may name and how it fails ("status" or
   "null"), one per line. */
void WskHostListFaultable(FILE *Out);
/* Logs every call WskHostFault sees to Path (see host_faults.c); 0 if the
   file cannot be created. */
int WskHostSetCallLog(const char *Path);
/* The program's load address, for addresses a symbolizer can read. */
ULONG_PTR WskHostLoadBias(void);
/* Calls the plan named that were never reached, for the summary. */
void WskHostReportUnusedFaults(void);
/* NTSTATUS names, for messages. */
const char *WskHostStatusName(NTSTATUS Status);

/* The one lock and condition variable behind every dispatcher object,
   IRP wait and provider state change. */
void WskHostLock(void);
void WskHostUnlock(void);
/* Waits for a broadcast until DeadlineMs (0: no deadline); FALSE on
   timeout. Call with the lock held. */
BOOLEAN WskHostWait(ULONGLONG DeadlineMs);
void WskHostBroadcast(void);
ULONGLONG WskHostNowMs(void);

/* Pool blocks: size of a live block, 0 if P is not one. */
SIZE_T WskHostPoolSize(PVOID P);

/* Work items and provider completions still running. */
BOOLEAN WskHostWaitIdle(ULONG TimeoutMs);
LONG WskHostBusyCount(void);
void WskHostBusy(LONG Delta);

/* Provider simulator (host_wsk_provider.c). */
void WskHostProviderStart(void);

/* KMDF (host_wdf.c): the framework's part of the driver's lifecycle. */
BOOLEAN WskHostWdfDriverCreated(void);
/* DriverEntry failed after WdfDriverCreate: the framework deletes the
   driver object, which runs its EvtCleanupCallback/EvtDestroyCallback. */
void WskHostWdfDriverEntryFailed(void);

/* Formats like DbgPrint (knows %wZ, %Z, %ws, %S, %I64). */
int WskHostFormat(char *Out, size_t Size, const char *Format, va_list Args);

#ifdef __cplusplus
}
#endif

#endif /* WSKSHIM_HOST_ENV_H */
