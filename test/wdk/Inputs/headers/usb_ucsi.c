/* A UCSI client driver for the UcmUcsiCx class extension: it initializes
   the device, describes its connectors, creates and starts the PPM object,
   maps the UCSI data structure the firmware shares, forwards notifications
   and serves the class extension's PPM I/O controls. */
#include <UcmUcsiCx.h>
#include <ntddk.h>
#include <wdf.h>

typedef struct _PPM_CONTEXT {
  UCMUCSIPPM Ppm;
  PUCSI_DATA_BLOCK DataBlock;
} PPM_CONTEXT, *PPPM_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PPM_CONTEXT, GetPpmContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL PpmIoControl;

NTSTATUS PrepareDevice(PWDFDEVICE_INIT DeviceInit) {
  return UcmUcsiDeviceInitInitialize(DeviceInit);
}

NTSTATUS CreatePpm(WDFDEVICE Device, PHYSICAL_ADDRESS DataBlockAddress,
                   ULONG ConnectorCount) {
  PPPM_CONTEXT Context = GetPpmContext(Device);
  UCMUCSI_DEVICE_CONFIG DeviceConfig;
  UCMUCSI_CONNECTOR_COLLECTION Connectors;
  UCMUCSI_CONNECTOR_INFO ConnectorInfo;
  UCMUCSI_PPM_CONFIG PpmConfig;
  UCSI_VERSION Version;
  ULONG Index;
  NTSTATUS Status;

  UCMUCSI_DEVICE_CONFIG_INIT(&DeviceConfig);
  Status = UcmUcsiDeviceInitialize(Device, &DeviceConfig);
  if (!NT_SUCCESS(Status))
    return Status;

  Context->DataBlock = (PUCSI_DATA_BLOCK)MmMapIoSpaceEx(
      DataBlockAddress, sizeof(UCSI_DATA_BLOCK), PAGE_READWRITE | PAGE_NOCACHE);
  if (Context->DataBlock == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  Version.AsUInt16 =
      READ_REGISTER_USHORT(&Context->DataBlock->UcsiVersion.AsUInt16);
  if (Version.MajorVersion < 1)
    return STATUS_NOT_SUPPORTED;

  Status = UcmUcsiConnectorCollectionCreate(Device, WDF_NO_OBJECT_ATTRIBUTES,
                                            &Connectors);
  if (!NT_SUCCESS(Status))
    return Status;
  for (Index = 0; Index < ConnectorCount; Index++) {
    UCMUCSI_CONNECTOR_INFO_INIT(&ConnectorInfo);
    ConnectorInfo.ConnectorId = Index;
    Status = UcmUcsiConnectorCollectionAddConnector(Connectors, &ConnectorInfo);
    if (!NT_SUCCESS(Status))
      return Status;
  }

  UCMUCSI_PPM_CONFIG_INIT(&PpmConfig, Connectors);
  PpmConfig.UsbDeviceControllerEnabled = TRUE;
  Status = UcmUcsiPpmCreate(Device, &PpmConfig, WDF_NO_OBJECT_ATTRIBUTES,
                            &Context->Ppm);
  if (!NT_SUCCESS(Status))
    return Status;
  return UcmUcsiPpmStart(Context->Ppm);
}

VOID Notify(WDFDEVICE Device) {
  PPPM_CONTEXT Context = GetPpmContext(Device);
  if (Context->DataBlock->CCI.CommandCompletedIndicator ||
      Context->DataBlock->CCI.ConnectorChangeIndicator != 0)
    UcmUcsiPpmNotification(Context->Ppm, Context->DataBlock);
}

VOID PpmIoControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                  size_t InputBufferLength, ULONG IoControlCode) {
  PPPM_CONTEXT Context = GetPpmContext(WdfIoQueueGetDevice(Queue));
  PUCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS SendIn;
  PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS GetOut;
  NTSTATUS Status = STATUS_INVALID_DEVICE_REQUEST;
  UNREFERENCED_PARAMETER(OutputBufferLength);
  UNREFERENCED_PARAMETER(InputBufferLength);

  switch (IoControlCode) {
  case IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK:
    Status = WdfRequestRetrieveInputBuffer(Request, sizeof(*SendIn),
                                           (PVOID *)&SendIn, NULL);
    if (NT_SUCCESS(Status))
      WRITE_REGISTER_BUFFER_ULONG((PULONG)&Context->DataBlock->Control,
                                  (PULONG)&SendIn->UcmUcsiDataBlock.Control,
                                  sizeof(UCSI_CONTROL) / sizeof(ULONG));
    break;
  case IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK:
    Status = WdfRequestRetrieveOutputBuffer(Request, sizeof(*GetOut),
                                            (PVOID *)&GetOut, NULL);
    if (NT_SUCCESS(Status))
      GetOut->UcmUcsiDataBlock.CCI.AsUInt32 =
          READ_REGISTER_ULONG(&Context->DataBlock->CCI.AsUInt32);
    break;
  default:
    break;
  }
  WdfRequestComplete(Request, Status);
}

VOID StopPpm(WDFDEVICE Device, WDFQUEUE Queue) {
  PPPM_CONTEXT Context = GetPpmContext(Device);
  UcmUcsiPpmSetUcsiCommandRequestQueue(Context->Ppm, Queue);
  UcmUcsiPpmStop(Context->Ppm);
  MmUnmapIoSpace(Context->DataBlock, sizeof(UCSI_DATA_BLOCK));
}
