/* A KMDF USB function driver: the device, its interface and pipes, a
   vendor control transfer and a continuous reader (wdfusb.h). */
#include <ntddk.h>
#include <wdf.h>
#include <usb.h>
#include <usbdlib.h>
#include <wdfusb.h>

typedef struct _DEVICE_CONTEXT {
  WDFUSBDEVICE UsbDevice;
  WDFUSBPIPE InterruptPipe;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DeviceGetContext)

static EVT_WDF_DEVICE_PREPARE_HARDWARE PrepareHardware;
static EVT_WDF_USB_READER_COMPLETION_ROUTINE ReadComplete;

static VOID ReadComplete(WDFUSBPIPE Pipe, WDFMEMORY Buffer,
                         size_t NumBytesTransferred, WDFCONTEXT Context) {
  UNREFERENCED_PARAMETER(Pipe);
  UNREFERENCED_PARAMETER(Buffer);
  UNREFERENCED_PARAMETER(NumBytesTransferred);
  UNREFERENCED_PARAMETER(Context);
}

static NTSTATUS PrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw,
                                WDFCMRESLIST Translated) {
  PDEVICE_CONTEXT Context = DeviceGetContext(Device);
  WDF_USB_DEVICE_CREATE_CONFIG Create;
  WDF_USB_DEVICE_SELECT_CONFIG_PARAMS Select;
  WDF_USB_PIPE_INFORMATION PipeInfo;
  WDF_USB_CONTROL_SETUP_PACKET Setup;
  WDF_USB_CONTINUOUS_READER_CONFIG Reader;
  WDFUSBINTERFACE Interface;
  UCHAR Index;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Raw);
  UNREFERENCED_PARAMETER(Translated);

  WDF_USB_DEVICE_CREATE_CONFIG_INIT(&Create, USBD_CLIENT_CONTRACT_VERSION_602);
  Status = WdfUsbTargetDeviceCreateWithParameters(
      Device, &Create, WDF_NO_OBJECT_ATTRIBUTES, &Context->UsbDevice);
  if (!NT_SUCCESS(Status))
    return Status;
  WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(&Select);
  Status = WdfUsbTargetDeviceSelectConfig(Context->UsbDevice,
                                          WDF_NO_OBJECT_ATTRIBUTES, &Select);
  if (!NT_SUCCESS(Status))
    return Status;
  Interface = Select.Types.SingleInterface.ConfiguredUsbInterface;
  for (Index = 0; Index < WdfUsbInterfaceGetNumConfiguredPipes(Interface);
       Index++) {
    WDFUSBPIPE Pipe;
    WDF_USB_PIPE_INFORMATION_INIT(&PipeInfo);
    Pipe = WdfUsbInterfaceGetConfiguredPipe(Interface, Index, &PipeInfo);
    if (PipeInfo.PipeType == WdfUsbPipeTypeInterrupt &&
        WdfUsbTargetPipeIsInEndpoint(Pipe))
      Context->InterruptPipe = Pipe;
  }
  WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(&Setup, BmRequestHostToDevice,
                                           BmRequestToDevice, 0xD8, 0, 0);
  Status = WdfUsbTargetDeviceSendControlTransferSynchronously(
      Context->UsbDevice, WDF_NO_HANDLE, NULL, &Setup, NULL, NULL);
  if (!NT_SUCCESS(Status) || Context->InterruptPipe == NULL)
    return Status;
  WDF_USB_CONTINUOUS_READER_CONFIG_INIT(&Reader, ReadComplete, Context, 1);
  Status = WdfUsbTargetPipeConfigContinuousReader(Context->InterruptPipe,
                                                  &Reader);
  if (NT_SUCCESS(Status))
    Status = WdfIoTargetStart(WdfUsbTargetPipeGetIoTarget(Context->InterruptPipe));
  return Status;
}

PFN_WDF_DEVICE_PREPARE_HARDWARE UseCallbacks(void) { return PrepareHardware; }
