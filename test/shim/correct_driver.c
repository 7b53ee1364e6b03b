// A correct WSK client: registration and capture in DriverEntry with a full
// error path, a socket opened and closed from a device control request,
// release and deregistration in the unload routine. It runs clean whichever
// call fails, and with IRPs completing asynchronously or a provider that
// attaches late. The close goes through the connection dispatch's unnamed
// first member, as C code written for the WDK spells it.
// RUN: %wskshim_cc -Wall -Wextra -Werror %s -o %t
// RUN: %t | count 0
// RUN: %t --async-irps | count 0
// RUN: %t --provider-attach-ms=100 | count 0
// RUN: %t --faults=WskRegister:1 | count 0
// RUN: %t --faults=WskCaptureProviderNPI:1 | count 0
// RUN: %t --faults=IoCreateDevice:1 | count 0
// RUN: %t --faults=IoCreateSymbolicLink:1 | count 0
// RUN: %t --faults=WskSocket:1=STATUS_NETWORK_UNREACHABLE | count 0
// RUN: %t --faults=IoAllocateIrp:1 | count 0
// RUN: %t --faults=WskSocket:1 --async-irps | count 0
// RUN: %t -v 2>%t.trace
// RUN: FileCheck --check-prefix=TRACE %s < %t.trace
// TRACE: wskshim-trace: harness: calling DriverEntry
// TRACE: socket round trip: 0x00000000
// TRACE: wskshim-trace: harness: calling the unload routine
// TRACE: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
// TRACE-NEXT: wskshim: exit status 0
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_OPEN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

static WSK_REGISTRATION g_Registration;
static WSK_PROVIDER_NPI g_Provider;
static const WSK_CLIENT_DISPATCH g_ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static PDEVICE_OBJECT g_Device;
static UNICODE_STRING g_Link = RTL_CONSTANT_STRING(L"\\DosDevices\\wskcorrect");

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD Unload;
static DRIVER_DISPATCH Dispatch;
static IO_COMPLETION_ROUTINE Done;

static NTSTATUS Done(PDEVICE_OBJECT D, PIRP Irp, PVOID Ctx) {
  UNREFERENCED_PARAMETER(D);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Ctx, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS OpenSocket(void) {
  KEVENT Event;
  PIRP Irp;
  NTSTATUS Status;
  PWSK_SOCKET Socket;
  Irp = IoAllocateIrp(1, FALSE);
  if (!Irp)
    return STATUS_INSUFFICIENT_RESOURCES;
  KeInitializeEvent(&Event, NotificationEvent, FALSE);
  IoSetCompletionRoutine(Irp, Done, &Event, TRUE, TRUE, TRUE);
  Status = g_Provider.Dispatch->WskSocket(
      g_Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    Status = Irp->IoStatus.Status;
  }
  if (NT_SUCCESS(Status)) {
    Socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    KeClearEvent(&Event);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, Done, &Event, TRUE, TRUE, TRUE);
    Status = ((const WSK_PROVIDER_CONNECTION_DISPATCH *)Socket->Dispatch)
                 ->WskCloseSocket(Socket, Irp);
    if (Status == STATUS_PENDING) {
      KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
      Status = Irp->IoStatus.Status;
    }
  }
  IoFreeIrp(Irp);
  DbgPrint("socket round trip: 0x%08X\n", Status);
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT D, PIRP Irp) {
  PIO_STACK_LOCATION S = IoGetCurrentIrpStackLocation(Irp);
  NTSTATUS Status = STATUS_SUCCESS;
  UNREFERENCED_PARAMETER(D);
  if (S->MajorFunction == IRP_MJ_DEVICE_CONTROL) {
    if (S->Parameters.DeviceIoControl.IoControlCode == IOCTL_OPEN)
      Status = OpenSocket();
    else
      Status = STATUS_INVALID_DEVICE_REQUEST;
  }
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&g_Registration);
  WskDeregister(&g_Registration);
  IoDeleteSymbolicLink(&g_Link);
  IoDeleteDevice(g_Device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &g_ClientDispatch};
  UNICODE_STRING Name = RTL_CONSTANT_STRING(L"\\Device\\wskcorrect");
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = IoCreateSymbolicLink(&g_Link, &Name);
  if (!NT_SUCCESS(Status))
    goto DeleteDevice;
  Status = WskRegister(&Npi, &g_Registration);
  if (!NT_SUCCESS(Status))
    goto DeleteLink;
  Status = WskCaptureProviderNPI(&g_Registration, WSK_INFINITE_WAIT,
                                 &g_Provider);
  if (!NT_SUCCESS(Status))
    goto Deregister;
  DriverObject->MajorFunction[IRP_MJ_CREATE] = Dispatch;
  DriverObject->MajorFunction[IRP_MJ_CLOSE] = Dispatch;
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
Deregister:
  WskDeregister(&g_Registration);
DeleteLink:
  IoDeleteSymbolicLink(&g_Link);
DeleteDevice:
  IoDeleteDevice(g_Device);
  return Status;
}
