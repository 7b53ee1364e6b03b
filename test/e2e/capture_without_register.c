// wsk.CaptureWithoutRegister end to end: DriverEntry logs a failed
// WskRegister and goes on to capture. wskcheck flags the capture;
// wskcheck-confirm fails the registration ("Assuming WskRegister fails")
// and the shim reports the same call.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %wskcheck %s -- -I %wsk_include > %t/check.txt
// RUN: FileCheck --check-prefix=CHECK --input-file=%t/check.txt %s
// RUN: %wskcheck_confirm %s -- -I %wsk_include > %t/confirm.txt
// RUN: FileCheck --check-prefix=VERDICT --input-file=%t/confirm.txt %s
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t/kernel.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL --input-file=%t/kernel.txt %s %}
// RUN: %if wine %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run --run=WskRegister:1 %s -- -I %wsk_include -DFIXED > %t/kernel-fixed.txt %}
// RUN: %if wine %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t/kernel-fixed.txt %s %}
// RUN: %if wine %{ %python %S/Inputs/wine-processes.py %wine_prefix %}
// RUN: %wskcheck %s -- -I %wsk_include -DFIXED
// RUN: %wskshim_cc -DFIXED %s -o %t/fixed
// RUN: %t/fixed --quiet -v 2>&1 | FileCheck --check-prefix=FIXED %s
// RUN: %t/fixed --quiet --faults=WskRegister:1 | count 0
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
  if (!NT_SUCCESS(Status)) {
    DbgPrint("WskRegister failed: 0x%08X\n", Status);
#ifdef FIXED
    return Status;
#endif
  }
  // CHECK: capture_without_register.c:[[@LINE+7]]:{{[0-9]+}}: warning: {{.*}} [wsk.CaptureWithoutRegister]
  // KERNEL: capture_without_register.c:[[@LINE+6]]: wsk.CaptureWithoutRegister: confirmed
  // KERNEL-NEXT: fault plan: WskRegister:1 (derived from the path)
  // KERNEL: shim report: wskshim: {{.*}}capture_without_register.c:[[@LINE+4]]: wsk.CaptureWithoutRegister: WskCaptureProviderNPI on a WSK_REGISTRATION that is not registered: its WskRegister at capture_without_register.c:{{[0-9]+}} failed
  // VERDICT: capture_without_register.c:[[@LINE+3]]: wsk.CaptureWithoutRegister: confirmed
  // VERDICT-NEXT: fault plan: WskRegister:1 (derived from the path)
  // VERDICT: shim report: wskshim: {{.*}}capture_without_register.c:[[@LINE+1]]: wsk.CaptureWithoutRegister: WskCaptureProviderNPI on a WSK_REGISTRATION that is not registered: its WskRegister at capture_without_register.c:{{[0-9]+}} failed
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
// KERNEL-FIXED: run: faults=WskRegister:1: DriverEntry failed: error 1450
// KERNEL-FIXED-NOT: wskshim:
