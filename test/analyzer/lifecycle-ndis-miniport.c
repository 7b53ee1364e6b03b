// An NDIS miniport does not set DriverObject->DriverUnload: it hands its
// unload handler to NdisMRegisterMiniportDriver in the characteristics, and
// NDIS calls it when the driver unloads. A WSK client torn down there is
// followed through the lifecycle root like any unload routine.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// ok-no-diagnostics

#include "Inputs/ndis-miniport.h"
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
MINIPORT_UNLOAD MpUnload;

static const WSK_CLIENT_DISPATCH g_MpClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_MpReg;
static NDIS_HANDLE g_MpDriverHandle;
static BOOLEAN g_MpTelemetry;

VOID MpUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef BUG
  if (g_MpTelemetry)
#endif
    WskDeregister(&g_MpReg);
  NdisMDeregisterMiniportDriver(g_MpDriverHandle);
} // bug-warning {{Unload routine returns while WSK registration 'g_MpReg' is still registered [wsk.UnloadSkipsDeregister]}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS chars;
  WSK_CLIENT_NPI client = {NULL, &g_MpClient};
  NDIS_STATUS status;

  NdisZeroMemory(&chars, sizeof(chars));
  chars.MajorNdisVersion = 6;
  chars.UnloadHandler = MpUnload;
  status = WskRegister(&client, &g_MpReg);
  if (!NT_SUCCESS(status))
    return status;
  status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL,
                                       &chars, &g_MpDriverHandle);
  if (status != NDIS_STATUS_SUCCESS) {
    WskDeregister(&g_MpReg);
    return status;
  }
  return STATUS_SUCCESS;
}
