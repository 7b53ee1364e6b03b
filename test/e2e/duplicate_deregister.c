// wsk.DuplicateDeregister end to end: when the capture fails, the error
// path deregisters and then jumps to the common exit, which deregisters
// again. wskcheck flags the second WskDeregister; wskcheck-confirm fails
// the capture ("Assuming WskCaptureProviderNPI fails") and the shim reports
// the same call.
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
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&Registration);
  WskDeregister(&Registration);
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
#ifndef FIXED
    WskDeregister(&Registration);
#endif
    goto Fail;
  }
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;

Fail:
  // CHECK: duplicate_deregister.c:[[@LINE+8]]:{{[0-9]+}}: warning: {{.*}} [wsk.DuplicateDeregister]
  // KERNEL: duplicate_deregister.c:[[@LINE+7]]: wsk.DuplicateDeregister: confirmed
  // KERNEL-NEXT: fault plan: WskCaptureProviderNPI:1 (derived from the path)
  // KERNEL-NEXT: shim report: wskshim: {{.*}}duplicate_deregister.c:[[@LINE+5]]: wsk.DuplicateDeregister: WskDeregister on a WSK_REGISTRATION that is not registered: it was deregistered at duplicate_deregister.c:{{[0-9]+}}
  // VERDICT: duplicate_deregister.c:[[@LINE+4]]: wsk.DuplicateDeregister: confirmed
  // VERDICT-NEXT: fault plan: WskCaptureProviderNPI:1 (derived from the path)
  // VERDICT-NEXT: harness options: --no-dispatch
  // VERDICT-NEXT: shim report: wskshim: {{.*}}duplicate_deregister.c:[[@LINE+1]]: wsk.DuplicateDeregister: WskDeregister on a WSK_REGISTRATION that is not registered: it was deregistered at duplicate_deregister.c:{{[0-9]+}}
  WskDeregister(&Registration);
  return Status;
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
