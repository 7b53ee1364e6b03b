/* wskcheck WDK profile: wdfusb.h, the Kernel-Mode Driver Framework's USB I/O
 * targets (devices, interfaces, pipes, continuous readers), written from its
 * documentation. The framework's functions are plain declarations, as in
 * the profile's wdf.h.
 */
#ifndef _WDFUSB_H_
#define _WDFUSB_H_

#include <wdf.h>
#include <usb.h>
#include <usbdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_USB_REQUEST_TYPE {
  WdfUsbRequestTypeInvalid = 0,
  WdfUsbRequestTypeNoFormat,
  WdfUsbRequestTypeDeviceString,
  WdfUsbRequestTypeDeviceControlTransfer,
  WdfUsbRequestTypeDeviceUrb,
  WdfUsbRequestTypePipeWrite,
  WdfUsbRequestTypePipeRead,
  WdfUsbRequestTypePipeAbort,
  WdfUsbRequestTypePipeReset,
  WdfUsbRequestTypePipeUrb
} WDF_USB_REQUEST_TYPE,
    *PWDF_USB_REQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_DIRECTION {
  BmRequestHostToDevice = 0,
  BmRequestDeviceToHost = 1
} WDF_USB_BMREQUEST_DIRECTION;

typedef enum _WDF_USB_BMREQUEST_TYPE {
  BmRequestStandard = 0,
  BmRequestClass = 1,
  BmRequestVendor = 2
} WDF_USB_BMREQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
  BmRequestToDevice = 0,
  BmRequestToInterface = 1,
  BmRequestToEndpoint = 2,
  BmRequestToOther = 3
} WDF_USB_BMREQUEST_RECIPIENT;

typedef enum _WDF_USB_PIPE_TYPE {
  WdfUsbPipeTypeInvalid = 0,
  WdfUsbPipeTypeControl,
  WdfUsbPipeTypeIsochronous,
  WdfUsbPipeTypeBulk,
  WdfUsbPipeTypeInterrupt
} WDF_USB_PIPE_TYPE;

typedef enum _WdfUsbTargetDeviceSelectConfigType {
  WdfUsbTargetDeviceSelectConfigTypeInvalid = 0,
  WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
  WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2,
  WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
  WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4,
  WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
  WdfUsbTargetDeviceSelectConfigTypeUrb = 6
} WdfUsbTargetDeviceSelectConfigType;

typedef enum _WdfUsbTargetDeviceSelectSettingType {
  WdfUsbInterfaceSelectSettingTypeDescriptor = 0x10,
  WdfUsbInterfaceSelectSettingTypeSetting = 0x11,
  WdfUsbInterfaceSelectSettingTypeUrb = 0x12
} WdfUsbTargetDeviceSelectSettingType;

typedef enum _WDF_USB_DEVICE_TRAITS {
  WDF_USB_DEVICE_TRAIT_SELF_POWERED = 0x00000001,
  WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE = 0x00000002,
  WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED = 0x00000004
} WDF_USB_DEVICE_TRAITS;

typedef union _WDF_USB_CONTROL_SETUP_PACKET {
  struct {
    union {
      struct {
        BYTE Recipient : 2;
        BYTE Reserved : 3;
        BYTE Type : 2;
        BYTE Dir : 1;
      } Request;
      BYTE Byte;
    } bm;
    BYTE bRequest;
    union {
      struct {
        BYTE LowByte;
        BYTE HiByte;
      } Bytes;
      USHORT Value;
    } wValue;
    union {
      struct {
        BYTE LowByte;
        BYTE HiByte;
      } Bytes;
      USHORT Value;
    } wIndex;
    USHORT wLength;
  } Packet;
  struct {
    BYTE Bytes[8];
  } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)Direction;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)Recipient;
  Packet->Packet.bRequest = Request;
  Packet->Packet.wValue.Value = Value;
  Packet->Packet.wIndex.Value = Index;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request,
                                    Value, Index);
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestClass;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(
    PWDF_USB_CONTROL_SETUP_PACKET Packet, WDF_USB_BMREQUEST_DIRECTION Direction,
    WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request, USHORT Value,
    USHORT Index) {
  WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request,
                                    Value, Index);
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestVendor;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_FEATURE(
    PWDF_USB_CONTROL_SETUP_PACKET Packet,
    WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, USHORT FeatureSelector,
    USHORT Index, BOOLEAN SetFeature) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)BmRequestHostToDevice;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)BmRequestRecipient;
  Packet->Packet.bRequest = (BYTE)(SetFeature ? USB_REQUEST_SET_FEATURE
                                              : USB_REQUEST_CLEAR_FEATURE);
  Packet->Packet.wValue.Value = FeatureSelector;
  Packet->Packet.wIndex.Value = Index;
}
FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_GET_STATUS(
    PWDF_USB_CONTROL_SETUP_PACKET Packet,
    WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient, USHORT Index) {
  RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
  Packet->Packet.bm.Request.Dir = (BYTE)BmRequestDeviceToHost;
  Packet->Packet.bm.Request.Type = (BYTE)BmRequestStandard;
  Packet->Packet.bm.Request.Recipient = (BYTE)BmRequestRecipient;
  Packet->Packet.bRequest = USB_REQUEST_GET_STATUS;
  Packet->Packet.wIndex.Value = Index;
  Packet->Packet.wLength = sizeof(USHORT);
}

typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
  USBD_STATUS UsbdStatus;
  WDF_USB_REQUEST_TYPE Type;
  union {
    struct {
      WDFMEMORY Buffer;
      USHORT LangID;
      UCHAR StringIndex;
      UCHAR RequiredSize;
    } DeviceString;
    struct {
      WDFMEMORY Buffer;
      WDF_USB_CONTROL_SETUP_PACKET SetupPacket;
      ULONG Length;
    } DeviceControlTransfer;
    struct {
      WDFMEMORY Buffer;
    } DeviceUrb;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } PipeWrite;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } PipeRead;
    struct {
      WDFMEMORY Buffer;
    } PipeUrb;
  } Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

typedef VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(WDFUSBPIPE Pipe,
                                                   WDFMEMORY Buffer,
                                                   size_t NumBytesTransferred,
                                                   WDFCONTEXT Context);
typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE
    *PFN_WDF_USB_READER_COMPLETION_ROUTINE;
typedef BOOLEAN EVT_WDF_USB_READERS_FAILED(WDFUSBPIPE Pipe, NTSTATUS Status,
                                           USBD_STATUS UsbdStatus);
typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;

typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
  ULONG Size;
  size_t TransferLength;
  size_t HeaderLength;
  size_t TrailerLength;
  UCHAR NumPendingReads;
  PWDF_OBJECT_ATTRIBUTES BufferAttributes;
  PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
  WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
  PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;

FORCEINLINE VOID WDF_USB_CONTINUOUS_READER_CONFIG_INIT(
    PWDF_USB_CONTINUOUS_READER_CONFIG Config,
    PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
    WDFCONTEXT EvtUsbTargetPipeReadCompleteContext, size_t TransferLength) {
  RtlZeroMemory(Config, sizeof(WDF_USB_CONTINUOUS_READER_CONFIG));
  Config->Size = sizeof(WDF_USB_CONTINUOUS_READER_CONFIG);
  Config->EvtUsbTargetPipeReadComplete = EvtUsbTargetPipeReadComplete;
  Config->EvtUsbTargetPipeReadCompleteContext =
      EvtUsbTargetPipeReadCompleteContext;
  Config->TransferLength = TransferLength;
}

typedef struct _WDF_USB_DEVICE_INFORMATION {
  ULONG Size;
  USBD_VERSION_INFORMATION UsbdVersionInformation;
  ULONG HcdPortCapabilities;
  ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;

FORCEINLINE VOID
WDF_USB_DEVICE_INFORMATION_INIT(PWDF_USB_DEVICE_INFORMATION Udi) {
  RtlZeroMemory(Udi, sizeof(WDF_USB_DEVICE_INFORMATION));
  Udi->Size = sizeof(WDF_USB_DEVICE_INFORMATION);
}

typedef struct _WDF_USB_INTERFACE_SETTING_PAIR {
  WDFUSBINTERFACE UsbInterface;
  UCHAR SettingIndex;
} WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;

typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
  ULONG Size;
  WdfUsbTargetDeviceSelectConfigType Type;
  union {
    struct {
      PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
      PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
      ULONG NumInterfaceDescriptors;
    } Descriptor;
    struct {
      PURB Urb;
    } Urb;
    struct {
      UCHAR NumberConfiguredPipes;
      WDFUSBINTERFACE ConfiguredUsbInterface;
    } SingleInterface;
    struct {
      UCHAR NumberInterfaces;
      PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
      UCHAR NumberOfConfiguredInterfaces;
    } MultiInterface;
  } Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeSingleInterface;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, UCHAR NumberInterfaces,
    PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  if (SettingPairs != NULL && NumberInterfaces != 0) {
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs;
    Params->Types.MultiInterface.NumberInterfaces = NumberInterfaces;
    Params->Types.MultiInterface.Pairs = SettingPairs;
  } else {
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeMultiInterface;
  }
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
    PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
    PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors,
    ULONG NumInterfaceDescriptors) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor;
  Params->Types.Descriptor.ConfigurationDescriptor = ConfigDescriptor;
  Params->Types.Descriptor.InterfaceDescriptors = InterfaceDescriptors;
  Params->Types.Descriptor.NumInterfaceDescriptors = NumInterfaceDescriptors;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, PURB Urb) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeUrb;
  Params->Types.Urb.Urb = Urb;
}
FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
  Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
  Params->Type = WdfUsbTargetDeviceSelectConfigTypeDeconfig;
}

typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
  ULONG Size;
  WdfUsbTargetDeviceSelectSettingType Type;
  union {
    struct {
      PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
    } Descriptor;
    struct {
      UCHAR SettingIndex;
    } Interface;
    struct {
      PURB Urb;
    } Urb;
  } Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS,
    *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, UCHAR SettingIndex) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeSetting;
  Params->Types.Interface.SettingIndex = SettingIndex;
}
FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
    PUSB_INTERFACE_DESCRIPTOR Interface) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeDescriptor;
  Params->Types.Descriptor.InterfaceDescriptor = Interface;
}
FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, PURB Urb) {
  RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
  Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
  Params->Type = WdfUsbInterfaceSelectSettingTypeUrb;
  Params->Types.Urb.Urb = Urb;
}

typedef struct _WDF_USB_PIPE_INFORMATION {
  ULONG Size;
  ULONG MaximumPacketSize;
  UCHAR EndpointAddress;
  UCHAR Interval;
  UCHAR SettingIndex;
  WDF_USB_PIPE_TYPE PipeType;
  ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;

FORCEINLINE VOID
WDF_USB_PIPE_INFORMATION_INIT(PWDF_USB_PIPE_INFORMATION Info) {
  RtlZeroMemory(Info, sizeof(WDF_USB_PIPE_INFORMATION));
  Info->Size = sizeof(WDF_USB_PIPE_INFORMATION);
}

typedef struct _WDF_USB_DEVICE_CREATE_CONFIG {
  ULONG Size;
  ULONG USBDClientContractVersion;
} WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;

FORCEINLINE VOID
WDF_USB_DEVICE_CREATE_CONFIG_INIT(PWDF_USB_DEVICE_CREATE_CONFIG Config,
                                  ULONG USBDClientContractVersion) {
  RtlZeroMemory(Config, sizeof(WDF_USB_DEVICE_CREATE_CONFIG));
  Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
  Config->USBDClientContractVersion = USBDClientContractVersion;
}

/* Devices. */
NTSTATUS WdfUsbTargetDeviceCreate(WDFDEVICE Device,
                                  PWDF_OBJECT_ATTRIBUTES Attributes,
                                  WDFUSBDEVICE *UsbDevice);
NTSTATUS WdfUsbTargetDeviceCreateWithParameters(
    WDFDEVICE Device, PWDF_USB_DEVICE_CREATE_CONFIG Config,
    PWDF_OBJECT_ATTRIBUTES Attributes, WDFUSBDEVICE *UsbDevice);
NTSTATUS WdfUsbTargetDeviceRetrieveInformation(
    WDFUSBDEVICE UsbDevice, PWDF_USB_DEVICE_INFORMATION Information);
VOID WdfUsbTargetDeviceGetDeviceDescriptor(
    WDFUSBDEVICE UsbDevice, PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor);
NTSTATUS WdfUsbTargetDeviceRetrieveConfigDescriptor(
    WDFUSBDEVICE UsbDevice, PVOID ConfigDescriptor,
    PUSHORT ConfigDescriptorLength);
NTSTATUS WdfUsbTargetDeviceQueryString(WDFUSBDEVICE UsbDevice,
                                       WDFREQUEST Request,
                                       PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                       PUSHORT String, PUSHORT NumCharacters,
                                       UCHAR StringIndex, USHORT LangID);
NTSTATUS WdfUsbTargetDeviceAllocAndQueryString(
    WDFUSBDEVICE UsbDevice, PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
    WDFMEMORY *StringMemory, PUSHORT NumCharacters, UCHAR StringIndex,
    USHORT LangID);
NTSTATUS WdfUsbTargetDeviceFormatRequestForString(
    WDFUSBDEVICE UsbDevice, WDFREQUEST Request, WDFMEMORY Memory,
    PWDFMEMORY_OFFSET Offset, UCHAR StringIndex, USHORT LangID);
UCHAR WdfUsbTargetDeviceGetNumInterfaces(WDFUSBDEVICE UsbDevice);
NTSTATUS WdfUsbTargetDeviceSelectConfig(
    WDFUSBDEVICE UsbDevice, PWDF_OBJECT_ATTRIBUTES PipeAttributes,
    PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
USBD_CONFIGURATION_HANDLE
WdfUsbTargetDeviceWdmGetConfigurationHandle(WDFUSBDEVICE UsbDevice);
NTSTATUS WdfUsbTargetDeviceRetrieveCurrentFrameNumber(WDFUSBDEVICE UsbDevice,
                                                      PULONG CurrentFrameNumber);
NTSTATUS WdfUsbTargetDeviceSendControlTransferSynchronously(
    WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    PWDF_MEMORY_DESCRIPTOR MemoryDescriptor, PULONG BytesTransferred);
NTSTATUS WdfUsbTargetDeviceFormatRequestForControlTransfer(
    WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
    PWDF_USB_CONTROL_SETUP_PACKET SetupPacket, WDFMEMORY TransferMemory,
    PWDFMEMORY_OFFSET TransferOffset);
NTSTATUS WdfUsbTargetDeviceIsConnectedSynchronous(WDFUSBDEVICE UsbDevice);
NTSTATUS WdfUsbTargetDeviceResetPortSynchronously(WDFUSBDEVICE UsbDevice);
NTSTATUS WdfUsbTargetDeviceCyclePortSynchronously(WDFUSBDEVICE UsbDevice);
NTSTATUS WdfUsbTargetDeviceFormatRequestForCyclePort(WDFUSBDEVICE UsbDevice,
                                                     WDFREQUEST Request);
NTSTATUS WdfUsbTargetDeviceSendUrbSynchronously(
    WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PURB Urb);
NTSTATUS WdfUsbTargetDeviceFormatRequestForUrb(WDFUSBDEVICE UsbDevice,
                                               WDFREQUEST Request,
                                               WDFMEMORY UrbMemory,
                                               PWDFMEMORY_OFFSET UrbMemoryOffset);
NTSTATUS WdfUsbTargetDeviceQueryUsbCapability(WDFUSBDEVICE UsbDevice,
                                              const GUID *CapabilityType,
                                              ULONG CapabilityBufferLength,
                                              PVOID CapabilityBuffer,
                                              PULONG ResultLength);
NTSTATUS WdfUsbTargetDeviceCreateUrb(WDFUSBDEVICE UsbDevice,
                                     PWDF_OBJECT_ATTRIBUTES Attributes,
                                     WDFMEMORY *UrbMemory, PURB *Urb);
NTSTATUS WdfUsbTargetDeviceCreateIsochUrb(WDFUSBDEVICE UsbDevice,
                                          PWDF_OBJECT_ATTRIBUTES Attributes,
                                          ULONG NumberOfIsochPackets,
                                          WDFMEMORY *UrbMemory, PURB *Urb);
WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(WDFUSBDEVICE UsbDevice,
                                               UCHAR InterfaceIndex);

/* Interfaces. */
BYTE WdfUsbInterfaceGetInterfaceNumber(WDFUSBINTERFACE UsbInterface);
BYTE WdfUsbInterfaceGetNumEndpoints(WDFUSBINTERFACE UsbInterface,
                                    UCHAR SettingIndex);
VOID WdfUsbInterfaceGetDescriptor(WDFUSBINTERFACE UsbInterface,
                                  UCHAR SettingIndex,
                                  PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor);
BYTE WdfUsbInterfaceGetNumSettings(WDFUSBINTERFACE UsbInterface);
NTSTATUS WdfUsbInterfaceSelectSetting(
    WDFUSBINTERFACE UsbInterface, PWDF_OBJECT_ATTRIBUTES PipesAttributes,
    PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params);
VOID WdfUsbInterfaceGetEndpointInformation(
    WDFUSBINTERFACE UsbInterface, UCHAR SettingIndex, UCHAR EndpointIndex,
    PWDF_USB_PIPE_INFORMATION EndpointInfo);
BYTE WdfUsbInterfaceGetConfiguredSettingIndex(WDFUSBINTERFACE Interface);
BYTE WdfUsbInterfaceGetNumConfiguredPipes(WDFUSBINTERFACE UsbInterface);
WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(
    WDFUSBINTERFACE UsbInterface, UCHAR PipeIndex,
    PWDF_USB_PIPE_INFORMATION PipeInfo);

/* Pipes. */
VOID WdfUsbTargetPipeGetInformation(WDFUSBPIPE Pipe,
                                    PWDF_USB_PIPE_INFORMATION PipeInformation);
BOOLEAN WdfUsbTargetPipeIsInEndpoint(WDFUSBPIPE Pipe);
BOOLEAN WdfUsbTargetPipeIsOutEndpoint(WDFUSBPIPE Pipe);
WDF_USB_PIPE_TYPE WdfUsbTargetPipeGetType(WDFUSBPIPE Pipe);
VOID WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(WDFUSBPIPE Pipe);
NTSTATUS WdfUsbTargetPipeWriteSynchronously(
    WDFUSBPIPE Pipe, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    PWDF_MEMORY_DESCRIPTOR MemoryDescriptor, PULONG BytesWritten);
NTSTATUS WdfUsbTargetPipeFormatRequestForWrite(WDFUSBPIPE Pipe,
                                               WDFREQUEST Request,
                                               WDFMEMORY WriteMemory,
                                               PWDFMEMORY_OFFSET WriteOffset);
NTSTATUS WdfUsbTargetPipeReadSynchronously(
    WDFUSBPIPE Pipe, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    PWDF_MEMORY_DESCRIPTOR MemoryDescriptor, PULONG BytesRead);
NTSTATUS WdfUsbTargetPipeFormatRequestForRead(WDFUSBPIPE Pipe,
                                              WDFREQUEST Request,
                                              WDFMEMORY ReadMemory,
                                              PWDFMEMORY_OFFSET ReadOffset);
NTSTATUS WdfUsbTargetPipeConfigContinuousReader(
    WDFUSBPIPE Pipe, PWDF_USB_CONTINUOUS_READER_CONFIG Config);
NTSTATUS WdfUsbTargetPipeAbortSynchronously(
    WDFUSBPIPE Pipe, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions);
NTSTATUS WdfUsbTargetPipeFormatRequestForAbort(WDFUSBPIPE Pipe,
                                               WDFREQUEST Request);
NTSTATUS WdfUsbTargetPipeResetSynchronously(
    WDFUSBPIPE Pipe, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions);
NTSTATUS WdfUsbTargetPipeFormatRequestForReset(WDFUSBPIPE Pipe,
                                               WDFREQUEST Request);
NTSTATUS WdfUsbTargetPipeSendUrbSynchronously(
    WDFUSBPIPE Pipe, WDFREQUEST Request,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PURB Urb);
NTSTATUS WdfUsbTargetPipeFormatRequestForUrb(WDFUSBPIPE Pipe,
                                             WDFREQUEST Request,
                                             WDFMEMORY UrbMemory,
                                             PWDFMEMORY_OFFSET UrbMemoryOffset);
USBD_PIPE_HANDLE WdfUsbTargetPipeWdmGetPipeHandle(WDFUSBPIPE UsbPipe);

/* A pipe is an I/O target, and so is a USB device. */
FORCEINLINE WDFIOTARGET WdfUsbTargetPipeGetIoTarget(WDFUSBPIPE Pipe) {
  return (WDFIOTARGET)Pipe;
}
FORCEINLINE WDFIOTARGET WdfUsbTargetDeviceGetIoTarget(WDFUSBDEVICE UsbDevice) {
  return (WDFIOTARGET)UsbDevice;
}

#ifdef __cplusplus
}
#endif

#endif /* _WDFUSB_H_ */
