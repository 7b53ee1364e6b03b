/* A HID minidriver's internal I/O controls, with the values the WDK gives
   them, and the idle notification it passes down for selective suspend. */
#include <ntddk.h>
#include <hidport.h>

static VOID IdleCallback(PVOID Context) { UNREFERENCED_PARAMETER(Context); }

NTSTATUS InternalDeviceControl(ULONG Code, PVOID Buffer) {
  switch (Code) {
  case IOCTL_HID_GET_DEVICE_DESCRIPTOR:
  case IOCTL_HID_GET_REPORT_DESCRIPTOR:
  case IOCTL_HID_READ_REPORT:
  case IOCTL_HID_WRITE_REPORT:
  case IOCTL_HID_GET_DEVICE_ATTRIBUTES:
  case IOCTL_HID_ACTIVATE_DEVICE:
  case IOCTL_HID_DEACTIVATE_DEVICE:
    return STATUS_SUCCESS;
  case IOCTL_HID_GET_STRING:
    return *(PULONG)Buffer == HID_STRING_ID_IPRODUCT ? STATUS_SUCCESS
                                                      : STATUS_NOT_SUPPORTED;
  case IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST: {
    PHID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO Info =
        (PHID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO)Buffer;
    Info->IdleCallback = IdleCallback;
    return STATUS_PENDING;
  }
  }
  return STATUS_NOT_SUPPORTED;
}
