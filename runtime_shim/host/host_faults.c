/* Fault injection: which calls fail, and with what status.
 *
 * Plan syntax (WSKSHIM_FAULTS or --faults), entries separated by commas:
 *
 *   Function[:Calls][=Status]
 *
 *   Calls   which calls of Function fail, counted from 1 over the run:
 *           N (the Nth, the default is 1), N-M (N through M), N+ (N and
 *           every later one) or * (all).
 *   Status  a STATUS_ name or a number (0xC000009A); it must be a failure
 *           status. Defaults: STATUS_NOINTERFACE for WskCaptureProviderNPI,
 *           STATUS_INSUFFICIENT_RESOURCES otherwise. Allocation functions
 *           fail by returning NULL and take no status.
 *
 * Example: WskCaptureProviderNPI:1=STATUS_NOINTERFACE,IoCreateDevice:2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_env.h"

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

static const struct {
  const char *Name;
  NTSTATUS Value;
} StatusNames[] = {
#define S(n) {#n, n},
    S(STATUS_SUCCESS) S(STATUS_TIMEOUT) S(STATUS_PENDING) S(
        STATUS_BUFFER_OVERFLOW) S(STATUS_UNSUCCESSFUL) S(STATUS_NOT_IMPLEMENTED)
        S(STATUS_INVALID_HANDLE) S(STATUS_INVALID_PARAMETER) S(
            STATUS_NO_SUCH_DEVICE) S(STATUS_INVALID_DEVICE_REQUEST)
            S(STATUS_MORE_PROCESSING_REQUIRED) S(STATUS_NO_MEMORY) S(
                STATUS_ACCESS_DENIED) S(STATUS_BUFFER_TOO_SMALL)
                S(STATUS_OBJECT_NAME_INVALID) S(STATUS_OBJECT_NAME_NOT_FOUND) S(
                    STATUS_OBJECT_NAME_COLLISION) S(STATUS_DELETE_PENDING)
                    S(STATUS_INSUFFICIENT_RESOURCES) S(
                        STATUS_DEVICE_NOT_READY) S(STATUS_IO_TIMEOUT)
                        S(STATUS_NOT_SUPPORTED) S(STATUS_INTERNAL_ERROR) S(
                            STATUS_CANCELLED) S(STATUS_INVALID_ADDRESS)
                            S(STATUS_INVALID_DEVICE_STATE) S(
                                STATUS_INVALID_BUFFER_SIZE)
                                S(STATUS_CONNECTION_DISCONNECTED) S(
                                    STATUS_CONNECTION_RESET) S(STATUS_NOT_FOUND)
                                    S(STATUS_CONNECTION_REFUSED)
                                        S(STATUS_GRACEFUL_DISCONNECT)
                                            S(STATUS_NETWORK_UNREACHABLE)
                                                S(STATUS_HOST_UNREACHABLE)
                                                    S(STATUS_REQUEST_ABORTED)
                                                        S(STATUS_NOINTERFACE)
#undef S
};
#define NUM_STATUS_NAMES (sizeof(StatusNames) / sizeof(StatusNames[0]))

const char *WskHostStatusName(NTSTATUS Status) {
  size_t I;
  for (I = 0; I < NUM_STATUS_NAMES; ++I)
    if (StatusNames[I].Value == Status)
      return StatusNames[I].Name;
  return "NTSTATUS";
}

#define MAX_FAULTS 64
typedef struct Fault {
  const char *Function; /* points into Injectable */
  ULONG First, Last;    /* 1-based call range; Last 0 = no end */
  NTSTATUS Status;
  BOOLEAN Hit;
} Fault;

static Fault Faults[MAX_FAULTS];
static ULONG NumFaults;
static ULONG Calls[NUM_INJECTABLE];

static const char *FindInjectable(const char *Name, size_t Len) {
  size_t I;
  for (I = 0; I < NUM_INJECTABLE; ++I)
    if (strlen(Injectable[I]) == Len && !strncmp(Injectable[I], Name, Len))
      return Injectable[I];
  return NULL;
}

static int ParseStatus(const char *S, size_t Len, NTSTATUS *Out) {
  size_t I;
  char Buf[64];
  char *End;
  unsigned long V;
  if (Len == 0 || Len >= sizeof(Buf))
    return 0;
  memcpy(Buf, S, Len);
  Buf[Len] = '\0';
  for (I = 0; I < NUM_STATUS_NAMES; ++I)
    if (!strcmp(StatusNames[I].Name, Buf)) {
      *Out = StatusNames[I].Value;
      return 1;
    }
  V = strtoul(Buf, &End, 0);
  if (*End || V > 0xFFFFFFFFul)
    return 0;
  *Out = (NTSTATUS)(ULONG)V;
  return 1;
}

static int ParseCalls(const char *S, size_t Len, Fault *F) {
  char Buf[48];
  char *End;
  if (Len == 0 || Len >= sizeof(Buf))
    return 0;
  memcpy(Buf, S, Len);
  Buf[Len] = '\0';
  if (!strcmp(Buf, "*")) {
    F->First = 1;
    F->Last = 0;
    return 1;
  }
  F->First = (ULONG)strtoul(Buf, &End, 10);
  if (End == Buf || F->First == 0)
    return 0;
  if (*End == '\0') {
    F->Last = F->First;
    return 1;
  }
  if (!strcmp(End, "+")) {
    F->Last = 0;
    return 1;
  }
  if (*End == '-') {
    char *End2;
    F->Last = (ULONG)strtoul(End + 1, &End2, 10);
    return End2 != End + 1 && *End2 == '\0' && F->Last >= F->First;
  }
  return 0;
}

static BOOLEAN IsAllocation(const char *Function) {
  return !strncmp(Function, "ExAllocatePool", 14) ||
         !strcmp(Function, "IoAllocateIrp") ||
         !strcmp(Function, "IoAllocateMdl") ||
         !strcmp(Function, "IoAllocateWorkItem");
}

int WskHostSetFaultPlan(const char *Plan, char *Error, size_t ErrorSize) {
  const char *P = Plan;
  NumFaults = 0;
  while (P && *P) {
    const char *End = strchr(P, ',');
    size_t Len = End ? (size_t)(End - P) : strlen(P);
    const char *Colon = memchr(P, ':', Len);
    const char *Eq = memchr(P, '=', Len);
    size_t NameLen = Colon ? (size_t)(Colon - P) : Eq ? (size_t)(Eq - P) : Len;
    Fault *F;
    while (NameLen > 0 && P[NameLen - 1] == ' ')
      --NameLen;
    if (Len == 0) {
      P = End ? End + 1 : NULL;
      continue;
    }
    if (NumFaults == MAX_FAULTS) {
      snprintf(Error, ErrorSize, "too many fault entries (at most %d)",
               MAX_FAULTS);
      return 0;
    }
    F = &Faults[NumFaults];
    memset(F, 0, sizeof(*F));
    F->Function = FindInjectable(P, NameLen);
    if (!F->Function) {
      snprintf(Error, ErrorSize,
               "fault plan: '%.*s' is not a function the "
               "environment can fail",
               (int)NameLen, P);
      return 0;
    }
    F->First = F->Last = 1;
    if (Colon && (!Eq || Colon < Eq)) {
      const char *CallsEnd = Eq ? Eq : P + Len;
      if (!ParseCalls(Colon + 1, (size_t)(CallsEnd - Colon - 1), F)) {
        snprintf(Error, ErrorSize,
                 "fault plan: bad call count in '%.*s' "
                 "(N, N-M, N+ or *)",
                 (int)Len, P);
        return 0;
      }
    }
    F->Status = !strcmp(F->Function, "WskCaptureProviderNPI")
                    ? STATUS_NOINTERFACE
                    : STATUS_INSUFFICIENT_RESOURCES;
    if (Eq) {
      if (IsAllocation(F->Function)) {
        snprintf(Error, ErrorSize,
                 "fault plan: %s fails by returning NULL "
                 "and takes no status",
                 F->Function);
        return 0;
      }
      if (!ParseStatus(Eq + 1, (size_t)(P + Len - Eq - 1), &F->Status) ||
          NT_SUCCESS(F->Status)) {
        snprintf(Error, ErrorSize,
                 "fault plan: '%.*s' is not a failure "
                 "status",
                 (int)(P + Len - Eq - 1), Eq + 1);
        return 0;
      }
    }
    ++NumFaults;
    P = End ? End + 1 : NULL;
  }
  return 1;
}

NTSTATUS WskHostFault(const char *Function) {
  size_t I;
  ULONG N, K;
  NTSTATUS Result = STATUS_SUCCESS;
  WskHostLock();
  for (I = 0; I < NUM_INJECTABLE; ++I)
    if (!strcmp(Injectable[I], Function))
      break;
  if (I == NUM_INJECTABLE) {
    WskHostUnlock();
    return STATUS_SUCCESS;
  }
  N = ++Calls[I];
  for (K = 0; K < NumFaults; ++K) {
    Fault *F = &Faults[K];
    if (F->Function != Injectable[I] || N < F->First ||
        (F->Last && N > F->Last))
      continue;
    F->Hit = TRUE;
    Result = F->Status;
    break;
  }
  WskHostUnlock();
  if (!NT_SUCCESS(Result))
    WskHostTrace("fault: call %u of %s fails with %s (0x%08X)", N, Function,
                 WskHostStatusName(Result), (unsigned)Result);
  return Result;
}

void WskHostReportUnusedFaults(void) {
  ULONG K;
  for (K = 0; K < NumFaults; ++K)
    if (!Faults[K].Hit)
      fprintf(stderr,
              "wskshim: note: the fault plan's %s call %u was never "
              "reached\n",
              Faults[K].Function, Faults[K].First);
}
