/* UdpMon: the control device the user-mode tool opens. */
#include "UdpMon.h"
#include <wdmsec.h>

NTSTATUS UdpMonCreateControlDevice(_In_ WDFDRIVER Driver) {
  PWDFDEVICE_INIT init;
  WDFDEVICE device;
  DECLARE_UNICODE_STRING_SIZE(name, 64);
  NTSTATUS status;

  init = WdfControlDeviceInitAllocate(Driver, &SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
  if (init == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  status = RtlUnicodeStringPrintf(&name, L"\\Device\\%ws", UDPMON_DEVICE_NAME);
  if (NT_SUCCESS(status))
    status = WdfDeviceInitAssignName(init, &name);
  if (NT_SUCCESS(status))
    status = WdfDeviceCreate(&init, WDF_NO_OBJECT_ATTRIBUTES, &device);
  if (!NT_SUCCESS(status)) {
    if (init != NULL)
      WdfDeviceInitFree(init);
    return status;
  }
  WdfControlFinishInitializing(device);
  return STATUS_SUCCESS;
}
