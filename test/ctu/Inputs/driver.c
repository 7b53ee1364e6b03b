/* DriverEntry and the unload routine; the WSK code lives in net.c. */
#include "net.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NetUnload;

VOID NetUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  NetStop();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = NetStart();
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = NetUnload;
  return STATUS_SUCCESS;
}
