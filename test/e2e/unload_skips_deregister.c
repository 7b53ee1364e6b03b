// wsk.UnloadSkipsDeregister end to end: the unload routine returns early
// when the optional buffer DriverEntry allocates is missing, before it
// deregisters. wskcheck flags that return; wskcheck-confirm fails the
// allocation (the load still succeeds) and the shim reports the live
// registration after the unload routine, at its WskRegister.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=ExAllocatePoolWithTag:1 %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: FileCheck --check-prefix=SHIM --input-file=%t/confirm.txt %s
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --faults=ExAllocatePoolWithTag:1 | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PVOID TraceBuffer; // optional: the driver works without it

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef FIXED
  if (TraceBuffer == NULL)
    // CHECK: unload_skips_deregister.c:[[@LINE+5]]:{{[0-9]+}}: warning: {{.*}} [wsk.UnloadSkipsDeregister]
    // KERNEL: unload_skips_deregister.c:[[@LINE+4]]: wsk.UnloadSkipsDeregister: confirmed
    // KERNEL-NEXT: fault plan: ExAllocatePoolWithTag:1
    // VERDICT: unload_skips_deregister.c:[[@LINE+2]]: wsk.UnloadSkipsDeregister: confirmed
    // VERDICT-NEXT: fault plan: ExAllocatePoolWithTag:1
    return; // "nothing to clean up"
  ExFreePoolWithTag(TraceBuffer, 'crtW');
#else
  if (TraceBuffer != NULL)
    ExFreePoolWithTag(TraceBuffer, 'crtW');
#endif
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  // SHIM: shim report: wskshim: {{.*}}unload_skips_deregister.c:[[@LINE+1]]: wsk.UnloadSkipsDeregister: the unload routine returned
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  TraceBuffer = ExAllocatePoolWithTag(NonPagedPoolNx, 4096, 'crtW');
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
// KERNEL-FIXED: run: faults=ExAllocatePoolWithTag:1: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
