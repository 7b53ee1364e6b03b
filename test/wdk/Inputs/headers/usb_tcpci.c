/* A TCPCI port controller client of the UcmTcpciCx class extension: it
   initializes the device, queries the device reset interface for recovery,
   creates and starts the port controller object from the identification
   and capability registers, serves the class extension's hardware requests
   and reports alerts with the status registers they read. */
#include <ntddk.h>
#include <wdf.h>

#include <UcmTcpciCx.h>

typedef struct _TCPC_CONTEXT {
  UCMTCPCIPORTCONTROLLER PortController;
  DEVICE_RESET_INTERFACE_STANDARD ResetInterface;
  UCMTCPCI_PORT_CONTROLLER_RECEIVE_BUFFER ReceiveBuffer;
} TCPC_CONTEXT, *PTCPC_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TCPC_CONTEXT, GetTcpcContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL TcpcHardwareRequest;

NTSTATUS TcpcPrepare(PWDFDEVICE_INIT DeviceInit) {
  return UcmTcpciDeviceInitInitialize(DeviceInit);
}

NTSTATUS TcpcInitialize(WDFDEVICE Device) {
  PTCPC_CONTEXT Context = GetTcpcContext(Device);
  UCMTCPCI_DEVICE_CONFIG DeviceConfig;
  NTSTATUS Status;

  UCMTCPCI_DEVICE_CONFIG_INIT(&DeviceConfig);
  Status = UcmTcpciDeviceInitialize(Device, &DeviceConfig);
  if (!NT_SUCCESS(Status))
    return Status;

  RtlZeroMemory(&Context->ResetInterface, sizeof(Context->ResetInterface));
  Context->ResetInterface.Size = sizeof(Context->ResetInterface);
  Context->ResetInterface.Version = DEVICE_RESET_INTERFACE_VERSION;
  Status = WdfFdoQueryForInterface(
      Device, &GUID_DEVICE_RESET_INTERFACE_STANDARD,
      (PINTERFACE)&Context->ResetInterface, sizeof(Context->ResetInterface),
      DEVICE_RESET_INTERFACE_VERSION, NULL);
  if (!NT_SUCCESS(Status))
    RtlZeroMemory(&Context->ResetInterface, sizeof(Context->ResetInterface));
  return STATUS_SUCCESS;
}

NTSTATUS TcpcRecover(PTCPC_CONTEXT Context) {
  if (Context->ResetInterface.DeviceReset == NULL)
    return STATUS_NOT_SUPPORTED;
  return Context->ResetInterface.DeviceReset(Context->ResetInterface.Context,
                                             PlatformLevelDeviceReset, 0, NULL);
}

NTSTATUS TcpcStart(WDFDEVICE Device, WDFQUEUE HardwareQueue) {
  PTCPC_CONTEXT Context = GetTcpcContext(Device);
  UCMTCPCI_PORT_CONTROLLER_IDENTIFICATION Identification;
  UCMTCPCI_PORT_CONTROLLER_CAPABILITIES Capabilities;
  UCMTCPCI_PORT_CONTROLLER_CONFIG Config;
  NTSTATUS Status;

  UCMTCPCI_PORT_CONTROLLER_IDENTIFICATION_INIT(&Identification);
  Identification.VendorId = 0x1234;
  Identification.TypeCRevisionInBcd = 0x0120;
  UCMTCPCI_PORT_CONTROLLER_CAPABILITIES_INIT(&Capabilities);
  Capabilities.IsPowerDeliveryCapable = TRUE;
  Capabilities.DeviceCapabilities1.AsUInt16 = 0;
  Capabilities.DeviceCapabilities1.SinkVbus = 1;
  Capabilities.StandardOutputCapabilities.ConnectorOrientation = 1;
  UCMTCPCI_PORT_CONTROLLER_CONFIG_INIT(&Config, &Identification, &Capabilities);
  Status = UcmTcpciPortControllerCreate(
      Device, &Config, WDF_NO_OBJECT_ATTRIBUTES, &Context->PortController);
  if (!NT_SUCCESS(Status))
    return Status;
  UcmTcpciPortControllerSetHardwareRequestQueue(Context->PortController,
                                                HardwareQueue);
  return UcmTcpciPortControllerStart(Context->PortController);
}

VOID TcpcStop(WDFDEVICE Device) {
  UcmTcpciPortControllerStop(GetTcpcContext(Device)->PortController);
}

VOID TcpcReportAlerts(WDFDEVICE Device, UINT8 CcStatus, UINT8 FaultStatus) {
  PTCPC_CONTEXT Context = GetTcpcContext(Device);
  UCMTCPCI_PORT_CONTROLLER_ALERT_DATA Alerts[3];

  UCMTCPCI_PORT_CONTROLLER_ALERT_DATA_INIT(&Alerts[0]);
  Alerts[0].AlertType = UcmTcpciPortControllerAlertCCStatus;
  Alerts[0].CCStatus.AsUInt8 = CcStatus;
  UCMTCPCI_PORT_CONTROLLER_ALERT_DATA_INIT(&Alerts[1]);
  Alerts[1].AlertType = UcmTcpciPortControllerAlertFault;
  Alerts[1].FaultStatus.AsUInt8 = FaultStatus;
  UCMTCPCI_PORT_CONTROLLER_ALERT_DATA_INIT(&Alerts[2]);
  Alerts[2].AlertType = UcmTcpciPortControllerAlertReceiveSOPMessageStatus;
  Alerts[2].ReceiveBuffer = &Context->ReceiveBuffer;
  UcmTcpciPortControllerAlert(Context->PortController, Alerts, 3);
}

VOID TcpcHardwareRequest(WDFQUEUE Queue, WDFREQUEST Request,
                         size_t OutputBufferLength, size_t InputBufferLength,
                         ULONG IoControlCode) {
  NTSTATUS Status = STATUS_SUCCESS;
  UNREFERENCED_PARAMETER(Queue);
  UNREFERENCED_PARAMETER(OutputBufferLength);
  UNREFERENCED_PARAMETER(InputBufferLength);

  switch (IoControlCode) {
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_GET_STATUS: {
    PUCMTCPCI_PORT_CONTROLLER_GET_STATUS_OUT_PARAMS Out;
    Status = WdfRequestRetrieveOutputBuffer(Request, sizeof(*Out),
                                            (PVOID *)&Out, NULL);
    if (NT_SUCCESS(Status)) {
      Out->CCStatus.AsUInt8 = 0;
      Out->PowerStatus.VbusPresent = 1;
      Out->FaultStatus.AsUInt8 = 0;
      WdfRequestSetInformation(Request, sizeof(*Out));
    }
    break;
  }
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_CONTROL: {
    PUCMTCPCI_PORT_CONTROLLER_SET_CONTROL_IN_PARAMS In;
    Status =
        WdfRequestRetrieveInputBuffer(Request, sizeof(*In), (PVOID *)&In, NULL);
    if (NT_SUCCESS(Status) &&
        In->ControlType == UcmTcpciPortControllerRoleControl)
      Status = In->RoleControl.DRP ? STATUS_SUCCESS : STATUS_NOT_SUPPORTED;
    break;
  }
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_COMMAND: {
    PUCMTCPCI_PORT_CONTROLLER_SET_COMMAND_IN_PARAMS In;
    Status =
        WdfRequestRetrieveInputBuffer(Request, sizeof(*In), (PVOID *)&In, NULL);
    if (NT_SUCCESS(Status) &&
        In->Command == UcmTcpciPortControllerLook4Connection)
      Status = STATUS_SUCCESS;
    break;
  }
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_TRANSMIT_BUFFER: {
    PUCMTCPCI_PORT_CONTROLLER_SET_TRANSMIT_BUFFER_IN_PARAMS In;
    Status =
        WdfRequestRetrieveInputBuffer(Request, sizeof(*In), (PVOID *)&In, NULL);
    if (NT_SUCCESS(Status) && In->TransmitBuffer.TransmitByteCount > 30)
      Status = STATUS_INVALID_PARAMETER;
    break;
  }
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_DISPLAYPORT_HPD_STATUS_CHANGED: {
    PUCMTCPCI_PORT_CONTROLLER_DISPLAYPORT_HPD_STATUS_CHANGED_IN_PARAMS In;
    Status =
        WdfRequestRetrieveInputBuffer(Request, sizeof(*In), (PVOID *)&In, NULL);
    if (NT_SUCCESS(Status) &&
        In->HPDStatus == UcmTcpciPortControllerHPDStatusHigh)
      Status = STATUS_SUCCESS;
    break;
  }
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_GET_CONTROL:
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_TRANSMIT:
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_RECEIVE_DETECT:
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_CONFIG_STANDARD_OUTPUT:
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_SET_MESSAGE_HEADER_INFO:
  case IOCTL_UCMTCPCI_PORT_CONTROLLER_ALTERNATE_MODE_ENTERED:
    break;
  default:
    Status = STATUS_NOT_SUPPORTED;
    break;
  }
  WdfRequestComplete(Request, Status);
}
