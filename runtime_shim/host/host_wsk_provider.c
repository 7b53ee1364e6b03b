/* Host environment: a WSK provider simulator behind the real entry points
 * (WskRegister, WskCaptureProviderNPI, WskReleaseProviderNPI, WskDeregister)
 * and the provider and socket dispatch tables.
 *
 * It behaves as the documentation describes, without a network: sockets
 * are created and closed, sends complete with every byte sent, receives
 * complete with zero bytes (the peer closed gracefully), accepts stay
 * pending until the listening socket closes (the first
 * --accept-connections of them complete with a new connection instead). IRPs
 * complete in the call or, with --async-irps, on a worker thread (the call
 * returns STATUS_PENDING). WskCaptureProviderNPI with WSK_NO_WAIT fails with
 * STATUS_NOINTERFACE until the provider attaches (--provider-attach-ms).
 * WskDeregister waits until every capture is released, every dispatch call has
 * returned and every socket is closed; a wait longer than the deregistration
 * time limit is reported as a hang instead of blocking the run.
 *
 * The shim core sits in front of all of this; the simulator itself only
 * keeps what it needs to behave like the provider.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "host_env.h"
#include "wskshim_core.h"

#define CLIENT_MAGIC 0x544E4C43u
#define SOCKET_MAGIC 0x4B434F53u
#define SOCKET_CLOSED 0x44534F43u
#define REGISTERED_STATE 0x5245474953544552ull

typedef struct SimClient {
  ULONG Magic;
  WSK_CLIENT_NPI ClientNpi;
  LONG Captures;
  LONG InFlight;
  LONG Sockets;
} SimClient;

typedef struct SimSocket {
  WSK_SOCKET Socket; /* first: the PWSK_SOCKET the client holds */
  ULONG Magic;
  SimClient *Client;
  ULONG Category;
  PVOID Context;
  LIST_ENTRY Pending; /* accept IRPs waiting for a connection */
} SimSocket;

static ULONGLONG AttachAt; /* WskHostNowMs() when the provider attaches */
static BOOLEAN NeverAttach;

static void BugCheck(const char *What) {
  const char *File;
  int Line;
  WskShimCurrentCallSite(&File, &Line);
  WskHostReportEvent("bugcheck", File, Line, "%s (during %s)", What,
                     WskHostPhase());
  WskHostEndRun();
}

/* ------------------------------------------------------------------ */
/* IRP completion                                                      */

static LIST_ENTRY CompletionQueue = {&CompletionQueue, &CompletionQueue};

static void *CompletionMain(void *Arg) {
  (void)Arg;
  for (;;) {
    PIRP Irp;
    struct timespec Delay = {0, 1000000L};
    WskHostLock();
    while (IsListEmpty(&CompletionQueue))
      WskHostWait(0);
    Irp = CONTAINING_RECORD(RemoveHeadList(&CompletionQueue), IRP,
                            Tail.Overlay.ListEntry);
    WskHostUnlock();
    /* A little later than the call, as a real completion would be. */
    nanosleep(&Delay, NULL);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    WskHostBusy(-1);
  }
  return NULL;
}

/* The provider owns the IRP from here: it takes the location the client
   prepared (IoSetCompletionRoutine set it up as the next one). */
static void TakeIrp(PIRP Irp) {
  if (Irp->CurrentLocation <= 1)
    BugCheck("NO_MORE_IRP_STACK_LOCATIONS: the IRP passed to WSK has no "
             "stack location left for the provider");
  IoSetNextIrpStackLocation(Irp);
}

static NTSTATUS Complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
  if (!Irp)
    return Status;
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = Information;
  if (WskHostOpts.AsyncIrps) {
    IoMarkIrpPending(Irp);
    WskHostBusy(+1);
    WskHostLock();
    InsertTailList(&CompletionQueue, &Irp->Tail.Overlay.ListEntry);
    WskHostBroadcast();
    WskHostUnlock();
    return STATUS_PENDING;
  }
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

/* Every provider function takes an IRP except where documented (some
   control codes). */
static NTSTATUS Finish(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
  if (!Irp)
    return Status;
  TakeIrp(Irp);
  return Complete(Irp, Status, Information);
}

/* ------------------------------------------------------------------ */
/* Client and socket validation                                        */

static SimClient *EnterClient(PWSK_CLIENT Client, const char *Function) {
  SimClient *C = (SimClient *)Client;
  if (!C || C->Magic != CLIENT_MAGIC) {
    WskHostReportEvent("bugcheck", NULL, 0,
                       "%s called with a client the provider does not know "
                       "(during %s)",
                       Function, WskHostPhase());
    WskHostEndRun();
  }
  WskHostLock();
  ++C->InFlight;
  WskHostUnlock();
  return C;
}

static void LeaveClient(SimClient *C) {
  WskHostLock();
  --C->InFlight;
  WskHostBroadcast();
  WskHostUnlock();
}

static SimSocket *EnterSocket(PWSK_SOCKET Socket, const char *Function) {
  SimSocket *S = (SimSocket *)Socket;
  if (S && S->Magic == SOCKET_CLOSED) {
    WskHostReportEvent("bugcheck", NULL, 0,
                       "%s on a socket that WskCloseSocket already closed "
                       "(during %s)",
                       Function, WskHostPhase());
    WskHostEndRun();
  }
  if (!S || S->Magic != SOCKET_MAGIC) {
    WskHostReportEvent("bugcheck", NULL, 0,
                       "%s on something that is not a WSK socket (during "
                       "%s)",
                       Function, WskHostPhase());
    WskHostEndRun();
  }
  return S;
}

/* ------------------------------------------------------------------ */
/* Socket dispatch                                                     */

static NTSTATUS WSKAPI SimControlSocket(PWSK_SOCKET Socket,
                                        WSK_CONTROL_SOCKET_TYPE RequestType,
                                        ULONG ControlCode, ULONG Level,
                                        SIZE_T InputSize, PVOID InputBuffer,
                                        SIZE_T OutputSize, PVOID OutputBuffer,
                                        SIZE_T *OutputSizeReturned, PIRP Irp) {
  NTSTATUS Status;
  (void)EnterSocket(Socket, "WskControlSocket");
  (void)RequestType;
  (void)ControlCode;
  (void)Level;
  (void)InputSize;
  (void)InputBuffer;
  if (OutputBuffer && OutputSize)
    memset(OutputBuffer, 0, OutputSize);
  if (OutputSizeReturned)
    *OutputSizeReturned = 0;
  Status = WskHostFault("WskControlSocket");
  return Finish(Irp, Status, 0);
}

static NTSTATUS WSKAPI SimCloseSocket(PWSK_SOCKET Socket, PIRP Irp) {
  SimSocket *S = EnterSocket(Socket, "WskCloseSocket");
  LIST_ENTRY Cancelled;
  /* Closing cannot fail, so it is no fault injection point. Requests
     still pending on the socket end with it. */
  InitializeListHead(&Cancelled);
  WskHostLock();
  while (!IsListEmpty(&S->Pending))
    InsertTailList(&Cancelled, RemoveHeadList(&S->Pending));
  S->Magic = SOCKET_CLOSED; /* kept, so later use is recognised */
  WskHostUnlock();
  while (!IsListEmpty(&Cancelled)) {
    PIRP P = CONTAINING_RECORD(RemoveHeadList(&Cancelled), IRP,
                               Tail.Overlay.ListEntry);
    P->IoStatus.Status = STATUS_CANCELLED;
    P->IoStatus.Information = 0;
    IoCompleteRequest(P, IO_NO_INCREMENT);
  }
  WskHostLock();
  --S->Client->Sockets;
  WskHostBroadcast();
  WskHostUnlock();
  return Finish(Irp, STATUS_SUCCESS, 0);
}

static void Loopback(PSOCKADDR Address) {
  PSOCKADDR_IN In = (PSOCKADDR_IN)Address;
  if (!Address)
    return;
  memset(In, 0, sizeof(*In));
  In->sin_family = AF_INET;
  In->sin_port = RtlUshortByteSwap(49152);
  In->sin_addr.s_addr = RtlUlongByteSwap(INADDR_LOOPBACK);
}

static NTSTATUS WSKAPI SimBind(PWSK_SOCKET Socket, PSOCKADDR LocalAddress,
                               ULONG Flags, PIRP Irp) {
  (void)EnterSocket(Socket, "WskBind");
  (void)LocalAddress;
  (void)Flags;
  return Finish(Irp, WskHostFault("WskBind"), 0);
}

static ULONG Accepted; /* WskAccept requests a peer connected to */
static SimSocket *NewSocket(SimClient *C, ULONG Flags, PVOID Context);

static NTSTATUS WSKAPI
SimAccept(PWSK_SOCKET ListenSocket, ULONG Flags, PVOID AcceptSocketContext,
          const WSK_CLIENT_CONNECTION_DISPATCH *AcceptSocketDispatch,
          PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, PIRP Irp) {
  SimSocket *S = EnterSocket(ListenSocket, "WskAccept");
  NTSTATUS Status = WskHostFault("WskAccept");
  BOOLEAN Connect;
  (void)Flags;
  (void)AcceptSocketDispatch;
  if (!NT_SUCCESS(Status) || !Irp)
    return Finish(Irp, Status, 0);
  WskHostLock();
  Connect = Accepted < WskHostOpts.AcceptConnections;
  if (Connect)
    ++Accepted;
  WskHostUnlock();
  if (Connect) {
    /* A peer connects: the accepted connection socket. */
    SimSocket *A =
        NewSocket(S->Client, WSK_FLAG_CONNECTION_SOCKET, AcceptSocketContext);
    if (!A)
      return Finish(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    Loopback(LocalAddress);
    Loopback(RemoteAddress);
    return Finish(Irp, STATUS_SUCCESS, (ULONG_PTR)&A->Socket);
  }
  /* Nobody connects: the accept waits until the socket is closed. */
  TakeIrp(Irp);
  IoMarkIrpPending(Irp);
  WskHostLock();
  InsertTailList(&S->Pending, &Irp->Tail.Overlay.ListEntry);
  WskHostUnlock();
  return STATUS_PENDING;
}

static NTSTATUS WSKAPI SimInspectComplete(PWSK_SOCKET ListenSocket,
                                          PWSK_INSPECT_ID InspectID,
                                          WSK_INSPECT_ACTION Action, PIRP Irp) {
  (void)EnterSocket(ListenSocket, "WskInspectComplete");
  (void)InspectID;
  (void)Action;
  return Finish(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI SimGetLocalAddress(PWSK_SOCKET Socket,
                                          PSOCKADDR LocalAddress, PIRP Irp) {
  (void)EnterSocket(Socket, "WskGetLocalAddress");
  Loopback(LocalAddress);
  return Finish(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI SimGetRemoteAddress(PWSK_SOCKET Socket,
                                           PSOCKADDR RemoteAddress, PIRP Irp) {
  (void)EnterSocket(Socket, "WskGetRemoteAddress");
  Loopback(RemoteAddress);
  return Finish(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI SimConnect(PWSK_SOCKET Socket, PSOCKADDR RemoteAddress,
                                  ULONG Flags, PIRP Irp) {
  (void)EnterSocket(Socket, "WskConnect");
  (void)RemoteAddress;
  (void)Flags;
  return Finish(Irp, WskHostFault("WskConnect"), 0);
}

static NTSTATUS WSKAPI SimListen(PWSK_SOCKET Socket, PIRP Irp) {
  (void)EnterSocket(Socket, "WskListen");
  return Finish(Irp, WskHostFault("WskListen"), 0);
}

static NTSTATUS SendResult(const char *Function, PWSK_BUF Buffer, PIRP Irp) {
  NTSTATUS Status = WskHostFault(Function);
  return Finish(Irp, Status,
                NT_SUCCESS(Status) && Buffer ? (ULONG_PTR)Buffer->Length : 0);
}

static NTSTATUS WSKAPI SimSend(PWSK_SOCKET Socket, PWSK_BUF Buffer, ULONG Flags,
                               PIRP Irp) {
  (void)EnterSocket(Socket, "WskSend");
  (void)Flags;
  return SendResult("WskSend", Buffer, Irp);
}

static NTSTATUS WSKAPI SimReceive(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                  ULONG Flags, PIRP Irp) {
  (void)EnterSocket(Socket, "WskReceive");
  (void)Buffer;
  (void)Flags;
  return Finish(Irp, WskHostFault("WskReceive"), 0);
}

static NTSTATUS WSKAPI SimDisconnect(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                     ULONG Flags, PIRP Irp) {
  (void)EnterSocket(Socket, "WskDisconnect");
  (void)Buffer;
  (void)Flags;
  return Finish(Irp, WskHostFault("WskDisconnect"), 0);
}

static NTSTATUS WSKAPI SimRelease(PWSK_SOCKET Socket,
                                  PWSK_DATA_INDICATION DataIndication) {
  (void)EnterSocket(Socket, "WskRelease");
  (void)DataIndication;
  return STATUS_SUCCESS;
}

static NTSTATUS WSKAPI SimReleaseDatagrams(
    PWSK_SOCKET Socket, PWSK_DATAGRAM_INDICATION DatagramIndication) {
  (void)EnterSocket(Socket, "WskRelease");
  (void)DatagramIndication;
  return STATUS_SUCCESS;
}

static NTSTATUS WSKAPI SimSendTo(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                 ULONG Flags, PSOCKADDR RemoteAddress,
                                 ULONG ControlInfoLength, PCMSGHDR ControlInfo,
                                 PIRP Irp) {
  (void)EnterSocket(Socket, "WskSendTo");
  (void)Flags;
  (void)RemoteAddress;
  (void)ControlInfoLength;
  (void)ControlInfo;
  return SendResult("WskSendTo", Buffer, Irp);
}

static NTSTATUS WSKAPI SimReceiveFrom(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                      ULONG Flags, PSOCKADDR RemoteAddress,
                                      PULONG ControlLength,
                                      PCMSGHDR ControlInfo, PULONG ControlFlags,
                                      PIRP Irp) {
  (void)EnterSocket(Socket, "WskReceiveFrom");
  (void)Buffer;
  (void)Flags;
  (void)ControlInfo;
  Loopback(RemoteAddress);
  if (ControlLength)
    *ControlLength = 0;
  if (ControlFlags)
    *ControlFlags = 0;
  return Finish(Irp, WskHostFault("WskReceiveFrom"), 0);
}

static NTSTATUS WSKAPI SimSendMessages(PWSK_SOCKET Socket,
                                       PWSK_BUF_LIST BufferList, ULONG Flags,
                                       PSOCKADDR RemoteAddress,
                                       ULONG ControlInfoLength,
                                       PCMSGHDR ControlInfo, PIRP Irp) {
  SIZE_T Total = 0;
  NTSTATUS Status;
  (void)EnterSocket(Socket, "WskSendMessages");
  (void)Flags;
  (void)RemoteAddress;
  (void)ControlInfoLength;
  (void)ControlInfo;
  for (; BufferList; BufferList = BufferList->Next)
    Total += BufferList->Buffer.Length;
  Status = WskHostFault("WskSendTo");
  return Finish(Irp, Status, NT_SUCCESS(Status) ? Total : 0);
}

static NTSTATUS WSKAPI SimConnectEx(PWSK_SOCKET Socket, PSOCKADDR RemoteAddress,
                                    PWSK_BUF Buffer, ULONG Flags, PIRP Irp) {
  NTSTATUS Status;
  (void)EnterSocket(Socket, "WskConnectEx");
  (void)RemoteAddress;
  (void)Flags;
  Status = WskHostFault("WskConnect");
  return Finish(Irp, Status,
                NT_SUCCESS(Status) && Buffer ? (ULONG_PTR)Buffer->Length : 0);
}

static NTSTATUS WSKAPI SimSendEx(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                 ULONG Flags, ULONG ControlInfoLength,
                                 PCMSGHDR ControlInfo, PIRP Irp) {
  (void)EnterSocket(Socket, "WskSendEx");
  (void)Flags;
  (void)ControlInfoLength;
  (void)ControlInfo;
  return SendResult("WskSend", Buffer, Irp);
}

static NTSTATUS WSKAPI SimReceiveEx(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                    ULONG Flags, PULONG ControlInfoLength,
                                    PCMSGHDR ControlInfo, PULONG ControlFlags,
                                    PIRP Irp) {
  (void)EnterSocket(Socket, "WskReceiveEx");
  (void)Buffer;
  (void)Flags;
  (void)ControlInfo;
  if (ControlInfoLength)
    *ControlInfoLength = 0;
  if (ControlFlags)
    *ControlFlags = 0;
  return Finish(Irp, WskHostFault("WskReceive"), 0);
}

static const WSK_PROVIDER_BASIC_DISPATCH BasicDispatch = {SimControlSocket,
                                                          SimCloseSocket};

static const WSK_PROVIDER_LISTEN_DISPATCH ListenDispatch = {
    {SimControlSocket, SimCloseSocket},
    SimBind,
    SimAccept,
    SimInspectComplete,
    SimGetLocalAddress};

static const WSK_PROVIDER_DATAGRAM_DISPATCH DatagramDispatch = {
    {SimControlSocket, SimCloseSocket},
    SimBind,
    SimSendTo,
    SimReceiveFrom,
    SimReleaseDatagrams,
    SimGetLocalAddress,
    SimSendMessages};

static const WSK_PROVIDER_CONNECTION_DISPATCH ConnectionDispatch = {
    {SimControlSocket, SimCloseSocket},
    SimBind,
    SimConnect,
    SimGetLocalAddress,
    SimGetRemoteAddress,
    SimSend,
    SimReceive,
    SimDisconnect,
    SimRelease,
    SimConnectEx,
    SimSendEx,
    SimReceiveEx};

static const WSK_PROVIDER_STREAM_DISPATCH StreamDispatch = {
    {SimControlSocket, SimCloseSocket},
    SimListen,
    SimAccept,
    SimConnect,
    SimConnectEx,
    SimSend,
    SimSendEx,
    SimReceive,
    SimReceiveEx,
    SimDisconnect,
    SimRelease,
    SimGetLocalAddress,
    SimGetRemoteAddress,
    SimBind,
    SimInspectComplete};

/* ------------------------------------------------------------------ */
/* Provider (client-level) dispatch                                    */

static SimSocket *NewSocket(SimClient *C, ULONG Flags, PVOID Context) {
  SimSocket *S = (SimSocket *)calloc(1, sizeof(*S));
  if (!S)
    return NULL;
  S->Magic = SOCKET_MAGIC;
  S->Client = C;
  S->Category = Flags;
  S->Context = Context;
  InitializeListHead(&S->Pending);
  switch (Flags) {
  case WSK_FLAG_LISTEN_SOCKET:
    S->Socket.Dispatch = &ListenDispatch;
    break;
  case WSK_FLAG_CONNECTION_SOCKET:
    S->Socket.Dispatch = &ConnectionDispatch;
    break;
  case WSK_FLAG_DATAGRAM_SOCKET:
    S->Socket.Dispatch = &DatagramDispatch;
    break;
  case WSK_FLAG_STREAM_SOCKET:
    S->Socket.Dispatch = &StreamDispatch;
    break;
  default:
    S->Socket.Dispatch = &BasicDispatch;
    break;
  }
  WskHostLock();
  ++C->Sockets;
  WskHostUnlock();
  return S;
}

static NTSTATUS CreateSocket(SimClient *C, const char *Function,
                             ADDRESS_FAMILY AddressFamily, ULONG Flags,
                             PVOID SocketContext, PIRP Irp) {
  SimSocket *S;
  NTSTATUS Status = WskHostFault(Function);
  if (NT_SUCCESS(Status) && AddressFamily != AF_INET &&
      AddressFamily != AF_INET6)
    Status = STATUS_INVALID_PARAMETER;
  if (NT_SUCCESS(Status) && Flags != WSK_FLAG_BASIC_SOCKET &&
      Flags != WSK_FLAG_LISTEN_SOCKET && Flags != WSK_FLAG_CONNECTION_SOCKET &&
      Flags != WSK_FLAG_DATAGRAM_SOCKET && Flags != WSK_FLAG_STREAM_SOCKET)
    Status = STATUS_INVALID_PARAMETER;
  if (!NT_SUCCESS(Status))
    return Finish(Irp, Status, 0);
  S = NewSocket(C, Flags, SocketContext);
  if (!S)
    return Finish(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
  return Finish(Irp, STATUS_SUCCESS, (ULONG_PTR)&S->Socket);
}

static NTSTATUS WSKAPI
SimSocket_(PWSK_CLIENT Client, ADDRESS_FAMILY AddressFamily, USHORT SocketType,
           ULONG Protocol, ULONG Flags, PVOID SocketContext,
           const VOID *Dispatch, PEPROCESS OwningProcess, PETHREAD OwningThread,
           PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp) {
  SimClient *C = EnterClient(Client, "WskSocket");
  NTSTATUS Status;
  (void)SocketType;
  (void)Protocol;
  (void)Dispatch;
  (void)OwningProcess;
  (void)OwningThread;
  (void)SecurityDescriptor;
  if (!Irp)
    BugCheck("WskSocket called without an IRP");
  Status =
      CreateSocket(C, "WskSocket", AddressFamily, Flags, SocketContext, Irp);
  LeaveClient(C);
  return Status;
}

static NTSTATUS WSKAPI SimSocketConnect(
    PWSK_CLIENT Client, USHORT SocketType, ULONG Protocol,
    PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress, ULONG Flags,
    PVOID SocketContext, const WSK_CLIENT_CONNECTION_DISPATCH *Dispatch,
    PEPROCESS OwningProcess, PETHREAD OwningThread,
    PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp) {
  SimClient *C = EnterClient(Client, "WskSocketConnect");
  NTSTATUS Status;
  (void)SocketType;
  (void)Protocol;
  (void)RemoteAddress;
  (void)Flags;
  (void)Dispatch;
  (void)OwningProcess;
  (void)OwningThread;
  (void)SecurityDescriptor;
  if (!Irp)
    BugCheck("WskSocketConnect called without an IRP");
  Status = CreateSocket(C, "WskSocketConnect",
                        LocalAddress ? LocalAddress->sa_family : AF_INET,
                        WSK_FLAG_CONNECTION_SOCKET, SocketContext, Irp);
  LeaveClient(C);
  return Status;
}

static NTSTATUS WSKAPI SimControlClient(PWSK_CLIENT Client, ULONG ControlCode,
                                        SIZE_T InputSize, PVOID InputBuffer,
                                        SIZE_T OutputSize, PVOID OutputBuffer,
                                        SIZE_T *OutputSizeReturned, PIRP Irp) {
  SimClient *C = EnterClient(Client, "WskControlClient");
  NTSTATUS Status = WskHostFault("WskControlClient");
  (void)ControlCode;
  (void)InputSize;
  (void)InputBuffer;
  if (OutputBuffer && OutputSize)
    memset(OutputBuffer, 0, OutputSize);
  if (OutputSizeReturned)
    *OutputSizeReturned = 0;
  Status = Finish(Irp, Status, 0);
  LeaveClient(C);
  return Status;
}

static NTSTATUS WSKAPI SimGetAddressInfo(
    PWSK_CLIENT Client, PUNICODE_STRING NodeName, PUNICODE_STRING ServiceName,
    ULONG NameSpace, GUID *Provider, PADDRINFOEXW Hints, PADDRINFOEXW *Result,
    PEPROCESS OwningProcess, PETHREAD OwningThread, PIRP Irp) {
  SimClient *C = EnterClient(Client, "WskGetAddressInfo");
  NTSTATUS Status = WskHostFault("WskGetAddressInfo");
  (void)NodeName;
  (void)ServiceName;
  (void)NameSpace;
  (void)Provider;
  (void)Hints;
  (void)OwningProcess;
  (void)OwningThread;
  if (!Irp)
    BugCheck("WskGetAddressInfo called without an IRP");
  if (NT_SUCCESS(Status)) {
    /* One answer: the loopback address. */
    PADDRINFOEXW Ai = (PADDRINFOEXW)calloc(1, sizeof(ADDRINFOEXW));
    PSOCKADDR Sa = (PSOCKADDR)calloc(1, sizeof(SOCKADDR_IN));
    if (!Ai || !Sa) {
      free(Ai);
      free(Sa);
      Status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
      Loopback(Sa);
      Ai->ai_family = AF_INET;
      Ai->ai_socktype = SOCK_STREAM;
      Ai->ai_protocol = IPPROTO_TCP;
      Ai->ai_addrlen = sizeof(SOCKADDR_IN);
      Ai->ai_addr = Sa;
      *Result = Ai;
    }
  }
  Status = Finish(Irp, Status, 0);
  LeaveClient(C);
  return Status;
}

static VOID WSKAPI SimFreeAddressInfo(PWSK_CLIENT Client,
                                      PADDRINFOEXW AddrInfo) {
  SimClient *C = EnterClient(Client, "WskFreeAddressInfo");
  while (AddrInfo) {
    PADDRINFOEXW Next = AddrInfo->ai_next;
    free(AddrInfo->ai_addr);
    free(AddrInfo);
    AddrInfo = Next;
  }
  LeaveClient(C);
}

static NTSTATUS WSKAPI SimGetNameInfo(PWSK_CLIENT Client, PSOCKADDR SockAddr,
                                      ULONG SockAddrLength,
                                      PUNICODE_STRING NodeName,
                                      PUNICODE_STRING ServiceName, ULONG Flags,
                                      PEPROCESS OwningProcess,
                                      PETHREAD OwningThread, PIRP Irp) {
  static const WCHAR Host[] = {'l', 'o', 'c', 'a', 'l', 'h', 'o', 's', 't'};
  SimClient *C = EnterClient(Client, "WskGetNameInfo");
  NTSTATUS Status = WskHostFault("WskGetNameInfo");
  (void)SockAddr;
  (void)SockAddrLength;
  (void)ServiceName;
  (void)Flags;
  (void)OwningProcess;
  (void)OwningThread;
  if (!Irp)
    BugCheck("WskGetNameInfo called without an IRP");
  if (NT_SUCCESS(Status) && NodeName && NodeName->Buffer) {
    if (NodeName->MaximumLength < sizeof(Host))
      Status = STATUS_BUFFER_TOO_SMALL;
    else {
      memcpy(NodeName->Buffer, Host, sizeof(Host));
      NodeName->Length = sizeof(Host);
    }
  }
  Status = Finish(Irp, Status, 0);
  LeaveClient(C);
  return Status;
}

static const WSK_PROVIDER_DISPATCH ProviderDispatch = {MAKE_WSK_VERSION(1, 0),
                                                       0,
                                                       SimSocket_,
                                                       SimSocketConnect,
                                                       SimControlClient,
                                                       SimGetAddressInfo,
                                                       SimFreeAddressInfo,
                                                       SimGetNameInfo};

/* ------------------------------------------------------------------ */
/* Registration                                                        */

static SimClient *ClientOf(PWSK_REGISTRATION Registration) {
  SimClient *C;
  if (!Registration ||
      Registration->ReservedRegistrationState != REGISTERED_STATE)
    return NULL;
  C = (SimClient *)Registration->ReservedRegistrationContext;
  return C && C->Magic == CLIENT_MAGIC ? C : NULL;
}

NTSTATUS WskRegister(PWSK_CLIENT_NPI WskClientNpi,
                     PWSK_REGISTRATION WskRegistration) {
  SimClient *C;
  if (!WskClientNpi || !WskClientNpi->Dispatch || !WskRegistration)
    return STATUS_INVALID_PARAMETER;
  if (WSK_MAJOR_VERSION(WskClientNpi->Dispatch->Version) != 1)
    return STATUS_NOT_SUPPORTED;
  C = (SimClient *)calloc(1, sizeof(*C));
  if (!C)
    return STATUS_INSUFFICIENT_RESOURCES;
  C->Magic = CLIENT_MAGIC;
  C->ClientNpi = *WskClientNpi;
  WskRegistration->ReservedRegistrationState = REGISTERED_STATE;
  WskRegistration->ReservedRegistrationContext = C;
  WskRegistration->ReservedRegistrationLock = 0;
  WskHostTrace("provider: client %p registered", (void *)C);
  return STATUS_SUCCESS;
}

NTSTATUS WskCaptureProviderNPI(PWSK_REGISTRATION WskRegistration,
                               ULONG WaitTimeout,
                               PWSK_PROVIDER_NPI WskProviderNpi) {
  SimClient *C = ClientOf(WskRegistration);
  ULONGLONG Until;
  if (!C || !WskProviderNpi)
    return STATUS_INVALID_PARAMETER;
  WskHostLock();
  if (NeverAttach || WskHostNowMs() < AttachAt) {
    if (WaitTimeout == WSK_NO_WAIT) {
      WskHostUnlock();
      return STATUS_NOINTERFACE;
    }
    Until = WaitTimeout == WSK_INFINITE_WAIT
                ? 0
                : WskHostNowMs() + (ULONGLONG)WaitTimeout;
    /* The provider attaching is a time, not an event: poll in steps. */
    while (NeverAttach || WskHostNowMs() < AttachAt) {
      ULONGLONG Step = WskHostNowMs() + 10;
      if (Until && WskHostNowMs() >= Until) {
        WskHostUnlock();
        return STATUS_NOINTERFACE;
      }
      WskHostWait(Until && Until < Step ? Until : Step);
    }
  }
  ++C->Captures;
  WskHostUnlock();
  WskProviderNpi->Client = (PWSK_CLIENT)C;
  WskProviderNpi->Dispatch = &ProviderDispatch;
  return STATUS_SUCCESS;
}

VOID WskReleaseProviderNPI(PWSK_REGISTRATION WskRegistration) {
  SimClient *C = ClientOf(WskRegistration);
  if (!C)
    BugCheck("WskReleaseProviderNPI on a registration the provider does not "
             "know");
  WskHostLock();
  --C->Captures;
  WskHostBroadcast();
  WskHostUnlock();
}

VOID WskDeregister(PWSK_REGISTRATION WskRegistration) {
  SimClient *C = ClientOf(WskRegistration);
  ULONGLONG Until = WskHostNowMs() + WskHostOpts.DeregisterWaitMs;
  BOOLEAN Done;
  if (!C)
    BugCheck("WskDeregister on a registration the provider does not know");
  WskHostLock();
  while (!(Done = C->Captures == 0 && C->InFlight == 0 && C->Sockets == 0) &&
         WskHostWait(Until))
    ;
  if (!Done) {
    LONG Captures = C->Captures, Calls = C->InFlight, Sockets = C->Sockets;
    const char *File;
    int Line;
    WskHostUnlock();
    WskShimCurrentCallSite(&File, &Line);
    WskHostReportEvent(
        "hang", File, Line,
        "WskDeregister did not return within %u ms: %d socket(s) still "
        "open, %d capture(s) held, %d dispatch call(s) in progress",
        (unsigned)WskHostOpts.DeregisterWaitMs, (int)Sockets, (int)Captures,
        (int)Calls);
    if (!WskHostOpts.KeepGoing)
      WskHostEndRun();
    WskHostLock();
  }
  WskRegistration->ReservedRegistrationState = 0;
  WskRegistration->ReservedRegistrationContext = NULL;
  if (Done)
    C->Magic = 0;
  WskHostUnlock();
  /* Sockets left open keep the client alive in keep-going runs. */
  if (Done)
    free(C);
  WskHostTrace("provider: client deregistered");
}

void WskHostProviderStart(void) {
  pthread_t Id;
  pthread_attr_t Attr;
  NeverAttach = WskHostOpts.ProviderAttachMs < 0;
  AttachAt = WskHostNowMs() + (WskHostOpts.ProviderAttachMs > 0
                                   ? (ULONGLONG)WskHostOpts.ProviderAttachMs
                                   : 0);
  if (WskHostOpts.AsyncIrps) {
    pthread_attr_init(&Attr);
    pthread_attr_setdetachstate(&Attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&Id, &Attr, CompletionMain, NULL);
    pthread_attr_destroy(&Attr);
  }
}
