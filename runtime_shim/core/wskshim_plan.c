/* Fault plans; see wskshim_plan.h. */
#include "wskshim_plan.h"

static const struct {
  const char *Name;
  NTSTATUS Value;
} StatusNames[] = {
#define S(n) {#n, n}
    S(STATUS_SUCCESS),
    S(STATUS_TIMEOUT),
    S(STATUS_PENDING),
    S(STATUS_BUFFER_OVERFLOW),
    S(STATUS_UNSUCCESSFUL),
    S(STATUS_NOT_IMPLEMENTED),
    S(STATUS_INVALID_HANDLE),
    S(STATUS_INVALID_PARAMETER),
    S(STATUS_NO_SUCH_DEVICE),
    S(STATUS_INVALID_DEVICE_REQUEST),
    S(STATUS_MORE_PROCESSING_REQUIRED),
    S(STATUS_NO_MEMORY),
    S(STATUS_ACCESS_DENIED),
    S(STATUS_BUFFER_TOO_SMALL),
    S(STATUS_OBJECT_NAME_INVALID),
    S(STATUS_OBJECT_NAME_NOT_FOUND),
    S(STATUS_OBJECT_NAME_COLLISION),
    S(STATUS_DELETE_PENDING),
    S(STATUS_INSUFFICIENT_RESOURCES),
    S(STATUS_DEVICE_NOT_READY),
    S(STATUS_IO_TIMEOUT),
    S(STATUS_NOT_SUPPORTED),
    S(STATUS_INTERNAL_ERROR),
    S(STATUS_CANCELLED),
    S(STATUS_INVALID_ADDRESS),
    S(STATUS_INVALID_DEVICE_STATE),
    S(STATUS_INVALID_BUFFER_SIZE),
    S(STATUS_CONNECTION_DISCONNECTED),
    S(STATUS_CONNECTION_RESET),
    S(STATUS_NOT_FOUND),
    S(STATUS_CONNECTION_REFUSED),
    S(STATUS_GRACEFUL_DISCONNECT),
    S(STATUS_NETWORK_UNREACHABLE),
    S(STATUS_HOST_UNREACHABLE),
    S(STATUS_REQUEST_ABORTED),
    S(STATUS_NOINTERFACE),
#undef S
};
#define NUM_STATUS_NAMES (sizeof(StatusNames) / sizeof(StatusNames[0]))

const char *WskShimStatusName(NTSTATUS Status) {
  ULONG I;
  for (I = 0; I < NUM_STATUS_NAMES; ++I)
    if (StatusNames[I].Value == Status)
      return StatusNames[I].Name;
  return "NTSTATUS";
}

/* ------------------------------------------------------------------ */
/* Strings without a C runtime                                         */

static ULONG Length(const char *S) {
  ULONG N = 0;
  while (S[N])
    ++N;
  return N;
}

/* S[0..Len) equals the terminated string T. */
static BOOLEAN Equals(const char *S, ULONG Len, const char *T) {
  ULONG I;
  for (I = 0; I < Len; ++I)
    if (T[I] != S[I] || !T[I])
      return FALSE;
  return T[Len] == '\0';
}

static BOOLEAN StartsWith(const char *S, const char *Prefix) {
  while (*Prefix)
    if (*S++ != *Prefix++)
      return FALSE;
  return TRUE;
}

/* Parses S[0..Len) as an unsigned number in base 10, or with 0x in base 16
   when AllowHex; FALSE unless all of it is digits and it fits 32 bits. */
static BOOLEAN ParseNumber(const char *S, ULONG Len, BOOLEAN AllowHex,
                           ULONG *Out) {
  ULONG I = 0, Base = 10;
  ULONGLONG V = 0;
  if (AllowHex && Len > 2 && S[0] == '0' && (S[1] == 'x' || S[1] == 'X')) {
    Base = 16;
    I = 2;
  }
  if (I == Len)
    return FALSE;
  for (; I < Len; ++I) {
    char C = S[I];
    ULONG D;
    if (C >= '0' && C <= '9')
      D = (ULONG)(C - '0');
    else if (Base == 16 && C >= 'a' && C <= 'f')
      D = (ULONG)(C - 'a' + 10);
    else if (Base == 16 && C >= 'A' && C <= 'F')
      D = (ULONG)(C - 'A' + 10);
    else
      return FALSE;
    V = V * Base + D;
    if (V > 0xFFFFFFFFull)
      return FALSE;
  }
  *Out = (ULONG)V;
  return TRUE;
}

/* A bounded message: the parts are appended, the result always ends. */
typedef struct MsgBuf {
  char *Buf;
  ULONG Size, Len;
} MsgBuf;

static void Add(MsgBuf *T, const char *S, ULONG Len) {
  ULONG I;
  for (I = 0; I < Len && S[I] && T->Len + 1 < T->Size; ++I)
    T->Buf[T->Len++] = S[I];
  if (T->Size)
    T->Buf[T->Len] = '\0';
}

static void AddString(MsgBuf *T, const char *S) { Add(T, S, Length(S)); }

static void AddNumber(MsgBuf *T, ULONG V) {
  char Digits[12];
  int N = 0;
  do {
    Digits[N++] = (char)('0' + V % 10);
    V /= 10;
  } while (V);
  while (N > 0)
    Add(T, &Digits[--N], 1);
}

static BOOLEAN Fail(char *Error, ULONG ErrorSize, const char *Before,
                    const char *Part, ULONG PartLen, const char *After) {
  MsgBuf T;
  T.Buf = Error;
  T.Size = ErrorSize;
  T.Len = 0;
  AddString(&T, Before);
  Add(&T, Part, PartLen);
  AddString(&T, After);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Parsing and matching                                                */

BOOLEAN WskShimPlanIsAllocation(const char *Function) {
  ULONG N = Length(Function);
  return StartsWith(Function, "ExAllocatePool") ||
         Equals(Function, N, "IoAllocateIrp") ||
         Equals(Function, N, "IoAllocateMdl") ||
         Equals(Function, N, "IoAllocateWorkItem");
}

static BOOLEAN ParseCalls(const char *S, ULONG Len, WskShimPlanEntry *E) {
  ULONG I = 0;
  if (Len == 1 && S[0] == '*') {
    E->First = 1;
    E->Last = 0;
    return TRUE;
  }
  while (I < Len && S[I] >= '0' && S[I] <= '9')
    ++I;
  if (!ParseNumber(S, I, FALSE, &E->First) || E->First == 0)
    return FALSE;
  if (I == Len) {
    E->Last = E->First;
    return TRUE;
  }
  if (I + 1 == Len && S[I] == '+') {
    E->Last = 0;
    return TRUE;
  }
  if (S[I] == '-')
    return ParseNumber(S + I + 1, Len - I - 1, FALSE, &E->Last) &&
           E->Last >= E->First;
  return FALSE;
}

static BOOLEAN ParseStatus(const char *S, ULONG Len, NTSTATUS *Out) {
  ULONG I, V;
  for (I = 0; I < NUM_STATUS_NAMES; ++I)
    if (Equals(S, Len, StatusNames[I].Name)) {
      *Out = StatusNames[I].Value;
      return TRUE;
    }
  if (!ParseNumber(S, Len, TRUE, &V))
    return FALSE;
  *Out = (NTSTATUS)V;
  return TRUE;
}

static const char *Find(const char *S, ULONG Len, char C) {
  ULONG I;
  for (I = 0; I < Len; ++I)
    if (S[I] == C)
      return S + I;
  return NULL;
}

BOOLEAN WskShimPlanParse(WskShimPlan *Plan, const char *const *Functions,
                         ULONG NumFunctions, const char *Text, char *Error,
                         ULONG ErrorSize) {
  const char *P = Text;
  RtlZeroMemory(Plan, sizeof(*Plan));
  Plan->Functions = Functions;
  Plan->NumFunctions = NumFunctions < WSKSHIM_PLAN_MAX_FUNCTIONS
                           ? NumFunctions
                           : WSKSHIM_PLAN_MAX_FUNCTIONS;
  if (ErrorSize)
    Error[0] = '\0';
  while (P && *P) {
    const char *End = Find(P, Length(P), ',');
    ULONG Len = End ? (ULONG)(End - P) : Length(P);
    const char *Colon, *Eq, *Name;
    ULONG NameLen, F;
    WskShimPlanEntry *E;
    /* Spaces around entries, as a registry value written by hand has. */
    while (Len > 0 && *P == ' ') {
      ++P;
      --Len;
    }
    while (Len > 0 && P[Len - 1] == ' ')
      --Len;
    if (Len == 0) {
      P = End ? End + 1 : NULL;
      continue;
    }
    Colon = Find(P, Len, ':');
    Eq = Find(P, Len, '=');
    NameLen = Colon ? (ULONG)(Colon - P) : Eq ? (ULONG)(Eq - P) : Len;
    while (NameLen > 0 && P[NameLen - 1] == ' ')
      --NameLen;
    if (Plan->NumEntries == WSKSHIM_PLAN_MAX_ENTRIES) {
      MsgBuf T;
      T.Buf = Error;
      T.Size = ErrorSize;
      T.Len = 0;
      AddString(&T, "too many fault entries (at most ");
      AddNumber(&T, WSKSHIM_PLAN_MAX_ENTRIES);
      AddString(&T, ")");
      return FALSE;
    }
    E = &Plan->Entries[Plan->NumEntries];
    RtlZeroMemory(E, sizeof(*E));
    for (F = 0; F < Plan->NumFunctions; ++F)
      if (Equals(P, NameLen, Functions[F]))
        break;
    if (F == Plan->NumFunctions)
      return Fail(Error, ErrorSize, "fault plan: '", P, NameLen,
                  "' is not a function the environment can fail");
    E->Function = F;
    Name = Functions[F];
    E->First = E->Last = 1;
    if (Colon && (!Eq || Colon < Eq)) {
      const char *CallsEnd = Eq ? Eq : P + Len;
      if (!ParseCalls(Colon + 1, (ULONG)(CallsEnd - Colon - 1), E))
        return Fail(Error, ErrorSize, "fault plan: bad call count in '", P, Len,
                    "' (N, N-M, N+ or *)");
    }
    E->Status = Equals(Name, Length(Name), "WskCaptureProviderNPI")
                    ? STATUS_NOINTERFACE
                    : STATUS_INSUFFICIENT_RESOURCES;
    if (Eq) {
      ULONG StatusLen = (ULONG)(P + Len - Eq - 1);
      if (WskShimPlanIsAllocation(Name))
        return Fail(Error, ErrorSize, "fault plan: ", Name, Length(Name),
                    " fails by returning NULL and takes no status");
      if (!ParseStatus(Eq + 1, StatusLen, &E->Status) || NT_SUCCESS(E->Status))
        return Fail(Error, ErrorSize, "fault plan: '", Eq + 1, StatusLen,
                    "' is not a failure status");
    }
    ++Plan->NumEntries;
    P = End ? End + 1 : NULL;
  }
  return TRUE;
}

NTSTATUS WskShimPlanCall(WskShimPlan *Plan, const char *Function,
                         ULONG *Ordinal) {
  ULONG F, K, N;
  if (Ordinal)
    *Ordinal = 0;
  for (F = 0; F < Plan->NumFunctions; ++F)
    if (Equals(Function, Length(Function), Plan->Functions[F]))
      break;
  if (F == Plan->NumFunctions)
    return STATUS_SUCCESS;
  N = ++Plan->Calls[F];
  if (Ordinal)
    *Ordinal = N;
  for (K = 0; K < Plan->NumEntries; ++K) {
    WskShimPlanEntry *E = &Plan->Entries[K];
    if (E->Function != F || N < E->First || (E->Last && N > E->Last))
      continue;
    E->Hit = TRUE;
    return E->Status;
  }
  return STATUS_SUCCESS;
}
