/* wskcheck WDK profile: hidport.h, the interface between the HID class
 * driver and a HID minidriver (registration, the device extension the class
 * driver lays out, the HID descriptor and device attributes), written from
 * its documentation. The minidriver I/O controls are mingw-w64's hidclass.h.
 */
#ifndef WSKCHECK_WDK_HIDPORT_H
#define WSKCHECK_WDK_HIDPORT_H

#include <hidusage.h>
#include <hidclass.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef HID_REVISION
#define HID_REVISION 0x00000001
#endif

typedef struct _HID_MINIDRIVER_REGISTRATION {
  ULONG Revision;
  PDRIVER_OBJECT DriverObject;
  PUNICODE_STRING RegistryPath;
  ULONG DeviceExtensionSize;
  BOOLEAN DevicesArePolled;
  UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

typedef struct _HID_DEVICE_EXTENSION {
  PDEVICE_OBJECT PhysicalDeviceObject;
  PDEVICE_OBJECT NextDeviceObject;
  PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

#include <pshpack1.h>
typedef struct _HID_DESCRIPTOR {
  UCHAR bLength;
  UCHAR bDescriptorType;
  USHORT bcdHID;
  UCHAR bCountry;
  UCHAR bNumDescriptors;
  struct _HID_DESCRIPTOR_DESC_LIST {
    UCHAR bReportType;
    USHORT wReportLength;
  } DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;
#include <poppack.h>

#ifndef WSKCHECK_WDK_HID_DEVICE_ATTRIBUTES
#define WSKCHECK_WDK_HID_DEVICE_ATTRIBUTES
typedef struct _HID_DEVICE_ATTRIBUTES {
  ULONG Size;
  USHORT VendorID;
  USHORT ProductID;
  USHORT VersionNumber;
  USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;
#endif

NTSTATUS NTAPI HidRegisterMinidriver(
    PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);
NTSTATUS NTAPI HidNotifyPresence(PDEVICE_OBJECT DeviceObject,
                                 BOOLEAN IsPresent);

/* --- The class driver / minidriver I/O controls, with the values the --- */
/* --- WDK's hidport.h gives them. mingw-w64's hidclass.h has some of   --- */
/* --- them with placeholder values (0 to 5, marked as wrong there) and --- */
/* --- lacks the rest; its HID_STRING_TYPE enumerators are not the USB  --- */
/* --- string offsets IOCTL_HID_GET_STRING takes. Both are replaced.    --- */
#undef IOCTL_HID_GET_DEVICE_DESCRIPTOR
#undef IOCTL_HID_GET_REPORT_DESCRIPTOR
#undef IOCTL_HID_READ_REPORT
#undef IOCTL_HID_WRITE_REPORT
#undef IOCTL_HID_GET_STRING
#undef IOCTL_HID_ACTIVATE_DEVICE
#undef IOCTL_HID_DEACTIVATE_DEVICE
#undef IOCTL_HID_GET_DEVICE_ATTRIBUTES
#undef IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST
#define IOCTL_HID_GET_DEVICE_DESCRIPTOR HID_CTL_CODE(0)
#define IOCTL_HID_GET_REPORT_DESCRIPTOR HID_CTL_CODE(1)
#define IOCTL_HID_READ_REPORT HID_CTL_CODE(2)
#define IOCTL_HID_WRITE_REPORT HID_CTL_CODE(3)
#define IOCTL_HID_GET_STRING HID_CTL_CODE(4)
#define IOCTL_HID_ACTIVATE_DEVICE HID_CTL_CODE(7)
#define IOCTL_HID_DEACTIVATE_DEVICE HID_CTL_CODE(8)
#define IOCTL_HID_GET_DEVICE_ATTRIBUTES HID_CTL_CODE(9)
#define IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST HID_CTL_CODE(10)

#ifndef HID_HID_DESCRIPTOR_TYPE
#define HID_HID_DESCRIPTOR_TYPE 0x21
#define HID_REPORT_DESCRIPTOR_TYPE 0x22
#define HID_PHYSICAL_DESCRIPTOR_TYPE 0x23
#endif
#define HID_STRING_ID_IMANUFACTURER 14
#define HID_STRING_ID_IPRODUCT 15
#define HID_STRING_ID_ISERIALNUMBER 16
/* --- end minidriver I/O controls --- */

/* --- Selective suspend: the idle notification a minidriver passes --- */
/* --- down the stack for the HID class driver.                      --- */
#ifndef WSKCHECK_WDK_HID_IDLE_CALLBACK
#define WSKCHECK_WDK_HID_IDLE_CALLBACK
typedef VOID (*HID_IDLE_CALLBACK)(PVOID Context);
typedef struct _HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO {
  HID_IDLE_CALLBACK IdleCallback;
  PVOID IdleContext;
} HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO,
    *PHID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO;
#endif
/* --- end selective suspend --- */

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_HIDPORT_H */
