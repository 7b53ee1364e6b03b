/* wskcheck WDK profile: mingw-w64's usbdlib.h (the USB client library),
 * plus the client contract versions of Windows 8 it lacks, written from
 * their documentation.
 */
#ifndef WSKCHECK_WDK_USBDLIB_H
#define WSKCHECK_WDK_USBDLIB_H

/* The USB request blocks and descriptors it builds on. */
#include <usb.h>
#include_next <usbdlib.h>

#ifndef USBD_CLIENT_CONTRACT_VERSION_602
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
#endif

/* The USBD handle of a client driver (Windows 8) and the routines that take
   it. */
#ifndef WSKCHECK_WDK_USBD_HANDLE
#define WSKCHECK_WDK_USBD_HANDLE
#ifdef __cplusplus
extern "C" {
#endif
typedef struct USBD_HANDLE__ *USBD_HANDLE;
NTSTATUS USBD_CreateHandle(PDEVICE_OBJECT DeviceObject,
                           PDEVICE_OBJECT TargetDeviceObject,
                           ULONG USBDClientContractVersion, ULONG PoolTag,
                           USBD_HANDLE *USBDHandle);
VOID USBD_CloseHandle(USBD_HANDLE USBDHandle);
NTSTATUS USBD_QueryUsbCapability(USBD_HANDLE USBDHandle,
                                 const GUID *CapabilityType,
                                 ULONG OutputBufferLength,
                                 PUCHAR OutputBuffer, PULONG ResultLength);
NTSTATUS USBD_UrbAllocate(USBD_HANDLE USBDHandle, PURB *Urb);
VOID USBD_UrbFree(USBD_HANDLE USBDHandle, PURB Urb);
NTSTATUS USBD_IsochUrbAllocate(USBD_HANDLE USBDHandle,
                               ULONG NumberOfIsochPacket, PURB *Urb);
NTSTATUS USBD_SelectConfigUrbAllocateAndBuild(
    USBD_HANDLE USBDHandle, PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    PUSBD_INTERFACE_LIST_ENTRY InterfaceList, PURB *Urb);
NTSTATUS USBD_SelectInterfaceUrbAllocateAndBuild(
    USBD_HANDLE USBDHandle, USBD_CONFIGURATION_HANDLE ConfigurationHandle,
    PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry, PURB *Urb);
VOID USBD_AssignUrbToIoStackLocation(USBD_HANDLE USBDHandle,
                                     PIO_STACK_LOCATION IoStackLocation,
                                     PURB Urb);
#ifdef __cplusplus
}
#endif
#endif

/* The capabilities USBD_QueryUsbCapability reports (Windows 8). The
   documentation names them without stating their values: declared by name
   only, which is all a driver that passes their address needs. */
#ifndef WSKCHECK_WDK_USB_CAPABILITY_GUIDS
#define WSKCHECK_WDK_USB_CAPABILITY_GUIDS
#ifdef __cplusplus
extern "C" {
#endif
extern const GUID GUID_USB_CAPABILITY_CHAINED_MDLS;
extern const GUID GUID_USB_CAPABILITY_STATIC_STREAMS;
extern const GUID GUID_USB_CAPABILITY_SELECTIVE_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_FUNCTION_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_TIME_SYNC;
#ifdef __cplusplus
}
#endif
#endif

#endif /* WSKCHECK_WDK_USBDLIB_H */
