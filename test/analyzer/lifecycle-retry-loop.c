// A retry loop of 5 around a helper that captures the provider NPI: more
// iterations than the analyzer unrolls, so some paths stop in the loop and
// the helper may be evaluated without its body. Nothing is taken as certain
// from a helper the analysis did not follow: the correct driver is silent,
// and the unload routine that forgets the release is still reported.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -analyzer-max-loop 2 -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RlUnload;
static const WSK_CLIENT_DISPATCH g_RlClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_RlReg;
static WSK_PROVIDER_NPI g_RlNpi;
static BOOLEAN g_RlCaptured;

static NTSTATUS RlTryCapture(VOID)
{
  NTSTATUS status = WskCaptureProviderNPI(&g_RlReg, WSK_NO_WAIT, &g_RlNpi);
  if (NT_SUCCESS(status))
    g_RlCaptured = TRUE;
  return status;
}

VOID RlUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  if (g_RlCaptured)
    WskReleaseProviderNPI(&g_RlReg);
#endif
  WskDeregister(&g_RlReg); // bug-warning {{WskDeregister on 'g_RlReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_RlClient};
  LARGE_INTEGER delay;
  NTSTATUS status;
  int i;
  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_RlReg);
  if (!NT_SUCCESS(status))
    return status;
  delay.QuadPart = -10000 * 100;
  for (i = 0; i < 5; i++) {
    status = RlTryCapture();
    if (NT_SUCCESS(status))
      break;
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
  }
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_RlReg);
    return status;
  }
  DriverObject->DriverUnload = RlUnload;
  return STATUS_SUCCESS;
}
