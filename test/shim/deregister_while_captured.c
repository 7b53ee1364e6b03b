// WskDeregister with the provider NPI still captured by the caller never
// returns: wsk.DeregisterWhileCaptured at the call, found by the wait's time
// limit instead of hanging the run.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --deregister-timeout-ms=50 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=STATUS %s < %t.err
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  // Missing: WskReleaseProviderNPI(&Registration);
  // CHECK: wskshim: {{.*}}deregister_while_captured.c:[[@LINE+1]]: wsk.DeregisterWhileCaptured: WskDeregister while 1 capture(s) of the provider NPI are held (last captured at deregister_while_captured.c:{{[0-9]+}}): it waits for their release and never returns
  WskDeregister(&Registration);
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
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
// STATUS: wskshim: exit status 1
