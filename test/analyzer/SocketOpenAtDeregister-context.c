// A driver keeps its registration, provider NPI, IRP and socket in one
// context struct. WSK calls on the registration take a pointer into that
// struct; they must not make the analysis lose the socket beside it. The
// DriverEntry error path that deregisters with the socket open is reported;
// the correct driver, which closes it first, is silent, also when it
// closes it only if the pointer is not NULL (the provider never hands back
// a NULL socket).
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DNULL_CHECK %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.SocketOpenAtDeregister -verify=ok -DBUG %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
IO_COMPLETION_ROUTINE CxSignal;

typedef struct _CX_CONTEXT {
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
  PIRP Irp;
  PWSK_SOCKET Socket;
} CX_CONTEXT;

static CX_CONTEXT g_Cx;
static const WSK_CLIENT_DISPATCH g_CxClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS CxSignal(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS CxCall(NTSTATUS Status, PKEVENT Done)
{
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(Done, Executive, KernelMode, FALSE, NULL);
    Status = g_Cx.Irp->IoStatus.Status;
  }
  return Status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_CxClient};
  const WSK_PROVIDER_BASIC_DISPATCH *basic;
  KEVENT done;
  NTSTATUS status;
  PDEVICE_OBJECT device;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_Cx.Registration);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_Cx.Registration, WSK_INFINITE_WAIT,
                                 &g_Cx.Provider);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_Cx.Registration);
    return status;
  }
  g_Cx.Irp = IoAllocateIrp(1, FALSE);
  if (g_Cx.Irp == NULL) {
    WskReleaseProviderNPI(&g_Cx.Registration);
    WskDeregister(&g_Cx.Registration);
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  KeInitializeEvent(&done, NotificationEvent, FALSE);
  IoSetCompletionRoutine(g_Cx.Irp, CxSignal, &done, TRUE, TRUE, TRUE);
  status = CxCall(g_Cx.Provider.Dispatch->WskSocket(
                      g_Cx.Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP,
                      WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL,
                      g_Cx.Irp),
                  &done);
  if (!NT_SUCCESS(status)) {
    IoFreeIrp(g_Cx.Irp);
    WskReleaseProviderNPI(&g_Cx.Registration);
    WskDeregister(&g_Cx.Registration);
    return status;
  }
  g_Cx.Socket = (PWSK_SOCKET)g_Cx.Irp->IoStatus.Information;

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK, 0, FALSE,
                          &device);
  if (!NT_SUCCESS(status)) {
#ifndef BUG
    KeResetEvent(&done);
    IoReuseIrp(g_Cx.Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(g_Cx.Irp, CxSignal, &done, TRUE, TRUE, TRUE);
    basic = (const WSK_PROVIDER_BASIC_DISPATCH *)g_Cx.Socket->Dispatch;
    CxCall(basic->WskCloseSocket(g_Cx.Socket, g_Cx.Irp), &done);
#endif
    IoFreeIrp(g_Cx.Irp);
    WskReleaseProviderNPI(&g_Cx.Registration);
    WskDeregister(&g_Cx.Registration); // bug-warning {{WskDeregister on 'g_Cx.Registration' while a socket created under it is still open; it will wait forever [wsk.SocketOpenAtDeregister]}}
    return status;
  }
  IoDeleteDevice(device);
#ifdef NULL_CHECK
  if (g_Cx.Socket != NULL) {
#endif
    KeResetEvent(&done);
    IoReuseIrp(g_Cx.Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(g_Cx.Irp, CxSignal, &done, TRUE, TRUE, TRUE);
    basic = (const WSK_PROVIDER_BASIC_DISPATCH *)g_Cx.Socket->Dispatch;
    CxCall(basic->WskCloseSocket(g_Cx.Socket, g_Cx.Irp), &done);
#ifdef NULL_CHECK
  }
#endif
  IoFreeIrp(g_Cx.Irp);
  WskReleaseProviderNPI(&g_Cx.Registration);
  WskDeregister(&g_Cx.Registration);
  return STATUS_UNSUCCESSFUL;
}
