// Path notes for wsk.MissingDeregister at DriverEntry when the failure
// status is certain (the branch just tested it): the registration is
// pointed out, WskRegister is not assumed to fail, and the return is
// described without "Assuming".
//
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PingUnload;

static const WSK_CLIENT_DISPATCH g_PingClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_PingReg;
static PDEVICE_OBJECT g_PingDevice;

VOID PingUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_PingDevice);
  WskDeregister(&g_PingReg);
}

// CHECK: warning: WSK registration 'g_PingReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_PingClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  // CHECK-NOT: Assuming WskRegister fails
  // CHECK: notes-entry-failure.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here
  status = WskRegister(&clientNpi, &g_PingReg);
  // CHECK-NOT: Assuming WskRegister fails
  if (!NT_SUCCESS(status))
    return status;

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_PingDevice);
  if (!NT_SUCCESS(status))
    // CHECK-NOT: Assuming DriverEntry returns a failure status
    // CHECK: notes-entry-failure.c:[[@LINE+2]]:{{[0-9]+}}: note: DriverEntry returns a failure status
    // CHECK: notes-entry-failure.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK registration 'g_PingReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it
    return status;

  DriverObject->DriverUnload = PingUnload;
  return STATUS_SUCCESS;
}
// CHECK-NOT: warning:
