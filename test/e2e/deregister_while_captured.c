// wsk.DeregisterWhileCaptured end to end: DriverEntry keeps its capture for
// the driver's lifetime, and the unload routine deregisters before it
// releases. wskcheck flags the WskDeregister; no fault is needed: the shim
// reports the WskDeregister that would wait forever, after its time limit.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef FIXED
  WskReleaseProviderNPI(&Registration);
#endif
  // CHECK: deregister_while_captured.c:[[@LINE+8]]:{{[0-9]+}}: warning: {{.*}} [wsk.DeregisterWhileCaptured]
  // KERNEL: deregister_while_captured.c:[[@LINE+7]]: wsk.DeregisterWhileCaptured: confirmed
  // KERNEL-NEXT: fault plan: none
  // KERNEL-NEXT: shim report: wskshim: {{.*}}deregister_while_captured.c:[[@LINE+5]]: wsk.DeregisterWhileCaptured: WskDeregister while 1 capture(s) of the provider NPI are held
  // VERDICT: deregister_while_captured.c:[[@LINE+4]]: wsk.DeregisterWhileCaptured: confirmed
  // VERDICT-NEXT: fault plan: none
  // VERDICT-NEXT: harness options: --no-dispatch
  // VERDICT-NEXT: shim report: wskshim: {{.*}}deregister_while_captured.c:[[@LINE+1]]: wsk.DeregisterWhileCaptured: WskDeregister while 1 capture(s) of the provider NPI are held
  WskDeregister(&Registration);
#ifndef FIXED
  WskReleaseProviderNPI(&Registration);
#endif
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
// The fixed driver's whole life, with no report.
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: harness: calling DriverEntry
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: harness: calling the unload routine
// FIXED-NOT: {{: wsk\.[A-Za-z]+: }}
// FIXED: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 0 violation(s)
// The fixed driver under Wine: no report, without faults and on the plan
// that confirmed the finding there.
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
