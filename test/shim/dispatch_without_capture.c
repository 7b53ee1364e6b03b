// A provider dispatch function called through an NPI whose capture failed
// (WSK_NO_WAIT while the provider is not attached fails with
// STATUS_NOINTERFACE) or never happened: wsk.DispatchWithoutCapture at the
// call. After a failed capture the shim leaves its own table in the NPI, so
// the call is caught before it runs; the never-captured NPI's table is NULL,
// and the fault of reading the function pointer from it is reported.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --provider-attach-ms=-1 --ioctl=0x222000 | FileCheck --check-prefix=FAILED %s
// RUN: not %t --ioctl=0x222004 | FileCheck --check-prefix=NEVER %s
// RUN: %t --ioctl=0x222000 | count 0
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_RESOLVE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_RESOLVE_AGAIN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static WSK_PROVIDER_NPI Secondary; // never captured
static BOOLEAN Captured;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;

static NTSTATUS Resolve(PWSK_PROVIDER_NPI Npi) {
  UNICODE_STRING Node = RTL_CONSTANT_STRING(L"localhost");
  PADDRINFOEXW Result = NULL;
  PIRP Irp = IoAllocateIrp(1, FALSE);
  NTSTATUS Status;
  if (!Irp)
    return STATUS_INSUFFICIENT_RESOURCES;
  // FAILED: wskshim: {{.*}}dispatch_without_capture.c:[[@LINE+2]]: wsk.DispatchWithoutCapture: WskGetAddressInfo called through a WSK_PROVIDER_NPI whose WskCaptureProviderNPI failed (at dispatch_without_capture.c:{{[0-9]+}})
  // NEVER: wskshim: {{.*}}dispatch_without_capture.c:[[@LINE+1]]: wsk.DispatchWithoutCapture: {{.*}} called through a WSK_PROVIDER_NPI that was never captured
  Status = Npi->Dispatch->WskGetAddressInfo(Npi->Client, &Node, NULL, NS_ALL, NULL, NULL, &Result, NULL, NULL, Irp);
  if (NT_SUCCESS(Status) && Result)
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, Result);
  IoFreeIrp(Irp);
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  NTSTATUS Status = STATUS_INVALID_DEVICE_REQUEST;
  UNREFERENCED_PARAMETER(DeviceObject);
  // Assumes the capture in DriverEntry worked.
  if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_RESOLVE)
    Status = Resolve(&Provider);
  else if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_RESOLVE_AGAIN)
    Status = Resolve(&Secondary);
  Irp->IoStatus.Status = Status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  if (Captured)
    WskReleaseProviderNPI(&Registration);
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
  if (!NT_SUCCESS(Status)) {
    IoDeleteDevice(Device);
    return Status;
  }
  // Not waiting for the provider: this fails while it is not attached.
  Status = WskCaptureProviderNPI(&Registration, WSK_NO_WAIT, &Provider);
  Captured = NT_SUCCESS(Status);
  if (!Captured)
    DbgPrint("WSK provider not attached yet (0x%08X)\n", Status);
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// FAILED-NOT: wskshim:
// NEVER-NOT: wskshim:
