/* DriverEntry registers, then asks lib.c whether the device answers; when
   it does not, DriverEntry fails with the registration still live. */
#include <ntddk.h>
#include <wsk.h>

NTSTATUS LibProbe(PVOID Buffer, ULONG Length);

static const WSK_CLIENT_DISPATCH g_SehClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                NULL};
static WSK_REGISTRATION g_SehReg;
static UCHAR g_SehBuffer[16];

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SehUnload;

VOID SehUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_SehReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_SehClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_SehReg);
  if (!NT_SUCCESS(status))
    return status;
  status = LibProbe(g_SehBuffer, sizeof(g_SehBuffer));
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = SehUnload;
  return STATUS_SUCCESS;
}
