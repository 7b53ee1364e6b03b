// Before the unload routine runs, the lifecycle root forgets the integer
// globals that nothing able to run after DriverEntry reads (a statistic
// DriverEntry keeps, a counter the unload routine only resets), so that
// DriverEntry's paths that differ only in them go on as one. A global that
// is read later is kept: here the mode DriverEntry sets when the capture
// succeeds, read by a helper of the unload routine, directly or through a
// pointer the image was linked with (`PLONG p = &g_Mode;`, which points to
// the mode from the start). Forgetting the mode, or not knowing where the
// pointer points, would make the capture and the mode unrelated and report
// a deregistration while captured that cannot happen.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DPOINTER %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD UgUnload;

static const WSK_CLIENT_DISPATCH g_UgClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_UgReg;
static WSK_PROVIDER_NPI g_UgNpi;
static LONG g_UgMode;     // 1: registered, 2: captured too
static ULONG g_UgStarts;  // only counted
static ULONG g_UgRetries; // only reset at unload
#ifdef POINTER
static PLONG g_UgModeOf = &g_UgMode;
#endif

#ifdef BUG
#define CAPTURED 3 // not the value DriverEntry stores
#else
#define CAPTURED 2
#endif

static VOID UgStop(VOID)
{
#if defined(POINTER)
  if (*g_UgModeOf == CAPTURED)
#else
  if (g_UgMode == CAPTURED)
#endif
    WskReleaseProviderNPI(&g_UgReg);
  WskDeregister(&g_UgReg); // bug-warning {{WskDeregister on 'g_UgReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

VOID UgUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  g_UgRetries = 0;
  UgStop();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_UgClient};
  NTSTATUS status;
  ULONG i;

  UNREFERENCED_PARAMETER(RegistryPath);
  for (i = 0; i < (ULONG)(RegistryPath->Length & 3); ++i)
    g_UgStarts += i;
  status = WskRegister(&client, &g_UgReg);
  if (!NT_SUCCESS(status))
    return status;
  g_UgMode = 1;
  status = WskCaptureProviderNPI(&g_UgReg, WSK_NO_WAIT, &g_UgNpi);
  if (NT_SUCCESS(status))
    g_UgMode = 2;
  if (g_UgStarts > 1)
    ++g_UgRetries;
  DriverObject->DriverUnload = UgUnload;
  return STATUS_SUCCESS;
}
