/* Unit test of the shim core's state machine, against a scripted provider
 * and a recording environment (no host kernel environment involved).
 *
 * Prints one line per check and per report; exits nonzero if any check
 * failed.
 */
#include <stdio.h>
#include <string.h>

#include "wskshim_core.h"
#include "wskshim_plan.h"

/* ------------------------------------------------------------------ */
/* Recording environment                                               */

#define MAX_REPORTS 16
static struct {
  WskRuleId Rule;
  int Line;
  char Message[WSKSHIM_MESSAGE_SIZE];
} Reports[MAX_REPORTS];
static int NumReports, PathsEnded;
static NTSTATUS NextFault = STATUS_SUCCESS;
static const char *NextFaultFunction;

static void Report(void *Ctx, WskRuleId Rule, const char *File, int Line,
                   const char *Message) {
  (void)Ctx;
  printf("  report: %s: %s:%d: %s\n", WskRuleCatalog[Rule].Name, File, Line,
         Message);
  if (NumReports < MAX_REPORTS) {
    Reports[NumReports].Rule = Rule;
    Reports[NumReports].Line = Line;
    strncpy(Reports[NumReports].Message, Message, WSKSHIM_MESSAGE_SIZE - 1);
  }
  ++NumReports;
}

/* Keep-going: the core must then refuse the offending call itself. */
static void PathEnded(void *Ctx, WskRuleId Rule) {
  (void)Ctx;
  (void)Rule;
  ++PathsEnded;
}

static ULONG_PTR Thread(void *Ctx) {
  (void)Ctx;
  return 1;
}
static void Lock(void *Ctx) { (void)Ctx; }
static void Unlock(void *Ctx) { (void)Ctx; }
static void Sleep(void *Ctx, ULONG Ms) {
  (void)Ctx;
  (void)Ms;
}
static NTSTATUS Fault(void *Ctx, const char *Function) {
  NTSTATUS S = STATUS_SUCCESS;
  (void)Ctx;
  if (NextFaultFunction && !strcmp(Function, NextFaultFunction)) {
    S = NextFault;
    NextFaultFunction = NULL;
  }
  return S;
}

/* ------------------------------------------------------------------ */
/* Scripted provider                                                   */

static int RealRegister, RealCapture, RealRelease, RealDeregister, RealSocket,
    RealClose, RealSend, Completed;
static NTSTATUS LastCompletion;
static PWSK_CLIENT LastClient;
static PWSK_SOCKET LastSocketClosed;

/* The provider completes a request: the completion routine in the location
   the client prepared runs. */
static NTSTATUS FakeComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Info) {
  PIO_STACK_LOCATION Loc = IoGetNextIrpStackLocation(Irp);
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = Info;
  if (Loc->CompletionRoutine)
    Loc->CompletionRoutine(NULL, Irp, Loc->Context);
  return Status;
}

static NTSTATUS WSKAPI FakeClose(PWSK_SOCKET Socket, PIRP Irp) {
  ++RealClose;
  LastSocketClosed = Socket;
  return FakeComplete(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI FakeSend(PWSK_SOCKET Socket, PWSK_BUF Buf, ULONG Flags,
                                PIRP Irp) {
  (void)Socket, (void)Buf, (void)Flags;
  ++RealSend;
  return FakeComplete(Irp, STATUS_SUCCESS, 0);
}

static WSK_PROVIDER_CONNECTION_DISPATCH FakeConnectionDispatch;
static WSK_SOCKET FakeSocketObject = {&FakeConnectionDispatch};

static NTSTATUS WSKAPI FakeSocket(PWSK_CLIENT Client, ADDRESS_FAMILY Af,
                                  USHORT Type, ULONG Proto, ULONG Flags,
                                  PVOID Ctx, const VOID *Dispatch, PEPROCESS P,
                                  PETHREAD T, PSECURITY_DESCRIPTOR Sd,
                                  PIRP Irp) {
  (void)Af, (void)Type, (void)Proto, (void)Flags, (void)Ctx, (void)Dispatch;
  (void)P, (void)T, (void)Sd;
  ++RealSocket;
  LastClient = Client;
  FakeConnectionDispatch.WskCloseSocket = FakeClose; /* the unnamed member */
  FakeConnectionDispatch.WskSend = FakeSend;
  return FakeComplete(Irp, STATUS_SUCCESS, (ULONG_PTR)&FakeSocketObject);
}

static WSK_PROVIDER_DISPATCH FakeDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, FakeSocket, NULL, NULL, NULL, NULL, NULL};
static char ProviderClient;

NTSTATUS WSKAPI WskRegister(PWSK_CLIENT_NPI Npi, PWSK_REGISTRATION Reg) {
  (void)Npi, (void)Reg;
  ++RealRegister;
  return STATUS_SUCCESS;
}
NTSTATUS WSKAPI WskCaptureProviderNPI(PWSK_REGISTRATION Reg, ULONG Wait,
                                      PWSK_PROVIDER_NPI Npi) {
  (void)Reg, (void)Wait;
  ++RealCapture;
  Npi->Client = &ProviderClient;
  Npi->Dispatch = &FakeDispatch;
  return STATUS_SUCCESS;
}
VOID WSKAPI WskReleaseProviderNPI(PWSK_REGISTRATION Reg) {
  (void)Reg;
  ++RealRelease;
}
VOID WSKAPI WskDeregister(PWSK_REGISTRATION Reg) {
  (void)Reg;
  ++RealDeregister;
}
VOID IoCompleteRequest(PIRP Irp, CCHAR Boost) {
  (void)Boost;
  ++Completed;
  LastCompletion = Irp->IoStatus.Status;
}

/* ------------------------------------------------------------------ */
/* Checks                                                              */

static int Failures, Checks;

#define CHECK(Cond)                                                            \
  do {                                                                         \
    ++Checks;                                                                  \
    if (!(Cond)) {                                                             \
      ++Failures;                                                              \
      printf("  FAIL line %d: %s\n", __LINE__, #Cond);                         \
    }                                                                          \
  } while (0)

static void ResetWith(const char *Name, BOOLEAN FaultDispatch) {
  WskShimEnv Env = {NULL,  Report, PathEnded, Thread, Lock, Unlock,
                    Sleep, Fault,  100,       FALSE,  NULL};
  Env.FaultDispatch = FaultDispatch;
  printf("test: %s\n", Name);
  WskShimCoreInit(&Env);
  NumReports = PathsEnded = 0;
  RealRegister = RealCapture = RealRelease = RealDeregister = RealSocket = 0;
  RealClose = RealSend = 0;
  LastSocketClosed = NULL;
  Completed = 0;
  LastClient = NULL;
  NextFaultFunction = NULL;
}

static void Reset(const char *Name) { ResetWith(Name, FALSE); }

static BOOLEAN Reported(int Index, WskRuleId Rule, int Line) {
  return Index < NumReports && Reports[Index].Rule == Rule &&
         Reports[Index].Line == Line;
}

/* A client IRP with one stack location, as IoAllocateIrp(1, FALSE) makes. */
static struct {
  IRP Irp;
  IO_STACK_LOCATION Stack[1];
} IrpStorage;

static PIRP FreshIrp(void) {
  memset(&IrpStorage, 0, sizeof(IrpStorage));
  IrpStorage.Irp.StackCount = 1;
  IrpStorage.Irp.CurrentLocation = 2;
  IrpStorage.Irp.Tail.Overlay.CurrentStackLocation = &IrpStorage.Stack[1];
  return &IrpStorage.Irp;
}

/* A call through the dispatch table, the way the redirect header turns
   Npi.Dispatch->WskSocket(Npi.Client, ...) into one. */
static NTSTATUS CallSocket(WSK_PROVIDER_NPI *Npi, int Line) {
  return Npi->Dispatch->WskSocket(
      WskShimDispatchSite(Npi->Client, "drv.c", Line), AF_INET, SOCK_STREAM,
      IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL,
      FreshIrp());
}

/* The fault-plan module: parsing, call ranges, statuses, errors. */
static void TestPlans(void) {
  static const char *const Functions[] = {"WskRegister", "IoCreateDevice",
                                          "ExAllocatePoolWithTag"};
  WskShimPlan Plan;
  char Error[128];
  ULONG N = 0;
  printf("test: fault plans\n");
  CHECK(WskShimPlanParse(&Plan, Functions, 3,
                         " IoCreateDevice:2-3=0xC0000001 , WskRegister:2+,"
                         "ExAllocatePoolWithTag:*",
                         Error, sizeof(Error)));
  CHECK(Plan.NumEntries == 3);
  CHECK(NT_SUCCESS(WskShimPlanCall(&Plan, "IoCreateDevice", &N)) && N == 1);
  CHECK(WskShimPlanCall(&Plan, "IoCreateDevice", &N) == STATUS_UNSUCCESSFUL &&
        N == 2);
  CHECK(WskShimPlanCall(&Plan, "IoCreateDevice", &N) == STATUS_UNSUCCESSFUL);
  CHECK(NT_SUCCESS(WskShimPlanCall(&Plan, "IoCreateDevice", &N)) && N == 4);
  CHECK(NT_SUCCESS(WskShimPlanCall(&Plan, "WskRegister", &N)));
  CHECK(WskShimPlanCall(&Plan, "WskRegister", &N) ==
        STATUS_INSUFFICIENT_RESOURCES);
  CHECK(WskShimPlanCall(&Plan, "WskRegister", &N) ==
        STATUS_INSUFFICIENT_RESOURCES);
  CHECK(!NT_SUCCESS(WskShimPlanCall(&Plan, "ExAllocatePoolWithTag", &N)));
  CHECK(NT_SUCCESS(WskShimPlanCall(&Plan, "PsCreateSystemThread", &N)) &&
        N == 0);
  CHECK(Plan.Entries[0].Hit && Plan.Entries[1].Hit && Plan.Entries[2].Hit);
  CHECK(!strcmp(WskShimStatusName(STATUS_NOINTERFACE), "STATUS_NOINTERFACE"));

  CHECK(!WskShimPlanParse(&Plan, Functions, 3, "IoCreateDevice:3-2", Error,
                          sizeof(Error)));
  CHECK(!strcmp(Error, "fault plan: bad call count in 'IoCreateDevice:3-2' "
                       "(N, N-M, N+ or *)"));
  CHECK(!WskShimPlanParse(&Plan, Functions, 3, "WskRegister=STATUS_PENDING",
                          Error, sizeof(Error)));
  CHECK(!strcmp(Error, "fault plan: 'STATUS_PENDING' is not a failure "
                       "status"));
  CHECK(!WskShimPlanParse(&Plan, Functions, 3, "WskDeregister", Error, 16));
  CHECK(!strcmp(Error, "fault plan: 'Ws")); /* cut at the buffer's size */
}

static WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_CLIENT_NPI ClientNpi = {NULL, &ClientDispatch};

int main(void) {
  WSK_REGISTRATION Reg, Other;
  WSK_PROVIDER_NPI Npi, Npi2;
  PWSK_SOCKET Socket;
  struct {
    int Header;
    WSK_REGISTRATION Reg;
  } Block;

  Reset("a correct lifecycle reports nothing and forwards every call");
  CHECK(NT_SUCCESS(WskShimRegister(&ClientNpi, &Reg, "drv.c", 10)));
  CHECK(NT_SUCCESS(
      WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 11)));
  CHECK(Npi.Dispatch != &FakeDispatch && Npi.Client != &ProviderClient);
  CHECK(NT_SUCCESS(CallSocket(&Npi, 12)));
  CHECK(RealSocket == 1 && LastClient == &ProviderClient);
  Socket = (PWSK_SOCKET)IrpStorage.Irp.IoStatus.Information;
  ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)
      ->WskCloseSocket(WskShimSocketSite(Socket, "drv.c", 12), FreshIrp());
  CHECK(RealClose == 1);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 13);
  WskShimDeregister(&Reg, "drv.c", 14);
  WskShimUnloadReturned();
  CHECK(NumReports == 0 && RealRegister == 1 && RealCapture == 1 &&
        RealRelease == 1 && RealDeregister == 1);

  Reset("wsk.DoubleRegister at the second WskRegister");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 20);
  CHECK(!NT_SUCCESS(WskShimRegister(&ClientNpi, &Reg, "drv.c", 21)));
  CHECK(NumReports == 1 && Reported(0, WskRule_DoubleRegister, 21));
  CHECK(RealRegister == 1 && PathsEnded == 1);

  Reset("wsk.DuplicateDeregister: twice, never registered, failed register");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 30);
  WskShimDeregister(&Reg, "drv.c", 31);
  WskShimDeregister(&Reg, "drv.c", 32);
  WskShimDeregister(&Other, "drv.c", 33);
  NextFaultFunction = "WskRegister";
  NextFault = STATUS_INSUFFICIENT_RESOURCES;
  CHECK(WskShimRegister(&ClientNpi, &Other, "drv.c", 34) ==
        STATUS_INSUFFICIENT_RESOURCES);
  WskShimDeregister(&Other, "drv.c", 35);
  CHECK(NumReports == 3 && Reported(0, WskRule_DuplicateDeregister, 32) &&
        Reported(1, WskRule_DuplicateDeregister, 33) &&
        Reported(2, WskRule_DuplicateDeregister, 35));
  CHECK(strstr(Reports[0].Message, "deregistered at drv.c:31") != NULL);
  CHECK(strstr(Reports[2].Message, "WskRegister at drv.c:34 failed") != NULL);
  CHECK(RealDeregister == 1 && RealRegister == 1);

  Reset("wsk.CaptureWithoutRegister fails the capture; a call through it is "
        "wsk.DispatchWithoutCapture");
  CHECK(!NT_SUCCESS(
      WskShimCaptureProviderNPI(&Reg, WSK_NO_WAIT, &Npi, "drv.c", 40)));
  CHECK(RealCapture == 0);
  CHECK(!NT_SUCCESS(CallSocket(&Npi, 41)));
  CHECK(NumReports == 2 && Reported(0, WskRule_CaptureWithoutRegister, 40) &&
        Reported(1, WskRule_DispatchWithoutCapture, 41));
  CHECK(RealSocket == 0 && Completed == 1 &&
        LastCompletion == STATUS_INVALID_DEVICE_STATE);

  Reset("wsk.DispatchAfterRelease: call after the only release");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 50);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 51);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 52);
  CHECK(!NT_SUCCESS(CallSocket(&Npi, 53)));
  CHECK(NumReports == 1 && Reported(0, WskRule_DispatchAfterRelease, 53));
  CHECK(strstr(Reports[0].Message, "last release at drv.c:52") != NULL);
  CHECK(RealSocket == 0 && Completed == 1);

  Reset("captures are counted: one of two releases keeps the table valid");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 60);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 61);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi2, "drv.c", 62);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 63);
  CHECK(NT_SUCCESS(CallSocket(&Npi, 64)));
  CHECK(NumReports == 0 && RealSocket == 1);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 65);
  CallSocket(&Npi2, 66);
  CHECK(NumReports == 1 && Reported(0, WskRule_DispatchAfterRelease, 66));

  Reset("wsk.DispatchAfterRelease: table captured under an earlier "
        "registration");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 70);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 71);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 72);
  WskShimDeregister(&Reg, "drv.c", 73);
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 74);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi2, "drv.c", 75);
  CallSocket(&Npi, 76);
  CHECK(NumReports == 1 && Reported(0, WskRule_DispatchAfterRelease, 76));
  CHECK(strstr(Reports[0].Message, "earlier registration") != NULL);
  CHECK(NT_SUCCESS(CallSocket(&Npi2, 77)) && NumReports == 1);

  Reset("wsk.DispatchWithoutCapture: failed capture, never captured");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 80);
  NextFaultFunction = "WskCaptureProviderNPI";
  NextFault = STATUS_NOINTERFACE;
  CHECK(WskShimCaptureProviderNPI(&Reg, WSK_NO_WAIT, &Npi, "drv.c", 81) ==
        STATUS_NOINTERFACE);
  CallSocket(&Npi, 82);
  CHECK(WskShimDispatchSite(NULL, "drv.c", 83) == NULL);
  CHECK(NumReports == 2 && Reported(0, WskRule_DispatchWithoutCapture, 82) &&
        Reported(1, WskRule_DispatchWithoutCapture, 83));
  CHECK(strstr(Reports[0].Message, "failed (at drv.c:81)") != NULL);
  CHECK(RealSocket == 0);

  Reset("wsk.DeregisterWhileCaptured: the provider is never asked");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 90);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 91);
  WskShimDeregister(&Reg, "drv.c", 92);
  CHECK(NumReports == 1 && Reported(0, WskRule_DeregisterWhileCaptured, 92));
  CHECK(strstr(Reports[0].Message, "captured at drv.c:91") != NULL);
  CHECK(RealDeregister == 0 && PathsEnded == 1);

  Reset("wsk.UnbalancedRelease: no capture held, not registered");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 100);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 101);
  WskShimReleaseProviderNPI(&Other, "drv.c", 102);
  CHECK(NumReports == 2 && Reported(0, WskRule_UnbalancedRelease, 101) &&
        Reported(1, WskRule_UnbalancedRelease, 102));
  CHECK(RealRelease == 0);

  Reset("wsk.MissingDeregister when DriverEntry fails, at the registration");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 110);
  WskShimDriverEntryReturned(STATUS_SUCCESS);
  CHECK(NumReports == 0);
  WskShimDriverEntryReturned(STATUS_INSUFFICIENT_RESOURCES);
  CHECK(NumReports == 1 && Reported(0, WskRule_MissingDeregister, 110));
  CHECK(strstr(Reports[0].Message, "0xC000009A") != NULL);
  CHECK(PathsEnded == 0);

  Reset("wsk.UnloadSkipsDeregister for what unload left registered");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 120);
  WskShimRegister(&ClientNpi, &Other, "drv.c", 121);
  WskShimDeregister(&Other, "drv.c", 122);
  WskShimUnloadReturned();
  CHECK(NumReports == 1 && Reported(0, WskRule_UnloadSkipsDeregister, 120));
  CHECK(PathsEnded == 0);

  Reset("wsk.MissingDeregister where the memory is freed, reported once");
  WskShimRegister(&ClientNpi, &Block.Reg, "drv.c", 130);
  WskShimObjectLost(&Block, sizeof(Block), "freed", "drv.c", 131);
  WskShimUnloadReturned();
  CHECK(NumReports == 1 && Reported(0, WskRule_MissingDeregister, 131));
  CHECK(strstr(Reports[0].Message, "registered at drv.c:130 is freed") != NULL);
  CHECK(WskShimLiveRegistrationsIn(&Block, sizeof(Block)) == 0);

  Reset("the noted-site entry points report the noted line");
  WskShimNoteSite("drv.c", 140);
  WskShimNotedRegister(&ClientNpi, &Reg);
  WskShimNoteSite("drv.c", 141);
  WskShimNotedRegister(&ClientNpi, &Reg);
  CHECK(NumReports == 1 && Reported(0, WskRule_DoubleRegister, 141));

  Reset("a failed registration can be registered again");
  NextFaultFunction = "WskRegister";
  NextFault = STATUS_INSUFFICIENT_RESOURCES;
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 150);
  CHECK(NT_SUCCESS(WskShimRegister(&ClientNpi, &Reg, "drv.c", 151)));
  WskShimDeregister(&Reg, "drv.c", 152);
  CHECK(NumReports == 0 && WskShimViolationCount() == 0);

  ResetWith("an environment without a provider of its own fails dispatch "
            "calls in the core",
            TRUE);
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 160);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 161);
  NextFaultFunction = "WskSocket";
  NextFault = STATUS_INSUFFICIENT_RESOURCES;
  CHECK(CallSocket(&Npi, 162) == STATUS_INSUFFICIENT_RESOURCES);
  CHECK(RealSocket == 0 && Completed == 1 &&
        LastCompletion == STATUS_INSUFFICIENT_RESOURCES);
  CHECK(NT_SUCCESS(CallSocket(&Npi, 163)) && RealSocket == 1);
  CHECK(NumReports == 0);

  Reset("wsk.SocketOpenAtDeregister: a socket created and never closed");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 170);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 171);
  CHECK(NT_SUCCESS(CallSocket(&Npi, 172)));
  Socket = (PWSK_SOCKET)IrpStorage.Irp.IoStatus.Information;
  CHECK(Socket && Socket != &FakeSocketObject &&
        Socket->Dispatch != &FakeConnectionDispatch);
  CHECK(WskShimOpenSockets(&Reg) == 1 && WskShimOpenSockets(&Other) == 0);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 173);
  WskShimDeregister(&Reg, "drv.c", 174);
  CHECK(NumReports == 1 && Reported(0, WskRule_SocketOpenAtDeregister, 174));
  CHECK(strstr(Reports[0].Message, "(WskSocket at drv.c:172, never closed)") !=
        NULL);
  CHECK(RealDeregister == 0 && PathsEnded == 1);

  Reset("wsk.SocketUseAfterClose: a send and a second close after the close");
  WskShimRegister(&ClientNpi, &Reg, "drv.c", 180);
  WskShimCaptureProviderNPI(&Reg, WSK_INFINITE_WAIT, &Npi, "drv.c", 181);
  CallSocket(&Npi, 182);
  Socket = (PWSK_SOCKET)IrpStorage.Irp.IoStatus.Information;
  CHECK(NT_SUCCESS(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)
                       ->WskCloseSocket(WskShimSocketSite(Socket, "drv.c", 183),
                                        FreshIrp())));
  CHECK(RealClose == 1 && LastSocketClosed == &FakeSocketObject);
  CHECK(WskShimOpenSockets(&Reg) == 0 && NumReports == 0);
  CHECK(((const WSK_PROVIDER_CONNECTION_DISPATCH *)Socket->Dispatch)
            ->WskSend(WskShimSocketSite(Socket, "drv.c", 184), NULL, 0,
                      FreshIrp()) == STATUS_INVALID_DEVICE_STATE);
  CHECK(((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)
            ->WskCloseSocket(WskShimSocketSite(Socket, "drv.c", 185),
                             FreshIrp()) == STATUS_INVALID_DEVICE_STATE);
  CHECK(NumReports == 2 && Reported(0, WskRule_SocketUseAfterClose, 184) &&
        Reported(1, WskRule_SocketUseAfterClose, 185));
  CHECK(strstr(Reports[0].Message, "'WskSend' called on a socket that was "
                                   "already closed at drv.c:183") != NULL);
  CHECK(strstr(Reports[1].Message, "WskCloseSocket on a socket that was "
                                   "already closed at drv.c:183") != NULL);
  CHECK(RealClose == 1 && RealSend == 0 && Completed == 2 &&
        LastCompletion == STATUS_INVALID_DEVICE_STATE);
  WskShimReleaseProviderNPI(&Reg, "drv.c", 186);
  WskShimDeregister(&Reg, "drv.c", 187);
  CHECK(NumReports == 2 && RealDeregister == 1);

  TestPlans();

  printf("%d checks, %d failed\n", Checks, Failures);
  if (!Failures)
    printf("all checks passed\n");
  return Failures ? 1 : 0;
}
