// wsk.UnbalancedRelease end to end: the capture-failure path releases the
// NPI it never got. wskcheck flags the release; wskcheck-confirm fails the
// capture and the shim reports the same call.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=WskCaptureProviderNPI:1 %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --faults=WskCaptureProviderNPI:1 | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&Registration);
}

// Checks that a provider is attached, and gives the capture back.
static NTSTATUS ProbeProvider(void) {
  WSK_PROVIDER_NPI Provider;
  NTSTATUS Status =
      WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
#ifndef FIXED
    // CHECK: unbalanced_release.c:[[@LINE+7]]:{{[0-9]+}}: warning: {{.*}} [wsk.UnbalancedRelease]
    // KERNEL: unbalanced_release.c:[[@LINE+6]]: wsk.UnbalancedRelease: confirmed
    // KERNEL-NEXT: fault plan: WskCaptureProviderNPI:1
    // KERNEL: shim report: wskshim: {{.*}}unbalanced_release.c:[[@LINE+4]]: wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful capture: no capture is held (the capture at unbalanced_release.c:{{[0-9]+}} failed)
    // VERDICT: unbalanced_release.c:[[@LINE+3]]: wsk.UnbalancedRelease: confirmed
    // VERDICT-NEXT: fault plan: WskCaptureProviderNPI:1
    // VERDICT: shim report: wskshim: {{.*}}unbalanced_release.c:[[@LINE+1]]: wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful capture: no capture is held (the capture at unbalanced_release.c:{{[0-9]+}} failed)
    WskReleaseProviderNPI(&Registration);
#endif
    return Status;
  }
  WskReleaseProviderNPI(&Registration);
  return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = ProbeProvider();
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
// KERNEL-FIXED: run: faults=WskCaptureProviderNPI:1: DriverEntry failed: error 632
// KERNEL-FIXED-NOT: wskshim:
