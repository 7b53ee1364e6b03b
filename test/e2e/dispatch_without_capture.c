// wsk.DispatchWithoutCapture end to end, in a dispatch routine: the
// IOCTL_QUERY_TRANSPORTS handler captures without waiting, logs a failure
// and queries the transports through the NPI anyway. wskcheck flags the
// call (analysing the dispatch routine on its own). wskcheck-confirm finds
// the control code the driver defines and sends it, and fails the handler's
// capture: the second one of the run, after DriverEntry's, which the run's
// call log tells. The shim reports the call before it reaches the provider.
// Under Wine (--kernel) the device has no name, so no program can open it
// and the verdict says so; dispatch_without_capture_named_device.c names it.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ not %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v --ioctl=0x124004 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --ioctl=0x124004 --faults=WskCaptureProviderNPI:2 | count 0
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_QUERY_TRANSPORTS                                                 \
  CTL_CODE(FILE_DEVICE_NETWORK, 0x001, METHOD_BUFFERED, FILE_READ_ACCESS)

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;

static NTSTATUS DeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  WSK_PROVIDER_NPI Provider;
  SIZE_T Returned = 0;
  NTSTATUS Status = STATUS_INVALID_DEVICE_REQUEST;
  UNREFERENCED_PARAMETER(DeviceObject);
  if (Stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_QUERY_TRANSPORTS) {
    Status = WskCaptureProviderNPI(&Registration, WSK_NO_WAIT, &Provider);
    if (!NT_SUCCESS(Status)) {
      DbgPrint("no WSK provider: 0x%08X\n", Status);
#ifdef FIXED
      goto Done;
#endif
    }
    // CHECK: dispatch_without_capture.c:[[@LINE+9]]:{{[0-9]+}}: warning: {{.*}} [wsk.DispatchWithoutCapture]
    // KERNEL: dispatch_without_capture.c:[[@LINE+8]]: wsk.DispatchWithoutCapture: not reproduced
    // KERNEL-NEXT: fault plan: WskCaptureProviderNPI:
    // KERNEL: shim report of that run: none
    // KERNEL-NEXT: {{[0-9]+}} run(s); no plan within the search bounds reproduces it; the requests reached no device (no named device to open)
    // VERDICT: dispatch_without_capture.c:[[@LINE+4]]: wsk.DispatchWithoutCapture: confirmed
    // VERDICT-NEXT: fault plan: WskCaptureProviderNPI:2 (derived from the path)
    // VERDICT-NEXT: harness options: --ioctl={{.*}}0x00124004
    // VERDICT: shim report: wskshim: {{.*}}dispatch_without_capture.c:[[@LINE+1]]: wsk.DispatchWithoutCapture: WskControlClient called through a WSK_PROVIDER_NPI whose WskCaptureProviderNPI failed
    Status = Provider.Dispatch->WskControlClient(Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, Stack->Parameters.DeviceIoControl.OutputBufferLength, Irp->AssociatedIrp.SystemBuffer, &Returned, NULL);
    WskReleaseProviderNPI(&Registration);
  }
#ifdef FIXED
Done:
#endif
  Irp->IoStatus.Status = Status;
  Irp->IoStatus.Information = NT_SUCCESS(Status) ? Returned : 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
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
  // Waits for the provider once, so the handler need not.
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (NT_SUCCESS(Status))
    WskReleaseProviderNPI(&Registration);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK, 0, FALSE,
                          &Device);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DeviceControl;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// The fixed driver's whole life, with no report.
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: harness: calling DriverEntry
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: harness: calling the unload routine
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
