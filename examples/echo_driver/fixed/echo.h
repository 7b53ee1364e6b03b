/*
 * WSK echo client: the IOCTL interface and the declarations shared by
 * driver.c and wsk_client.c.
 */
#ifndef ECHO_H
#define ECHO_H

#include <ntddk.h>
#include <wsk.h>

#define ECHO_DEVICE_NAME L"\\Device\\WskEcho"
#define ECHO_LINK_NAME L"\\DosDevices\\WskEcho"

/* Input: ECHO_SERVER_NAME. Resolves the name; it becomes the echo server. */
#define IOCTL_ECHO_SET_SERVER                                                  \
    CTL_CODE(FILE_DEVICE_NETWORK, 0x800, METHOD_BUFFERED, FILE_WRITE_ACCESS)
/* Input: the payload. Output: the server's reply. */
#define IOCTL_ECHO_PING                                                        \
    CTL_CODE(FILE_DEVICE_NETWORK, 0x801, METHOD_BUFFERED,                      \
             FILE_READ_ACCESS | FILE_WRITE_ACCESS)

typedef struct _ECHO_SERVER_NAME {
    WCHAR Host[64];   /* host name or IPv4 address, NUL-terminated */
    WCHAR Service[8]; /* port number, NUL-terminated, e.g. L"7" */
} ECHO_SERVER_NAME, *PECHO_SERVER_NAME;

/* A synchronous WSK request: an IRP and the event its completion sets. */
typedef struct _ECHO_REQUEST {
    PIRP Irp;
    KEVENT Done;
} ECHO_REQUEST, *PECHO_REQUEST;

/* The driver's UDP socket, with the request every call on it reuses. */
typedef struct _ECHO_SOCKET {
    PWSK_SOCKET Socket;
    ECHO_REQUEST Request;
} ECHO_SOCKET, *PECHO_SOCKET;

/* wsk_client.c */
NTSTATUS EchoRequestInit(PECHO_REQUEST Request);
VOID EchoRequestFree(PECHO_REQUEST Request);
VOID EchoArm(PECHO_REQUEST Request);
NTSTATUS EchoWait(PECHO_REQUEST Request, NTSTATUS Status,
                  PLARGE_INTEGER Timeout);
NTSTATUS EchoOpenSocket(const WSK_PROVIDER_NPI *Provider, PECHO_SOCKET Socket);
VOID EchoCloseSocket(PECHO_SOCKET Socket);
NTSTATUS EchoPing(PECHO_SOCKET Socket, PSOCKADDR_IN Server, PVOID Buffer,
                  ULONG InLength, ULONG OutLength, PULONG Received);

#endif /* ECHO_H */
