/* wskcheck WDK profile: USBSidebandAudio.h, the USB Audio 1.0 part of the
 * sideband audio interface (SidebandAudio.h), written from its
 * documentation: the device interface, the USB audio parameter sets and
 * their parameter types, and the transport resources of an endpoint.
 *
 * The documentation gives no values for the GUIDs or the parameter types:
 * the GUIDs are declared by name only, the types count up in documented
 * order from a stand-in base. Only the USB audio class driver reads them.
 */
#ifndef _WSKCHECK_USBSIDEBANDAUDIO_H_
#define _WSKCHECK_USBSIDEBANDAUDIO_H_

#include <SidebandAudio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The sideband interface the USB Audio 1.0 class driver publishes. */
extern const GUID GUID_DEVINTERFACE_USB_SIDEBAND_AUDIO_HS_HCIBYPASS;

/* The parameter sets of USB audio SIOPs. */
extern const GUID SIDEBANDAUDIO_PARAMS_SET_USBAUDIO;
extern const GUID SIDEBANDAUDIO_PARAMS_SET_USB_CONTROLLER;

typedef enum _SIDEBANDAUDIO_EP_USB_TRANSPORT_RESOURCE_TYPE {
  SIOP_TYPE_USBAUD_USBD_INTERFACE_DESCRIPTOR = 1,
  SIOP_TYPE_USBAUD_EP_USBD_ENDPOINT_DESCRIPTOR,
  SIOP_TYPE_USBAUD_EP_USBD_ENDPOINT_OFFLOAD_INFORMATION,
  SIOP_TYPE_USBAUD_EP_USBAUDIO_TRANSPORT_RESOURCES,
  SIOP_TYPE_USBAUD_EP_OFFLOAD_RESOURCE_ID,
  SIOP_TYPE_USBAUD_FB_EP_USBD_ENDPOINT_DESCRIPTOR,
  SIOP_TYPE_USBAUD_FB_EP_USBD_ENDPOINT_OFFLOAD_INFORMATION,
  SIOP_TYPE_USBAUD_FB_EP_USBAUDIO_TRANSPORT_RESOURCES,
  SIOP_TYPE_USBAUD_FB_EP_OFFLOAD_RESOURCE_ID,
  SIOP_TYPE_USBAUD_ENDPOINT_DESCRIPTOR_PER_FORMAT,
  SBUSBAUD_EP_TRANSPORT_RESOURCE_TYPE_INVALID
} SIDEBANDAUDIO_EP_USB_TRANSPORT_RESOURCE_TYPE;

typedef enum _SIDEBANDAUDIO_USB_CONTROLLER_CONFIG_INFO_TYPE {
  SIOP_TYPE_USBAUD_CONTROLLER_CONFIG_INFO_DEVICE_BEHIND_HUB = 1,
  SBUSBAUD_CONTROLLER_CONFIG_INFO_TYPE_INVALID
} SIDEBANDAUDIO_USB_CONTROLLER_CONFIG_INFO_TYPE;

/* The USB audio transport of an endpoint: from the class-specific AC
   interface and endpoint descriptors. */
typedef struct _SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES {
  USHORT bcdAudioSpec;
  UCHAR bDelay;
  UCHAR bSlotSize;
} SIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES,
    *PSIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES;

/* The payload of the ..._USBD_ENDPOINT_OFFLOAD_INFORMATION parameters
   (usb.h's; mingw-w64's usb.h lacks it), which drivers only pass on. */
#ifndef WSKCHECK_USBD_ENDPOINT_OFFLOAD_INFORMATION
#define WSKCHECK_USBD_ENDPOINT_OFFLOAD_INFORMATION
typedef struct _USBD_ENDPOINT_OFFLOAD_INFORMATION
    USBD_ENDPOINT_OFFLOAD_INFORMATION, *PUSBD_ENDPOINT_OFFLOAD_INFORMATION;
#endif

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_USBSIDEBANDAUDIO_H_ */
