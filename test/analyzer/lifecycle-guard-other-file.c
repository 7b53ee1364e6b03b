// A flag that guards the unload routine's cleanup and that a function of
// another file sets (where the capture or the registration succeeded) is
// unknown once that function ran: the analysis cannot see that it is kept in
// step with the capture. No report rests on the branch of that flag that
// skips the cleanup. Reports that do not rest on it stay: a deregistration
// with the capture held on DriverEntry's error path after the call.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DDEREGISTER_GUARD %s
// RUN: %clang_analyze_wsk -verify=ok -DELSE_BRANCH %s
// RUN: %clang_analyze_wsk -verify=bug -DERROR_PATH %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD GoUnload;

typedef struct _GO_STATE {
  BOOLEAN Captured;
  BOOLEAN Registered;
} GO_STATE;

static const WSK_CLIENT_DISPATCH g_GoClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_GoReg;
static WSK_PROVIDER_NPI g_GoNpi;
GO_STATE g_Go;

// Implemented in another translation unit: they set g_Go.Captured and
// g_Go.Registered.
VOID GoMarkCaptured(VOID);
VOID GoMarkRegistered(VOID);
NTSTATUS GoStartListener(VOID);

VOID GoUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef ELSE_BRANCH
  if (!g_Go.Captured) {
    DbgPrint("go: nothing captured\n");
  } else {
    WskReleaseProviderNPI(&g_GoReg);
  }
#else
  if (g_Go.Captured)
    WskReleaseProviderNPI(&g_GoReg);
#endif
#ifdef DEREGISTER_GUARD
  if (g_Go.Registered)
#endif
    WskDeregister(&g_GoReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_GoClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_GoReg);
  if (!NT_SUCCESS(status))
    return status;
  GoMarkRegistered();
  status = WskCaptureProviderNPI(&g_GoReg, WSK_NO_WAIT, &g_GoNpi);
  if (NT_SUCCESS(status)) {
    GoMarkCaptured();
#ifdef ERROR_PATH
    status = GoStartListener();
    if (!NT_SUCCESS(status)) {
      WskDeregister(&g_GoReg); // bug-warning {{WskDeregister on 'g_GoReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
      return status;
    }
#endif
  }
  DriverObject->DriverUnload = GoUnload;
  return STATUS_SUCCESS;
}
