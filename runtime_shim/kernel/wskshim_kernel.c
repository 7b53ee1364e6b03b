/* The wskshim kernel environment; see wskshim_kernel.h.
 *
 * Built into the wskshim_km library without the forced-include header, so
 * the names it wraps (IoCreateDevice, ExFreePoolWithTag, ...) are the real
 * kernel functions here. Plain C99, kernel APIs only.
 */
#include "wskshim_redirect.h"

#include "wskshim_kernel.h"
#include "wskshim_plan.h"
#include "wskshim_standin.h"

/* wskshim_redirect.h sends the driver's frees here; this file calls the
   real ones. */
#undef ExFreePoolWithTag
#undef ExFreePool
#undef IoDeleteDevice

#ifdef __MINGW32__
#include <dpfilter.h> /* the WDK's wdm.h includes it itself */
#endif

#ifndef WSKSHIM_DPFLTR_ID
#define WSKSHIM_DPFLTR_ID DPFLTR_IHVNETWORK_ID
#endif

#define SHIM_POOL_TAG 'mhSW'

/* ------------------------------------------------------------------ */
/* Settings                                                            */

static ULONG BugCheckLevel;           /* WskShimBugCheck */
static ULONG DeregisterWaitMs = 5000; /* WskShimDeregisterWaitMs */
static ULONG CallLog;                 /* WskShimCallLog */
static ULONG StandIn;                 /* WskShimStandIn */
static char PlanText[512];            /* WskShimFaults, as ASCII */

static const char *const Faultable[] = {
    "WskRegister",           "WskCaptureProviderNPI", "WskSocket",
    "WskSocketConnect",      "WskControlClient",      "WskGetAddressInfo",
    "WskGetNameInfo",        "IoCreateDevice",        "IoCreateSymbolicLink",
    "IoAllocateIrp",         "IoAllocateMdl",         "IoAllocateWorkItem",
    "ExAllocatePoolWithTag",
#ifdef POOL_FLAG_NON_PAGED
    "ExAllocatePool2",
#endif
};

static WskShimPlan Plan;
static KSPIN_LOCK PlanLock;

/* ------------------------------------------------------------------ */
/* The core's environment                                              */

static KSPIN_LOCK CoreLock;
static KIRQL CoreLockIrql; /* written only by the holder */

static BOOLEAN IsLeakRule(WskRuleId Rule) {
  return Rule == WskRule_MissingDeregister ||
         Rule == WskRule_UnloadSkipsDeregister;
}

/* The last report, kept so a bug check can point at it. */
static char LastFile[128];
static char LastMessage[WSKSHIM_MESSAGE_SIZE];

static void CopyText(char *To, ULONG Size, const char *From) {
  ULONG I = 0;
  for (; From && From[I] && I + 1 < Size; ++I)
    To[I] = From[I];
  To[I] = '\0';
}

static void KmReport(void *Ctx, WskRuleId Rule, const char *File, int Line,
                     const char *Message) {
  (void)Ctx;
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL, "wskshim: %s:%d: %s: %s\n",
             File, Line, WskRuleCatalog[Rule].Name, Message);
  if (BugCheckLevel >= 2 || (BugCheckLevel == 1 && !IsLeakRule(Rule))) {
    /* Like Driver Verifier: stop at the violation, with the driver's state
       intact for the debugger. */
    CopyText(LastFile, sizeof(LastFile), File);
    CopyText(LastMessage, sizeof(LastMessage), Message);
    KeBugCheckEx(WSKSHIM_BUGCHECK_CODE, (ULONG_PTR)Rule + 1,
                 (ULONG_PTR)LastFile, (ULONG_PTR)(LONG_PTR)Line,
                 (ULONG_PTR)LastMessage);
  }
}

/* Without a bug check the core refuses the offending call (a refused
   dispatch call completes its IRP with STATUS_INVALID_DEVICE_STATE) and the
   driver goes on. */
static void KmPathEnded(void *Ctx, WskRuleId Rule) {
  (void)Ctx;
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL,
             "wskshim: the call that violates %s was refused\n",
             WskRuleCatalog[Rule].Name);
}

static ULONG_PTR KmThread(void *Ctx) {
  (void)Ctx;
  return (ULONG_PTR)PsGetCurrentThread();
}

/* A spin lock: dispatch calls may come at DISPATCH_LEVEL. */
static void KmLock(void *Ctx) {
  KIRQL Old;
  (void)Ctx;
  KeAcquireSpinLock(&CoreLock, &Old);
  CoreLockIrql = Old;
}

static void KmUnlock(void *Ctx) {
  (void)Ctx;
  KeReleaseSpinLock(&CoreLock, CoreLockIrql);
}

/* Only WskDeregister polls, at PASSIVE_LEVEL as WskDeregister itself. */
static void KmSleep(void *Ctx, ULONG Milliseconds) {
  LARGE_INTEGER Interval;
  (void)Ctx;
  Interval.QuadPart = -10000LL * (LONGLONG)Milliseconds;
  KeDelayExecutionThread(KernelMode, FALSE, &Interval);
}

static const WSK_PROVIDER_DISPATCH *
KmProviderDispatch(void *Ctx, const WSK_PROVIDER_DISPATCH *Dispatch) {
  (void)Ctx;
  return WskShimStandInDispatch(Dispatch);
}

/* ------------------------------------------------------------------ */
/* The call log                                                        */

#ifdef __MINGW32__
/* The WDK declares it in wdm.h; mingw-w64 only in ntifs.h. */
NTSYSAPI USHORT NTAPI RtlCaptureStackBackTrace(ULONG FramesToSkip,
                                               ULONG FramesToCapture,
                                               PVOID *BackTrace,
                                               PULONG BackTraceHash);
#endif

/* The start of this image, defined by the linker (MSVC and GNU ld). */
extern const unsigned char __ImageBase[];

/* Where the driver is in its life, for the call log: "DriverEntry", then
   "dispatch" (anything the system calls between load and unload), then
   "the unload routine", as the host harness names its phases. */
static const char *volatile Phase = "DriverEntry";

static ULONG ImageSize(void) {
  /* IMAGE_DOS_HEADER.e_lfanew, then IMAGE_NT_HEADERS64's
     OptionalHeader.SizeOfImage, read as bytes so no image header is
     needed. */
  ULONG NtHeaders = *(const ULONG *)(__ImageBase + 0x3C);
  return *(const ULONG *)(__ImageBase + NtHeaders + 0x50);
}

static char *AppendHex(char *Out, char *End, ULONG_PTR Value) {
  char Digits[2 * sizeof(ULONG_PTR)];
  int N = 0;
  do {
    Digits[N++] = "0123456789abcdef"[Value & 0xF];
    Value >>= 4;
  } while (Value && N < (int)sizeof(Digits));
  while (N > 0 && Out + 1 < End)
    *Out++ = Digits[--N];
  return Out;
}

/* With WskShimCallLog set, one line per call a plan could fail, the host
   harness's --call-log line behind "wskshim: call ":
     <Function> TAB <N> TAB <0|1 failed> TAB <return addresses> TAB <phase>
   The return addresses are the stack's frames inside this image, innermost
   first, relative to its load address; symbolize address-1 against the
   image's preferred base. */
static void LogCall(const char *Function, ULONG N, BOOLEAN Failed) {
  PVOID Frames[24];
  char Addresses[24 * 17 + 1];
  char *Out = Addresses, *End = Addresses + sizeof(Addresses);
  ULONG_PTR Base = (ULONG_PTR)__ImageBase, Size = ImageSize();
  USHORT Count = RtlCaptureStackBackTrace(1, 24, Frames, NULL), I;
  for (I = 0; I < Count; ++I) {
    ULONG_PTR Address = (ULONG_PTR)Frames[I];
    if (Address < Base || Address - Base >= Size)
      continue;
    if (Out != Addresses && Out + 1 < End)
      *Out++ = ',';
    Out = AppendHex(Out, End, Address - Base);
  }
  *Out = '\0';
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL,
             "wskshim: call %s\t%lu\t%d\t%s\t%s\n", Function, (unsigned long)N,
             Failed ? 1 : 0, Addresses, Phase);
}

static NTSTATUS Fault(const char *Function) {
  KIRQL Old;
  ULONG N;
  NTSTATUS Status;
  KeAcquireSpinLock(&PlanLock, &Old);
  Status = WskShimPlanCall(&Plan, Function, &N);
  KeReleaseSpinLock(&PlanLock, Old);
  if (CallLog && N)
    LogCall(Function, N, !NT_SUCCESS(Status));
  if (!NT_SUCCESS(Status))
    DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_WARNING_LEVEL,
               "wskshim: fault: call %lu of %s fails with 0x%08lX\n",
               (unsigned long)N, Function, (unsigned long)Status);
  return Status;
}

static NTSTATUS KmInjectFault(void *Ctx, const char *Function) {
  (void)Ctx;
  return Fault(Function);
}

/* ------------------------------------------------------------------ */
/* Pool blocks and device extensions that may hold a registration       */

/* The driver's own allocations (through the redirected allocators) and
   device extensions, so that freeing one that holds a live registration is
   reported. A block not in the table (the table is full, or the memory
   came from elsewhere) is checked for a registration at its start only. */
#define TRACKED_BLOCKS 1024

static struct {
  PVOID Base;
  SIZE_T Size;
} Blocks[TRACKED_BLOCKS];
static KSPIN_LOCK BlockLock;

static void Track(PVOID Base, SIZE_T Size) {
  KIRQL Old;
  ULONG I;
  if (!Base)
    return;
  KeAcquireSpinLock(&BlockLock, &Old);
  for (I = 0; I < TRACKED_BLOCKS; ++I)
    if (!Blocks[I].Base) {
      Blocks[I].Base = Base;
      Blocks[I].Size = Size;
      break;
    }
  KeReleaseSpinLock(&BlockLock, Old);
}

/* Forgets Base; its size, or 0 if it was not tracked. */
static SIZE_T Untrack(PVOID Base) {
  KIRQL Old;
  ULONG I;
  SIZE_T Size = 0;
  if (!Base)
    return 0;
  KeAcquireSpinLock(&BlockLock, &Old);
  for (I = 0; I < TRACKED_BLOCKS; ++I)
    if (Blocks[I].Base == Base) {
      Size = Blocks[I].Size;
      Blocks[I].Base = NULL;
      break;
    }
  KeReleaseSpinLock(&BlockLock, Old);
  return Size;
}

static void Gone(PVOID Base, const char *How, const char *File, int Line) {
  SIZE_T Size = Untrack(Base);
  if (Base)
    WskShimObjectLost(Base, Size ? Size : sizeof(WSK_REGISTRATION), How, File,
                      Line);
}

VOID WskShimExFreePoolWithTag(PVOID P, ULONG Tag, const char *File, int Line) {
  Gone(P, "freed", File, Line);
  ExFreePoolWithTag(P, Tag);
}

VOID WskShimExFreePool(PVOID P, const char *File, int Line) {
  Gone(P, "freed", File, Line);
  ExFreePoolWithTag(P, 0); /* what ExFreePool is */
}

VOID WskShimIoDeleteDevice(PDEVICE_OBJECT DeviceObject, const char *File,
                           int Line) {
  if (DeviceObject)
    Gone(DeviceObject->DeviceExtension,
         "deleted with its device object's extension", File, Line);
  IoDeleteDevice(DeviceObject);
}

/* ------------------------------------------------------------------ */
/* The calls a plan can fail                                           */

NTSTATUS WskShimKmIoCreateDevice(PDRIVER_OBJECT DriverObject,
                                 ULONG DeviceExtensionSize,
                                 PUNICODE_STRING DeviceName,
                                 DEVICE_TYPE DeviceType,
                                 ULONG DeviceCharacteristics, BOOLEAN Exclusive,
                                 PDEVICE_OBJECT *DeviceObject) {
  NTSTATUS Status = Fault("IoCreateDevice");
  if (!NT_SUCCESS(Status))
    return Status;
  Status =
      IoCreateDevice(DriverObject, DeviceExtensionSize, DeviceName, DeviceType,
                     DeviceCharacteristics, Exclusive, DeviceObject);
  if (NT_SUCCESS(Status) && DeviceExtensionSize)
    Track((*DeviceObject)->DeviceExtension, DeviceExtensionSize);
  return Status;
}

NTSTATUS WskShimKmIoCreateSymbolicLink(PUNICODE_STRING SymbolicLinkName,
                                       PUNICODE_STRING DeviceName) {
  NTSTATUS Status = Fault("IoCreateSymbolicLink");
  return NT_SUCCESS(Status) ? IoCreateSymbolicLink(SymbolicLinkName, DeviceName)
                            : Status;
}

PIRP WskShimKmIoAllocateIrp(CCHAR StackSize, BOOLEAN ChargeQuota) {
  return NT_SUCCESS(Fault("IoAllocateIrp"))
             ? IoAllocateIrp(StackSize, ChargeQuota)
             : NULL;
}

PMDL WskShimKmIoAllocateMdl(PVOID VirtualAddress, ULONG Length,
                            BOOLEAN SecondaryBuffer, BOOLEAN ChargeQuota,
                            PIRP Irp) {
  return NT_SUCCESS(Fault("IoAllocateMdl"))
             ? IoAllocateMdl(VirtualAddress, Length, SecondaryBuffer,
                             ChargeQuota, Irp)
             : NULL;
}

PIO_WORKITEM WskShimKmIoAllocateWorkItem(PDEVICE_OBJECT DeviceObject) {
  return NT_SUCCESS(Fault("IoAllocateWorkItem"))
             ? IoAllocateWorkItem(DeviceObject)
             : NULL;
}

PVOID WskShimKmExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                     ULONG Tag) {
  PVOID P;
  if (!NT_SUCCESS(Fault("ExAllocatePoolWithTag")))
    return NULL;
  P = ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag);
  Track(P, NumberOfBytes);
  return P;
}

#ifdef POOL_FLAG_NON_PAGED
PVOID WskShimKmExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes,
                               ULONG Tag) {
  PVOID P;
  if (!NT_SUCCESS(Fault("ExAllocatePool2")))
    return NULL;
  P = ExAllocatePool2(Flags, NumberOfBytes, Tag);
  Track(P, NumberOfBytes);
  return P;
}
#endif

/* ------------------------------------------------------------------ */
/* Settings from the registry                                          */

static HANDLE OpenKey(HANDLE Root, PUNICODE_STRING Name) {
  OBJECT_ATTRIBUTES Attributes;
  HANDLE Key = NULL;
  InitializeObjectAttributes(
      &Attributes, Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Root, NULL);
  if (!NT_SUCCESS(ZwOpenKey(&Key, KEY_READ, &Attributes)))
    return NULL;
  return Key;
}

/* The value's data, or NULL when it is missing or not of Type. */
static PKEY_VALUE_PARTIAL_INFORMATION
QueryValue(HANDLE Key, PCWSTR Name, ULONG Type, PVOID Buffer, ULONG Size) {
  UNICODE_STRING ValueName;
  PKEY_VALUE_PARTIAL_INFORMATION Info = (PKEY_VALUE_PARTIAL_INFORMATION)Buffer;
  ULONG Length = 0;
  RtlInitUnicodeString(&ValueName, Name);
  if (!NT_SUCCESS(ZwQueryValueKey(Key, &ValueName, KeyValuePartialInformation,
                                  Info, Size, &Length)) ||
      Info->Type != Type)
    return NULL;
  return Info;
}

static void ReadDword(HANDLE Key, PCWSTR Name, ULONG *Out) {
  ULONG Buffer[(sizeof(KEY_VALUE_PARTIAL_INFORMATION) + 8) / sizeof(ULONG)];
  PKEY_VALUE_PARTIAL_INFORMATION Info =
      QueryValue(Key, Name, REG_DWORD, Buffer, sizeof(Buffer));
  if (Info && Info->DataLength == sizeof(ULONG))
    *Out = *(ULONG *)Info->Data;
}

/* A REG_SZ of ASCII characters into PlanText; FALSE if it has others or
   does not fit. */
static BOOLEAN ReadPlan(HANDLE Key) {
  static ULONG Buffer[(sizeof(KEY_VALUE_PARTIAL_INFORMATION) +
                       sizeof(PlanText) * sizeof(WCHAR)) /
                      sizeof(ULONG)];
  PKEY_VALUE_PARTIAL_INFORMATION Info =
      QueryValue(Key, L"WskShimFaults", REG_SZ, Buffer, sizeof(Buffer));
  const WCHAR *W;
  ULONG I, N;
  PlanText[0] = '\0';
  if (!Info)
    return TRUE;
  W = (const WCHAR *)Info->Data;
  N = Info->DataLength / sizeof(WCHAR);
  for (I = 0; I < N && W[I]; ++I) {
    if (W[I] >= 0x80 || I + 1 >= sizeof(PlanText))
      return FALSE;
    PlanText[I] = (char)W[I];
  }
  PlanText[I] = '\0';
  return TRUE;
}

static NTSTATUS ReadSettings(PUNICODE_STRING RegistryPath) {
  UNICODE_STRING Parameters;
  HANDLE Service, Key;
  BOOLEAN Ok;
  Service = OpenKey(NULL, RegistryPath);
  if (!Service)
    return STATUS_SUCCESS; /* no settings: defaults */
  RtlInitUnicodeString(&Parameters, L"Parameters");
  Key = OpenKey(Service, &Parameters);
  ZwClose(Service);
  if (!Key)
    return STATUS_SUCCESS;
  ReadDword(Key, L"WskShimBugCheck", &BugCheckLevel);
  ReadDword(Key, L"WskShimDeregisterWaitMs", &DeregisterWaitMs);
  ReadDword(Key, L"WskShimCallLog", &CallLog);
  ReadDword(Key, L"WskShimStandIn", &StandIn);
  Ok = ReadPlan(Key);
  ZwClose(Key);
  if (!Ok) {
    DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL,
               "wskshim: Parameters\\WskShimFaults is too long or not "
               "ASCII\n");
    return STATUS_INVALID_PARAMETER;
  }
  return STATUS_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* The driver's life                                                   */

static PDRIVER_UNLOAD DriverUnloadOfDriver;
void (*WskShimKmDriverEntryFailed)(void);

static void ReportUnusedFaults(void) {
  ULONG K;
  for (K = 0; K < Plan.NumEntries; ++K)
    if (!Plan.Entries[K].Hit)
      DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_WARNING_LEVEL,
                 "wskshim: note: the fault plan's %s call %lu was never "
                 "reached\n",
                 Faultable[Plan.Entries[K].Function],
                 (unsigned long)Plan.Entries[K].First);
}

static VOID WskShimKmUnload(PDRIVER_OBJECT DriverObject) {
  Phase = "the unload routine";
  DriverUnloadOfDriver(DriverObject);
  WskShimUnloadReturned();
  ReportUnusedFaults();
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_INFO_LEVEL,
             "wskshim: unloaded; %lu violation(s)\n",
             (unsigned long)WskShimViolationCount());
}

/* The image's entry point; the driver's own is WskShimDriverEntry. */
DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  static char Error[160];
  WskShimEnv Env;
  NTSTATUS Status;

  KeInitializeSpinLock(&CoreLock);
  KeInitializeSpinLock(&PlanLock);
  KeInitializeSpinLock(&BlockLock);
  WskShimStandInInit();
  Status = ReadSettings(RegistryPath);
  if (!NT_SUCCESS(Status))
    return Status;
  /* A plan that does not parse stops the load: a typo must not make a run
     silently fault-free. */
  if (!WskShimPlanParse(&Plan, Faultable,
                        sizeof(Faultable) / sizeof(Faultable[0]), PlanText,
                        Error, sizeof(Error))) {
    DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL, "wskshim: %s\n", Error);
    return STATUS_INVALID_PARAMETER;
  }

  Env.Context = NULL;
  Env.Report = KmReport;
  Env.PathEnded = KmPathEnded;
  Env.CurrentThread = KmThread;
  Env.Lock = KmLock;
  Env.Unlock = KmUnlock;
  Env.Sleep = KmSleep;
  Env.InjectFault = KmInjectFault;
  Env.DeregisterWaitMs = DeregisterWaitMs;
  Env.FaultDispatch = TRUE; /* netio is real: fail dispatch calls here */
  Env.ProviderDispatch = StandIn ? KmProviderDispatch : NULL;
  WskShimCoreInit(&Env);
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_INFO_LEVEL,
             "wskshim: active; fault plan '%s'; bug check %lu; stand-ins %lu\n",
             PlanText, (unsigned long)BugCheckLevel, (unsigned long)StandIn);

  Phase = "DriverEntry";
  Status = WskShimDriverEntry(DriverObject, RegistryPath);
  Phase = "dispatch";
  if (!NT_SUCCESS(Status) && WskShimKmDriverEntryFailed) {
    Phase = "the framework's cleanup after the failed DriverEntry";
    WskShimKmDriverEntryFailed();
  }
  /* A failed DriverEntry is never unloaded: what is still registered now
     stays registered. */
  WskShimDriverEntryReturned(Status);
  if (NT_SUCCESS(Status) && DriverObject->DriverUnload) {
    DriverUnloadOfDriver = DriverObject->DriverUnload;
    DriverObject->DriverUnload = WskShimKmUnload;
  } else if (!NT_SUCCESS(Status)) {
    ReportUnusedFaults();
  }
  return Status;
}
