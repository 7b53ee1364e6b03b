/*
 * WSK echo client: synchronous WSK requests and the driver's UDP socket.
 */
#include "echo.h"

#define ECHO_REPLY_TIMEOUT_MS 2000

static IO_COMPLETION_ROUTINE EchoRequestDone;

static NTSTATUS EchoRequestDone(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                                PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    /* The IRP belongs to the driver; the I/O manager must not free it. */
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS EchoRequestInit(PECHO_REQUEST Request)
{
    Request->Irp = IoAllocateIrp(1, FALSE);
    if (Request->Irp == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeEvent(&Request->Done, NotificationEvent, FALSE);
    return STATUS_SUCCESS;
}

VOID EchoRequestFree(PECHO_REQUEST Request)
{
    IoFreeIrp(Request->Irp);
    Request->Irp = NULL;
}

/* Prepares the request's IRP for the next WSK call. */
VOID EchoArm(PECHO_REQUEST Request)
{
    KeClearEvent(&Request->Done);
    IoReuseIrp(Request->Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Request->Irp, EchoRequestDone, &Request->Done,
                           TRUE, TRUE, TRUE);
}

/* Waits for the WSK call that returned Status; on a timeout, cancels it. */
NTSTATUS EchoWait(PECHO_REQUEST Request, NTSTATUS Status,
                  PLARGE_INTEGER Timeout)
{
    if (Status == STATUS_PENDING) {
        if (KeWaitForSingleObject(&Request->Done, Executive, KernelMode, FALSE,
                                  Timeout) == STATUS_TIMEOUT) {
            IoCancelIrp(Request->Irp);
            KeWaitForSingleObject(&Request->Done, Executive, KernelMode, FALSE,
                                  NULL);
        }
        Status = Request->Irp->IoStatus.Status;
    }
    return Status;
}

/* Opens a UDP socket bound to any local address and an ephemeral port. */
NTSTATUS EchoOpenSocket(const WSK_PROVIDER_NPI *Provider, PECHO_SOCKET Socket)
{
    const WSK_PROVIDER_DATAGRAM_DISPATCH *dispatch;
    SOCKADDR_IN local;
    NTSTATUS status;

    status = EchoRequestInit(&Socket->Request);
    if (!NT_SUCCESS(status))
        return status;

    EchoArm(&Socket->Request);
    status = Provider->Dispatch->WskSocket(
        Provider->Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
        WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL,
        Socket->Request.Irp);
    status = EchoWait(&Socket->Request, status, NULL);
    if (!NT_SUCCESS(status)) {
        EchoRequestFree(&Socket->Request);
        return status;
    }
    Socket->Socket = (PWSK_SOCKET)Socket->Request.Irp->IoStatus.Information;

    RtlZeroMemory(&local, sizeof(local));
    local.sin_family = AF_INET;
    dispatch = Socket->Socket->Dispatch;
    EchoArm(&Socket->Request);
    status = dispatch->WskBind(Socket->Socket, (PSOCKADDR)&local, 0,
                               Socket->Request.Irp);
    status = EchoWait(&Socket->Request, status, NULL);
    if (!NT_SUCCESS(status))
        EchoCloseSocket(Socket);
    return status;
}

VOID EchoCloseSocket(PECHO_SOCKET Socket)
{
    const WSK_PROVIDER_BASIC_DISPATCH *dispatch = Socket->Socket->Dispatch;
    NTSTATUS status;

    EchoArm(&Socket->Request);
    status = dispatch->WskCloseSocket(Socket->Socket, Socket->Request.Irp);
    EchoWait(&Socket->Request, status, NULL);
    EchoRequestFree(&Socket->Request);
    Socket->Socket = NULL;
}

/* Sends the first InLength bytes of Buffer to Server and receives the reply
 * into Buffer (at most OutLength bytes). Buffer must be nonpaged. */
NTSTATUS EchoPing(PECHO_SOCKET Socket, PSOCKADDR_IN Server, PVOID Buffer,
                  ULONG InLength, ULONG OutLength, PULONG Received)
{
    const WSK_PROVIDER_DATAGRAM_DISPATCH *dispatch = Socket->Socket->Dispatch;
    LARGE_INTEGER timeout;
    SOCKADDR_IN from;
    WSK_BUF buf;
    NTSTATUS status;

    *Received = 0;
    if (InLength == 0 || OutLength == 0)
        return STATUS_INVALID_PARAMETER;
    buf.Mdl = IoAllocateMdl(Buffer, InLength > OutLength ? InLength : OutLength,
                            FALSE, FALSE, NULL);
    if (buf.Mdl == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmBuildMdlForNonPagedPool(buf.Mdl);
    buf.Offset = 0;

    buf.Length = InLength;
    EchoArm(&Socket->Request);
    status = dispatch->WskSendTo(Socket->Socket, &buf, 0, (PSOCKADDR)Server, 0,
                                 NULL, Socket->Request.Irp);
    status = EchoWait(&Socket->Request, status, NULL);
    if (NT_SUCCESS(status)) {
        buf.Length = OutLength;
        timeout.QuadPart = -10000LL * ECHO_REPLY_TIMEOUT_MS;
        EchoArm(&Socket->Request);
        status = dispatch->WskReceiveFrom(Socket->Socket, &buf, 0,
                                          (PSOCKADDR)&from, NULL, NULL, NULL,
                                          Socket->Request.Irp);
        status = EchoWait(&Socket->Request, status, &timeout);
        if (NT_SUCCESS(status))
            *Received = (ULONG)Socket->Request.Irp->IoStatus.Information;
        else if (status == STATUS_CANCELLED)
            status = STATUS_IO_TIMEOUT;
    }
    IoFreeMdl(buf.Mdl);
    return status;
}
