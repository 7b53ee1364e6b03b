// An IOCTL handler that captures the provider NPI per request and releases
// it leaves the registration as it was: outside the DriverEntry and unload
// call trees, only WskRegister, WskDeregister or a write of the object make
// its state unknown before unload. WskQueryProviderCharacteristics reads the
// registration and is no escape either. An unload routine that skips its
// deregistration is still reported.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IcUnload;
DRIVER_DISPATCH IcDeviceControl;

static const WSK_CLIENT_DISPATCH g_IcClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_IcReg;
static BOOLEAN g_IcVerbose;
static WSK_PROVIDER_CHARACTERISTICS g_IcCharacteristics;

NTSTATUS IcDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  UNREFERENCED_PARAMETER(DeviceObject);
  status = WskCaptureProviderNPI(&g_IcReg, WSK_NO_WAIT, &npi);
  if (NT_SUCCESS(status)) {
    status = npi.Dispatch->WskControlClient(npi.Client, 0, 0, NULL, 0, NULL,
                                            NULL, Irp);
    WskReleaseProviderNPI(&g_IcReg);
  }
  Irp->IoStatus.Status = status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return status;
}

VOID IcUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifdef BUG
  if (g_IcVerbose)
#endif
    WskDeregister(&g_IcReg);
} // bug-warning {{Unload routine returns while WSK registration 'g_IcReg' is still registered [wsk.UnloadSkipsDeregister]}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_IcClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_IcReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskQueryProviderCharacteristics(&g_IcReg, &g_IcCharacteristics);
  DbgPrint("ic: provider %x\n", g_IcCharacteristics.HighestVersion);
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = IcDeviceControl;
  DriverObject->DriverUnload = IcUnload;
  return STATUS_SUCCESS;
}
