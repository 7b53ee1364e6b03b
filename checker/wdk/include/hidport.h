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

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_HIDPORT_H */
