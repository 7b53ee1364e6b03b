// WskReleaseProviderNPI without a matching successful capture:
// wsk.UnbalancedRelease at the release. Here the error path releases a
// capture that failed.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --faults=WskCaptureProviderNPI:1=STATUS_DEVICE_NOT_READY | FileCheck %s
// RUN: %t | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Cleanup(void) {
  // CHECK: wskshim: {{.*}}unbalanced_release.c:[[@LINE+1]]: wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful capture: no capture is held (the capture at unbalanced_release.c:{{[0-9]+}} failed)
  WskReleaseProviderNPI(&Registration);
  WskDeregister(&Registration);
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  Cleanup();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
    // Shares the unload cleanup, which assumes a capture.
    Cleanup();
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
