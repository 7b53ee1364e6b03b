// A call through a saved WSK_PROVIDER_DISPATCH after the only capture was
// released: wsk.DispatchAfterRelease at the call, which never reaches the
// provider. Also through a table captured before the object was registered
// again.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --ioctl=0x222000 | FileCheck --check-prefix=RELEASED %s
// RUN: not %t --ioctl=0x222004 | FileCheck --check-prefix=STALE %s
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_CONNECT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_RESET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;

static NTSTATUS Connect(void) {
  PIRP Irp = IoAllocateIrp(1, FALSE);
  NTSTATUS Status;
  if (!Irp)
    return STATUS_INSUFFICIENT_RESOURCES;
  // RELEASED: wskshim: {{.*}}dispatch_after_release.c:[[@LINE+1]]: wsk.DispatchAfterRelease: WskSocket called after every capture of its registration was released (last release at dispatch_after_release.c:{{[0-9]+}})
  Status = Provider.Dispatch->WskSocket(Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  IoFreeIrp(Irp);
  return Status;
}

static NTSTATUS Reset(void) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WSK_PROVIDER_NPI Fresh;
  NTSTATUS Status;
  PIRP Irp;
  WskDeregister(&Registration);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Fresh);
  if (!NT_SUCCESS(Status))
    return Status;
  Irp = IoAllocateIrp(1, FALSE);
  // The fresh NPI is never stored: the saved one is from before the reset.
  // STALE: wskshim: {{.*}}dispatch_after_release.c:[[@LINE+1]]: wsk.DispatchAfterRelease: WskControlClient called through a dispatch table captured under an earlier registration (the object was registered again at dispatch_after_release.c:[[@LINE-8]])
  Status = Provider.Dispatch->WskControlClient(Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp);
  IoFreeIrp(Irp);
  WskReleaseProviderNPI(&Registration);
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  NTSTATUS Status = STATUS_SUCCESS;
  UNREFERENCED_PARAMETER(DeviceObject);
  if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_CONNECT)
    Status = Connect();
  else if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_RESET)
    Status = Reset();
  Irp->IoStatus.Status = Status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&Registration);
  IoDeleteDevice(Device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    goto Fail;
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    goto Fail;
  }
  // The version was all it needed now, it thinks: the table stays saved.
  DbgPrint("WSK version %u\n", WSK_MAJOR_VERSION(Provider.Dispatch->Version));
  WskReleaseProviderNPI(&Registration);
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
Fail:
  IoDeleteDevice(Device);
  return Status;
}
// RELEASED-NOT: wskshim:
// STALE-NOT: wskshim:
