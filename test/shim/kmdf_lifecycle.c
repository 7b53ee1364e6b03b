// A KMDF driver that deregisters in its driver object's EvtCleanupCallback.
// The framework runs that callback at unload (after EvtDriverUnload) and
// also when DriverEntry fails after WdfDriverCreate succeeded, so both runs
// are clean. Without the cleanup callback, the failed DriverEntry leaks the
// registration (wsk.MissingDeregister) and the unload skips it
// (wsk.UnloadSkipsDeregister).
// RUN: %wskshim_cc %s -o %t
// RUN: %t | count 0
// RUN: %t --faults=WskCaptureProviderNPI:1 | count 0
// RUN: %wskshim_cc -DNO_CLEANUP %s -o %t.nocleanup
// RUN: not %t.nocleanup --faults=WskCaptureProviderNPI:1 | FileCheck --check-prefix=FAILED %s
// RUN: not %t.nocleanup | FileCheck --check-prefix=UNLOAD %s
// The same under Wine, which has no Wdf01000.sys: the kernel build carries
// the framework's driver object itself (runtime_shim/kernel/wskshim_kmdf.c).
// wskcheck's finding on the driver without the cleanup callback is
// confirmed, and the driver with it runs clean, its DriverEntry failing or
// not.
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include -DNO_CLEANUP > %t.kernel %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t.kernel %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=WskCaptureProviderNPI:1 %s -- -I %wsk_include > %t.kernel-fixed %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t.kernel-fixed %s %}
// RUN: %if wine %{ %python %S/../e2e/Inputs/wine-processes.py %wine_prefix %}
#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static BOOLEAN Registered, Captured;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

EVT_WDF_DRIVER_UNLOAD EvtUnload;
EVT_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanup;

VOID EvtUnload(WDFDRIVER Driver) {
  UNREFERENCED_PARAMETER(Driver);
  DbgPrint("EvtDriverUnload\n");
}

VOID EvtCleanup(WDFOBJECT Object) {
  UNREFERENCED_PARAMETER(Object);
  if (Captured)
    WskReleaseProviderNPI(&Registration);
  if (Registered)
    WskDeregister(&Registration);
  Captured = Registered = FALSE;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WDF_DRIVER_CONFIG Config;
  WDF_OBJECT_ATTRIBUTES Attributes;
  NTSTATUS Status;
  WDF_DRIVER_CONFIG_INIT(&Config, WDF_NO_EVENT_CALLBACK);
  Config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  Config.EvtDriverUnload = EvtUnload;
  WDF_OBJECT_ATTRIBUTES_INIT(&Attributes);
#ifndef NO_CLEANUP
  Attributes.EvtCleanupCallback = EvtCleanup;
#endif
  Status = WdfDriverCreate(DriverObject, RegistryPath, &Attributes, &Config,
                           WDF_NO_HANDLE);
  if (!NT_SUCCESS(Status))
    return Status;
  // FAILED: wskshim: {{.*}}kmdf_lifecycle.c:[[@LINE+2]]: wsk.MissingDeregister: DriverEntry returned 0xC00002B9 while
  // UNLOAD: wskshim: {{.*}}kmdf_lifecycle.c:[[@LINE+1]]: wsk.UnloadSkipsDeregister: the unload routine returned
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Registered = TRUE;
  // The cleanup callback undoes whatever succeeded.
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  // KERNEL: kmdf_lifecycle.c:[[@LINE+4]]: wsk.MissingDeregister: confirmed
  // KERNEL-NEXT: fault plan: WskCaptureProviderNPI:1 (derived from the path)
  // KERNEL-NEXT: shim report: wskshim: {{.*}}kmdf_lifecycle.c:{{[0-9]+}}: wsk.MissingDeregister: DriverEntry returned 0xC00002B9 while the WSK_REGISTRATION registered here is still registered
  if (!NT_SUCCESS(Status))
    return Status;
  Captured = TRUE;
  return STATUS_SUCCESS;
}
// FAILED-NOT: wskshim:
// UNLOAD-NOT: wskshim:
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=WskCaptureProviderNPI:1: DriverEntry failed: error 632
// KERNEL-FIXED-NOT: wskshim:
