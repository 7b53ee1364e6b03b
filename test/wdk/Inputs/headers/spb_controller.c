/* An SPB (I2C) controller driver for the SPB framework extension (SpbCx):
   it configures the controller with its target and I/O callbacks, takes
   custom I/O controls with their transfer lists, reads a target's
   connection parameters and walks a transfer sequence. */
#include <ntddk.h>
#include <spbcx.h>
#include <wdf.h>

typedef struct _TARGET_CONTEXT {
  PVOID Settings;
} TARGET_CONTEXT, *PTARGET_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TARGET_CONTEXT, GetTargetContext)

EVT_SPB_TARGET_CONNECT TargetConnect;
EVT_SPB_CONTROLLER_LOCK ControllerLock;
EVT_SPB_CONTROLLER_UNLOCK ControllerUnlock;
EVT_SPB_CONTROLLER_READ IoRead;
EVT_SPB_CONTROLLER_WRITE IoWrite;
EVT_SPB_CONTROLLER_SEQUENCE IoSequence;
EVT_SPB_CONTROLLER_OTHER IoOther;
EVT_WDF_IO_IN_CALLER_CONTEXT OtherInCallerContext;

NTSTATUS TargetConnect(WDFDEVICE Controller, SPBTARGET Target) {
  SPB_CONNECTION_PARAMETERS Params;
  UNREFERENCED_PARAMETER(Controller);
  SPB_CONNECTION_PARAMETERS_INIT(&Params);
  SpbTargetGetConnectionParameters(Target, &Params);
  GetTargetContext(Target)->Settings = Params.ConnectionParameters;
  return SpbTargetGetFileObject(Target) != NULL ? STATUS_SUCCESS
                                                : STATUS_INVALID_PARAMETER;
}

VOID ControllerLock(WDFDEVICE Controller, SPBTARGET Target,
                    SPBREQUEST LockRequest) {
  UNREFERENCED_PARAMETER(Controller);
  UNREFERENCED_PARAMETER(Target);
  SpbRequestComplete(LockRequest, STATUS_SUCCESS);
}

VOID ControllerUnlock(WDFDEVICE Controller, SPBTARGET Target,
                      SPBREQUEST UnlockRequest) {
  UNREFERENCED_PARAMETER(Controller);
  UNREFERENCED_PARAMETER(Target);
  SpbRequestComplete(UnlockRequest, STATUS_SUCCESS);
}

static VOID Transfer(SPBREQUEST Request, ULONG Count) {
  SPB_REQUEST_PARAMETERS Params;
  SPB_TRANSFER_DESCRIPTOR Descriptor;
  PMDL Mdl;
  ULONG Index;

  SPB_REQUEST_PARAMETERS_INIT(&Params);
  SpbRequestGetParameters(Request, &Params);
  if (Params.Position != SpbRequestSequencePositionSingle &&
      Params.Type != SpbRequestTypeSequence) {
    SpbRequestComplete(Request, STATUS_INVALID_PARAMETER);
    return;
  }
  for (Index = 0; Index < Count; Index++) {
    SPB_TRANSFER_DESCRIPTOR_INIT(&Descriptor);
    SpbRequestGetTransferParameters(Request, Index, &Descriptor, &Mdl);
    if (Descriptor.Direction == SpbTransferDirectionFromDevice &&
        Descriptor.TransferLength == 0) {
      SpbRequestComplete(Request, STATUS_INVALID_PARAMETER);
      return;
    }
  }
  WdfRequestSetInformation(Request, 0);
  SpbRequestComplete(Request, STATUS_SUCCESS);
}

VOID IoRead(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
            size_t Length) {
  UNREFERENCED_PARAMETER(Controller);
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(Length);
  Transfer(Request, 1);
}

VOID IoWrite(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
             size_t Length) {
  UNREFERENCED_PARAMETER(Controller);
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(Length);
  Transfer(Request, 1);
}

VOID IoSequence(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
                ULONG TransferCount) {
  UNREFERENCED_PARAMETER(Target);
  if (SpbRequestGetController(Request) != Controller ||
      SpbRequestGetTarget(Request) == NULL) {
    SpbRequestComplete(Request, STATUS_INVALID_DEVICE_STATE);
    return;
  }
  Transfer(Request, TransferCount);
}

VOID OtherInCallerContext(WDFDEVICE Controller, WDFREQUEST Request) {
  NTSTATUS Status = SpbRequestCaptureIoOtherTransferList((SPBREQUEST)Request);
  if (!NT_SUCCESS(Status)) {
    WdfRequestComplete(Request, Status);
    return;
  }
  Status = WdfDeviceEnqueueRequest(Controller, Request);
  if (!NT_SUCCESS(Status))
    WdfRequestComplete(Request, Status);
}

VOID IoOther(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
             size_t OutputBufferLength, size_t InputBufferLength,
             ULONG IoControlCode) {
  UNREFERENCED_PARAMETER(Controller);
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(OutputBufferLength);
  UNREFERENCED_PARAMETER(InputBufferLength);
  if (IoControlCode == IOCTL_SPB_FULL_DUPLEX)
    Transfer(Request, 2);
  else
    SpbRequestComplete(Request, STATUS_NOT_SUPPORTED);
}

NTSTATUS AddDevice(PWDFDEVICE_INIT DeviceInit, WDFDEVICE *Device) {
  SPB_CONTROLLER_CONFIG Config;
  WDF_OBJECT_ATTRIBUTES Attributes;
  NTSTATUS Status = SpbDeviceInitConfig(DeviceInit);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, Device);
  if (!NT_SUCCESS(Status))
    return Status;

  SPB_CONTROLLER_CONFIG_INIT(&Config);
  Config.PowerManaged = WdfTrue;
  Config.EvtSpbTargetConnect = TargetConnect;
  Config.EvtSpbControllerLock = ControllerLock;
  Config.EvtSpbControllerUnlock = ControllerUnlock;
  Config.EvtSpbIoRead = IoRead;
  Config.EvtSpbIoWrite = IoWrite;
  Config.EvtSpbIoSequence = IoSequence;
  Status = SpbDeviceInitialize(*Device, &Config);
  if (!NT_SUCCESS(Status))
    return Status;
  SpbControllerSetIoOtherCallback(*Device, IoOther, OtherInCallerContext);
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&Attributes, TARGET_CONTEXT);
  SpbControllerSetTargetAttributes(*Device, &Attributes);
  WDF_OBJECT_ATTRIBUTES_INIT(&Attributes);
  SpbControllerSetRequestAttributes(*Device, &Attributes);
  return STATUS_SUCCESS;
}
