/* An audio driver's use of the Bluetooth Hands-Free bypass (bthhfpddi.h)
   and of the USB sideband audio interface (SidebandAudio.h,
   USBSidebandAudio.h): descriptors read from the device's driver, volume
   and mute requests, a stream opened with a format, SIOP requests for the
   USB transport resources, and the HFP capabilities and codec. In C and
   in C++. */
#include <ntddk.h>
#include <ks.h>
#include <usb.h>
#include <bthhfpddi.h>
#include <SidebandAudio.h>
#include <USBSidebandAudio.h>

NTSTATUS HfpDescribe(PBTHHFP_DESCRIPTOR2 Descriptor, GUID *Container,
                     PUNICODE_STRING Name) {
  if (!Descriptor->SupportsVolume || Descriptor->VolumePropertyValuesSize == 0)
    return STATUS_NOT_SUPPORTED;
  *Container = Descriptor->ContainerId;
  *Name = Descriptor->FriendlyName;
  return Descriptor->SupportsNREC &&
                 RtlEqualMemory(&Descriptor->InputPinCategory,
                                &Descriptor->OutputPinCategory, sizeof(GUID))
             ? STATUS_SUCCESS
             : STATUS_DEVICE_FEATURE_NOT_SUPPORTED;
}

ULONG HfpControlCode(BOOL Supports16k, PBTHHFP_AUDIO_DEVICE_CAPABILTIES Caps,
                     UCHAR *CodecId) {
  union {
    HFP_BYPASS_CODEC_ID_V1 CodecIdV1;
    HFP_BYPASS_CODEC_ID_VERSION Version;
  } Value;
  BTHHFP_AUDIO_DEVICE_CAPABILTIES_INIT(Caps);
  Caps->Supports16kHzSampling = Supports16k;
  Value.Version = REQ_HFP_BYPASS_CODEC_ID_V1;
  *CodecId = Value.CodecIdV1.CodecId;
  return Supports16k ? IOCTL_BTHHFP_DEVICE_INDICATE_AUDIO_DEVICE_CAPABILITIES
                     : IOCTL_BTHHFP_DEVICE_GET_CODEC_ID;
}

ULONG SidebandEndpoints(PSIDEBANDAUDIO_DEVICE_DESCRIPTOR Device,
                        PSIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2 Endpoint,
                        GUID *Category) {
  *Category = Endpoint->Category;
  if (Endpoint->Direction == KSPIN_DATAFLOW_OUT &&
      Endpoint->Capabilities.Volume && Endpoint->Capabilities.Mute &&
      !Endpoint->Capabilities.Feedback &&
      Endpoint->FilterInterfacePropertyCount == 0 &&
      Endpoint->FriendlyName.Length > 0)
    return Device->NumberOfEndpoints;
  return 0;
}

LONG SidebandVolume(PSIDEBANDAUDIO_VOLUME_PARAMS Volume,
                    PSIDEBANDAUDIO_MUTE_PARAMS Mute, ULONG EpIndex) {
  Volume->EpIndex = EpIndex;
  Volume->Immediate = FALSE;
  Mute->EpIndex = EpIndex;
  Mute->Immediate = TRUE;
  return Volume->Value + Mute->Value;
}

VOID SidebandOpen(PSIDEBANDAUDIO_STREAM_OPEN_PARAMS Open, PKSDATAFORMAT Format,
                  ULONG EpIndex, PSIDEBANDAUDIO_SUPPORTED_FORMATS Formats,
                  PKSDATAFORMAT *Array) {
  Open->EpIndex = EpIndex;
  Open->Format = Format;
  Open->SiopCount = 0;
  Formats->CbSize = sizeof(*Formats);
  Formats->EpIndex = EpIndex;
  Formats->NumFormats = 1;
  Formats->Formats = Array;
}

ULONG SidebandTransport(PSIDEBANDAUDIO_SIOP_REQUEST_PARAM Request,
                        ULONG EpIndex,
                        PSIDEBANDAUDIO_EP_USBAUDIO_TRANSPORT_RESOURCES Usb,
                        PUSBD_ENDPOINT_OFFLOAD_INFORMATION Offload) {
  RtlZeroMemory(Request, sizeof(*Request));
  Request->EpIndex = EpIndex;
  Request->RequestedSiop.ParamSet = SIDEBANDAUDIO_PARAMS_SET_USBAUDIO;
  Request->RequestedSiop.TypeId =
      Offload ? SIOP_TYPE_USBAUD_EP_USBD_ENDPOINT_OFFLOAD_INFORMATION
              : SIOP_TYPE_USBAUD_EP_USBAUDIO_TRANSPORT_RESOURCES;
  Request->RequestedSiop.Size = 0;
  if (RtlEqualMemory(&Request->RequestedSiop.ParamSet,
                     &SIDEBANDAUDIO_PARAMS_SET_USB_CONTROLLER, sizeof(GUID)))
    Request->RequestedSiop.TypeId =
        SIOP_TYPE_USBAUD_CONTROLLER_CONFIG_INFO_DEVICE_BEHIND_HUB;
  return Usb->bcdAudioSpec + Usb->bDelay + Usb->bSlotSize +
         IOCTL_SBAUD_GET_SIOP + IOCTL_SBAUD_STREAM_OPEN;
}

const GUID *SidebandInterfaces(BOOL Usb) {
  return Usb ? &GUID_DEVINTERFACE_USB_SIDEBAND_AUDIO_HS_HCIBYPASS
             : &GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS;
}
