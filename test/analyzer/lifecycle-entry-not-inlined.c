// A DriverEntry too large for the lifecycle root to inline (here: a tiny
// inlining limit) is analysed on its own; it still starts right after the
// image was loaded, with every global at its initial value. Its error path
// calls the unload routine, which releases only the capture its flag says
// was taken: silent. Releasing without looking at the flag is reported.
//
// RUN: %clang_analyze_wsk -analyzer-config max-inlinable-size=8 -verify=ok %s
// RUN: %clang_analyze_wsk -analyzer-config max-inlinable-size=8 -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NiUnload;
static const WSK_CLIENT_DISPATCH g_NiClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_NiReg;
static WSK_PROVIDER_NPI g_NiNpi;
static BOOLEAN g_NiRegistered, g_NiCaptured;

static NTSTATUS NiStep(ULONG Mode) { return Mode > 3 ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS; }

VOID NiUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  if (g_NiCaptured)
#endif
    WskReleaseProviderNPI(&g_NiReg); // bug-warning {{WskReleaseProviderNPI on 'g_NiReg' without a matching successful capture [wsk.UnbalancedRelease]}}
  if (g_NiRegistered)
    WskDeregister(&g_NiReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_NiClient};
  ULONG mode = RegistryPath->Length;
  NTSTATUS status = WskRegister(&client, &g_NiReg);
  if (!NT_SUCCESS(status))
    return status;
  g_NiRegistered = TRUE;
  status = WskCaptureProviderNPI(&g_NiReg, WSK_NO_WAIT, &g_NiNpi);
  if (NT_SUCCESS(status))
    g_NiCaptured = TRUE;
  status = NiStep(mode);
  if (!NT_SUCCESS(status))
    goto fail;
  status = NiStep(mode + 1);
  if (!NT_SUCCESS(status))
    goto fail;
  DriverObject->DriverUnload = NiUnload;
  return STATUS_SUCCESS;
fail:
  NiUnload(DriverObject);
  return status;
}
