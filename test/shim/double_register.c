// WskRegister on an object that is already registered: wsk.DoubleRegister at
// the second call, and the run ends there.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=STATUS %s < %t.err
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&Registration);
}

static NTSTATUS StartNetworking(void) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  // CHECK: wskshim: {{.*}}double_register.c:[[@LINE+1]]: wsk.DoubleRegister: WskRegister on a WSK_REGISTRATION that is already registered (registered at double_register.c:[[@LINE+8]])
  return WskRegister(&Npi, &Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  // The helper registers again instead of reusing the registration.
  Status = StartNetworking();
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
// STATUS: wskshim: exit status 1
