/* A USB function controller's client driver for the USB function class
   extension (UFX): it creates the UFX device with its capabilities and
   event callbacks, adds endpoints with transfer and command queues, reports
   bus events and hardware failures, and dispatches the USB function
   internal I/O controls its endpoint queues receive. */
#include <ntddk.h>
#include <ufxclient.h>
#include <wdf.h>

typedef struct _ENDPOINT_CONTEXT {
  UFXDEVICE Device;
  UCHAR Address;
} ENDPOINT_CONTEXT, *PENDPOINT_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(ENDPOINT_CONTEXT, EndpointGetContext)

EVT_UFX_DEVICE_HOST_CONNECT HostConnect;
EVT_UFX_DEVICE_HOST_DISCONNECT HostDisconnect;
EVT_UFX_DEVICE_ADDRESSED Addressed;
EVT_UFX_DEVICE_ENDPOINT_ADD EndpointAdd;
EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD DefaultEndpointAdd;
EVT_UFX_DEVICE_USB_STATE_CHANGE UsbStateChange;
EVT_UFX_DEVICE_PORT_CHANGE PortChange;
EVT_UFX_DEVICE_PORT_DETECT PortDetect;
EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL RemoteWakeup;
EVT_UFX_DEVICE_TEST_MODE_SET TestModeSet;
EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE SuperSpeedPowerFeature;
EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EndpointInternalControl;

VOID HostConnect(UFXDEVICE UfxDevice) {
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID HostDisconnect(UFXDEVICE UfxDevice) {
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID Addressed(UFXDEVICE UfxDevice, USHORT DeviceAddress) {
  UNREFERENCED_PARAMETER(DeviceAddress);
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

static NTSTATUS AddEndpoint(UFXDEVICE UfxDevice, UCHAR Address,
                            PUFXENDPOINT_INIT EndpointInit) {
  WDF_OBJECT_ATTRIBUTES Attributes;
  WDF_IO_QUEUE_CONFIG TransferQueue;
  WDF_IO_QUEUE_CONFIG CommandQueue;
  UFX_ENDPOINT_CALLBACKS Callbacks;
  UFXENDPOINT Endpoint;
  NTSTATUS Status;

  UFX_ENDPOINT_CALLBACKS_INIT(&Callbacks);
  UfxEndpointInitSetEventCallbacks(EndpointInit, &Callbacks);
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&Attributes, ENDPOINT_CONTEXT);
  WDF_IO_QUEUE_CONFIG_INIT(&TransferQueue, WdfIoQueueDispatchManual);
  WDF_IO_QUEUE_CONFIG_INIT(&CommandQueue, WdfIoQueueDispatchSequential);
  CommandQueue.EvtIoInternalDeviceControl = EndpointInternalControl;
  Status =
      UfxEndpointCreate(UfxDevice, EndpointInit, &Attributes, &TransferQueue,
                        WDF_NO_OBJECT_ATTRIBUTES, &CommandQueue,
                        WDF_NO_OBJECT_ATTRIBUTES, &Endpoint);
  if (!NT_SUCCESS(Status))
    return Status;
  EndpointGetContext(Endpoint)->Device = UfxDevice;
  EndpointGetContext(Endpoint)->Address = Address;
  /* The transfer queue is the client's; the command queue dispatches. */
  WdfIoQueueStart(UfxEndpointGetTransferQueue(Endpoint));
  return UfxEndpointGetCommandQueue(Endpoint) != NULL ? STATUS_SUCCESS
                                                      : STATUS_UNSUCCESSFUL;
}

NTSTATUS EndpointAdd(UFXDEVICE UfxDevice,
                     const PUSB_ENDPOINT_DESCRIPTOR EndpointDescriptor,
                     PUFXENDPOINT_INIT EndpointInit) {
  return AddEndpoint(UfxDevice, EndpointDescriptor->bEndpointAddress,
                     EndpointInit);
}

VOID DefaultEndpointAdd(UFXDEVICE UfxDevice, USHORT MaxPacketSize,
                        PUFXENDPOINT_INIT EndpointInit) {
  UNREFERENCED_PARAMETER(MaxPacketSize);
  (void)AddEndpoint(UfxDevice, 0, EndpointInit);
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID UsbStateChange(UFXDEVICE UfxDevice, USBFN_DEVICE_STATE NewState) {
  if (NewState == UsbfnDeviceStateConfigured ||
      NewState == UsbfnDeviceStateSuspended)
    UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
  else
    UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID PortChange(UFXDEVICE UfxDevice, USBFN_PORT_TYPE NewPort) {
  UNREFERENCED_PARAMETER(NewPort);
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID PortDetect(UFXDEVICE UfxDevice) {
  UfxDevicePortDetectCompleteEx(UfxDevice, UsbfnStandardDownstreamPort,
                                UsbfnActionNone);
}

VOID RemoteWakeup(UFXDEVICE UfxDevice) {
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID TestModeSet(UFXDEVICE UfxDevice, ULONG TestMode) {
  UNREFERENCED_PARAMETER(TestMode);
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID SuperSpeedPowerFeature(UFXDEVICE UfxDevice, USHORT Feature, BOOLEAN Set) {
  UNREFERENCED_PARAMETER(Feature);
  UNREFERENCED_PARAMETER(Set);
  UfxDeviceEventComplete(UfxDevice, STATUS_SUCCESS);
}

VOID EndpointInternalControl(WDFQUEUE Queue, WDFREQUEST Request,
                             size_t OutputBufferLength,
                             size_t InputBufferLength, ULONG IoControlCode) {
  UNREFERENCED_PARAMETER(Queue);
  UNREFERENCED_PARAMETER(OutputBufferLength);
  UNREFERENCED_PARAMETER(InputBufferLength);
  switch (IoControlCode) {
  case IOCTL_INTERNAL_USBFN_GET_PIPE_STATE:
  case IOCTL_INTERNAL_USBFN_SET_PIPE_STATE:
  case IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE:
  case IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_IN:
  case IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_OUT:
  case IOCTL_INTERNAL_USBFN_TRANSFER_IN:
  case IOCTL_INTERNAL_USBFN_TRANSFER_IN_APPEND_ZERO_PKT:
  case IOCTL_INTERNAL_USBFN_TRANSFER_OUT:
    WdfRequestComplete(Request, STATUS_SUCCESS);
    break;
  default:
    WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
    break;
  }
}

NTSTATUS CreateUfxDevice(WDFDEVICE WdfDevice, UFXDEVICE *UfxDevice) {
  UFX_DEVICE_CALLBACKS Callbacks;
  UFX_DEVICE_CAPABILITIES Capabilities;

  UFX_DEVICE_CAPABILITIES_INIT(&Capabilities);
  Capabilities.MaxSpeed = UsbSuperSpeed;
  Capabilities.RemoteWakeSignalDelay = 500;
  Capabilities.InEndpointBitmap = 0x011F;
  Capabilities.OutEndpointBitmap = 0x00FD;

  UFX_DEVICE_CALLBACKS_INIT(&Callbacks);
  Callbacks.EvtDeviceHostConnect = HostConnect;
  Callbacks.EvtDeviceHostDisconnect = HostDisconnect;
  Callbacks.EvtDeviceAddressed = Addressed;
  Callbacks.EvtDeviceEndpointAdd = EndpointAdd;
  Callbacks.EvtDeviceDefaultEndpointAdd = DefaultEndpointAdd;
  Callbacks.EvtDeviceUsbStateChange = UsbStateChange;
  Callbacks.EvtDevicePortChange = PortChange;
  Callbacks.EvtDevicePortDetect = PortDetect;
  Callbacks.EvtDeviceRemoteWakeupSignal = RemoteWakeup;
  Callbacks.EvtDeviceTestModeSet = TestModeSet;
  Callbacks.EvtDeviceSuperSpeedPowerFeature = SuperSpeedPowerFeature;
  return UfxDeviceCreate(WdfDevice, &Callbacks, &Capabilities,
                         WDF_NO_OBJECT_ATTRIBUTES, UfxDevice);
}

NTSTATUS AddDevice(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
  WDF_OBJECT_ATTRIBUTES Attributes;
  WDF_OBJECT_ATTRIBUTES_INIT(&Attributes);
  return UfxFdoInit(Driver, DeviceInit, &Attributes);
}

VOID ReportBusEvents(UFXDEVICE UfxDevice, BOOLEAN Attached, WDFREQUEST Request,
                     ULONG IoControlCode) {
  UCHAR Failure[sizeof(UFX_HARDWARE_FAILURE_CONTEXT) + 4];
  PUFX_HARDWARE_FAILURE_CONTEXT Context =
      (PUFX_HARDWARE_FAILURE_CONTEXT)Failure;

  UfxDeviceNotifyHardwareReady(UfxDevice);
  if (Attached) {
    UfxDeviceNotifyAttach(UfxDevice);
    UfxDeviceNotifyReset(UfxDevice, UsbHighSpeed);
    UfxDeviceNotifySuspend(UfxDevice);
    UfxDeviceNotifyResume(UfxDevice);
  } else {
    UfxDeviceNotifyDetach(UfxDevice);
  }
  if (!UfxDeviceIoControl(UfxDevice, Request, 0, 0, IoControlCode) &&
      !UfxDeviceIoInternalControl(UfxDevice, Request, 0, 0, IoControlCode)) {
    Context->Size = sizeof(Failure);
    Context->ExceptionCode = 1;
    UfxDeviceNotifyHardwareFailure(UfxDevice, Context);
  }
}
