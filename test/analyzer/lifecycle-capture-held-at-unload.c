// Cross-boundary wsk.DeregisterWhileCaptured: DriverEntry captures the
// provider NPI and keeps it for the driver's lifetime; the unload routine
// deregisters without releasing it first, so WskDeregister waits forever and
// the unload hangs. Neither function shows the bug on its own.
//
// RUN: %clang_analyze_wsk -verify %s
// RUN: %clang_analyze_wsk -analyzer-output=text %s 2>&1 | FileCheck %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HoldUnload;

static const WSK_CLIENT_DISPATCH g_HoldDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static WSK_REGISTRATION g_HoldReg;
static WSK_PROVIDER_NPI g_HoldNpi;

VOID HoldUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_HoldReg); // expected-warning{{WskDeregister on 'g_HoldReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_HoldDispatch};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_HoldReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_HoldReg, WSK_INFINITE_WAIT, &g_HoldNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_HoldReg);
    return status;
  }
  DriverObject->DriverUnload = HoldUnload;
  return STATUS_SUCCESS;
}

// The path runs from DriverEntry, across its successful return, into the
// unload routine.
// CHECK: warning: WskDeregister on 'g_HoldReg' while the provider NPI is still captured
// CHECK: note: Calling 'DriverEntry'
// CHECK: note: WSK client registered here
// CHECK: note: Provider NPI captured here
// CHECK: note: DriverEntry returns success; later the driver is unloaded
// CHECK: note: Calling 'HoldUnload'
// CHECK: note: WskDeregister on 'g_HoldReg' while the provider NPI is still captured
