/* Host environment: the executive and kernel routines of wdm.h (debug
 * output, pool, dispatcher objects and waits, system threads, object
 * references, IRQL and spin locks, strings, bug checks) on top of libc and
 * pthreads.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

#include "host_env.h"
#include "wskshim_core.h"

/* Dispatcher object types (DISPATCHER_HEADER.Type), as the kernel numbers
   them. */
#define OBJ_EVENT_NOTIFICATION 0
#define OBJ_EVENT_SYNCHRONIZATION 1
#define OBJ_MUTANT 2
#define OBJ_THREAD 6

/* ------------------------------------------------------------------ */
/* Debug output                                                        */

static void Append(char *Out, size_t Size, size_t *Len, const char *S) {
  while (*S) {
    if (*Len + 1 < Size)
      Out[*Len] = *S;
    ++*Len;
    ++S;
  }
  if (Size)
    Out[*Len < Size ? *Len : Size - 1] = '\0';
}

/* Wide text for output: ASCII passes, anything else becomes '?'. */
static void Narrow(char *Out, size_t Size, const WCHAR *W, size_t Count) {
  size_t I;
  for (I = 0; I < Count && I + 1 < Size; ++I)
    Out[I] = (W[I] > 0 && W[I] < 0x80) ? (char)W[I] : '?';
  Out[I] = '\0';
}

int WskHostFormat(char *Out, size_t Size, const char *Format, va_list Args) {
  size_t Len = 0;
  va_list Ap;
  va_copy(Ap, Args);
  if (Size)
    Out[0] = '\0';
  while (*Format) {
    char Spec[32], Tmp[1024], Text[512];
    const char *Start = Format, *LenStart;
    size_t SpecLen;
    int Stars = 0, S1 = 0, S2 = 0;
    enum { LNone, LShort, LChar, LLong, LLongLong, LSize, LWide } LenMod;
    char Conv;
    if (*Format != '%') {
      char One[2] = {*Format++, '\0'};
      Append(Out, Size, &Len, One);
      continue;
    }
    ++Format;
    if (*Format == '%') {
      Append(Out, Size, &Len, "%");
      ++Format;
      continue;
    }
    while (*Format && strchr("-+ #0", *Format))
      ++Format;
    if (*Format == '*') {
      ++Stars;
      ++Format;
    } else
      while (*Format >= '0' && *Format <= '9')
        ++Format;
    if (*Format == '.') {
      ++Format;
      if (*Format == '*') {
        ++Stars;
        ++Format;
      } else
        while (*Format >= '0' && *Format <= '9')
          ++Format;
    }
    LenStart = Format;
    LenMod = LNone;
    if (!strncmp(Format, "I64", 3)) {
      LenMod = LLongLong;
      Format += 3;
    } else if (!strncmp(Format, "I32", 3)) {
      Format += 3;
    } else if (*Format == 'I' || *Format == 'z' || *Format == 'j' ||
               *Format == 't') {
      LenMod = LSize;
      ++Format;
    } else if (!strncmp(Format, "ll", 2)) {
      LenMod = LLongLong;
      Format += 2;
    } else if (!strncmp(Format, "hh", 2)) {
      LenMod = LChar;
      Format += 2;
    } else if (*Format == 'l') {
      /* Windows long is 32 bits; %ls is a wide string. */
      LenMod = Format[1] == 's' || Format[1] == 'c' ? LWide : LNone;
      ++Format;
    } else if (*Format == 'h') {
      LenMod = LShort;
      ++Format;
    } else if (*Format == 'w') {
      LenMod = LWide;
      ++Format;
    }
    Conv = *Format ? *Format++ : '\0';
    SpecLen = (size_t)(LenStart - Start);
    if (SpecLen + 4 >= sizeof(Spec) || !Conv) {
      Append(Out, Size, &Len, Start);
      break;
    }
    memcpy(Spec, Start, SpecLen);
    Spec[SpecLen] = '\0';
    if (Stars >= 1)
      S1 = va_arg(Ap, int);
    if (Stars >= 2)
      S2 = va_arg(Ap, int);
#define EMIT(Value)                                                            \
  do {                                                                         \
    if (Stars == 0)                                                            \
      snprintf(Tmp, sizeof(Tmp), Spec, Value);                                 \
    else if (Stars == 1)                                                       \
      snprintf(Tmp, sizeof(Tmp), Spec, S1, Value);                             \
    else                                                                       \
      snprintf(Tmp, sizeof(Tmp), Spec, S1, S2, Value);                         \
    Append(Out, Size, &Len, Tmp);                                              \
  } while (0)
    switch (Conv) {
    case 'd':
    case 'i':
      if (LenMod == LLongLong || LenMod == LSize) {
        strcat(Spec, "lld");
        EMIT(LenMod == LSize ? (long long)va_arg(Ap, LONG_PTR)
                             : va_arg(Ap, long long));
      } else {
        strcat(Spec, "d");
        EMIT(va_arg(Ap, int));
      }
      break;
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      char C[4] = {'l', 'l', Conv, '\0'};
      strcat(Spec, C);
      if (LenMod == LLongLong)
        EMIT(va_arg(Ap, unsigned long long));
      else if (LenMod == LSize)
        EMIT((unsigned long long)va_arg(Ap, ULONG_PTR));
      else
        EMIT((unsigned long long)va_arg(Ap, unsigned int));
      break;
    }
    case 'p':
      strcat(Spec, "p");
      EMIT(va_arg(Ap, void *));
      break;
    case 'c':
    case 'C':
      strcat(Spec, "c");
      if (Conv == 'C' || LenMod == LWide) {
        WCHAR W = (WCHAR)va_arg(Ap, int);
        EMIT((W > 0 && W < 0x80) ? (int)W : '?');
      } else
        EMIT(va_arg(Ap, int));
      break;
    case 's':
    case 'S':
      strcat(Spec, "s");
      if (Conv == 'S' || LenMod == LWide) {
        const WCHAR *W = va_arg(Ap, const WCHAR *);
        if (W)
          Narrow(Text, sizeof(Text), W, wcslen(W));
        else
          strcpy(Text, "(null)");
        EMIT(Text);
      } else {
        const char *A = va_arg(Ap, const char *);
        EMIT(A ? A : "(null)");
      }
      break;
    case 'Z':
      strcat(Spec, "s");
      if (LenMod == LWide) {
        PCUNICODE_STRING U = va_arg(Ap, PCUNICODE_STRING);
        if (U && U->Buffer)
          Narrow(Text, sizeof(Text), U->Buffer, U->Length / sizeof(WCHAR));
        else
          strcpy(Text, "(null)");
      } else {
        PCANSI_STRING A = va_arg(Ap, PCANSI_STRING);
        if (A && A->Buffer)
          snprintf(Text, sizeof(Text), "%.*s", (int)A->Length, A->Buffer);
        else
          strcpy(Text, "(null)");
      }
      EMIT(Text);
      break;
    default:
      /* Unknown conversion: print it as written. */
      snprintf(Tmp, sizeof(Tmp), "%.*s", (int)(Format - Start), Start);
      Append(Out, Size, &Len, Tmp);
      break;
    }
#undef EMIT
  }
  va_end(Ap);
  return (int)Len;
}

static void Print(const char *Format, va_list Args) {
  char Text[2048];
  if (WskHostOpts.Quiet)
    return;
  WskHostFormat(Text, sizeof(Text), Format, Args);
  fputs(Text, stderr);
  fflush(stderr);
}

ULONG DbgPrint(PCSTR Format, ...) {
  va_list Args;
  va_start(Args, Format);
  Print(Format, Args);
  va_end(Args);
  return (ULONG)STATUS_SUCCESS;
}

ULONG DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...) {
  va_list Args;
  (void)ComponentId;
  (void)Level;
  va_start(Args, Format);
  Print(Format, Args);
  va_end(Args);
  return (ULONG)STATUS_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* Bug checks                                                          */

VOID KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR P1, ULONG_PTR P2, ULONG_PTR P3,
                  ULONG_PTR P4) {
  WskHostReportEvent("bugcheck", NULL, 0,
                     "KeBugCheckEx(0x%08X, 0x%llX, 0x%llX, 0x%llX, 0x%llX) "
                     "during %s",
                     BugCheckCode, (unsigned long long)P1,
                     (unsigned long long)P2, (unsigned long long)P3,
                     (unsigned long long)P4, WskHostPhase());
  WskHostEndRun();
}

VOID KeBugCheck(ULONG BugCheckCode) { KeBugCheckEx(BugCheckCode, 0, 0, 0, 0); }

/* A condition the real kernel bug-checks on, found in the environment. */
static void HostBugCheck(const char *File, int Line, const char *What) {
  WskHostReportEvent("bugcheck", File, Line, "%s (during %s)", What,
                     WskHostPhase());
  WskHostEndRun();
}

/* ------------------------------------------------------------------ */
/* Pool                                                                */

#define POOL_MAGIC 0x4C4F4F50u
/* 32 bytes, so blocks keep 16-byte alignment. */
typedef struct PoolHeader {
  LIST_ENTRY Link;
  SIZE_T Size;
  ULONG Tag;
  ULONG Magic;
} PoolHeader;

static LIST_ENTRY PoolBlocks = {&PoolBlocks, &PoolBlocks};

static PVOID PoolAllocate(const char *Function, SIZE_T Size, ULONG Tag,
                          BOOLEAN Zero) {
  PoolHeader *H;
  if (!NT_SUCCESS(WskHostFault(Function)))
    return NULL;
  H = (PoolHeader *)malloc(sizeof(PoolHeader) + (Size ? Size : 1));
  if (!H)
    return NULL;
  /* Uninitialized pool gets a pattern, so reads of it are not zero by
     luck. */
  memset(H + 1, Zero ? 0 : 0xCD, Size);
  H->Size = Size;
  H->Tag = Tag;
  H->Magic = POOL_MAGIC;
  WskHostLock();
  InsertTailList(&PoolBlocks, &H->Link);
  WskHostUnlock();
  return H + 1;
}

static PoolHeader *FindBlock(PVOID P) {
  PLIST_ENTRY E;
  for (E = PoolBlocks.Flink; E != &PoolBlocks; E = E->Flink)
    if ((PoolHeader *)E + 1 == P)
      return (PoolHeader *)E;
  return NULL;
}

SIZE_T WskHostPoolSize(PVOID P) {
  PoolHeader *H;
  SIZE_T Size;
  WskHostLock();
  H = FindBlock(P);
  Size = H ? H->Size : 0;
  WskHostUnlock();
  return Size;
}

static void PoolFree(PVOID P, ULONG Tag, BOOLEAN CheckTag, const char *File,
                     int Line) {
  PoolHeader *H;
  if (!P)
    HostBugCheck(File, Line, "BAD_POOL_CALLER: freeing a NULL pointer");
  WskHostLock();
  H = FindBlock(P);
  if (H)
    RemoveEntryList(&H->Link);
  WskHostUnlock();
  if (!H)
    HostBugCheck(File, Line,
                 "BAD_POOL_CALLER: freeing memory that is not an allocated "
                 "pool block (double free?)");
  if (CheckTag && Tag && Tag != H->Tag)
    fprintf(stderr,
            "wskshim: warning: %s:%d: ExFreePoolWithTag tag 0x%08X does not "
            "match the allocation's 0x%08X\n",
            File ? File : "<unknown>", Line, (unsigned)Tag, (unsigned)H->Tag);
  WskShimObjectLost(P, H->Size, "freed", File, Line);
  memset(H + 1, 0xDD, H->Size);
  H->Magic = 0;
  free(H);
}

PVOID ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                            ULONG Tag) {
  (void)PoolType;
  return PoolAllocate("ExAllocatePoolWithTag", NumberOfBytes, Tag, FALSE);
}

PVOID ExAllocatePool(POOL_TYPE PoolType, SIZE_T NumberOfBytes) {
  (void)PoolType;
  return PoolAllocate("ExAllocatePool", NumberOfBytes, 0x656E6F4E, FALSE);
}

PVOID ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag) {
  (void)PoolType;
  return PoolAllocate("ExAllocatePoolZero", NumberOfBytes, Tag, TRUE);
}

PVOID ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag) {
  /* ExAllocatePool2 zeroes unless asked not to. */
  return PoolAllocate("ExAllocatePool2", NumberOfBytes, Tag,
                      (Flags & POOL_FLAG_UNINITIALIZED) == 0);
}

VOID ExFreePoolWithTag(PVOID P, ULONG Tag) { PoolFree(P, Tag, TRUE, NULL, 0); }
VOID ExFreePool(PVOID P) { PoolFree(P, 0, FALSE, NULL, 0); }

VOID WskShimExFreePoolWithTag(PVOID P, ULONG Tag, const char *File, int Line) {
  PoolFree(P, Tag, TRUE, File, Line);
}

VOID WskShimExFreePool(PVOID P, const char *File, int Line) {
  PoolFree(P, 0, FALSE, File, Line);
}

/* ------------------------------------------------------------------ */
/* IRQL and spin locks                                                 */

static __thread KIRQL CurrentIrql;

KIRQL KeGetCurrentIrql(void) { return CurrentIrql; }

VOID KeRaiseIrql(KIRQL NewIrql, PKIRQL OldIrql) {
  *OldIrql = CurrentIrql;
  CurrentIrql = NewIrql;
}

VOID KeLowerIrql(KIRQL NewIrql) { CurrentIrql = NewIrql; }

VOID KeInitializeSpinLock(PKSPIN_LOCK SpinLock) { *SpinLock = 0; }

VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock) {
  while (__atomic_exchange_n(SpinLock, (KSPIN_LOCK)1, __ATOMIC_ACQUIRE))
    sched_yield();
}

VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock) {
  __atomic_store_n(SpinLock, (KSPIN_LOCK)0, __ATOMIC_RELEASE);
}

KIRQL KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock) {
  KIRQL Old = CurrentIrql;
  KeAcquireSpinLockAtDpcLevel(SpinLock);
  CurrentIrql = DISPATCH_LEVEL;
  return Old;
}

VOID KeAcquireSpinLock(PKSPIN_LOCK SpinLock, PKIRQL OldIrql) {
  *OldIrql = KeAcquireSpinLockRaiseToDpc(SpinLock);
}

VOID KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql) {
  KeReleaseSpinLockFromDpcLevel(SpinLock);
  CurrentIrql = NewIrql;
}

/* ------------------------------------------------------------------ */
/* Threads                                                             */

#define THREAD_MAGIC 0x44524854u
typedef struct HostThread {
  DISPATCHER_HEADER Header; /* first: KeWaitForSingleObject's target */
  ULONG Magic;
  LONG Refs;
  PKSTART_ROUTINE Start;
  PVOID Context;
} HostThread;

static __thread HostThread *SelfThread;

struct _OBJECT_TYPE {
  ULONG Unused;
};
static struct _OBJECT_TYPE ThreadType, EventType;
static POBJECT_TYPE ThreadTypePointer = &ThreadType;
static POBJECT_TYPE EventTypePointer = &EventType;
POBJECT_TYPE *PsThreadType = &ThreadTypePointer;
POBJECT_TYPE *ExEventObjectType = &EventTypePointer;

static HostThread *AsThread(PVOID Object) {
  HostThread *T = (HostThread *)Object;
  return T && T->Header.Type == OBJ_THREAD && T->Magic == THREAD_MAGIC ? T
                                                                       : NULL;
}

static void ThreadDereference(HostThread *T) {
  LONG Left;
  WskHostLock();
  Left = --T->Refs;
  WskHostUnlock();
  if (Left == 0) {
    T->Magic = 0;
    free(T);
  }
}

static void ThreadExit(HostThread *T) {
  WskHostLock();
  T->Header.SignalState = 1;
  WskHostBroadcast();
  WskHostUnlock();
  ThreadDereference(T);
}

static void *ThreadMain(void *Arg) {
  HostThread *T = (HostThread *)Arg;
  SelfThread = T;
  CurrentIrql = PASSIVE_LEVEL;
  T->Start(T->Context);
  SelfThread = NULL;
  ThreadExit(T);
  return NULL;
}

NTSTATUS PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess,
                              POBJECT_ATTRIBUTES ObjectAttributes,
                              HANDLE ProcessHandle, PCLIENT_ID ClientId,
                              PKSTART_ROUTINE StartRoutine,
                              PVOID StartContext) {
  HostThread *T;
  pthread_t Id;
  pthread_attr_t Attr;
  NTSTATUS Status = WskHostFault("PsCreateSystemThread");
  (void)DesiredAccess;
  (void)ObjectAttributes;
  (void)ProcessHandle;
  if (!NT_SUCCESS(Status))
    return Status;
  if (!ThreadHandle || !StartRoutine)
    return STATUS_INVALID_PARAMETER;
  T = (HostThread *)calloc(1, sizeof(*T));
  if (!T)
    return STATUS_INSUFFICIENT_RESOURCES;
  T->Header.Type = OBJ_THREAD;
  T->Magic = THREAD_MAGIC;
  T->Refs = 2; /* the handle and the running thread */
  T->Start = StartRoutine;
  T->Context = StartContext;
  pthread_attr_init(&Attr);
  pthread_attr_setdetachstate(&Attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&Id, &Attr, ThreadMain, T) != 0) {
    pthread_attr_destroy(&Attr);
    free(T);
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  pthread_attr_destroy(&Attr);
  *ThreadHandle = (HANDLE)T;
  if (ClientId) {
    ClientId->UniqueProcess = NULL;
    ClientId->UniqueThread = (HANDLE)T;
  }
  return STATUS_SUCCESS;
}

NTSTATUS PsTerminateSystemThread(NTSTATUS ExitStatus) {
  HostThread *T = SelfThread;
  (void)ExitStatus;
  if (!T)
    HostBugCheck(NULL, 0,
                 "PsTerminateSystemThread called outside a system thread");
  SelfThread = NULL;
  ThreadExit(T);
  pthread_exit(NULL);
}

PETHREAD PsGetCurrentThread(void) {
  if (SelfThread)
    return (PETHREAD)SelfThread;
  /* Never dereferenced: an identity for threads the driver did not
     create. */
  return (PETHREAD)(ULONG_PTR)pthread_self();
}

NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess,
                                   POBJECT_TYPE ObjectType,
                                   KPROCESSOR_MODE AccessMode, PVOID *Object,
                                   POBJECT_HANDLE_INFORMATION Info) {
  HostThread *T = AsThread(Handle);
  NTSTATUS Status = WskHostFault("ObReferenceObjectByHandle");
  (void)DesiredAccess;
  (void)AccessMode;
  if (!NT_SUCCESS(Status))
    return Status;
  if (!T)
    return STATUS_INVALID_HANDLE;
  if (ObjectType && ObjectType != *PsThreadType)
    return STATUS_OBJECT_TYPE_MISMATCH;
  WskHostLock();
  ++T->Refs;
  WskHostUnlock();
  *Object = T;
  if (Info) {
    Info->HandleAttributes = 0;
    Info->GrantedAccess = THREAD_ALL_ACCESS;
  }
  return STATUS_SUCCESS;
}

LONG_PTR ObfReferenceObject(PVOID Object) {
  HostThread *T = AsThread(Object);
  LONG_PTR N = 1;
  if (T) {
    WskHostLock();
    N = ++T->Refs;
    WskHostUnlock();
  }
  return N;
}

LONG_PTR ObfDereferenceObject(PVOID Object) {
  HostThread *T = AsThread(Object);
  if (T)
    ThreadDereference(T);
  return 0;
}

NTSTATUS ZwClose(HANDLE Handle) {
  HostThread *T = AsThread(Handle);
  if (!T)
    return STATUS_INVALID_HANDLE;
  ThreadDereference(T);
  return STATUS_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* Events, mutexes, waits                                              */

VOID KeInitializeEvent(PRKEVENT Event, EVENT_TYPE Type, BOOLEAN State) {
  memset(Event, 0, sizeof(*Event));
  Event->Header.Type = Type == NotificationEvent ? OBJ_EVENT_NOTIFICATION
                                                 : OBJ_EVENT_SYNCHRONIZATION;
  Event->Header.SignalState = State ? 1 : 0;
  InitializeListHead(&Event->Header.WaitListHead);
}

LONG KeSetEvent(PRKEVENT Event, KPRIORITY Increment, BOOLEAN Wait) {
  LONG Old;
  (void)Increment;
  (void)Wait;
  WskHostLock();
  Old = Event->Header.SignalState;
  Event->Header.SignalState = 1;
  WskHostBroadcast();
  WskHostUnlock();
  return Old;
}

VOID KeClearEvent(PRKEVENT Event) {
  WskHostLock();
  Event->Header.SignalState = 0;
  WskHostUnlock();
}

LONG KeResetEvent(PRKEVENT Event) {
  LONG Old;
  WskHostLock();
  Old = Event->Header.SignalState;
  Event->Header.SignalState = 0;
  WskHostUnlock();
  return Old;
}

LONG KeReadStateEvent(PRKEVENT Event) {
  LONG State;
  WskHostLock();
  State = Event->Header.SignalState;
  WskHostUnlock();
  return State;
}

VOID KeInitializeMutex(PRKMUTEX Mutex, ULONG Level) {
  (void)Level;
  memset(Mutex, 0, sizeof(*Mutex));
  Mutex->Header.Type = OBJ_MUTANT;
  Mutex->Header.SignalState = 1;
  InitializeListHead(&Mutex->Header.WaitListHead);
}

LONG KeReleaseMutex(PRKMUTEX Mutex, BOOLEAN Wait) {
  LONG Old;
  (void)Wait;
  WskHostLock();
  Old = Mutex->Header.SignalState++;
  if (Mutex->Header.SignalState > 0)
    Mutex->OwnerThread = NULL;
  WskHostBroadcast();
  WskHostUnlock();
  return Old;
}

VOID ExInitializeFastMutex(PFAST_MUTEX FastMutex) {
  memset(FastMutex, 0, sizeof(*FastMutex));
  FastMutex->Count = 1;
}

VOID ExAcquireFastMutex(PFAST_MUTEX FastMutex) {
  LONG Free = 1;
  while (!__atomic_compare_exchange_n(&FastMutex->Count, &Free, 0, 0,
                                      __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
    Free = 1;
    sched_yield();
  }
  FastMutex->Owner = PsGetCurrentThread();
  FastMutex->OldIrql = CurrentIrql;
  CurrentIrql = APC_LEVEL;
}

VOID ExReleaseFastMutex(PFAST_MUTEX FastMutex) {
  CurrentIrql = (KIRQL)FastMutex->OldIrql;
  FastMutex->Owner = NULL;
  __atomic_store_n(&FastMutex->Count, 1, __ATOMIC_RELEASE);
}

/* Absolute system time, in 100 ns units since 1601. */
VOID KeQuerySystemTime(PLARGE_INTEGER CurrentTime) {
  struct timespec T;
  clock_gettime(CLOCK_REALTIME, &T);
  CurrentTime->QuadPart = ((LONGLONG)T.tv_sec + 11644473600LL) * 10000000LL +
                          (LONGLONG)T.tv_nsec / 100;
}

/* A kernel timeout as a deadline on WskHostNowMs; 0 means none. */
static ULONGLONG Deadline(PLARGE_INTEGER Timeout, BOOLEAN *Poll) {
  LONGLONG Ms;
  *Poll = FALSE;
  if (!Timeout)
    return 0;
  if (Timeout->QuadPart == 0) {
    *Poll = TRUE;
    return 0;
  }
  if (Timeout->QuadPart < 0) {
    Ms = (-Timeout->QuadPart + 9999) / 10000;
  } else {
    LARGE_INTEGER Now;
    KeQuerySystemTime(&Now);
    Ms = Timeout->QuadPart > Now.QuadPart
             ? (Timeout->QuadPart - Now.QuadPart + 9999) / 10000
             : 0;
  }
  return WskHostNowMs() + (ULONGLONG)Ms + 1;
}

/* Takes the object if it is signalled; lock held. */
static BOOLEAN TrySatisfy(PDISPATCHER_HEADER H) {
  switch (H->Type) {
  case OBJ_EVENT_NOTIFICATION:
  case OBJ_THREAD:
    return H->SignalState > 0;
  case OBJ_EVENT_SYNCHRONIZATION:
    if (H->SignalState > 0) {
      H->SignalState = 0;
      return TRUE;
    }
    return FALSE;
  case OBJ_MUTANT: {
    PKMUTEX M = (PKMUTEX)H;
    PKTHREAD Self = (PKTHREAD)PsGetCurrentThread();
    if (H->SignalState > 0 || M->OwnerThread == Self) {
      --H->SignalState;
      M->OwnerThread = Self;
      return TRUE;
    }
    return FALSE;
  }
  default:
    return FALSE;
  }
}

NTSTATUS KeWaitForSingleObject(PVOID Object, KWAIT_REASON WaitReason,
                               KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                               PLARGE_INTEGER Timeout) {
  PDISPATCHER_HEADER H = (PDISPATCHER_HEADER)Object;
  BOOLEAN Poll;
  ULONGLONG Until = Deadline(Timeout, &Poll);
  NTSTATUS Status = STATUS_SUCCESS;
  (void)WaitReason;
  (void)WaitMode;
  (void)Alertable;
  if (!H || (H->Type != OBJ_EVENT_NOTIFICATION &&
             H->Type != OBJ_EVENT_SYNCHRONIZATION && H->Type != OBJ_MUTANT &&
             H->Type != OBJ_THREAD))
    HostBugCheck(NULL, 0,
                 "KeWaitForSingleObject on something that is not an "
                 "initialized event, mutex or thread object");
  WskHostLock();
  for (;;) {
    if (TrySatisfy(H))
      break;
    if (Poll || (Until && WskHostNowMs() >= Until)) {
      Status = STATUS_TIMEOUT;
      break;
    }
    WskHostWait(Until);
  }
  WskHostUnlock();
  return Status;
}

NTSTATUS ZwWaitForSingleObject(HANDLE Handle, BOOLEAN Alertable,
                               PLARGE_INTEGER Timeout) {
  if (!AsThread(Handle))
    return STATUS_INVALID_HANDLE;
  return KeWaitForSingleObject(Handle, Executive, KernelMode, Alertable,
                               Timeout);
}

NTSTATUS KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, BOOLEAN Alertable,
                                PLARGE_INTEGER Interval) {
  BOOLEAN Poll;
  ULONGLONG Until = Deadline(Interval, &Poll);
  (void)WaitMode;
  (void)Alertable;
  while (Until && WskHostNowMs() < Until) {
    struct timespec T = {0, 1000000L};
    nanosleep(&T, NULL);
  }
  return STATUS_SUCCESS;
}

VOID KeStallExecutionProcessor(ULONG MicroSeconds) {
  struct timespec T;
  T.tv_sec = MicroSeconds / 1000000u;
  T.tv_nsec = (long)(MicroSeconds % 1000000u) * 1000L;
  nanosleep(&T, NULL);
}

/* ------------------------------------------------------------------ */
/* Strings and memory                                                  */

SIZE_T RtlCompareMemory(const VOID *Source1, const VOID *Source2,
                        SIZE_T Length) {
  const UCHAR *A = (const UCHAR *)Source1, *B = (const UCHAR *)Source2;
  SIZE_T I = 0;
  while (I < Length && A[I] == B[I])
    ++I;
  return I;
}

VOID RtlInitUnicodeString(PUNICODE_STRING DestinationString,
                          PCWSTR SourceString) {
  SIZE_T Len = SourceString ? wcslen(SourceString) * sizeof(WCHAR) : 0;
  if (Len > 0xFFFC)
    Len = 0xFFFC;
  DestinationString->Length = (USHORT)Len;
  DestinationString->MaximumLength =
      (USHORT)(SourceString ? Len + sizeof(WCHAR) : 0);
  DestinationString->Buffer = (PWCH)SourceString;
}

VOID RtlInitAnsiString(PANSI_STRING DestinationString, PCSTR SourceString) {
  SIZE_T Len = SourceString ? strlen(SourceString) : 0;
  if (Len > 0xFFFE)
    Len = 0xFFFE;
  DestinationString->Length = (USHORT)Len;
  DestinationString->MaximumLength = (USHORT)(SourceString ? Len + 1 : 0);
  DestinationString->Buffer = (PCHAR)SourceString;
}

VOID RtlCopyUnicodeString(PUNICODE_STRING DestinationString,
                          PCUNICODE_STRING SourceString) {
  USHORT N;
  if (!SourceString) {
    DestinationString->Length = 0;
    return;
  }
  N = SourceString->Length < DestinationString->MaximumLength
          ? SourceString->Length
          : DestinationString->MaximumLength;
  memmove(DestinationString->Buffer, SourceString->Buffer, N);
  DestinationString->Length = N;
  if (N + sizeof(WCHAR) <= DestinationString->MaximumLength)
    DestinationString->Buffer[N / sizeof(WCHAR)] = 0;
}

BOOLEAN RtlEqualUnicodeString(PCUNICODE_STRING String1,
                              PCUNICODE_STRING String2,
                              BOOLEAN CaseInSensitive) {
  USHORT I, N;
  if (String1->Length != String2->Length)
    return FALSE;
  N = String1->Length / sizeof(WCHAR);
  for (I = 0; I < N; ++I) {
    WCHAR A = String1->Buffer[I], B = String2->Buffer[I];
    if (CaseInSensitive) {
      A = (WCHAR)towupper((wint_t)A);
      B = (WCHAR)towupper((wint_t)B);
    }
    if (A != B)
      return FALSE;
  }
  return TRUE;
}
