// Path notes for wsk.MissingDeregister at DriverEntry when the returned
// status was never tested: DriverEntry is assumed to fail, and the note says
// so.
//
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD LogUnload;

static const WSK_CLIENT_DISPATCH g_LogClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_LogReg;
static UNICODE_STRING g_LogLink, g_LogDeviceName;

VOID LogUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteSymbolicLink(&g_LogLink);
  WskDeregister(&g_LogReg);
}

// CHECK: warning: WSK registration 'g_LogReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_LogClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  // CHECK: notes-entry-assumed.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK client registered here
  status = WskRegister(&clientNpi, &g_LogReg);
  if (!NT_SUCCESS(status))
    return status;

  DriverObject->DriverUnload = LogUnload;
  status = IoCreateSymbolicLink(&g_LogLink, &g_LogDeviceName);
  // CHECK: notes-entry-assumed.c:[[@LINE+2]]:{{[0-9]+}}: note: Assuming DriverEntry returns a failure status
  // CHECK: notes-entry-assumed.c:[[@LINE+1]]:{{[0-9]+}}: note: WSK registration 'g_LogReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it
  return status;
}
// CHECK-NOT: warning:
