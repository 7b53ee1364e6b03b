#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
NTSTATUS NetStart(void);
void NetStop(void);

static VOID SplitUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  NetStop();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  UNREFERENCED_PARAMETER(RegistryPath);
  DbgPrint("split: loading\n");
  DriverObject->DriverUnload = SplitUnload;
  return NetStart();
}
