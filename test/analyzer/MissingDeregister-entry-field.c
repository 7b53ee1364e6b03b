// wsk.MissingDeregister at DriverEntry for a registration that is a field of
// a global context structure. A missing provider (STATUS_NOINTERFACE from a
// WSK_NO_WAIT capture) is turned into a DriverEntry failure, but the
// registration made just before is left behind.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

typedef struct _RSY_CONTEXT {
  BOOLEAN Started;
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} RSY_CONTEXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RsyUnload;

static const WSK_CLIENT_DISPATCH g_RsyClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static RSY_CONTEXT g_RsyCtx;

VOID RsyUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&g_RsyCtx.Registration); // no-warning: unknown here
  WskDeregister(&g_RsyCtx.Registration);         // no-warning
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_RsyClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_RsyCtx.Registration);
  if (!NT_SUCCESS(status)) {
    DbgPrint("rsy: WskRegister failed %x\n", status);
    return status; // no-warning: the failed WskRegister's own status
  }

  status = WskCaptureProviderNPI(&g_RsyCtx.Registration, WSK_NO_WAIT,
                                 &g_RsyCtx.Provider);
  if (status == STATUS_NOINTERFACE) {
    DbgPrint("rsy: no WSK provider yet\n");
    // expected-warning@+1 {{WSK registration 'g_RsyCtx.Registration' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return STATUS_DEVICE_NOT_READY;
  }
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_RsyCtx.Registration);
    return status; // no-warning: deregistered just above
  }

  g_RsyCtx.Started = TRUE;
  DriverObject->DriverUnload = RsyUnload;
  return STATUS_SUCCESS;
}
