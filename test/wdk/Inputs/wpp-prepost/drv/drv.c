/* A WSK client whose DriverEntry returns through a trace function that
 * tests the status (see trace.h). Its first use returns before anything is
 * registered; its second returns a failure with the registration still
 * registered: the one bug. */
#include <ntddk.h>
#include <wsk.h>
#include "trace.h"
#include "drv.tmh"

static WSK_REGISTRATION g_Reg;
static WSK_PROVIDER_NPI g_Npi;
static const WSK_CLIENT_DISPATCH g_Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrvUnload;

VOID DrvUnload(PDRIVER_OBJECT DriverObject) {
  WskReleaseProviderNPI(&g_Reg);
  WskDeregister(&g_Reg);
  WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI npi = {NULL, &g_Dispatch};
  NTSTATUS status;

  WPP_INIT_TRACING(DriverObject, RegistryPath);
  status = WskRegister(&npi, &g_Reg);
  RETURN_IF_FAILED_STATUS(status);
  status = WskCaptureProviderNPI(&g_Reg, WSK_INFINITE_WAIT, &g_Npi);
  if (!NT_SUCCESS(status))
    LogError(FLAG_DRIVER, "capture failed %!STATUS!", status);
  RETURN_IF_FAILED_STATUS(status);
  DriverObject->DriverUnload = DrvUnload;
  return STATUS_SUCCESS;
}
