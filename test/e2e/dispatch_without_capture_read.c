// wsk.DispatchWithoutCapture end to end in a read routine: requests other
// than control codes. The driver defines no control code; its named device
// (\Device\WskConfirmRead) takes opens, writes, reads and closes. The read
// routine captures the provider NPI without waiting, and when that fails
// queries the transports through it anyway. wskcheck flags the call
// (analysing the read routine on its own); wskcheck-confirm runs the
// driver's whole life with the routine's capture failing (the run's second
// capture, after DriverEntry's): the host harness sends IRP_MJ_READ, and
// under Wine the service program opens the device and reads from it
// (ReadFile), so Wine's I/O manager makes the IRP. The shim reports the call
// before it reaches the provider.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=WskCaptureProviderNPI:2 %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet -v --faults=WskCaptureProviderNPI:2 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;
static UNICODE_STRING DeviceName =
    RTL_CONSTANT_STRING(L"\\Device\\WskConfirmRead");

static NTSTATUS Complete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information) {
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = Information;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static NTSTATUS CreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  UNREFERENCED_PARAMETER(DeviceObject);
  return Complete(Irp, STATUS_SUCCESS, 0);
}

// Takes and drops what is written.
static NTSTATUS Write(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  UNREFERENCED_PARAMETER(DeviceObject);
  return Complete(Irp, STATUS_SUCCESS, Stack->Parameters.Write.Length);
}

// Reads the transport list into the caller's buffer.
static NTSTATUS Read(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  WSK_PROVIDER_NPI Provider;
  SIZE_T Returned = 0;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(DeviceObject);
  Status = WskCaptureProviderNPI(&Registration, WSK_NO_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
    DbgPrint("no WSK provider: 0x%08X\n", Status);
#ifdef FIXED
    return Complete(Irp, Status, 0);
#endif
  }
  // CHECK: dispatch_without_capture_read.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}} [wsk.DispatchWithoutCapture]
  // VERDICT: dispatch_without_capture_read.c:[[@LINE+8]]: wsk.DispatchWithoutCapture: confirmed
  // VERDICT-NEXT: fault plan: WskCaptureProviderNPI:2 (derived from the path)
  // VERDICT-NEXT: shim report: wskshim: {{.*}}dispatch_without_capture_read.c:[[@LINE+6]]: wsk.DispatchWithoutCapture: WskControlClient called through a WSK_PROVIDER_NPI whose WskCaptureProviderNPI failed
  // KERNEL: dispatch_without_capture_read.c:[[@LINE+5]]: wsk.DispatchWithoutCapture: confirmed
  // KERNEL-NEXT: fault plan: WskCaptureProviderNPI:2 (derived from the path)
  // KERNEL-NEXT: harness options: --write --read
  // KERNEL-NEXT: shim report: wskshim: {{.*}}dispatch_without_capture_read.c:[[@LINE+2]]: wsk.DispatchWithoutCapture: WskControlClient called through a WSK_PROVIDER_NPI whose WskCaptureProviderNPI failed
  // KERNEL-NOT: simulated
  Status = Provider.Dispatch->WskControlClient(Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Stack->Parameters.Read.Length, Irp->AssociatedIrp.SystemBuffer, &Returned, NULL);
  WskReleaseProviderNPI(&Registration);
  return Complete(Irp, Status, NT_SUCCESS(Status) ? Returned : 0);
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(Device);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WSK_PROVIDER_NPI Provider;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  // Waits for the provider once, so the read routine need not.
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (NT_SUCCESS(Status))
    WskReleaseProviderNPI(&Registration);
  Status = IoCreateDevice(DriverObject, 0, &DeviceName, FILE_DEVICE_NETWORK, 0, FALSE,
                          &Device);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  Device->Flags |= DO_BUFFERED_IO;
  DriverObject->MajorFunction[IRP_MJ_CREATE] = CreateClose;
  DriverObject->MajorFunction[IRP_MJ_CLOSE] = CreateClose;
  DriverObject->MajorFunction[IRP_MJ_WRITE] = Write;
  DriverObject->MajorFunction[IRP_MJ_READ] = Read;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// The fixed driver's whole life, with the write and the read, and no report.
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: harness: calling the IRP_MJ_WRITE dispatch routine
// FIXED: harness: calling the IRP_MJ_READ dispatch routine
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
// The fixed driver under Wine: opened, written to, read from and closed
// between load and unload, and nothing is reported.
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, opened {{.*}}\Device\WskConfirmRead, write ok 64, read {{(ok|error)}} {{[0-9]+}}, closed {{.*}}\Device\WskConfirmRead, unloaded
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=WskCaptureProviderNPI:2: loaded, opened {{.*}}\Device\WskConfirmRead, write ok 64, read error {{[0-9]+}}, closed {{.*}}\Device\WskConfirmRead, unloaded
// KERNEL-FIXED-NOT: wskshim:
