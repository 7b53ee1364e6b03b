// wsk.MissingDeregister end to end: DriverEntry returns the failure of its
// context allocation without deregistering. wskcheck flags the return;
// wskcheck-confirm fails the allocation and the shim reports the leak at
// the WskRegister the path notes "WSK client registered here". The fixed
// driver (-DFIXED) deregisters first and runs clean, also on that path.
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

typedef struct _CONTEXT_BLOCK {
  ULONG Requests;
} CONTEXT_BLOCK;

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static CONTEXT_BLOCK *Context;

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&Registration);
  ExFreePoolWithTag(Context, 'xtcW');
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  // SHIM: shim report: wskshim: {{.*}}missing_deregister.c:[[@LINE+1]]: wsk.MissingDeregister: DriverEntry returned 0xC000009A
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Context = (CONTEXT_BLOCK *)ExAllocatePoolWithTag(NonPagedPoolNx,
                                                   sizeof(*Context), 'xtcW');
  if (Context == NULL) {
#ifdef FIXED
    WskDeregister(&Registration);
#endif
    // CHECK: missing_deregister.c:[[@LINE+5]]:{{[0-9]+}}: warning: {{.*}} [wsk.MissingDeregister]
    // KERNEL: missing_deregister.c:[[@LINE+4]]: wsk.MissingDeregister: confirmed
    // KERNEL-NEXT: fault plan: ExAllocatePoolWithTag:1 (derived from the path)
    // VERDICT: missing_deregister.c:[[@LINE+2]]: wsk.MissingDeregister: confirmed
    // VERDICT-NEXT: fault plan: ExAllocatePoolWithTag:1 (derived from the path)
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  Context->Requests = 0;
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
// KERNEL-FIXED: run: faults=ExAllocatePoolWithTag:1: DriverEntry failed: error 1450
// KERNEL-FIXED-NOT: wskshim:
