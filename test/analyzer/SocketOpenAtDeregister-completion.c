// The socket's creation status reaches the driver through its completion
// routine, which copies it into the request (as the WSK documentation's
// samples do); the driver tests the copy and deregisters when the creation
// failed. The path cannot tell the copy from the status, so it stays quiet.
// A completion routine that only signals its event leaves the status to
// the path: deregistering without testing it is reported.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.SocketOpenAtDeregister -verify=ok -DBUG %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
IO_COMPLETION_ROUTINE CpDone;

typedef struct _CP_REQUEST {
  KEVENT Done;
  NTSTATUS Status;
  PWSK_SOCKET Socket;
} CP_REQUEST;

static WSK_REGISTRATION g_CpReg;
static WSK_PROVIDER_NPI g_CpNpi;
static const WSK_CLIENT_DISPATCH g_CpClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS CpDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
  CP_REQUEST *request = (CP_REQUEST *)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
#ifndef BUG
  request->Status = Irp->IoStatus.Status;
  request->Socket = NT_SUCCESS(request->Status)
                        ? (PWSK_SOCKET)Irp->IoStatus.Information
                        : NULL;
#else
  UNREFERENCED_PARAMETER(Irp);
  request->Status = STATUS_UNSUCCESSFUL;
#endif
  KeSetEvent(&request->Done, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_CpClient};
  CP_REQUEST request;
  PIRP irp;
  NTSTATUS status;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_CpReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_CpReg, WSK_INFINITE_WAIT, &g_CpNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_CpReg);
    return status;
  }
  irp = IoAllocateIrp(1, FALSE);
  if (irp == NULL) {
    WskReleaseProviderNPI(&g_CpReg);
    WskDeregister(&g_CpReg);
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  KeInitializeEvent(&request.Done, NotificationEvent, FALSE);
  IoSetCompletionRoutine(irp, CpDone, &request, TRUE, TRUE, TRUE);
  (VOID)g_CpNpi.Dispatch->WskSocket(g_CpNpi.Client, AF_INET, SOCK_STREAM,
                                    IPPROTO_TCP, WSK_FLAG_LISTEN_SOCKET, NULL,
                                    NULL, NULL, NULL, NULL, irp);
  KeWaitForSingleObject(&request.Done, Executive, KernelMode, FALSE, NULL);
  IoFreeIrp(irp);
  if (!NT_SUCCESS(request.Status)) {
    WskReleaseProviderNPI(&g_CpReg);
    WskDeregister(&g_CpReg); // bug-warning {{WskDeregister on 'g_CpReg' while a socket created under it is still open; it will wait forever [wsk.SocketOpenAtDeregister]}}
    return request.Status;
  }
  return STATUS_SUCCESS;
}
