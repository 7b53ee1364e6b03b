/* Host environment runtime: output, exit status, locking, time, crash and
 * hang handling, and the environment the shim core runs in.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "host_env.h"
#include "wskshim_core.h"

WskHostOptions WskHostOpts = {
    /* DeregisterWaitMs */ 1000,
    /* WatchdogMs */ 20000,
    /* IrpWaitMs */ 5000,
    /* KeepGoing */ FALSE,
    /* Verbose */ FALSE,
    /* AsyncIrps */ FALSE,
    /* Quiet */ FALSE,
    /* ProviderAttachMs */ 0,
    /* AcceptConnections */ 0,
};

static pthread_mutex_t GlobalLock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t GlobalCond;
static pthread_mutex_t CoreLock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t OutputLock = PTHREAD_MUTEX_INITIALIZER;

static volatile LONG RuleViolations;
static volatile LONG RunFailures;
static volatile LONG Busy;
static const char *volatile Phase = "startup";

/* ------------------------------------------------------------------ */
/* Time, lock, condition                                               */

ULONGLONG WskHostNowMs(void) {
  struct timespec T;
  clock_gettime(CLOCK_MONOTONIC, &T);
  return (ULONGLONG)T.tv_sec * 1000u + (ULONGLONG)T.tv_nsec / 1000000u;
}

void WskHostLock(void) { pthread_mutex_lock(&GlobalLock); }
void WskHostUnlock(void) { pthread_mutex_unlock(&GlobalLock); }
void WskHostBroadcast(void) { pthread_cond_broadcast(&GlobalCond); }

BOOLEAN WskHostWait(ULONGLONG DeadlineMs) {
  struct timespec T;
  ULONGLONG Now;
  if (!DeadlineMs) {
    pthread_cond_wait(&GlobalCond, &GlobalLock);
    return TRUE;
  }
  Now = WskHostNowMs();
  if (Now >= DeadlineMs)
    return FALSE;
  /* The condition variable runs on CLOCK_MONOTONIC (see WskHostStart). */
  clock_gettime(CLOCK_MONOTONIC, &T);
  T.tv_sec += (time_t)((DeadlineMs - Now) / 1000u);
  T.tv_nsec += (long)((DeadlineMs - Now) % 1000u) * 1000000L;
  if (T.tv_nsec >= 1000000000L) {
    T.tv_sec += 1;
    T.tv_nsec -= 1000000000L;
  }
  return pthread_cond_timedwait(&GlobalCond, &GlobalLock, &T) != ETIMEDOUT ||
         WskHostNowMs() < DeadlineMs;
}

void WskHostBusy(LONG Delta) {
  WskHostLock();
  Busy += Delta;
  WskHostBroadcast();
  WskHostUnlock();
}

LONG WskHostBusyCount(void) {
  LONG N;
  WskHostLock();
  N = Busy;
  WskHostUnlock();
  return N;
}

BOOLEAN WskHostWaitIdle(ULONG TimeoutMs) {
  ULONGLONG Deadline = WskHostNowMs() + TimeoutMs;
  BOOLEAN Idle;
  WskHostLock();
  while (Busy > 0 && WskHostWait(Deadline))
    ;
  Idle = Busy <= 0;
  WskHostUnlock();
  return Idle;
}

/* ------------------------------------------------------------------ */
/* Output and exit status                                              */

void WskHostSetPhase(const char *P) { Phase = P; }
const char *WskHostPhase(void) { return Phase; }

void WskHostReportRule(WskRuleId Rule, const char *File, int Line,
                       const char *Message) {
  __atomic_add_fetch(&RuleViolations, 1, __ATOMIC_SEQ_CST);
  pthread_mutex_lock(&OutputLock);
  fprintf(stdout, "wskshim: %s:%d: %s: %s\n", File ? File : "<unknown>", Line,
          WskRuleCatalog[Rule].Name, Message);
  fflush(stdout);
  pthread_mutex_unlock(&OutputLock);
}

void WskHostReportEvent(const char *Kind, const char *File, int Line,
                        const char *Format, ...) {
  char Text[512];
  va_list Args;
  va_start(Args, Format);
  vsnprintf(Text, sizeof(Text), Format, Args);
  va_end(Args);
  __atomic_add_fetch(&RunFailures, 1, __ATOMIC_SEQ_CST);
  pthread_mutex_lock(&OutputLock);
  fprintf(stdout, "wskshim: %s:%d: %s: %s\n", File ? File : "<wskshim>", Line,
          Kind, Text);
  fflush(stdout);
  pthread_mutex_unlock(&OutputLock);
}

void WskHostTrace(const char *Format, ...) {
  va_list Args;
  if (!WskHostOpts.Verbose)
    return;
  pthread_mutex_lock(&OutputLock);
  fputs("wskshim-trace: ", stderr);
  va_start(Args, Format);
  vfprintf(stderr, Format, Args);
  va_end(Args);
  fputc('\n', stderr);
  pthread_mutex_unlock(&OutputLock);
}

int WskHostExitStatus(void) {
  if (RuleViolations)
    return WSKHOST_EXIT_VIOLATIONS;
  if (RunFailures)
    return WSKHOST_EXIT_RUN_FAILED;
  return WSKHOST_EXIT_CLEAN;
}

void WskHostEndRun(void) {
  int Status = WskHostExitStatus();
  fprintf(stderr, "wskshim: exit status %d\n", Status);
  fflush(stdout);
  fflush(stderr);
  /* Driver threads may still be running or blocked: do not wait for them
     or run their atexit state. */
  _exit(Status);
}

/* ------------------------------------------------------------------ */
/* Crashes and hangs                                                   */

/* Async-signal-safe: only write(2) and _exit(2). */
static void WriteAll(const char *S) {
  size_t N = strlen(S);
  while (N > 0) {
    ssize_t W = write(STDOUT_FILENO, S, N);
    if (W <= 0)
      return;
    S += W;
    N -= (size_t)W;
  }
}

static void PutNumber(char *Buf, unsigned long V) {
  char Tmp[24];
  int N = 0;
  do {
    Tmp[N++] = (char)('0' + V % 10);
    V /= 10;
  } while (V);
  while (N)
    *Buf++ = Tmp[--N];
  *Buf = '\0';
}

static void ExitFromSignal(void) {
  int Status =
      RuleViolations ? WSKHOST_EXIT_VIOLATIONS : WSKHOST_EXIT_RUN_FAILED;
  const char *Text = Status == WSKHOST_EXIT_VIOLATIONS
                         ? "wskshim: exit status 1\n"
                         : "wskshim: exit status 3\n";
  if (write(STDERR_FILENO, Text, strlen(Text)) < 0)
    _exit(Status);
  _exit(Status);
}

/* Crash locations: the faulting instruction is mapped to the driver's
   source line with addr2line, run from the handler (fork, execve, read and
   waitpid are async-signal-safe). Found at startup, so the handler does no
   lookups of its own. */
static char Exe[512];
static const char *Symbolizer;
static ULONG_PTR LoadBias;

static int FindBias(struct dl_phdr_info *Info, size_t Size, void *Data) {
  (void)Size;
  (void)Data;
  LoadBias = (ULONG_PTR)Info->dlpi_addr; /* the first object: the program */
  return 1;
}

ULONG_PTR WskHostLoadBias(void) {
  if (!LoadBias)
    dl_iterate_phdr(FindBias, NULL);
  return LoadBias;
}

static void FindSymbolizer(void) {
  static const char *const Candidates[] = {"/usr/bin/addr2line",
                                           "/usr/bin/llvm-addr2line"};
  ssize_t N = readlink("/proc/self/exe", Exe, sizeof(Exe) - 1);
  size_t I;
  if (N <= 0)
    return;
  Exe[N] = '\0';
  dl_iterate_phdr(FindBias, NULL);
  for (I = 0; I < sizeof(Candidates) / sizeof(Candidates[0]); ++I)
    if (access(Candidates[I], X_OK) == 0) {
      Symbolizer = Candidates[I];
      return;
    }
}

static void PutHex(char *Buf, ULONG_PTR V) {
  char Tmp[20];
  int N = 0;
  do {
    unsigned D = (unsigned)(V & 15);
    Tmp[N++] = (char)(D < 10 ? '0' + D : 'a' + D - 10);
    V >>= 4;
  } while (V);
  *Buf++ = '0';
  *Buf++ = 'x';
  while (N)
    *Buf++ = Tmp[--N];
  *Buf = '\0';
}

/* "file:line" of Pc into Out, or FALSE. */
static BOOLEAN SourceLine(ULONG_PTR Pc, char *Out, size_t Size) {
  char Address[24];
  int Pipe[2];
  pid_t Child;
  size_t Len = 0;
  ssize_t R;
  char *End;
  if (!Symbolizer || !Exe[0] || pipe(Pipe) != 0)
    return FALSE;
  PutHex(Address, Pc - LoadBias);
  Child = fork();
  if (Child < 0)
    return FALSE;
  if (Child == 0) {
    char *Argv[5];
    char *Envp[1] = {NULL};
    int Null = open("/dev/null", O_WRONLY);
    Argv[0] = (char *)Symbolizer;
    Argv[1] = (char *)"-e";
    Argv[2] = Exe;
    Argv[3] = Address;
    Argv[4] = NULL;
    dup2(Pipe[1], STDOUT_FILENO);
    if (Null >= 0)
      dup2(Null, STDERR_FILENO);
    close(Pipe[0]);
    execve(Symbolizer, Argv, Envp);
    _exit(127);
  }
  close(Pipe[1]);
  while (Len + 1 < Size && (R = read(Pipe[0], Out + Len, Size - 1 - Len)) > 0)
    Len += (size_t)R;
  close(Pipe[0]);
  waitpid(Child, NULL, 0);
  Out[Len] = '\0';
  /* "file:line", maybe followed by " (discriminator N)" and a newline. */
  for (End = Out; *End && *End != '\n' && *End != ' '; ++End)
    ;
  *End = '\0';
  return Out[0] && Out[0] != '?' && strstr(Out, ":?") == NULL &&
         strstr(Out, ":0") != End - 2;
}

/* Whether line Line of File mentions Word; reads with open/read only. */
static BOOLEAN LineMentions(const char *File, unsigned long Line,
                            const char *Word) {
  char Buf[4096], Text[1024];
  size_t TextLen = 0, WordLen = strlen(Word);
  unsigned long Current = 1;
  ssize_t N;
  int Fd = open(File, O_RDONLY);
  if (Fd < 0)
    return FALSE;
  while ((N = read(Fd, Buf, sizeof(Buf))) > 0) {
    ssize_t I;
    for (I = 0; I < N; ++I) {
      if (Buf[I] == '\n') {
        if (Current == Line)
          goto Done;
        ++Current;
        continue;
      }
      if (Current == Line && TextLen + 1 < sizeof(Text))
        Text[TextLen++] = Buf[I];
    }
  }
Done:
  close(Fd);
  Text[TextLen] = '\0';
  if (Current != Line)
    return FALSE;
  for (N = 0; (size_t)N + WordLen <= TextLen; ++N)
    if (!memcmp(Text + N, Word, WordLen))
      return TRUE;
  return FALSE;
}

/* A WSK_PROVIDER_DISPATCH member read through a NULL table: the fault
   address is the member's offset. */
static const char *DispatchMemberAt(ULONG_PTR Offset) {
#define MEMBER(M)                                                              \
  if (Offset == offsetof(WSK_PROVIDER_DISPATCH, M))                            \
    return #M;
  MEMBER(WskSocket)
  MEMBER(WskSocketConnect)
  MEMBER(WskControlClient)
  MEMBER(WskGetAddressInfo)
  MEMBER(WskFreeAddressInfo)
  MEMBER(WskGetNameInfo)
#undef MEMBER
  return NULL;
}

static void OnCrash(int Signal, siginfo_t *Info, void *UcontextArg) {
  char Num[24], Where[512];
  const char *Name = Signal == SIGSEGV   ? "SIGSEGV"
                     : Signal == SIGBUS  ? "SIGBUS"
                     : Signal == SIGILL  ? "SIGILL"
                     : Signal == SIGFPE  ? "SIGFPE"
                     : Signal == SIGABRT ? "SIGABRT"
                                         : "signal";
  ULONG_PTR Pc = 0, FaultAddress = (ULONG_PTR)Info->si_addr;
  BOOLEAN Located = FALSE;
  const char *Member;
#if defined(__x86_64__)
  ucontext_t *Uc = (ucontext_t *)UcontextArg;
  Pc = (ULONG_PTR)Uc->uc_mcontext.gregs[REG_RIP];
  /* A call to a NULL function: the caller is at the return address. */
  if (Pc < 4096)
    Pc = *(ULONG_PTR *)Uc->uc_mcontext.gregs[REG_RSP] - 1;
#else
  (void)UcontextArg;
#endif
  if (Pc && Signal != SIGABRT)
    Located = SourceLine(Pc, Where, sizeof(Where));

  /* A dispatch call through an NPI that was never captured loads the
     function pointer from a NULL table before the call site can be
     recorded; the fault tells the member, the source line confirms it. */
  Member = Signal == SIGSEGV && Located && FaultAddress < 4096
               ? DispatchMemberAt(FaultAddress)
               : NULL;
  if (Member) {
    char *Colon = strrchr(Where, ':');
    unsigned long Line = 0;
    const char *D;
    for (D = Colon + 1; *D >= '0' && *D <= '9'; ++D)
      Line = Line * 10 + (unsigned long)(*D - '0');
    *Colon = '\0';
    if (LineMentions(Where, Line, Member)) {
      *Colon = ':';
      __atomic_add_fetch(&RuleViolations, 1, __ATOMIC_SEQ_CST);
      WriteAll("wskshim: ");
      WriteAll(Where);
      WriteAll(": ");
      WriteAll(WskRuleCatalog[WskRule_DispatchWithoutCapture].Name);
      WriteAll(": ");
      WriteAll(Member);
      WriteAll(" called through a WSK_PROVIDER_NPI that was never captured "
               "(its Dispatch is NULL; found when reading the function "
               "pointer faulted)\n");
      ExitFromSignal();
    }
    *Colon = ':';
  }

  PutNumber(Num, (unsigned long)Signal);
  WriteAll("wskshim: ");
  WriteAll(Located ? Where : "<wskshim>:0");
  WriteAll(": crash: the driver crashed (signal ");
  WriteAll(Num);
  WriteAll(", ");
  WriteAll(Name);
  if (Signal == SIGSEGV || Signal == SIGBUS) {
    char Hex[24];
    PutHex(Hex, FaultAddress);
    WriteAll(" at ");
    WriteAll(Hex);
  }
  WriteAll(") during ");
  WriteAll(Phase);
  WriteAll("\n");
  ExitFromSignal();
}

static void OnWatchdog(int Signal) {
  char Num[24];
  (void)Signal;
  PutNumber(Num, WskHostOpts.WatchdogMs);
  WriteAll("wskshim: <wskshim>:0: hang: the run did not finish within ");
  WriteAll(Num);
  WriteAll(" ms (during ");
  WriteAll(Phase);
  WriteAll(")\n");
  ExitFromSignal();
}

/* ------------------------------------------------------------------ */
/* The core's environment                                              */

static void CoreReport(void *Ctx, WskRuleId Rule, const char *File, int Line,
                       const char *Message) {
  (void)Ctx;
  WskHostReportRule(Rule, File, Line, Message);
}

static void CorePathEnded(void *Ctx, WskRuleId Rule) {
  (void)Ctx;
  if (WskHostOpts.KeepGoing) {
    WskHostTrace("keep going after %s", WskRuleCatalog[Rule].Name);
    return;
  }
  WskHostEndRun();
}

static ULONG_PTR CoreThread(void *Ctx) {
  (void)Ctx;
  return (ULONG_PTR)pthread_self();
}

static void CoreLockFn(void *Ctx) {
  (void)Ctx;
  pthread_mutex_lock(&CoreLock);
}

static void CoreUnlockFn(void *Ctx) {
  (void)Ctx;
  pthread_mutex_unlock(&CoreLock);
}

static void CoreSleep(void *Ctx, ULONG Ms) {
  struct timespec T;
  (void)Ctx;
  T.tv_sec = Ms / 1000;
  T.tv_nsec = (long)(Ms % 1000) * 1000000L;
  nanosleep(&T, NULL);
}

static NTSTATUS CoreFault(void *Ctx, const char *Function) {
  (void)Ctx;
  return WskHostFault(Function);
}

void WskHostStart(void) {
  static char AltStack[64 * 1024];
  pthread_condattr_t Attr;
  struct sigaction Sa;
  stack_t Ss;
  struct itimerval Timer;
  WskShimEnv Env;
  static const int CrashSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
  size_t I;

  pthread_condattr_init(&Attr);
  pthread_condattr_setclock(&Attr, CLOCK_MONOTONIC);
  pthread_cond_init(&GlobalCond, &Attr);
  pthread_condattr_destroy(&Attr);

  /* The crash handler runs on its own stack so a stack overflow is
     reported too. */
  Ss.ss_sp = AltStack;
  Ss.ss_size = sizeof(AltStack);
  Ss.ss_flags = 0;
  sigaltstack(&Ss, NULL);
  memset(&Sa, 0, sizeof(Sa));
  FindSymbolizer();
  Sa.sa_sigaction = OnCrash;
  Sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&Sa.sa_mask);
  for (I = 0; I < sizeof(CrashSignals) / sizeof(CrashSignals[0]); ++I)
    sigaction(CrashSignals[I], &Sa, NULL);

  memset(&Sa, 0, sizeof(Sa));
  Sa.sa_handler = OnWatchdog;
  sigemptyset(&Sa.sa_mask);
  sigaction(SIGALRM, &Sa, NULL);
  memset(&Timer, 0, sizeof(Timer));
  Timer.it_value.tv_sec = WskHostOpts.WatchdogMs / 1000;
  Timer.it_value.tv_usec = (suseconds_t)(WskHostOpts.WatchdogMs % 1000) * 1000;
  setitimer(ITIMER_REAL, &Timer, NULL);

  Env.Context = NULL;
  Env.Report = CoreReport;
  Env.PathEnded = CorePathEnded;
  Env.CurrentThread = CoreThread;
  Env.Lock = CoreLockFn;
  Env.Unlock = CoreUnlockFn;
  Env.Sleep = CoreSleep;
  Env.InjectFault = CoreFault;
  Env.DeregisterWaitMs = WskHostOpts.DeregisterWaitMs;
  Env.FaultDispatch = FALSE;   /* the provider simulator injects its own */
  Env.ProviderDispatch = NULL; /* the simulator implements every call */
  WskShimCoreInit(&Env);

  WskHostProviderStart();
}
