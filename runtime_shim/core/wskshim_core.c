/* The wskshim core state machine; see wskshim_core.h. */
#include "wskshim_core.h"

/* ------------------------------------------------------------------ */
/* State                                                               */

typedef enum RegState {
  RegUnused = 0,   /* table slot free */
  RegRegistered,   /* WskRegister succeeded, no WskDeregister yet */
  RegFailed,       /* the last WskRegister on the object failed */
  RegDeregistered, /* WskDeregister ran (or was refused as a hang) */
  RegLost          /* reported as leaked; no longer reachable */
} RegState;

typedef struct Registration {
  const void *Object; /* the WSK_REGISTRATION's address: the key */
  RegState State;
  /* Unique per successful WskRegister, across all objects, so a dispatch
     table or client handle from an earlier registration never matches a
     later one even when the table slot is reused. */
  ULONG_PTR Generation;
  LONG Captures; /* successful captures not yet released */
  ULONG LastUse; /* for picking a slot to reuse */
  const char *RegisterFile;
  int RegisterLine;
  const char *EndFile; /* failed WskRegister, WskDeregister or loss */
  int EndLine;
  const char *CaptureFile; /* last successful capture */
  int CaptureLine;
  const char *FailedCaptureFile; /* last failed capture */
  int FailedCaptureLine;
  const char *ReleaseFile; /* last release */
  int ReleaseLine;
  PWSK_CLIENT RealClient;
  const WSK_PROVIDER_DISPATCH *RealDispatch;
  /* What the driver gets as WSK_PROVIDER_NPI.Dispatch: the wrapped entries.
     Never freed, so a stale pointer still leads into the checks. */
  WSK_PROVIDER_DISPATCH Wrapped;
} Registration;

/* Per-thread call sites: the client-function call in progress (for the
   provider's own reports) and the last dispatch call site noted by the
   redirect header, consumed by the wrapped entry it leads to. */
typedef struct ThreadSlot {
  ULONG_PTR Thread;
  const char *NotedFile; /* WskShimNoteSite, for the WskShimNoted* calls */
  int NotedLine;
  const char *ApiFile;
  int ApiLine;
  const char *DispatchFile;
  int DispatchLine;
  PWSK_CLIENT DispatchClient;
  const char *SocketFile; /* WskShimSocketSite, for the socket wrappers */
  int SocketLine;
  PWSK_SOCKET SocketSite;
} ThreadSlot;

/* A socket created under a tracked registration. The driver is handed
   &Socket, whose Dispatch is the core's wrapped table for the category; the
   provider's socket is Real. Closed sockets keep their slot (until it is
   reused, least recently closed first), so a call through a stale pointer
   still leads into the checks. */
typedef enum SockState {
  SockUnused = 0,
  SockOpen,  /* created, WskCloseSocket not called */
  SockClosed /* WskCloseSocket called */
} SockState;

typedef struct ShimSocket {
  WSK_SOCKET Socket; /* first: the PWSK_SOCKET the driver holds */
  SockState State;
  ULONG Category; /* WSK_FLAG_*_SOCKET */
  PWSK_SOCKET Real;
  ULONG RegIndex; /* the registration it was created under */
  ULONG_PTR Generation;
  const char *Creator; /* WskSocket, WskSocketConnect, WskAccept */
  const char *CreateFile;
  int CreateLine;
  const char *CloseFile;
  int CloseLine;
  ULONG LastUse;
} ShimSocket;

/* A socket-creating request forwarded to the provider: the core's
   completion routine stands in the IRP for the driver's (kept here) and
   wraps the socket the IRP completes with before the driver sees it. */
typedef struct PendingCreate {
  PIRP Irp; /* NULL: slot free */
  PIO_COMPLETION_ROUTINE Routine;
  PVOID Context;
  UCHAR Control;
  ULONG Category;
  ULONG RegIndex;
  ULONG_PTR Generation;
  const char *Creator;
  const char *File;
  int Line;
} PendingCreate;

static WskShimEnv Env;
static Registration Regs[WSKSHIM_MAX_REGISTRATIONS];
static ThreadSlot Threads[WSKSHIM_MAX_THREADS];
static ULONG_PTR NextGeneration;
static ULONG Violations;
static ULONG UseClock;
static ShimSocket Sockets[WSKSHIM_MAX_SOCKETS];
static PendingCreate Creates[WSKSHIM_MAX_PENDING_CREATES];
static void InitSocketTables(void);

/* ------------------------------------------------------------------ */
/* Client handles                                                      */

/* WSK_PROVIDER_NPI.Client is opaque to the driver, so the core hands out an
   encoded handle instead of the provider's: tag, failed-capture flag,
   registration slot and generation. The wrapped dispatch entries decode it
   to find the registration the call belongs to. The tag makes the value a
   non-canonical address on x86_64, so a driver dereferencing it faults. */
#define PTR_BITS (sizeof(ULONG_PTR) * 8)
#define TOKEN_TAG ((ULONG_PTR)0xA << (PTR_BITS - 4))
#define TOKEN_TAG_MASK ((ULONG_PTR)0xF << (PTR_BITS - 4))
#define TOKEN_FAILED ((ULONG_PTR)1 << (PTR_BITS - 5))
#define TOKEN_INDEX_SHIFT (PTR_BITS - 13)
#define TOKEN_INDEX_MASK ((ULONG_PTR)0xFF)
#define TOKEN_GEN_MASK (((ULONG_PTR)1 << TOKEN_INDEX_SHIFT) - 1)
#define TOKEN_NO_INDEX 0xFF

static PWSK_CLIENT MakeToken(ULONG Index, ULONG_PTR Generation,
                             BOOLEAN Failed) {
  ULONG_PTR V = TOKEN_TAG |
                ((ULONG_PTR)(Index & TOKEN_INDEX_MASK) << TOKEN_INDEX_SHIFT) |
                (Generation & TOKEN_GEN_MASK);
  if (Failed)
    V |= TOKEN_FAILED;
  return (PWSK_CLIENT)V;
}

static BOOLEAN IsToken(PWSK_CLIENT Client) {
  return ((ULONG_PTR)Client & TOKEN_TAG_MASK) == TOKEN_TAG;
}

/* ------------------------------------------------------------------ */
/* Message building without a C runtime                                */

typedef struct Msg {
  char Text[WSKSHIM_MESSAGE_SIZE];
  ULONG Len;
} Msg;

static void Put(Msg *M, const char *S) {
  while (S && *S && M->Len + 1 < sizeof(M->Text))
    M->Text[M->Len++] = *S++;
  M->Text[M->Len] = '\0';
}

static void PutUnsigned(Msg *M, ULONG_PTR V, ULONG Base) {
  char Digits[2 * sizeof(ULONG_PTR) * 4 + 1];
  int N = 0;
  do {
    ULONG D = (ULONG)(V % Base);
    Digits[N++] = (char)(D < 10 ? '0' + D : 'A' + D - 10);
    V /= Base;
  } while (V);
  if (Base == 16) {
    while (N < 8)
      Digits[N++] = '0';
    Put(M, "0x");
  }
  while (N > 0) {
    char One[2];
    One[0] = Digits[--N];
    One[1] = '\0';
    Put(M, One);
  }
}

/* Just the file's last component keeps messages short and stable. */
static const char *BaseName(const char *File) {
  const char *B = File;
  if (!File)
    return "<unknown>";
  for (; *File; ++File)
    if (*File == '/' || *File == '\\')
      B = File + 1;
  return B;
}

static void PutSite(Msg *M, const char *File, int Line) {
  Put(M, BaseName(File));
  Put(M, ":");
  PutUnsigned(M, (ULONG_PTR)(Line < 0 ? 0 : Line), 10);
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

static ThreadSlot *CurrentSlot(BOOLEAN Create) {
  ULONG_PTR Self = Env.CurrentThread(Env.Context);
  ThreadSlot *Free = NULL;
  ULONG I;
  for (I = 0; I < WSKSHIM_MAX_THREADS; ++I) {
    ThreadSlot *S = &Threads[I];
    if (S->Thread == Self)
      return S;
    if (!Free && (S->Thread == 0 || (!S->ApiFile && !S->DispatchFile &&
                                     !S->NotedFile && !S->SocketFile)))
      Free = S;
  }
  if (!Create || !Free)
    return NULL;
  Free->Thread = Self;
  Free->ApiFile = Free->DispatchFile = Free->NotedFile = NULL;
  Free->ApiLine = Free->DispatchLine = Free->NotedLine = 0;
  Free->DispatchClient = NULL;
  Free->SocketFile = NULL;
  Free->SocketLine = 0;
  Free->SocketSite = NULL;
  return Free;
}

static void SetApiSite(const char *File, int Line) {
  ThreadSlot *S = CurrentSlot(TRUE);
  if (S) {
    S->ApiFile = File;
    S->ApiLine = Line;
  }
}

static void ClearApiSite(void) {
  ThreadSlot *S = CurrentSlot(FALSE);
  if (S) {
    S->ApiFile = NULL;
    S->ApiLine = 0;
  }
}

static Registration *Find(const void *Object) {
  ULONG I;
  for (I = 0; I < WSKSHIM_MAX_REGISTRATIONS; ++I)
    if (Regs[I].State != RegUnused && Regs[I].Object == Object)
      return &Regs[I];
  return NULL;
}

/* A slot for Object: its own, a free one, or the least recently used one
   that is not registered. NULL when every slot holds a live registration;
   the object is then not tracked. */
static Registration *FindOrAdd(const void *Object) {
  Registration *R = Find(Object), *Victim = NULL;
  ULONG I;
  if (R)
    return R;
  for (I = 0; I < WSKSHIM_MAX_REGISTRATIONS; ++I) {
    R = &Regs[I];
    if (R->State == RegUnused) {
      Victim = R;
      break;
    }
    if (R->State != RegRegistered && (!Victim || R->LastUse < Victim->LastUse))
      Victim = R;
  }
  if (!Victim)
    return NULL;
  RtlZeroMemory(Victim, sizeof(*Victim));
  Victim->Object = Object;
  return Victim;
}

static ULONG IndexOf(const Registration *R) { return (ULONG)(R - Regs); }

static void Touch(Registration *R) { R->LastUse = ++UseClock; }

/* ------------------------------------------------------------------ */
/* Socket tables                                                       */

static ShimSocket *AsShimSocket(PWSK_SOCKET Socket) {
  ULONG_PTR P = (ULONG_PTR)Socket, B = (ULONG_PTR)Sockets;
  if (!Socket || P < B || P - B >= sizeof(Sockets) ||
      (P - B) % sizeof(ShimSocket) != 0)
    return NULL;
  return (ShimSocket *)Socket;
}

static BOOLEAN SocketOf(const ShimSocket *S, const Registration *R) {
  return S->RegIndex == IndexOf(R) && S->Generation == R->Generation;
}

/* Open sockets created under R; *First, if given, the first of them. Lock
   held. */
static ULONG OpenSocketsOf(const Registration *R, const ShimSocket **First) {
  ULONG I, N = 0;
  for (I = 0; I < WSKSHIM_MAX_SOCKETS; ++I)
    if (Sockets[I].State == SockOpen && SocketOf(&Sockets[I], R)) {
      if (First && N == 0)
        *First = &Sockets[I];
      ++N;
    }
  return N;
}

/* A slot for a new socket: a free one, or the least recently closed one.
   NULL when every slot holds an open socket; the socket is then handed to
   the driver unwrapped and not tracked. Lock held. */
static ShimSocket *NewShimSocket(void) {
  ShimSocket *Victim = NULL;
  ULONG I;
  for (I = 0; I < WSKSHIM_MAX_SOCKETS; ++I) {
    ShimSocket *S = &Sockets[I];
    if (S->State == SockUnused)
      return S;
    if (S->State == SockClosed && (!Victim || S->LastUse < Victim->LastUse))
      Victim = S;
  }
  return Victim;
}

/* ------------------------------------------------------------------ */
/* Reporting                                                           */

static void Violation(WskRuleId Rule, const char *File, int Line,
                      const Msg *M) {
  ++Violations;
  Env.Report(Env.Context, Rule, File ? File : "<unknown>", File ? Line : 0,
             M->Text);
}

/* Why an object is not registered, for the messages. */
static void PutNotRegistered(Msg *M, const Registration *R) {
  if (!R) {
    Put(M, "it was never registered");
    return;
  }
  switch (R->State) {
  case RegFailed:
    Put(M, "its WskRegister at ");
    PutSite(M, R->EndFile, R->EndLine);
    Put(M, " failed");
    break;
  case RegDeregistered:
    Put(M, "it was deregistered at ");
    PutSite(M, R->EndFile, R->EndLine);
    break;
  case RegLost:
    Put(M, "its registration at ");
    PutSite(M, R->RegisterFile, R->RegisterLine);
    Put(M, " was already lost");
    break;
  default:
    Put(M, "it was never registered");
    break;
  }
}

/* ------------------------------------------------------------------ */
/* The four client functions                                           */

void WskShimCoreInit(const WskShimEnv *E) {
  Env = *E;
  RtlZeroMemory(Regs, sizeof(Regs));
  RtlZeroMemory(Threads, sizeof(Threads));
  RtlZeroMemory(Sockets, sizeof(Sockets));
  RtlZeroMemory(Creates, sizeof(Creates));
  InitSocketTables();
  NextGeneration = 1;
  Violations = 0;
  UseClock = 0;
}

NTSTATUS WskShimRegister(PWSK_CLIENT_NPI WskClientNpi,
                         PWSK_REGISTRATION WskRegistration, const char *File,
                         int Line) {
  Registration *R;
  NTSTATUS Status;
  Env.Lock(Env.Context);
  SetApiSite(File, Line);
  R = Find(WskRegistration);
  if (R && R->State == RegRegistered) {
    Msg M = {{0}, 0};
    Put(&M, "WskRegister on a WSK_REGISTRATION that is already registered "
            "(registered at ");
    PutSite(&M, R->RegisterFile, R->RegisterLine);
    Put(&M, ")");
    Violation(WskRule_DoubleRegister, File, Line, &M);
    ClearApiSite();
    Env.Unlock(Env.Context);
    Env.PathEnded(Env.Context, WskRule_DoubleRegister);
    return STATUS_INVALID_DEVICE_STATE;
  }
  Env.Unlock(Env.Context);

  Status = Env.InjectFault(Env.Context, "WskRegister");
  if (NT_SUCCESS(Status))
    Status = WskRegister(WskClientNpi, WskRegistration);

  Env.Lock(Env.Context);
  R = FindOrAdd(WskRegistration);
  if (R) {
    Touch(R);
    if (NT_SUCCESS(Status)) {
      R->State = RegRegistered;
      R->Generation = NextGeneration++;
      R->Captures = 0;
      R->RegisterFile = File;
      R->RegisterLine = Line;
      R->RealClient = NULL;
      R->RealDispatch = NULL;
    } else {
      R->State = RegFailed;
      R->EndFile = File;
      R->EndLine = Line;
    }
  }
  ClearApiSite();
  Env.Unlock(Env.Context);
  return Status;
}

/* What a failed capture leaves in the NPI: the wrapped table and a client
   handle marked failed, so a call through it is reported as
   wsk.DispatchWithoutCapture instead of crashing. WSK leaves the NPI's
   contents after a failure unspecified, so this changes nothing a correct
   driver may rely on. */
static void InitWrapped(WSK_PROVIDER_DISPATCH *W, USHORT Version);

static void PoisonNpi(PWSK_PROVIDER_NPI Npi, Registration *R) {
  static WSK_PROVIDER_DISPATCH Orphan;
  if (!Npi)
    return;
  if (R) {
    if (!R->Wrapped.WskSocket)
      InitWrapped(&R->Wrapped, 0);
    Npi->Client = MakeToken(IndexOf(R), R->Generation, TRUE);
    Npi->Dispatch = &R->Wrapped;
  } else {
    if (!Orphan.WskSocket)
      InitWrapped(&Orphan, 0);
    Npi->Client = MakeToken(TOKEN_NO_INDEX, 0, TRUE);
    Npi->Dispatch = &Orphan;
  }
}

NTSTATUS WskShimCaptureProviderNPI(PWSK_REGISTRATION WskRegistration,
                                   ULONG WaitTimeout,
                                   PWSK_PROVIDER_NPI WskProviderNpi,
                                   const char *File, int Line) {
  Registration *R;
  WSK_PROVIDER_NPI Real;
  NTSTATUS Status;
  Env.Lock(Env.Context);
  SetApiSite(File, Line);
  R = Find(WskRegistration);
  if (!R || R->State != RegRegistered) {
    Msg M = {{0}, 0};
    Put(&M, "WskCaptureProviderNPI on a WSK_REGISTRATION that is not "
            "registered: ");
    PutNotRegistered(&M, R);
    Violation(WskRule_CaptureWithoutRegister, File, Line, &M);
    if (R) {
      R->FailedCaptureFile = File;
      R->FailedCaptureLine = Line;
    }
    PoisonNpi(WskProviderNpi, R);
    ClearApiSite();
    Env.Unlock(Env.Context);
    Env.PathEnded(Env.Context, WskRule_CaptureWithoutRegister);
    return STATUS_INVALID_DEVICE_STATE;
  }
  Env.Unlock(Env.Context);

  Real.Client = NULL;
  Real.Dispatch = NULL;
  Status = Env.InjectFault(Env.Context, "WskCaptureProviderNPI");
  if (NT_SUCCESS(Status))
    Status = WskCaptureProviderNPI(WskRegistration, WaitTimeout, &Real);
  if (NT_SUCCESS(Status) && Real.Dispatch && Env.ProviderDispatch)
    Real.Dispatch = Env.ProviderDispatch(Env.Context, Real.Dispatch);

  Env.Lock(Env.Context);
  R = Find(WskRegistration);
  if (R) {
    Touch(R);
    if (NT_SUCCESS(Status) && Real.Dispatch) {
      ++R->Captures;
      R->CaptureFile = File;
      R->CaptureLine = Line;
      R->RealClient = Real.Client;
      R->RealDispatch = Real.Dispatch;
      InitWrapped(&R->Wrapped, Real.Dispatch->Version);
      WskProviderNpi->Client = MakeToken(IndexOf(R), R->Generation, FALSE);
      WskProviderNpi->Dispatch = &R->Wrapped;
    } else if (!NT_SUCCESS(Status)) {
      R->FailedCaptureFile = File;
      R->FailedCaptureLine = Line;
      PoisonNpi(WskProviderNpi, R);
    }
  } else if (NT_SUCCESS(Status)) {
    /* Untracked (table full): hand the provider's NPI through. */
    *WskProviderNpi = Real;
  }
  ClearApiSite();
  Env.Unlock(Env.Context);
  return Status;
}

VOID WskShimReleaseProviderNPI(PWSK_REGISTRATION WskRegistration,
                               const char *File, int Line) {
  Registration *R;
  Env.Lock(Env.Context);
  SetApiSite(File, Line);
  R = Find(WskRegistration);
  if (!R || R->State != RegRegistered || R->Captures <= 0) {
    Msg M = {{0}, 0};
    Put(&M, "WskReleaseProviderNPI without a matching successful capture: ");
    if (R && R->State == RegRegistered) {
      Put(&M, "no capture is held");
      if (R->ReleaseFile) {
        Put(&M, " (last released at ");
        PutSite(&M, R->ReleaseFile, R->ReleaseLine);
        Put(&M, ")");
      } else if (R->FailedCaptureFile) {
        Put(&M, " (the capture at ");
        PutSite(&M, R->FailedCaptureFile, R->FailedCaptureLine);
        Put(&M, " failed)");
      }
    } else {
      Put(&M, "the WSK_REGISTRATION is not registered: ");
      PutNotRegistered(&M, R);
    }
    Violation(WskRule_UnbalancedRelease, File, Line, &M);
    ClearApiSite();
    Env.Unlock(Env.Context);
    Env.PathEnded(Env.Context, WskRule_UnbalancedRelease);
    return;
  }
  --R->Captures;
  R->ReleaseFile = File;
  R->ReleaseLine = Line;
  Touch(R);
  Env.Unlock(Env.Context);

  WskReleaseProviderNPI(WskRegistration);

  Env.Lock(Env.Context);
  ClearApiSite();
  Env.Unlock(Env.Context);
}

VOID WskShimDeregister(PWSK_REGISTRATION WskRegistration, const char *File,
                       int Line) {
  Registration *R;
  ULONG Waited = 0;
  Env.Lock(Env.Context);
  SetApiSite(File, Line);
  R = Find(WskRegistration);
  if (!R || R->State != RegRegistered) {
    Msg M = {{0}, 0};
    Put(&M, "WskDeregister on a WSK_REGISTRATION that is not registered: ");
    PutNotRegistered(&M, R);
    Violation(WskRule_DuplicateDeregister, File, Line, &M);
    ClearApiSite();
    Env.Unlock(Env.Context);
    Env.PathEnded(Env.Context, WskRule_DuplicateDeregister);
    return;
  }

  /* Another thread may still release its capture; WskDeregister waits for
     that. Only a capture nobody releases makes it wait forever. */
  while (R->Captures > 0 && Waited < Env.DeregisterWaitMs) {
    Env.Unlock(Env.Context);
    Env.Sleep(Env.Context, 10);
    Waited += 10;
    Env.Lock(Env.Context);
    R = Find(WskRegistration);
    if (!R || R->State != RegRegistered)
      break;
  }
  if (R && R->State == RegRegistered && R->Captures > 0) {
    Msg M = {{0}, 0};
    Put(&M, "WskDeregister while ");
    PutUnsigned(&M, (ULONG_PTR)R->Captures, 10);
    Put(&M, " capture(s) of the provider NPI are held (last captured at ");
    PutSite(&M, R->CaptureFile, R->CaptureLine);
    Put(&M, "): it waits for their release and never returns");
    Violation(WskRule_DeregisterWhileCaptured, File, Line, &M);
    /* The call never returns: nothing after it is meaningful, and a
       keep-going run must not report this registration again. */
    R->State = RegDeregistered;
    R->EndFile = File;
    R->EndLine = Line;
    ClearApiSite();
    Env.Unlock(Env.Context);
    Env.PathEnded(Env.Context, WskRule_DeregisterWhileCaptured);
    return;
  }
  /* WskDeregister also waits for every socket created under the
     registration to be closed; another thread may still close one. */
  Waited = 0;
  while (R && R->State == RegRegistered && OpenSocketsOf(R, NULL) > 0 &&
         Waited < Env.DeregisterWaitMs) {
    Env.Unlock(Env.Context);
    Env.Sleep(Env.Context, 10);
    Waited += 10;
    Env.Lock(Env.Context);
    R = Find(WskRegistration);
  }
  if (R && R->State == RegRegistered) {
    const ShimSocket *First = NULL;
    ULONG Open = OpenSocketsOf(R, &First);
    if (Open > 0) {
      Msg M = {{0}, 0};
      Put(&M, "WskDeregister while ");
      PutUnsigned(&M, (ULONG_PTR)Open, 10);
      Put(&M, " socket(s) created under the registration are open (");
      Put(&M, First->Creator);
      Put(&M, " at ");
      PutSite(&M, First->CreateFile, First->CreateLine);
      Put(&M, ", never closed): it waits for them to be closed and never "
              "returns");
      Violation(WskRule_SocketOpenAtDeregister, File, Line, &M);
      R->State = RegDeregistered;
      R->EndFile = File;
      R->EndLine = Line;
      ClearApiSite();
      Env.Unlock(Env.Context);
      Env.PathEnded(Env.Context, WskRule_SocketOpenAtDeregister);
      return;
    }
  }
  if (R && R->State == RegRegistered) {
    /* From here on the object counts as deregistered: a capture racing
       with the teardown is refused. */
    R->State = RegDeregistered;
    R->EndFile = File;
    R->EndLine = Line;
    Touch(R);
  }
  Env.Unlock(Env.Context);

  WskDeregister(WskRegistration);

  Env.Lock(Env.Context);
  ClearApiSite();
  Env.Unlock(Env.Context);
}

void WskShimNoteSite(const char *File, int Line) {
  ThreadSlot *S;
  Env.Lock(Env.Context);
  S = CurrentSlot(TRUE);
  if (S) {
    S->NotedFile = File;
    S->NotedLine = Line;
  }
  Env.Unlock(Env.Context);
}

/* Takes (and clears) the site WskShimNoteSite recorded on this thread. */
static void TakeNotedSite(const char **File, int *Line) {
  ThreadSlot *S;
  Env.Lock(Env.Context);
  S = CurrentSlot(FALSE);
  *File = S ? S->NotedFile : NULL;
  *Line = S ? S->NotedLine : 0;
  if (S) {
    S->NotedFile = NULL;
    S->NotedLine = 0;
  }
  Env.Unlock(Env.Context);
}

NTSTATUS WskShimNotedRegister(PWSK_CLIENT_NPI WskClientNpi,
                              PWSK_REGISTRATION WskRegistration) {
  const char *File;
  int Line;
  TakeNotedSite(&File, &Line);
  return WskShimRegister(WskClientNpi, WskRegistration, File, Line);
}

NTSTATUS WskShimNotedCaptureProviderNPI(PWSK_REGISTRATION WskRegistration,
                                        ULONG WaitTimeout,
                                        PWSK_PROVIDER_NPI WskProviderNpi) {
  const char *File;
  int Line;
  TakeNotedSite(&File, &Line);
  return WskShimCaptureProviderNPI(WskRegistration, WaitTimeout, WskProviderNpi,
                                   File, Line);
}

VOID WskShimNotedReleaseProviderNPI(PWSK_REGISTRATION WskRegistration) {
  const char *File;
  int Line;
  TakeNotedSite(&File, &Line);
  WskShimReleaseProviderNPI(WskRegistration, File, Line);
}

VOID WskShimNotedDeregister(PWSK_REGISTRATION WskRegistration) {
  const char *File;
  int Line;
  TakeNotedSite(&File, &Line);
  WskShimDeregister(WskRegistration, File, Line);
}

/* ------------------------------------------------------------------ */
/* The wrapped WSK_PROVIDER_DISPATCH                                   */

PWSK_CLIENT WskShimDispatchSite(PWSK_CLIENT Client, const char *File,
                                int Line) {
  ThreadSlot *S;
  BOOLEAN Bad = FALSE;
  Env.Lock(Env.Context);
  if (!IsToken(Client)) {
    Msg M = {{0}, 0};
    Put(&M, "provider dispatch function called through a WSK_PROVIDER_NPI "
            "that was never captured (its Client ");
    if (Client)
      Put(&M, "was not handed out by WskCaptureProviderNPI)");
    else
      Put(&M, "is NULL)");
    Violation(WskRule_DispatchWithoutCapture, File, Line, &M);
    Bad = TRUE;
  } else {
    S = CurrentSlot(TRUE);
    if (S) {
      S->DispatchFile = File;
      S->DispatchLine = Line;
      S->DispatchClient = Client;
    }
  }
  Env.Unlock(Env.Context);
  if (Bad)
    Env.PathEnded(Env.Context, WskRule_DispatchWithoutCapture);
  return Client;
}

/* Checks a call of Function that arrived in the wrapped table. Returns the
   registration to forward to, or NULL when the call must not reach the
   provider (after reporting, in keep-going mode). */
static Registration *EnterDispatchAt(PWSK_CLIENT Client, const char *Function,
                                     const char **SiteFile, int *SiteLine) {
  ThreadSlot *S;
  const char *File = NULL;
  int Line = 0;
  Registration *R = NULL;
  WskRuleId Rule = WskRule_Count;
  Msg M = {{0}, 0};
  ULONG_PTR V = (ULONG_PTR)Client;

  Env.Lock(Env.Context);
  S = CurrentSlot(FALSE);
  if (S && S->DispatchFile && S->DispatchClient == Client) {
    File = S->DispatchFile;
    Line = S->DispatchLine;
  }
  if (S) {
    S->DispatchFile = NULL;
    S->DispatchClient = NULL;
  }

  Put(&M, Function);
  if (!IsToken(Client)) {
    Rule = WskRule_DispatchWithoutCapture;
    Put(&M, " called with a Client that no WskCaptureProviderNPI handed out");
  } else {
    ULONG Index = (ULONG)((V >> TOKEN_INDEX_SHIFT) & TOKEN_INDEX_MASK);
    ULONG_PTR Gen = V & TOKEN_GEN_MASK;
    Registration *Owner =
        Index < WSKSHIM_MAX_REGISTRATIONS ? &Regs[Index] : NULL;
    BOOLEAN SameRegistration = Owner && Owner->State != RegUnused &&
                               (Owner->Generation & TOKEN_GEN_MASK) == Gen;
    if (V & TOKEN_FAILED) {
      Rule = WskRule_DispatchWithoutCapture;
      Put(&M, " called through a WSK_PROVIDER_NPI whose "
              "WskCaptureProviderNPI failed");
      if (SameRegistration && Owner->FailedCaptureFile) {
        Put(&M, " (at ");
        PutSite(&M, Owner->FailedCaptureFile, Owner->FailedCaptureLine);
        Put(&M, ")");
      }
    } else if (!SameRegistration) {
      Rule = WskRule_DispatchAfterRelease;
      Put(&M, " called through a dispatch table captured under an earlier "
              "registration");
      if (Owner && Owner->State != RegUnused && Owner->RegisterFile) {
        Put(&M, " (the object was registered again at ");
        PutSite(&M, Owner->RegisterFile, Owner->RegisterLine);
        Put(&M, ")");
      }
    } else if (Owner->State != RegRegistered) {
      Rule = WskRule_DispatchAfterRelease;
      Put(&M, " called after its registration ended: ");
      PutNotRegistered(&M, Owner);
    } else if (Owner->Captures <= 0) {
      Rule = WskRule_DispatchAfterRelease;
      Put(&M, " called after every capture of its registration was "
              "released (last release at ");
      PutSite(&M, Owner->ReleaseFile, Owner->ReleaseLine);
      Put(&M, ")");
    } else {
      R = Owner;
    }
  }
  if (Rule != WskRule_Count) {
    if (!File)
      Put(&M, "; call site not recorded: the call did not go through the "
              "redirect header's dispatch macros");
    Violation(Rule, File, Line, &M);
  }
  Env.Unlock(Env.Context);
  if (Rule != WskRule_Count)
    Env.PathEnded(Env.Context, Rule);
  if (SiteFile) {
    *SiteFile = File;
    *SiteLine = Line;
  }
  return R;
}

static Registration *EnterDispatch(PWSK_CLIENT Client, const char *Function) {
  return EnterDispatchAt(Client, Function, NULL, NULL);
}

/* A call that does not reach the provider still owes its IRP a completion,
   the way a failing WSK function completes it. */
static NTSTATUS FailIrp(PIRP Irp, NTSTATUS Status) {
  if (Irp) {
    IoSetNextIrpStackLocation(Irp);
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
  }
  return Status;
}

/* Keep-going mode: the refused call. */
static NTSTATUS RefuseIrp(PIRP Irp) {
  return FailIrp(Irp, STATUS_INVALID_DEVICE_STATE);
}

/* The fault plan's verdict on a dispatch call, when the environment asks
   for it here (WskShimEnv.FaultDispatch). */
static NTSTATUS DispatchFault(const char *Function) {
  return Env.FaultDispatch ? Env.InjectFault(Env.Context, Function)
                           : STATUS_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* Sockets                                                             */

/* The wrapped socket dispatch tables, one per category; filled in by
   InitSocketTables. */
static WSK_PROVIDER_BASIC_DISPATCH WrappedBasic;
static WSK_PROVIDER_LISTEN_DISPATCH WrappedListen;
static WSK_PROVIDER_DATAGRAM_DISPATCH WrappedDatagram;
static WSK_PROVIDER_CONNECTION_DISPATCH WrappedConnection;
static WSK_PROVIDER_STREAM_DISPATCH WrappedStream;

static const VOID *WrappedTableFor(ULONG Category) {
  switch (Category) {
  case WSK_FLAG_LISTEN_SOCKET:
    return &WrappedListen;
  case WSK_FLAG_DATAGRAM_SOCKET:
    return &WrappedDatagram;
  case WSK_FLAG_CONNECTION_SOCKET:
    return &WrappedConnection;
  case WSK_FLAG_STREAM_SOCKET:
    return &WrappedStream;
  default:
    return &WrappedBasic;
  }
}

#define SL_INVOKE_ALL                                                          \
  (SL_INVOKE_ON_SUCCESS | SL_INVOKE_ON_ERROR | SL_INVOKE_ON_CANCEL)

static BOOLEAN ShouldInvoke(PIRP Irp, UCHAR Control) {
  if (Irp->Cancel)
    return (Control & SL_INVOKE_ON_CANCEL) != 0;
  if (NT_SUCCESS(Irp->IoStatus.Status))
    return (Control & SL_INVOKE_ON_SUCCESS) != 0;
  return (Control & SL_INVOKE_ON_ERROR) != 0;
}

/* The completion routine the core puts in a socket-creating IRP in place
   of the driver's: wraps the socket the request completed with, then runs
   the driver's routine as the I/O manager would have. */
static NTSTATUS CreateCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                                PVOID Context) {
  PendingCreate *P = (PendingCreate *)Context;
  PendingCreate Done;
  Env.Lock(Env.Context);
  Done = *P;
  P->Irp = NULL;
  if (NT_SUCCESS(Irp->IoStatus.Status) && Irp->IoStatus.Information) {
    ShimSocket *S = NewShimSocket();
    if (S) {
      RtlZeroMemory(S, sizeof(*S));
      S->State = SockOpen;
      S->Category = Done.Category;
      S->Real = (PWSK_SOCKET)Irp->IoStatus.Information;
      S->Socket.Dispatch = WrappedTableFor(Done.Category);
      S->RegIndex = Done.RegIndex;
      S->Generation = Done.Generation;
      S->Creator = Done.Creator;
      S->CreateFile = Done.File;
      S->CreateLine = Done.Line;
      S->LastUse = ++UseClock;
      Irp->IoStatus.Information = (ULONG_PTR)&S->Socket;
    }
  }
  Env.Unlock(Env.Context);
  if (Done.Routine && ShouldInvoke(Irp, Done.Control))
    return Done.Routine(DeviceObject, Irp, Done.Context);
  if (Irp->PendingReturned && Irp->CurrentLocation <= Irp->StackCount)
    IoMarkIrpPending(Irp);
  return STATUS_SUCCESS;
}

/* Before a socket-creating request goes to the provider: the core's
   completion routine takes the place of the driver's in the location the
   provider completes. With no free slot the request goes through as it is
   and its socket is not tracked. */
static void InterposeCreate(PIRP Irp, ULONG RegIndex, ULONG_PTR Generation,
                            ULONG Category, const char *Creator,
                            const char *File, int Line) {
  PendingCreate *P = NULL;
  PIO_STACK_LOCATION Next;
  ULONG I;
  if (!Irp || Irp->CurrentLocation <= 1)
    return;
  Env.Lock(Env.Context);
  for (I = 0; I < WSKSHIM_MAX_PENDING_CREATES; ++I)
    if (!Creates[I].Irp) {
      P = &Creates[I];
      break;
    }
  if (P) {
    Next = IoGetNextIrpStackLocation(Irp);
    P->Irp = Irp;
    P->Routine = Next->CompletionRoutine;
    P->Context = Next->Context;
    P->Control = (UCHAR)(Next->Control & SL_INVOKE_ALL);
    P->Category = Category;
    P->RegIndex = RegIndex;
    P->Generation = Generation;
    P->Creator = Creator;
    P->File = File;
    P->Line = Line;
    Next->CompletionRoutine = CreateCompleted;
    Next->Context = P;
    Next->Control = (UCHAR)(Next->Control | SL_INVOKE_ALL);
  }
  Env.Unlock(Env.Context);
}

PWSK_SOCKET WskShimSocketSite(PWSK_SOCKET Socket, const char *File, int Line) {
  ThreadSlot *T;
  Env.Lock(Env.Context);
  if (AsShimSocket(Socket) && (T = CurrentSlot(TRUE)) != NULL) {
    T->SocketFile = File;
    T->SocketLine = Line;
    T->SocketSite = Socket;
  }
  Env.Unlock(Env.Context);
  return Socket;
}

/* Checks a call of Function that arrived in a wrapped socket table.
   Returns the socket to forward to, or NULL when the call must not reach
   the provider (after reporting, in keep-going mode). WskCloseSocket
   (Closing) closes it. */
static ShimSocket *EnterSocketCallAt(PWSK_SOCKET Socket, const char *Function,
                                     BOOLEAN Closing, const char **SiteFile,
                                     int *SiteLine) {
  ShimSocket *S = AsShimSocket(Socket);
  ThreadSlot *T;
  const char *File = NULL;
  int Line = 0;
  BOOLEAN Bad = FALSE;

  Env.Lock(Env.Context);
  T = CurrentSlot(FALSE);
  if (T && T->SocketFile && T->SocketSite == Socket) {
    File = T->SocketFile;
    Line = T->SocketLine;
  }
  if (T) {
    T->SocketFile = NULL;
    T->SocketSite = NULL;
  }
  if (SiteFile) {
    *SiteFile = File;
    *SiteLine = Line;
  }
  if (!S || S->State == SockUnused) {
    /* A socket dispatch table of one socket used with another socket:
       nothing to forward to. */
    Env.Unlock(Env.Context);
    return NULL;
  }
  if (S->State == SockClosed) {
    Msg M = {{0}, 0};
    if (Closing) {
      Put(&M, "WskCloseSocket on a socket that was already closed at ");
    } else {
      Put(&M, "'");
      Put(&M, Function);
      Put(&M, "' called on a socket that was already closed at ");
    }
    PutSite(&M, S->CloseFile, S->CloseLine);
    Put(&M, " (created by ");
    Put(&M, S->Creator);
    Put(&M, " at ");
    PutSite(&M, S->CreateFile, S->CreateLine);
    Put(&M, ")");
    if (!File)
      Put(&M, "; call site not recorded: the call did not go through the "
              "redirect header's dispatch macros");
    Violation(WskRule_SocketUseAfterClose, File, Line, &M);
    Bad = TRUE;
  } else if (Closing) {
    S->State = SockClosed;
    S->CloseFile = File;
    S->CloseLine = Line;
    S->LastUse = ++UseClock;
  }
  Env.Unlock(Env.Context);
  if (Bad) {
    Env.PathEnded(Env.Context, WskRule_SocketUseAfterClose);
    return NULL;
  }
  return S;
}

static ShimSocket *EnterSocketCall(PWSK_SOCKET Socket, const char *Function,
                                   BOOLEAN Closing) {
  return EnterSocketCallAt(Socket, Function, Closing, NULL, NULL);
}

ULONG WskShimOpenSockets(PWSK_REGISTRATION WskRegistration) {
  Registration *R;
  ULONG N = 0;
  Env.Lock(Env.Context);
  R = Find(WskRegistration);
  if (R && R->State != RegUnused)
    N = OpenSocketsOf(R, NULL);
  Env.Unlock(Env.Context);
  return N;
}

#define REAL(S, Type) ((const Type *)(S)->Real->Dispatch)
#define BASIC(S) REAL(S, WSK_PROVIDER_BASIC_DISPATCH)

static NTSTATUS WSKAPI WrapControlSocket(PWSK_SOCKET Socket,
                                         WSK_CONTROL_SOCKET_TYPE RequestType,
                                         ULONG ControlCode, ULONG Level,
                                         SIZE_T InputSize, PVOID InputBuffer,
                                         SIZE_T OutputSize, PVOID OutputBuffer,
                                         SIZE_T *OutputSizeReturned, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskControlSocket", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return BASIC(S)->WskControlSocket(S->Real, RequestType, ControlCode, Level,
                                    InputSize, InputBuffer, OutputSize,
                                    OutputBuffer, OutputSizeReturned, Irp);
}

static NTSTATUS WSKAPI WrapCloseSocket(PWSK_SOCKET Socket, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskCloseSocket", TRUE);
  if (!S)
    return RefuseIrp(Irp);
  return BASIC(S)->WskCloseSocket(S->Real, Irp);
}

static NTSTATUS WSKAPI WrapBind(PWSK_SOCKET Socket, PSOCKADDR LocalAddress,
                                ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskBind", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  switch (S->Category) {
  case WSK_FLAG_LISTEN_SOCKET:
    return REAL(S, WSK_PROVIDER_LISTEN_DISPATCH)
        ->WskBind(S->Real, LocalAddress, Flags, Irp);
  case WSK_FLAG_DATAGRAM_SOCKET:
    return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
        ->WskBind(S->Real, LocalAddress, Flags, Irp);
  case WSK_FLAG_STREAM_SOCKET:
    return REAL(S, WSK_PROVIDER_STREAM_DISPATCH)
        ->WskBind(S->Real, LocalAddress, Flags, Irp);
  default:
    return REAL(S, WSK_PROVIDER_CONNECTION_DISPATCH)
        ->WskBind(S->Real, LocalAddress, Flags, Irp);
  }
}

static NTSTATUS WSKAPI
WrapAccept(PWSK_SOCKET Socket, ULONG Flags, PVOID AcceptSocketContext,
           const WSK_CLIENT_CONNECTION_DISPATCH *AcceptSocketDispatch,
           PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PIRP Irp) {
  const char *File;
  int Line;
  ShimSocket *S = EnterSocketCallAt(Socket, "WskAccept", FALSE, &File, &Line);
  if (!S)
    return RefuseIrp(Irp);
  /* The accepted connection belongs to the listening socket's
     registration, and is created where the accept is called. */
  InterposeCreate(Irp, S->RegIndex, S->Generation, WSK_FLAG_CONNECTION_SOCKET,
                  "WskAccept", File, Line);
  if (S->Category == WSK_FLAG_STREAM_SOCKET)
    return REAL(S, WSK_PROVIDER_STREAM_DISPATCH)
        ->WskAccept(S->Real, Flags, AcceptSocketContext, AcceptSocketDispatch,
                    LocalAddress, RemoteAddress, Irp);
  return REAL(S, WSK_PROVIDER_LISTEN_DISPATCH)
      ->WskAccept(S->Real, Flags, AcceptSocketContext, AcceptSocketDispatch,
                  LocalAddress, RemoteAddress, Irp);
}

static NTSTATUS WSKAPI WrapInspectComplete(PWSK_SOCKET Socket,
                                           PWSK_INSPECT_ID InspectID,
                                           WSK_INSPECT_ACTION Action,
                                           PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskInspectComplete", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  if (S->Category == WSK_FLAG_STREAM_SOCKET)
    return REAL(S, WSK_PROVIDER_STREAM_DISPATCH)
        ->WskInspectComplete(S->Real, InspectID, Action, Irp);
  return REAL(S, WSK_PROVIDER_LISTEN_DISPATCH)
      ->WskInspectComplete(S->Real, InspectID, Action, Irp);
}

static NTSTATUS WSKAPI WrapGetLocalAddress(PWSK_SOCKET Socket,
                                           PSOCKADDR LocalAddress, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskGetLocalAddress", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  switch (S->Category) {
  case WSK_FLAG_LISTEN_SOCKET:
    return REAL(S, WSK_PROVIDER_LISTEN_DISPATCH)
        ->WskGetLocalAddress(S->Real, LocalAddress, Irp);
  case WSK_FLAG_DATAGRAM_SOCKET:
    return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
        ->WskGetLocalAddress(S->Real, LocalAddress, Irp);
  case WSK_FLAG_STREAM_SOCKET:
    return REAL(S, WSK_PROVIDER_STREAM_DISPATCH)
        ->WskGetLocalAddress(S->Real, LocalAddress, Irp);
  default:
    return REAL(S, WSK_PROVIDER_CONNECTION_DISPATCH)
        ->WskGetLocalAddress(S->Real, LocalAddress, Irp);
  }
}

/* The functions only connection and stream sockets have. */
#define CONNECTED(S, Call)                                                     \
  ((S)->Category == WSK_FLAG_STREAM_SOCKET                                     \
       ? REAL(S, WSK_PROVIDER_STREAM_DISPATCH)->Call                           \
       : REAL(S, WSK_PROVIDER_CONNECTION_DISPATCH)->Call)

static NTSTATUS WSKAPI WrapGetRemoteAddress(PWSK_SOCKET Socket,
                                            PSOCKADDR RemoteAddress, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskGetRemoteAddress", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskGetRemoteAddress(S->Real, RemoteAddress, Irp));
}

static NTSTATUS WSKAPI WrapConnect(PWSK_SOCKET Socket, PSOCKADDR RemoteAddress,
                                   ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskConnect", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskConnect(S->Real, RemoteAddress, Flags, Irp));
}

static NTSTATUS WSKAPI WrapListen(PWSK_SOCKET Socket, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskListen", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return REAL(S, WSK_PROVIDER_STREAM_DISPATCH)->WskListen(S->Real, Irp);
}

static NTSTATUS WSKAPI WrapSend(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskSend", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskSend(S->Real, Buffer, Flags, Irp));
}

static NTSTATUS WSKAPI WrapReceive(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                   ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskReceive", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskReceive(S->Real, Buffer, Flags, Irp));
}

static NTSTATUS WSKAPI WrapDisconnect(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                      ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskDisconnect", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskDisconnect(S->Real, Buffer, Flags, Irp));
}

static NTSTATUS WSKAPI WrapRelease(PWSK_SOCKET Socket,
                                   PWSK_DATA_INDICATION DataIndication) {
  ShimSocket *S = EnterSocketCall(Socket, "WskRelease", FALSE);
  if (!S)
    return STATUS_INVALID_DEVICE_STATE;
  return CONNECTED(S, WskRelease(S->Real, DataIndication));
}

static NTSTATUS WSKAPI WrapReleaseDatagrams(
    PWSK_SOCKET Socket, PWSK_DATAGRAM_INDICATION DatagramIndication) {
  ShimSocket *S = EnterSocketCall(Socket, "WskRelease", FALSE);
  if (!S)
    return STATUS_INVALID_DEVICE_STATE;
  return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
      ->WskRelease(S->Real, DatagramIndication);
}

static NTSTATUS WSKAPI WrapSendTo(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                  ULONG Flags, PSOCKADDR RemoteAddress,
                                  ULONG ControlInfoLength, PCMSGHDR ControlInfo,
                                  PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskSendTo", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
      ->WskSendTo(S->Real, Buffer, Flags, RemoteAddress, ControlInfoLength,
                  ControlInfo, Irp);
}

static NTSTATUS WSKAPI WrapReceiveFrom(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                       ULONG Flags, PSOCKADDR RemoteAddress,
                                       PULONG ControlLength,
                                       PCMSGHDR ControlInfo,
                                       PULONG ControlFlags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskReceiveFrom", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
      ->WskReceiveFrom(S->Real, Buffer, Flags, RemoteAddress, ControlLength,
                       ControlInfo, ControlFlags, Irp);
}

static NTSTATUS WSKAPI WrapSendMessages(PWSK_SOCKET Socket,
                                        PWSK_BUF_LIST BufferList, ULONG Flags,
                                        PSOCKADDR RemoteAddress,
                                        ULONG ControlInfoLength,
                                        PCMSGHDR ControlInfo, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskSendMessages", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return REAL(S, WSK_PROVIDER_DATAGRAM_DISPATCH)
      ->WskSendMessages(S->Real, BufferList, Flags, RemoteAddress,
                        ControlInfoLength, ControlInfo, Irp);
}

static NTSTATUS WSKAPI WrapConnectEx(PWSK_SOCKET Socket,
                                     PSOCKADDR RemoteAddress, PWSK_BUF Buffer,
                                     ULONG Flags, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskConnectEx", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskConnectEx(S->Real, RemoteAddress, Buffer, Flags, Irp));
}

static NTSTATUS WSKAPI WrapSendEx(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                  ULONG Flags, ULONG ControlInfoLength,
                                  PCMSGHDR ControlInfo, PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskSendEx", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskSendEx(S->Real, Buffer, Flags, ControlInfoLength,
                                ControlInfo, Irp));
}

static NTSTATUS WSKAPI WrapReceiveEx(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                     ULONG Flags, PULONG ControlInfoLength,
                                     PCMSGHDR ControlInfo, PULONG ControlFlags,
                                     PIRP Irp) {
  ShimSocket *S = EnterSocketCall(Socket, "WskReceiveEx", FALSE);
  if (!S)
    return RefuseIrp(Irp);
  return CONNECTED(S, WskReceiveEx(S->Real, Buffer, Flags, ControlInfoLength,
                                   ControlInfo, ControlFlags, Irp));
}

/* In C the basic functions are direct members of every socket table (the
   WDK's unnamed first member, and the host headers'). */
#define INIT_BASIC(T)                                                          \
  do {                                                                         \
    (T)->WskControlSocket = WrapControlSocket;                                 \
    (T)->WskCloseSocket = WrapCloseSocket;                                     \
  } while (0)

static void InitSocketTables(void) {
  WSK_PROVIDER_LISTEN_DISPATCH *L = &WrappedListen;
  WSK_PROVIDER_DATAGRAM_DISPATCH *D = &WrappedDatagram;
  WSK_PROVIDER_CONNECTION_DISPATCH *C = &WrappedConnection;
  WSK_PROVIDER_STREAM_DISPATCH *T = &WrappedStream;
  INIT_BASIC(&WrappedBasic);
  INIT_BASIC(L);
  L->WskBind = WrapBind;
  L->WskAccept = WrapAccept;
  L->WskInspectComplete = WrapInspectComplete;
  L->WskGetLocalAddress = WrapGetLocalAddress;
  INIT_BASIC(D);
  D->WskBind = WrapBind;
  D->WskSendTo = WrapSendTo;
  D->WskReceiveFrom = WrapReceiveFrom;
  D->WskRelease = WrapReleaseDatagrams;
  D->WskGetLocalAddress = WrapGetLocalAddress;
  D->WskSendMessages = WrapSendMessages;
  INIT_BASIC(C);
  C->WskBind = WrapBind;
  C->WskConnect = WrapConnect;
  C->WskGetLocalAddress = WrapGetLocalAddress;
  C->WskGetRemoteAddress = WrapGetRemoteAddress;
  C->WskSend = WrapSend;
  C->WskReceive = WrapReceive;
  C->WskDisconnect = WrapDisconnect;
  C->WskRelease = WrapRelease;
  C->WskConnectEx = WrapConnectEx;
  C->WskSendEx = WrapSendEx;
  C->WskReceiveEx = WrapReceiveEx;
  INIT_BASIC(T);
  T->WskListen = WrapListen;
  T->WskAccept = WrapAccept;
  T->WskConnect = WrapConnect;
  T->WskConnectEx = WrapConnectEx;
  T->WskSend = WrapSend;
  T->WskSendEx = WrapSendEx;
  T->WskReceive = WrapReceive;
  T->WskReceiveEx = WrapReceiveEx;
  T->WskDisconnect = WrapDisconnect;
  T->WskRelease = WrapRelease;
  T->WskGetLocalAddress = WrapGetLocalAddress;
  T->WskGetRemoteAddress = WrapGetRemoteAddress;
  T->WskBind = WrapBind;
  T->WskInspectComplete = WrapInspectComplete;
}

static NTSTATUS WSKAPI
WrapSocket(PWSK_CLIENT Client, ADDRESS_FAMILY AddressFamily, USHORT SocketType,
           ULONG Protocol, ULONG Flags, PVOID SocketContext,
           const VOID *Dispatch, PEPROCESS OwningProcess, PETHREAD OwningThread,
           PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp) {
  const char *File;
  int Line;
  Registration *R = EnterDispatchAt(Client, "WskSocket", &File, &Line);
  NTSTATUS Fault;
  if (!R)
    return RefuseIrp(Irp);
  if (!NT_SUCCESS(Fault = DispatchFault("WskSocket")))
    return FailIrp(Irp, Fault);
  InterposeCreate(Irp, IndexOf(R), R->Generation, Flags, "WskSocket", File,
                  Line);
  return R->RealDispatch->WskSocket(
      R->RealClient, AddressFamily, SocketType, Protocol, Flags, SocketContext,
      Dispatch, OwningProcess, OwningThread, SecurityDescriptor, Irp);
}

static NTSTATUS WSKAPI WrapSocketConnect(
    PWSK_CLIENT Client, USHORT SocketType, ULONG Protocol,
    PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, ULONG Flags,
    PVOID SocketContext, const WSK_CLIENT_CONNECTION_DISPATCH *Dispatch,
    PEPROCESS OwningProcess, PETHREAD OwningThread,
    PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp) {
  const char *File;
  int Line;
  Registration *R = EnterDispatchAt(Client, "WskSocketConnect", &File, &Line);
  NTSTATUS Fault;
  if (!R)
    return RefuseIrp(Irp);
  if (!NT_SUCCESS(Fault = DispatchFault("WskSocketConnect")))
    return FailIrp(Irp, Fault);
  InterposeCreate(Irp, IndexOf(R), R->Generation, WSK_FLAG_CONNECTION_SOCKET,
                  "WskSocketConnect", File, Line);
  return R->RealDispatch->WskSocketConnect(
      R->RealClient, SocketType, Protocol, LocalAddress, RemoteAddress, Flags,
      SocketContext, Dispatch, OwningProcess, OwningThread, SecurityDescriptor,
      Irp);
}

static NTSTATUS WSKAPI WrapControlClient(PWSK_CLIENT Client, ULONG ControlCode,
                                         SIZE_T InputSize, PVOID InputBuffer,
                                         SIZE_T OutputSize, PVOID OutputBuffer,
                                         SIZE_T *OutputSizeReturned, PIRP Irp) {
  Registration *R = EnterDispatch(Client, "WskControlClient");
  NTSTATUS Fault;
  if (!R)
    return RefuseIrp(Irp);
  if (!NT_SUCCESS(Fault = DispatchFault("WskControlClient")))
    return FailIrp(Irp, Fault);
  return R->RealDispatch->WskControlClient(
      R->RealClient, ControlCode, InputSize, InputBuffer, OutputSize,
      OutputBuffer, OutputSizeReturned, Irp);
}

static NTSTATUS WSKAPI WrapGetAddressInfo(
    PWSK_CLIENT Client, PUNICODE_STRING NodeName, PUNICODE_STRING ServiceName,
    ULONG NameSpace, GUID *Provider, PADDRINFOEXW Hints, PADDRINFOEXW *Result,
    PEPROCESS OwningProcess, PETHREAD OwningThread, PIRP Irp) {
  Registration *R = EnterDispatch(Client, "WskGetAddressInfo");
  NTSTATUS Fault;
  if (!R)
    return RefuseIrp(Irp);
  if (!NT_SUCCESS(Fault = DispatchFault("WskGetAddressInfo")))
    return FailIrp(Irp, Fault);
  return R->RealDispatch->WskGetAddressInfo(
      R->RealClient, NodeName, ServiceName, NameSpace, Provider, Hints, Result,
      OwningProcess, OwningThread, Irp);
}

static VOID WSKAPI WrapFreeAddressInfo(PWSK_CLIENT Client,
                                       PADDRINFOEXW AddrInfo) {
  Registration *R = EnterDispatch(Client, "WskFreeAddressInfo");
  if (R)
    R->RealDispatch->WskFreeAddressInfo(R->RealClient, AddrInfo);
}

static NTSTATUS WSKAPI WrapGetNameInfo(PWSK_CLIENT Client, PSOCKADDR SockAddr,
                                       ULONG SockAddrLength,
                                       PUNICODE_STRING NodeName,
                                       PUNICODE_STRING ServiceName, ULONG Flags,
                                       PEPROCESS OwningProcess,
                                       PETHREAD OwningThread, PIRP Irp) {
  Registration *R = EnterDispatch(Client, "WskGetNameInfo");
  NTSTATUS Fault;
  if (!R)
    return RefuseIrp(Irp);
  if (!NT_SUCCESS(Fault = DispatchFault("WskGetNameInfo")))
    return FailIrp(Irp, Fault);
  return R->RealDispatch->WskGetNameInfo(
      R->RealClient, SockAddr, SockAddrLength, NodeName, ServiceName, Flags,
      OwningProcess, OwningThread, Irp);
}

static void InitWrapped(WSK_PROVIDER_DISPATCH *W, USHORT Version) {
  W->Version = Version;
  W->Reserved = 0;
  W->WskSocket = WrapSocket;
  W->WskSocketConnect = WrapSocketConnect;
  W->WskControlClient = WrapControlClient;
  W->WskGetAddressInfo = WrapGetAddressInfo;
  W->WskFreeAddressInfo = WrapFreeAddressInfo;
  W->WskGetNameInfo = WrapGetNameInfo;
}

/* ------------------------------------------------------------------ */
/* Lifecycle and queries                                               */

void WskShimCurrentCallSite(const char **File, int *Line) {
  ThreadSlot *S;
  Env.Lock(Env.Context);
  S = CurrentSlot(FALSE);
  *File = S ? S->ApiFile : NULL;
  *Line = S ? S->ApiLine : 0;
  Env.Unlock(Env.Context);
}

static void ReportLeaks(WskRuleId Rule, const char *Text, NTSTATUS Status,
                        BOOLEAN WithStatus) {
  ULONG I;
  Env.Lock(Env.Context);
  for (I = 0; I < WSKSHIM_MAX_REGISTRATIONS; ++I) {
    Registration *R = &Regs[I];
    Msg M = {{0}, 0};
    if (R->State != RegRegistered)
      continue;
    Put(&M, Text);
    if (WithStatus) {
      PutUnsigned(&M, (ULONG_PTR)(ULONG)Status, 16);
      Put(&M, " while the WSK_REGISTRATION registered here is still "
              "registered: the unload routine never runs, so it can never "
              "be deregistered");
    }
    R->State = RegLost;
    Violation(Rule, R->RegisterFile, R->RegisterLine, &M);
  }
  Env.Unlock(Env.Context);
}

void WskShimDriverEntryReturned(NTSTATUS Status) {
  if (!NT_SUCCESS(Status))
    ReportLeaks(WskRule_MissingDeregister, "DriverEntry returned ", Status,
                TRUE);
}

void WskShimUnloadReturned(void) {
  ReportLeaks(WskRule_UnloadSkipsDeregister,
              "the unload routine returned while the WSK_REGISTRATION "
              "registered here is still registered",
              STATUS_SUCCESS, FALSE);
}

static BOOLEAN Within(const void *P, const void *Base, SIZE_T Size) {
  ULONG_PTR A = (ULONG_PTR)P, B = (ULONG_PTR)Base;
  return A >= B && A - B < Size;
}

void WskShimObjectLost(const void *Base, SIZE_T Size, const char *How,
                       const char *File, int Line) {
  ULONG I;
  Env.Lock(Env.Context);
  for (I = 0; I < WSKSHIM_MAX_REGISTRATIONS; ++I) {
    Registration *R = &Regs[I];
    Msg M = {{0}, 0};
    if (R->State != RegRegistered || !Within(R->Object, Base, Size))
      continue;
    Put(&M, "the WSK_REGISTRATION registered at ");
    PutSite(&M, R->RegisterFile, R->RegisterLine);
    Put(&M, " is ");
    Put(&M, How);
    Put(&M, " while still registered: it can no longer be deregistered");
    R->State = RegLost;
    R->EndFile = File;
    R->EndLine = Line;
    if (File)
      Violation(WskRule_MissingDeregister, File, Line, &M);
    else
      Violation(WskRule_MissingDeregister, R->RegisterFile, R->RegisterLine,
                &M);
  }
  Env.Unlock(Env.Context);
}

ULONG WskShimLiveRegistrationsIn(const void *Base, SIZE_T Size) {
  ULONG I, N = 0;
  Env.Lock(Env.Context);
  for (I = 0; I < WSKSHIM_MAX_REGISTRATIONS; ++I)
    if (Regs[I].State == RegRegistered && Within(Regs[I].Object, Base, Size))
      ++N;
  Env.Unlock(Env.Context);
  return N;
}

ULONG WskShimViolationCount(void) {
  ULONG N;
  Env.Lock(Env.Context);
  N = Violations;
  Env.Unlock(Env.Context);
  return N;
}
