/* EchoNet: the KMDF driver's entry points. */
#include "Driver.h"
#include "..\Inc\NetLib.h"

VOID EchoEvtDriverUnload(_In_ WDFDRIVER Driver) {
  UNREFERENCED_PARAMETER(Driver);
  NetStop();
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                     _In_ PUNICODE_STRING RegistryPath) {
  WDF_DRIVER_CONFIG config;
  NTSTATUS status;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.EvtDriverUnload = EchoEvtDriverUnload;
  status = WdfDriverCreate(DriverObject, RegistryPath,
                           WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
  if (!NT_SUCCESS(status))
    return status;

  status = NetStart();
  if (!NT_SUCCESS(status))
    return status;
  return STATUS_SUCCESS;
}
