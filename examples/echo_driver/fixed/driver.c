/*
 * WSK echo client: a WDM driver that exchanges datagrams with a UDP echo
 * server (RFC 862) through Winsock Kernel.
 *
 * DriverEntry registers as a WSK client, creates \Device\WskEcho, opens the
 * driver's UDP socket and resolves the default server. IOCTL_ECHO_SET_SERVER
 * names another server; IOCTL_ECHO_PING sends its input buffer to the server
 * and returns the reply in its output buffer.
 */
#include "../echo.h"

#define ECHO_PROVIDER_WAIT_MS 10000

static WSK_REGISTRATION g_EchoRegistration;
static const WSK_CLIENT_DISPATCH g_EchoClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static UNICODE_STRING g_DeviceName = RTL_CONSTANT_STRING(ECHO_DEVICE_NAME);
static UNICODE_STRING g_LinkName = RTL_CONSTANT_STRING(ECHO_LINK_NAME);
static PDEVICE_OBJECT g_EchoDevice;
static ECHO_SOCKET g_EchoSocket;
static SOCKADDR_IN g_EchoServer; /* sin_family is 0 while no server is set */
static KEVENT g_EchoLock;        /* serializes the IOCTLs; signalled = free */

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD EchoUnload;
static DRIVER_DISPATCH EchoCreateClose;
static DRIVER_DISPATCH EchoDeviceControl;

/* Resolves Host:Service and stores its first IPv4 address in Server. */
static NTSTATUS EchoResolveServer(PUNICODE_STRING Host,
                                  PUNICODE_STRING Service, PSOCKADDR_IN Server)
{
    WSK_PROVIDER_NPI provider;
    const WSK_PROVIDER_DISPATCH *dispatch;
    ADDRINFOEXW hints;
    PADDRINFOEXW result = NULL;
    ECHO_REQUEST request;
    NTSTATUS status;

    status = EchoRequestInit(&request);
    if (!NT_SUCCESS(status))
        return status;
    status = WskCaptureProviderNPI(&g_EchoRegistration, ECHO_PROVIDER_WAIT_MS,
                                   &provider);
    if (!NT_SUCCESS(status)) {
        EchoRequestFree(&request);
        return status;
    }
    dispatch = provider.Dispatch;

    RtlZeroMemory(&hints, sizeof(hints));
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_protocol = IPPROTO_UDP;
    EchoArm(&request);
    status = dispatch->WskGetAddressInfo(provider.Client, Host, Service,
                                         NS_ALL, NULL, &hints, &result, NULL,
                                         NULL, request.Irp);
    status = EchoWait(&request, status, NULL);
    EchoRequestFree(&request);
    if (NT_SUCCESS(status)) {
        /* The hints ask for IPv4 only: the first entry will do. */
        status = STATUS_NOT_FOUND;
        if (result != NULL && result->ai_addrlen >= sizeof(*Server)) {
            RtlCopyMemory(Server, result->ai_addr, sizeof(*Server));
            status = STATUS_SUCCESS;
        }
        dispatch->WskFreeAddressInfo(provider.Client, result);
    }
    WskReleaseProviderNPI(&g_EchoRegistration);
    return status;
}

static VOID EchoUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    IoDeleteSymbolicLink(&g_LinkName);
    EchoCloseSocket(&g_EchoSocket);
    IoDeleteDevice(g_EchoDevice);
    WskDeregister(&g_EchoRegistration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING host = RTL_CONSTANT_STRING(L"localhost");
    UNICODE_STRING service = RTL_CONSTANT_STRING(L"7");
    WSK_CLIENT_NPI clientNpi;
    WSK_PROVIDER_NPI provider;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);

    KeInitializeEvent(&g_EchoLock, SynchronizationEvent, TRUE);

    clientNpi.ClientContext = NULL;
    clientNpi.Dispatch = &g_EchoClientDispatch;
    status = WskRegister(&clientNpi, &g_EchoRegistration);
    if (!NT_SUCCESS(status)) {
        DbgPrint("wskecho: WskRegister failed (0x%08x)\n", status);
        return status;
    }

    status = IoCreateDevice(DriverObject, 0, &g_DeviceName,
                            FILE_DEVICE_NETWORK, FILE_DEVICE_SECURE_OPEN,
                            FALSE, &g_EchoDevice);
    if (!NT_SUCCESS(status)) {
        DbgPrint("wskecho: IoCreateDevice failed (0x%08x)\n", status);
        WskDeregister(&g_EchoRegistration);
        return status;
    }

    status = WskCaptureProviderNPI(&g_EchoRegistration, ECHO_PROVIDER_WAIT_MS,
                                   &provider);
    if (!NT_SUCCESS(status)) {
        DbgPrint("wskecho: no WSK provider (0x%08x)\n", status);
        IoDeleteDevice(g_EchoDevice);
        WskDeregister(&g_EchoRegistration);
        return status;
    }
    status = EchoOpenSocket(&provider, &g_EchoSocket);
    if (!NT_SUCCESS(status)) {
        DbgPrint("wskecho: cannot open the UDP socket (0x%08x)\n", status);
        WskReleaseProviderNPI(&g_EchoRegistration);
        IoDeleteDevice(g_EchoDevice);
        WskDeregister(&g_EchoRegistration);
        return status;
    }
    WskReleaseProviderNPI(&g_EchoRegistration);

    /* The default server; IOCTL_ECHO_SET_SERVER replaces it. */
    if (!NT_SUCCESS(EchoResolveServer(&host, &service, &g_EchoServer)))
        DbgPrint("wskecho: default server not resolved\n");

    status = IoCreateSymbolicLink(&g_LinkName, &g_DeviceName);
    if (!NT_SUCCESS(status)) {
        EchoCloseSocket(&g_EchoSocket);
        IoDeleteDevice(g_EchoDevice);
        WskDeregister(&g_EchoRegistration);
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = EchoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = EchoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = EchoDeviceControl;
    DriverObject->DriverUnload = EchoUnload;
    return STATUS_SUCCESS;
}

static NTSTATUS EchoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static NTSTATUS EchoSetServer(PIRP Irp, PIO_STACK_LOCATION Stack)
{
    PECHO_SERVER_NAME name = Irp->AssociatedIrp.SystemBuffer;
    UNICODE_STRING host, service;

    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(*name))
        return STATUS_BUFFER_TOO_SMALL;
    name->Host[RTL_NUMBER_OF(name->Host) - 1] = L'\0';
    name->Service[RTL_NUMBER_OF(name->Service) - 1] = L'\0';
    RtlInitUnicodeString(&host, name->Host);
    RtlInitUnicodeString(&service, name->Service);
    return EchoResolveServer(&host, &service, &g_EchoServer);
}

static NTSTATUS EchoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG received = 0;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);

    KeWaitForSingleObject(&g_EchoLock, Executive, KernelMode, FALSE, NULL);
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_ECHO_SET_SERVER:
        status = EchoSetServer(Irp, stack);
        break;
    case IOCTL_ECHO_PING:
        if (g_EchoServer.sin_family != AF_INET) {
            status = STATUS_INVALID_DEVICE_STATE;
            break;
        }
        status = EchoPing(&g_EchoSocket, &g_EchoServer,
                          Irp->AssociatedIrp.SystemBuffer,
                          stack->Parameters.DeviceIoControl.InputBufferLength,
                          stack->Parameters.DeviceIoControl.OutputBufferLength,
                          &received);
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    KeSetEvent(&g_EchoLock, IO_NO_INCREMENT, FALSE);

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = received;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
