/* Fault injection in the host environment: the plan (--faults or
 * WSKSHIM_FAULTS; syntax in core/wskshim_plan.h), the calls it can fail,
 * and the call log a confirmation run reads.
 */
#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host_env.h"
#include "wskshim_plan.h"

/* Every function the environment consults; a plan naming anything else is
   rejected, so a typo cannot make a run silently fault-free. */
static const char *const Injectable[] = {
    "WskRegister",
    "WskCaptureProviderNPI",
    "WskSocket",
    "WskSocketConnect",
    "WskControlClient",
    "WskGetAddressInfo",
    "WskGetNameInfo",
    "WskControlSocket",
    "WskBind",
    "WskAccept",
    "WskListen",
    "WskConnect",
    "WskSend",
    "WskReceive",
    "WskDisconnect",
    "WskSendTo",
    "WskReceiveFrom",
    "IoCreateDevice",
    "IoCreateSymbolicLink",
    "IoAllocateIrp",
    "IoAllocateMdl",
    "IoAllocateWorkItem",
    "ExAllocatePoolWithTag",
    "ExAllocatePool2",
    "ExAllocatePool",
    "ExAllocatePoolZero",
    "PsCreateSystemThread",
    "ObReferenceObjectByHandle",
    "WdfDriverCreate",
};
#define NUM_INJECTABLE (sizeof(Injectable) / sizeof(Injectable[0]))

static WskShimPlan Plan;

const char *WskHostStatusName(NTSTATUS Status) {
  return WskShimStatusName(Status);
}

void WskHostListFaultable(FILE *Out) {
  size_t I;
  for (I = 0; I < NUM_INJECTABLE; ++I)
    fprintf(Out, "%s\t%s\n", Injectable[I],
            WskShimPlanIsAllocation(Injectable[I]) ? "null" : "status");
}

int WskHostSetFaultPlan(const char *Text, char *Error, size_t ErrorSize) {
  return WskShimPlanParse(&Plan, Injectable, NUM_INJECTABLE, Text, Error,
                          (ULONG)ErrorSize);
}

/* The call log (--call-log): one line per call of a function the plan can
   fail, so a tool can choose plans from what a run actually reached:
     <Function> TAB <N> TAB <0|1 failed> TAB <return addresses> TAB <phase>
   The return addresses (hex, comma-separated, relative to the program's load
   address) are the caller's stack, innermost first; symbolize address-1. */
static int CallLog = -1;

int WskHostSetCallLog(const char *Path) {
  CallLog = open(Path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);
  return CallLog >= 0;
}

static void LogCall(const char *Function, ULONG N, BOOLEAN Failed,
                    void *const *Frames, int NumFrames) {
  char Line[1024];
  size_t Len;
  int I;
  ULONG_PTR Bias = WskHostLoadBias();
  Len = (size_t)snprintf(Line, sizeof(Line), "%s\t%u\t%d\t", Function,
                         (unsigned)N, Failed ? 1 : 0);
  /* Frame 0 is this function's caller's caller: skip WskHostFault. */
  for (I = 1; I < NumFrames && Len + 24 < sizeof(Line); ++I)
    Len += (size_t)snprintf(Line + Len, sizeof(Line) - Len, "%s%lx",
                            I > 1 ? "," : "",
                            (unsigned long)((ULONG_PTR)Frames[I] - Bias));
  if (Len < sizeof(Line))
    Len += (size_t)snprintf(Line + Len, sizeof(Line) - Len, "\t%s\n",
                            WskHostPhase());
  if (Len >= sizeof(Line)) {
    Len = sizeof(Line) - 1;
    Line[Len - 1] = '\n';
  }
  /* One write per line with O_APPEND: lines from several threads do not
     interleave, and nothing is lost when the run ends with _exit. */
  if (write(CallLog, Line, Len) < 0)
    return;
}

NTSTATUS WskHostFault(const char *Function) {
  NTSTATUS Result;
  ULONG N;
  void *Frames[16];
  int NumFrames = 0;
  if (CallLog >= 0)
    NumFrames = backtrace(Frames, 16);
  WskHostLock();
  if (!Plan.Functions) /* no plan given: still count, for the call log */
    WskShimPlanParse(&Plan, Injectable, NUM_INJECTABLE, "", NULL, 0);
  Result = WskShimPlanCall(&Plan, Function, &N);
  if (CallLog >= 0 && N)
    LogCall(Function, N, !NT_SUCCESS(Result), Frames, NumFrames);
  WskHostUnlock();
  if (!NT_SUCCESS(Result))
    WskHostTrace("fault: call %u of %s fails with %s (0x%08X)", N, Function,
                 WskHostStatusName(Result), (unsigned)Result);
  return Result;
}

void WskHostReportUnusedFaults(void) {
  ULONG K;
  for (K = 0; K < Plan.NumEntries; ++K)
    if (!Plan.Entries[K].Hit)
      fprintf(stderr,
              "wskshim: note: the fault plan's %s call %u was never "
              "reached\n",
              Injectable[Plan.Entries[K].Function],
              (unsigned)Plan.Entries[K].First);
}
