/* Stand-ins for what the WSK provider does not implement; see
 * wskshim_standin.h.
 *
 * Wine's netio.sys (Wine 8) creates listen and connection sockets only: a
 * WskSocket for a datagram socket completes with STATUS_NOT_IMPLEMENTED, so
 * a driver that opens one in DriverEntry fails there, and every path behind
 * it (the rest of DriverEntry, the dispatch routines, the unload routine)
 * cannot be run under Wine. With WskShimStandIn set (wskcheck-confirm
 * --kernel sets it; nothing does on a test machine), the shim asks netio
 * first and, only when netio answers STATUS_NOT_IMPLEMENTED, completes the
 * request with a socket of its own. That socket carries no traffic: WskBind
 * and WskCloseSocket succeed, every other call fails with
 * STATUS_NOT_IMPLEMENTED, as netio's own would. It exists so that the
 * driver goes on and its later calls reach the shim core; the core wraps it
 * like any socket netio creates, so the socket rules apply to it. Each
 * stand-in call is printed, so a verdict can say what it rests on.
 *
 * Built without the forced-include header: the calls here are the real
 * ones.
 */
#include "wskshim_standin.h"

#ifdef __MINGW32__
#include <dpfilter.h> /* the WDK's wdm.h includes it itself */
#endif

#ifndef WSKSHIM_DPFLTR_ID
#define WSKSHIM_DPFLTR_ID DPFLTR_IHVNETWORK_ID
#endif

#define STANDIN_SOCKETS 64

typedef struct StandInSocket {
  WSK_SOCKET Socket; /* first: what netio's socket would be */
  BOOLEAN InUse;
} StandInSocket;

static KSPIN_LOCK Lock;
static const WSK_PROVIDER_DISPATCH *Netio; /* the table netio returned */
static WSK_PROVIDER_DISPATCH Dispatch;     /* Netio's, with WskSocket ours */
static WSK_PROVIDER_DATAGRAM_DISPATCH DatagramDispatch;
static StandInSocket Sockets[STANDIN_SOCKETS];

static void Say(const char *Function, const char *What) {
  DbgPrintEx(WSKSHIM_DPFLTR_ID, DPFLTR_ERROR_LEVEL,
             "wskshim: stand-in: %s: %s\n", Function, What);
}

/* Completes a request the way a provider does: in the stack location the
   driver set up for it. */
static NTSTATUS Complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
  if (!Irp)
    return Status;
  IoSetNextIrpStackLocation(Irp);
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = Information;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static NTSTATUS Unsupported(const char *Function, PIRP Irp) {
  Say(Function, "on a stand-in socket: fails with STATUS_NOT_IMPLEMENTED, "
                "as a stand-in carries no traffic");
  return Complete(Irp, STATUS_NOT_IMPLEMENTED, 0);
}

/* ------------------------------------------------------------------ */
/* The stand-in datagram socket                                        */

static NTSTATUS WSKAPI StandInControlSocket(
    PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE RequestType, ULONG ControlCode,
    ULONG Level, SIZE_T InputSize, PVOID InputBuffer, SIZE_T OutputSize,
    PVOID OutputBuffer, SIZE_T *OutputSizeReturned, PIRP Irp) {
  (void)Socket, (void)RequestType, (void)ControlCode, (void)Level;
  (void)InputSize, (void)InputBuffer, (void)OutputSize, (void)OutputBuffer;
  (void)OutputSizeReturned;
  return Unsupported("WskControlSocket", Irp);
}

static NTSTATUS WSKAPI StandInCloseSocket(PWSK_SOCKET Socket, PIRP Irp) {
  StandInSocket *S = (StandInSocket *)Socket;
  KIRQL Old;
  Say("WskCloseSocket", "on a stand-in socket: succeeds");
  KeAcquireSpinLock(&Lock, &Old);
  S->InUse = FALSE;
  KeReleaseSpinLock(&Lock, Old);
  return Complete(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI StandInBind(PWSK_SOCKET Socket, PSOCKADDR LocalAddress,
                                   ULONG Flags, PIRP Irp) {
  (void)Socket, (void)LocalAddress, (void)Flags;
  Say("WskBind", "on a stand-in socket: succeeds, binding no port");
  return Complete(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS WSKAPI StandInSendTo(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                     ULONG Flags, PSOCKADDR RemoteAddress,
                                     ULONG ControlInfoLength,
                                     PCMSGHDR ControlInfo, PIRP Irp) {
  (void)Socket, (void)Buffer, (void)Flags, (void)RemoteAddress;
  (void)ControlInfoLength, (void)ControlInfo;
  return Unsupported("WskSendTo", Irp);
}

static NTSTATUS WSKAPI StandInReceiveFrom(PWSK_SOCKET Socket, PWSK_BUF Buffer,
                                          ULONG Flags, PSOCKADDR RemoteAddress,
                                          PULONG ControlLength,
                                          PCMSGHDR ControlInfo,
                                          PULONG ControlFlags, PIRP Irp) {
  (void)Socket, (void)Buffer, (void)Flags, (void)RemoteAddress;
  (void)ControlLength, (void)ControlInfo, (void)ControlFlags;
  return Unsupported("WskReceiveFrom", Irp);
}

static NTSTATUS WSKAPI StandInRelease(
    PWSK_SOCKET Socket, PWSK_DATAGRAM_INDICATION DatagramIndication) {
  (void)Socket, (void)DatagramIndication;
  return Unsupported("WskRelease", NULL);
}

static NTSTATUS WSKAPI StandInGetLocalAddress(PWSK_SOCKET Socket,
                                              PSOCKADDR LocalAddress,
                                              PIRP Irp) {
  (void)Socket, (void)LocalAddress;
  return Unsupported("WskGetLocalAddress", Irp);
}

static NTSTATUS WSKAPI StandInSendMessages(PWSK_SOCKET Socket,
                                           PWSK_BUF_LIST BufferList,
                                           ULONG Flags, PSOCKADDR RemoteAddress,
                                           ULONG ControlInfoLength,
                                           PCMSGHDR ControlInfo, PIRP Irp) {
  (void)Socket, (void)BufferList, (void)Flags, (void)RemoteAddress;
  (void)ControlInfoLength, (void)ControlInfo;
  return Unsupported("WskSendMessages", Irp);
}

static StandInSocket *NewSocket(void) {
  StandInSocket *S = NULL;
  KIRQL Old;
  ULONG I;
  KeAcquireSpinLock(&Lock, &Old);
  for (I = 0; I < STANDIN_SOCKETS; ++I)
    if (!Sockets[I].InUse) {
      S = &Sockets[I];
      S->InUse = TRUE;
      S->Socket.Dispatch = &DatagramDispatch;
      break;
    }
  KeReleaseSpinLock(&Lock, Old);
  return S;
}

/* ------------------------------------------------------------------ */
/* WskSocket                                                           */

/* Netio's answer to a datagram WskSocket, on the shim's own IRP: passed on
   to the driver's IRP, unless netio does not implement it. */
static NTSTATUS StandInAnswered(PDEVICE_OBJECT DeviceObject, PIRP Private,
                                PVOID Context) {
  PIRP Irp = (PIRP)Context;
  NTSTATUS Status = Private->IoStatus.Status;
  ULONG_PTR Information = Private->IoStatus.Information;
  StandInSocket *S;
  (void)DeviceObject;
  IoFreeIrp(Private);
  if (Status == STATUS_NOT_IMPLEMENTED && (S = NewSocket()) != NULL) {
    Say("WskSocket", "a datagram socket, which netio answered with "
                     "STATUS_NOT_IMPLEMENTED: a socket of the shim's stands "
                     "in");
    Status = STATUS_SUCCESS;
    Information = (ULONG_PTR)&S->Socket;
  }
  Complete(Irp, Status, Information);
  return STATUS_MORE_PROCESSING_REQUIRED; /* the IRP was the shim's */
}

static NTSTATUS WSKAPI StandInWskSocket(
    PWSK_CLIENT Client, ADDRESS_FAMILY AddressFamily, USHORT SocketType,
    ULONG Protocol, ULONG Flags, PVOID SocketContext, const VOID *Dispatch,
    PEPROCESS OwningProcess, PETHREAD OwningThread,
    PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp) {
  PIRP Private = NULL;
  if (Flags == WSK_FLAG_DATAGRAM_SOCKET && Irp && Irp->CurrentLocation > 1)
    Private = IoAllocateIrp(1, FALSE);
  if (!Private)
    return Netio->WskSocket(Client, AddressFamily, SocketType, Protocol, Flags,
                            SocketContext, Dispatch, OwningProcess,
                            OwningThread, SecurityDescriptor, Irp);
  /* Netio's answer comes on an IRP of the shim's, so that a "not
     implemented" can still become a socket before the driver sees it. */
  IoSetCompletionRoutine(Private, StandInAnswered, Irp, TRUE, TRUE, TRUE);
  Netio->WskSocket(Client, AddressFamily, SocketType, Protocol, Flags,
                   SocketContext, Dispatch, OwningProcess, OwningThread,
                   SecurityDescriptor, Private);
  /* The driver's IRP completes in StandInAnswered, maybe already. */
  return STATUS_PENDING;
}

/* ------------------------------------------------------------------ */

void WskShimStandInInit(void) {
  ULONG I;
  KeInitializeSpinLock(&Lock);
  Netio = NULL;
  for (I = 0; I < STANDIN_SOCKETS; ++I)
    Sockets[I].InUse = FALSE;
  /* Assigned, not initialized: the basic dispatch is an unnamed member
     whose form depends on the compiler (wsk.h). */
  DatagramDispatch.WskControlSocket = StandInControlSocket;
  DatagramDispatch.WskCloseSocket = StandInCloseSocket;
  DatagramDispatch.WskBind = StandInBind;
  DatagramDispatch.WskSendTo = StandInSendTo;
  DatagramDispatch.WskReceiveFrom = StandInReceiveFrom;
  DatagramDispatch.WskRelease = StandInRelease;
  DatagramDispatch.WskGetLocalAddress = StandInGetLocalAddress;
  DatagramDispatch.WskSendMessages = StandInSendMessages;
}

const WSK_PROVIDER_DISPATCH *
WskShimStandInDispatch(const WSK_PROVIDER_DISPATCH *Real) {
  const WSK_PROVIDER_DISPATCH *Out = Real;
  KIRQL Old;
  KeAcquireSpinLock(&Lock, &Old);
  if (!Netio) {
    Netio = Real;
    Dispatch = *Real;
    Dispatch.WskSocket = StandInWskSocket;
  }
  /* Netio hands every client the same table; another one goes through as
     it is. */
  if (Real == Netio)
    Out = &Dispatch;
  KeReleaseSpinLock(&Lock, Old);
  return Out;
}
