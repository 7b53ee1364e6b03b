// Path notes as the text report shows them: through the lifecycle (the
// unload routine called where it starts), conditions stated once, switch
// cases by the status name the driver wrote.
#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PnUnload;

static const WSK_CLIENT_DISPATCH g_PnDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                 NULL};
static WSK_REGISTRATION g_PnReg;
static PDEVICE_OBJECT g_PnDevice;

VOID PnUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_PnDevice == NULL)
    return;
  IoDeleteDevice(g_PnDevice);
  WskDeregister(&g_PnReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_PnDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  g_PnDevice = NULL;
  status = WskRegister(&clientNpi, &g_PnReg);
  if (!NT_SUCCESS(status))
    return status;
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_PnDevice);
  if (!NT_SUCCESS(status))
    g_PnDevice = NULL;
  DriverObject->DriverUnload = PnUnload;
  return STATUS_SUCCESS;
}

static WSK_REGISTRATION g_PnOther;

VOID PnSwitch(PWSK_PROVIDER_NPI Npi)
{
  WSK_CLIENT_NPI client = {NULL, &g_PnDispatch};
  if (!NT_SUCCESS(WskRegister(&client, &g_PnOther)))
    return;
  switch (WskCaptureProviderNPI(&g_PnOther, WSK_NO_WAIT, Npi)) {
  case STATUS_NOINTERFACE:
    WskReleaseProviderNPI(&g_PnOther);
    break;
  case STATUS_SUCCESS:
    WskReleaseProviderNPI(&g_PnOther);
    break;
  }
  WskDeregister(&g_PnOther);
}
