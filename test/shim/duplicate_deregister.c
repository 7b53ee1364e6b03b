// WskDeregister on an object that is not registered: wsk.DuplicateDeregister
// at the call, whether its WskRegister failed or it was already deregistered.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --faults=WskRegister:1=STATUS_NOT_SUPPORTED | FileCheck --check-prefix=FAILED %s
// RUN: not %t | FileCheck --check-prefix=TWICE %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID StopNetworking(void) {
  // TWICE: wskshim: {{.*}}duplicate_deregister.c:[[@LINE+1]]: wsk.DuplicateDeregister: WskDeregister on a WSK_REGISTRATION that is not registered: it was deregistered at duplicate_deregister.c:[[@LINE+1]]
  WskDeregister(&Registration);
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  StopNetworking();
  // The helper already deregistered; this is the second time.
  StopNetworking();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status)) {
    // A failed WskRegister registered nothing.
    // FAILED: wskshim: {{.*}}duplicate_deregister.c:[[@LINE+1]]: wsk.DuplicateDeregister: WskDeregister on a WSK_REGISTRATION that is not registered: its WskRegister at duplicate_deregister.c:[[@LINE-3]] failed
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// FAILED-NOT: wskshim:
// TWICE-NOT: wskshim:
