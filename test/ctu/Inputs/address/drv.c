/* DriverEntry registers; the unload routine, in unload.c, is only named
   here (its address is taken), never called. */
#include <ntddk.h>
#include <wsk.h>

WSK_REGISTRATION g_Reg;
static const WSK_CLIENT_DISPATCH g_Client = {MAKE_WSK_VERSION(1, 0), 0, NULL};

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DrvUnload;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_Client};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_Reg);
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = DrvUnload;
  return STATUS_SUCCESS;
}
