// An unload path that returns with the registration made during load still
// registered: wsk.UnloadSkipsDeregister, reported at that WskRegister. The
// early return is taken only after a request left the driver "busy".
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --ioctl=0x222000 | FileCheck %s
// RUN: %t --ioctl=0x222004 | count 0
// RUN: %t --no-dispatch | count 0
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_START CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;
static volatile LONG Busy;

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  UNREFERENCED_PARAMETER(DeviceObject);
  if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_START)
    InterlockedIncrement(&Busy);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(Device);
  if (Busy) {
    DbgPrint("still busy, skipping network teardown\n");
    return;
  }
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0,
                          FALSE, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  // CHECK: wskshim: {{.*}}unload_skips_deregister.c:[[@LINE+1]]: wsk.UnloadSkipsDeregister: the unload routine returned while the WSK_REGISTRATION registered here is still registered
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status)) {
    IoDeleteDevice(Device);
    return Status;
  }
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
