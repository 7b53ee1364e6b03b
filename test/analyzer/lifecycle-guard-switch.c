// A driver keeps one state variable in step with its registration and
// capture (0: nothing, 1: registered, 2: captured) and its unload routine,
// after calling a function of another file, takes the state and cleans up by
// it: through a `switch` on InterlockedExchange's old value, or through a
// local copy tested by `if`s. The other file's code may have changed the
// state (clang forgets every global at that call), so the value tested is
// one the path lost: no report rests on it. The same driver without calls
// into other files keeps the state known, and a cleanup that skips the
// release is found, through the switch and through the copy.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DSWITCH %s
// RUN: %clang_analyze_wsk -verify=ok -DLOCAL %s
// RUN: %clang_analyze_wsk -verify=ok -DSWITCH -DNO_CALLS %s
// RUN: %clang_analyze_wsk -verify=ok -DLOCAL -DNO_CALLS %s
// RUN: %clang_analyze_wsk -verify=bug -DSWITCH -DNO_CALLS -DBUG %s
// RUN: %clang_analyze_wsk -verify=bug -DLOCAL -DNO_CALLS -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD StUnload;

static const WSK_CLIENT_DISPATCH g_StClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_StReg;
static WSK_PROVIDER_NPI g_StNpi;
static LONG g_StState;

// Implemented in another translation unit.
NTSTATUS StStartWorkers(VOID);
VOID StStopWorkers(VOID);

#ifdef BUG
#define CAPTURED 3 // not the value DriverEntry stores
#else
#define CAPTURED 2
#endif

VOID StUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef NO_CALLS
  StStopWorkers();
#endif
#if defined(SWITCH)
  switch (InterlockedExchange(&g_StState, 0)) {
  case CAPTURED:
    WskReleaseProviderNPI(&g_StReg);
    /* fall through */
  default:
    WskDeregister(&g_StReg); // bug-warning {{WskDeregister on 'g_StReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
    break;
  case 0:
    break;
  }
#elif defined(LOCAL)
  {
    LONG state = InterlockedExchange(&g_StState, 0);
    if (state == CAPTURED)
      WskReleaseProviderNPI(&g_StReg);
    if (state >= 1)
      WskDeregister(&g_StReg); // bug-warning {{WskDeregister on 'g_StReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
  }
#else
  if (g_StState == CAPTURED)
    WskReleaseProviderNPI(&g_StReg);
  if (g_StState >= 1)
    WskDeregister(&g_StReg);
  g_StState = 0;
#endif
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  DriverObject->DriverUnload = StUnload;
  status = WskRegister(&client, &g_StReg);
  if (!NT_SUCCESS(status))
    return status;
  g_StState = 1;
  status = WskCaptureProviderNPI(&g_StReg, WSK_INFINITE_WAIT, &g_StNpi);
  if (!NT_SUCCESS(status)) {
    StUnload(DriverObject);
    return status;
  }
  g_StState = 2;
#ifndef NO_CALLS
  status = StStartWorkers();
  if (!NT_SUCCESS(status)) {
    StUnload(DriverObject);
    return status;
  }
#endif
  return STATUS_SUCCESS;
}
