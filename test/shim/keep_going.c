// With --keep-going the run continues after a violation that ends the path
// (the shim refuses the offending call instead of forwarding it), so one run
// reports every bug on the way; without it the run stops at the first.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --keep-going --deregister-timeout-ms=50 | FileCheck --check-prefix=ALL %s
// RUN: not %t --deregister-timeout-ms=50 | FileCheck --check-prefix=FIRST %s
// RUN: env WSKSHIM_KEEP_GOING=1 not %t --deregister-timeout-ms=50 | FileCheck --check-prefix=ALL %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  PIRP Irp = IoAllocateIrp(1, FALSE);
  SIZE_T Returned = 0;
  UNREFERENCED_PARAMETER(DriverObject);
  // ALL: wskshim: {{.*}}keep_going.c:[[@LINE+2]]: wsk.UnbalancedRelease:
  // FIRST: wskshim: {{.*}}keep_going.c:[[@LINE+1]]: wsk.UnbalancedRelease:
  WskReleaseProviderNPI(&Registration);
  // ALL: wskshim: {{.*}}keep_going.c:[[@LINE+1]]: wsk.DispatchAfterRelease:
  Provider.Dispatch->WskControlClient(Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, &Returned, Irp);
  IoFreeIrp(Irp);
  WskDeregister(&Registration);
  // ALL: wskshim: {{.*}}keep_going.c:[[@LINE+1]]: wsk.DuplicateDeregister:
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
  WskReleaseProviderNPI(&Registration);
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// ALL-NOT: wskshim:
// FIRST-NOT: wskshim:
