// WskCaptureProviderNPI on an object whose WskRegister failed:
// wsk.CaptureWithoutRegister at the capture. Without the fault the driver
// runs clean.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --faults=WskRegister:1 | FileCheck %s
// RUN: %t | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&Registration);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  // The status is not checked.
  (void)WskRegister(&Npi, &Registration);
  // CHECK: wskshim: {{.*}}capture_without_register.c:[[@LINE+1]]: wsk.CaptureWithoutRegister: WskCaptureProviderNPI on a WSK_REGISTRATION that is not registered: its WskRegister at capture_without_register.c:[[@LINE-1]] failed
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
