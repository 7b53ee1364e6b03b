// DriverEntry fails after a successful WskRegister and returns without
// deregistering: the unload routine never runs, so the registration leaks.
// wsk.MissingDeregister, reported at the WskRegister that made it (the run
// cannot see DriverEntry's return statement). Later failures the error path
// handles are clean.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --faults=IoCreateDevice:1 2>%t.err | FileCheck %s
// RUN: FileCheck --check-prefix=STATUS %s < %t.err
// RUN: %t --faults=IoCreateSymbolicLink:1 | count 0
// RUN: %t | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;
static UNICODE_STRING Link = RTL_CONSTANT_STRING(L"\\DosDevices\\wskmiss");

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteSymbolicLink(&Link);
  IoDeleteDevice(Device);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  UNICODE_STRING Name = RTL_CONSTANT_STRING(L"\\Device\\wskmiss");
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  // CHECK: wskshim: {{.*}}missing_deregister.c:[[@LINE+1]]: wsk.MissingDeregister: DriverEntry returned 0xC000009A while the WSK_REGISTRATION registered here is still registered: the unload routine never runs, so it can never be deregistered
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_UNKNOWN, 0,
                          FALSE, &Device);
  if (!NT_SUCCESS(Status))
    return Status; // leaks the registration
  Status = IoCreateSymbolicLink(&Link, &Name);
  if (!NT_SUCCESS(Status)) {
    IoDeleteDevice(Device);
    WskDeregister(&Registration);
    return Status;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: wskshim:
// STATUS: wskshim: done: DriverEntry returned STATUS_INSUFFICIENT_RESOURCES (0xC000009A); 1 violation(s)
// STATUS-NEXT: wskshim: exit status 1
