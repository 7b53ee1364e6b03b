// wsk.MissingDeregister at DriverEntry: the WskRegister status is ignored
// (where it succeeded, the registration is live) and DriverEntry returns the
// unchecked status of a later call, which may be a failure. Where the
// registration failed, the unload routine's deregistration is the bug.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TlmUnload;

static const WSK_CLIENT_DISPATCH g_TlmClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_TlmReg;
static PDEVICE_OBJECT g_TlmDevice;

VOID TlmUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_TlmDevice);
  WskDeregister(&g_TlmReg); // expected-warning {{WskDeregister on 'g_TlmReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_TlmClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  WskRegister(&clientNpi, &g_TlmReg);

  DriverObject->DriverUnload = TlmUnload;
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0,
                          FALSE, &g_TlmDevice);
  // expected-warning@+1 {{WSK registration 'g_TlmReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
  return status;
}
