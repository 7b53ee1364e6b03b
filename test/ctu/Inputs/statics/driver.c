/* DriverEntry and the unload routine; the WSK client lives in lib.c. */
#include "lib.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrvUnload;

#ifdef OPAQUE_CALL
/* In a file the compilation database does not list: never imported. */
VOID DrvStartTelemetry(VOID);
#endif

VOID DrvUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  LibCleanup();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  status = LibInit();
  if (!NT_SUCCESS(status))
    return status;
#ifdef OPAQUE_CALL
  DrvStartTelemetry();
#endif
  DriverObject->DriverUnload = DrvUnload;
  return STATUS_SUCCESS;
}
