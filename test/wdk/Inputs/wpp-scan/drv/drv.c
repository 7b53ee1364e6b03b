/* A driver that checks every call with a WPP "return if failed" trace
 * function: the call is made and its failure returns. When the capture
 * fails, DriverEntry returns its status with the client still registered
 * (compile with -DFIXED for the version that deregisters). */
#include <ntddk.h>
#include <wsk.h>
#include "../Inc/trace_macros.h"
#include "drv.tmh"

static WSK_REGISTRATION g_Reg;
static WSK_PROVIDER_NPI g_Npi;
static const WSK_CLIENT_DISPATCH g_Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrvUnload;

VOID DrvUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  DrvLogInfo(FLAG_INIT, "unloading");
  WskReleaseProviderNPI(&g_Reg);
  WskDeregister(&g_Reg);
}

static NTSTATUS Capture(void) {
#ifdef FIXED
  NTSTATUS status = WskCaptureProviderNPI(&g_Reg, WSK_INFINITE_WAIT, &g_Npi);
  if (!NT_SUCCESS(status))
    WskDeregister(&g_Reg);
  return status;
#else
  return WskCaptureProviderNPI(&g_Reg, WSK_INFINITE_WAIT, &g_Npi);
#endif
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI npi = {NULL, &g_Dispatch};
  UNREFERENCED_PARAMETER(RegistryPath);

  RETURN_NTSTATUS_IF_FAILED(WskRegister(&npi, &g_Reg));
  RETURN_NTSTATUS_IF_FAILED(Capture());
  TRACE_STATUS(FLAG_INIT, STATUS_SUCCESS, "captured %p", &g_Npi);
  DriverObject->DriverUnload = DrvUnload;
  return STATUS_SUCCESS;
}
