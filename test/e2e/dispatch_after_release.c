// wsk.DispatchAfterRelease end to end: QueryTransports, called from
// DriverEntry, releases its capture and then queries the transports through
// the saved dispatch pointer. wskcheck flags the call; no fault is needed:
// every load reaches it, and the shim reports the call before it reaches
// the provider.
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
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static UCHAR Transports[256];
static SIZE_T TransportsSize;

static NTSTATUS QueryTransports(void) {
  WSK_PROVIDER_NPI Provider;
  const WSK_PROVIDER_DISPATCH *Dispatch;
  NTSTATUS Status =
      WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status))
    return Status;
  Dispatch = Provider.Dispatch;
#ifndef FIXED
  WskReleaseProviderNPI(&Registration);
#endif
  // CHECK: dispatch_after_release.c:[[@LINE+7]]:{{[0-9]+}}: warning: {{.*}} [wsk.DispatchAfterRelease]
  // KERNEL: dispatch_after_release.c:[[@LINE+6]]: wsk.DispatchAfterRelease: confirmed
  // KERNEL-NEXT: fault plan: none
  // KERNEL: shim report: wskshim: {{.*}}dispatch_after_release.c:[[@LINE+4]]: wsk.DispatchAfterRelease: WskControlClient called after every capture of its registration was released
  // VERDICT: dispatch_after_release.c:[[@LINE+3]]: wsk.DispatchAfterRelease: confirmed
  // VERDICT-NEXT: fault plan: none
  // VERDICT: shim report: wskshim: {{.*}}dispatch_after_release.c:[[@LINE+1]]: wsk.DispatchAfterRelease: WskControlClient called after every capture of its registration was released
  Status = Dispatch->WskControlClient(Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, sizeof(Transports), Transports, &TransportsSize, NULL);
#ifdef FIXED
  WskReleaseProviderNPI(&Registration);
#endif
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  if (!NT_SUCCESS(QueryTransports()))
    DbgPrint("transport list not available\n");
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
