// The driver sets its own static flags where the registration and the
// capture succeed, then calls a function of another file. clang forgets
// every global at that call (the other file may call back into this one),
// so the unload routine's tests of the flags are on values the path lost:
// no report rests on them, also where the flag is one operand of the
// condition. The error path after the call, which deregisters
// with the capture still held, is found all the same.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DCOMBINED %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SaUnload;

static const WSK_CLIENT_DISPATCH g_SaClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_SaReg;
static WSK_PROVIDER_NPI g_SaNpi;
static BOOLEAN g_SaRegistered;
static BOOLEAN g_SaCaptured;

// Implemented in another translation unit.
NTSTATUS SaStartListener(VOID);

VOID SaUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_SaCaptured) {
    WskReleaseProviderNPI(&g_SaReg);
    g_SaCaptured = FALSE;
  }
#ifdef COMBINED
  if (g_SaRegistered && g_SaClient.Version != 0) {
#else
  if (g_SaRegistered) {
#endif
    WskDeregister(&g_SaReg);
    g_SaRegistered = FALSE;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_SaClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_SaReg);
  if (!NT_SUCCESS(status))
    return status;
  g_SaRegistered = TRUE;
  status = WskCaptureProviderNPI(&g_SaReg, WSK_NO_WAIT, &g_SaNpi);
  if (NT_SUCCESS(status))
    g_SaCaptured = TRUE;
  status = SaStartListener();
  if (!NT_SUCCESS(status)) {
#ifdef BUG
    WskDeregister(&g_SaReg); // bug-warning {{WskDeregister on 'g_SaReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
#else
    SaUnload(DriverObject);
#endif
    return status;
  }
  DriverObject->DriverUnload = SaUnload;
  return STATUS_SUCCESS;
}
