/* A KMDF function driver using what the profile's per-object headers add:
   wake arming callbacks, single-component PoFx settings, a control
   device's shutdown notification, framework version queries, forwarding
   to the parent's queue, I/O target purge, interrupt policy, child list
   iteration; and the WPP in-flight recorder's log. */
#include <ntddk.h>
#include <wdf.h>
#include <WppRecorder.h>

typedef struct _FDO_DATA {
  RECORDER_LOG Log;
  WDFIOTARGET Target;
  WDFQUEUE ParentQueue;
} FDO_DATA, *PFDO_DATA;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FDO_DATA, FdoGetData)

static EVT_WDF_DEVICE_ARM_WAKE_FROM_S0 ArmWakeFromS0;
static EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0 DisarmWakeFromS0;
static EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED WakeFromS0Triggered;
static EVT_WDF_DEVICE_ARM_WAKE_FROM_SX ArmWakeFromSx;
static EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX DisarmWakeFromSx;
static EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED WakeFromSxTriggered;
static EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE PostPoFxRegister;
static EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE PrePoFxUnregister;
static EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION Shutdown;
static EVT_WDF_IO_QUEUE_IO_STOP IoStop;

static NTSTATUS ArmWakeFromS0(WDFDEVICE Device) {
  UNREFERENCED_PARAMETER(Device);
  return STATUS_SUCCESS;
}
static VOID DisarmWakeFromS0(WDFDEVICE Device) { UNREFERENCED_PARAMETER(Device); }
static VOID WakeFromS0Triggered(WDFDEVICE Device) {
  UNREFERENCED_PARAMETER(Device);
}
static NTSTATUS ArmWakeFromSx(WDFDEVICE Device) {
  UNREFERENCED_PARAMETER(Device);
  return STATUS_SUCCESS;
}
static VOID DisarmWakeFromSx(WDFDEVICE Device) { UNREFERENCED_PARAMETER(Device); }
static VOID WakeFromSxTriggered(WDFDEVICE Device) {
  UNREFERENCED_PARAMETER(Device);
}
static NTSTATUS PostPoFxRegister(WDFDEVICE Device, POHANDLE PoHandle) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(PoHandle);
  return STATUS_SUCCESS;
}
static VOID PrePoFxUnregister(WDFDEVICE Device, POHANDLE PoHandle) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(PoHandle);
}
static VOID Shutdown(WDFDEVICE Device) { UNREFERENCED_PARAMETER(Device); }
static VOID IoStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags) {
  UNREFERENCED_PARAMETER(Queue);
  if (ActionFlags & WdfRequestStopActionSuspend)
    WdfRequestStopAcknowledge(Request, FALSE);
  else if (ActionFlags & WdfRequestStopActionPurge)
    WdfRequestCancelSentRequest(Request);
}

NTSTATUS SetUpPower(PWDFDEVICE_INIT DeviceInit) {
  WDF_POWER_POLICY_EVENT_CALLBACKS Callbacks;
  WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(&Callbacks);
  Callbacks.EvtDeviceArmWakeFromS0 = ArmWakeFromS0;
  Callbacks.EvtDeviceDisarmWakeFromS0 = DisarmWakeFromS0;
  Callbacks.EvtDeviceWakeFromS0Triggered = WakeFromS0Triggered;
  Callbacks.EvtDeviceArmWakeFromSx = ArmWakeFromSx;
  Callbacks.EvtDeviceDisarmWakeFromSx = DisarmWakeFromSx;
  Callbacks.EvtDeviceWakeFromSxTriggered = WakeFromSxTriggered;
  WdfDeviceInitSetPowerPolicyEventCallbacks(DeviceInit, &Callbacks);
  return STATUS_SUCCESS;
}

NTSTATUS StartDevice(WDFDRIVER Driver, WDFDEVICE Device, WDFINTERRUPT Interrupt,
                     WDFREQUEST Request) {
  PFDO_DATA Data = FdoGetData(Device);
  WDF_POWER_FRAMEWORK_SETTINGS PoFx;
  WDF_DRIVER_VERSION_AVAILABLE_PARAMS Version;
  WDF_INTERRUPT_EXTENDED_POLICY Policy;
  WDF_REQUEST_FORWARD_OPTIONS Forward;
  RECORDER_LOG_CREATE_PARAMS LogParams;
  NTSTATUS Status;

  WDF_POWER_FRAMEWORK_SETTINGS_INIT(&PoFx);
  PoFx.EvtDeviceWdmPostPoFxRegisterDevice = PostPoFxRegister;
  PoFx.EvtDeviceWdmPrePoFxUnregisterDevice = PrePoFxUnregister;
  Status = WdfDeviceWdmAssignPowerFrameworkSettings(Device, &PoFx);
  if (!NT_SUCCESS(Status))
    return Status;

  WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(&Version, 1, 11);
  if (!WdfDriverIsVersionAvailable(Driver, &Version))
    return STATUS_NOT_SUPPORTED;

  WDF_INTERRUPT_EXTENDED_POLICY_INIT(&Policy);
  Policy.Policy = WdfIrqPolicySpecifiedProcessors;
  Policy.Priority = WdfIrqPriorityNormal;
  WdfInterruptSetExtendedPolicy(Interrupt, &Policy);

  WdfIoTargetPurge(Data->Target, WdfIoTargetPurgeIoAndWait);

  RECORDER_LOG_CREATE_PARAMS_INIT(&LogParams, NULL);
  if (!NT_SUCCESS(WppRecorderLogCreate(&LogParams, &Data->Log)))
    Data->Log = WppRecorderLogGetDefault();

  WDF_REQUEST_FORWARD_OPTIONS_INIT(&Forward);
  return WdfRequestForwardToParentDeviceIoQueue(Request, Data->ParentQueue,
                                                &Forward);
}

NTSTATUS CreateControlDevice(PWDFDEVICE_INIT Init) {
  WdfControlDeviceInitSetShutdownNotification(Init, Shutdown,
                                              WdfDeviceShutdown);
  return STATUS_SUCCESS;
}

ULONG CountChildren(WDFCHILDLIST List) {
  WDF_CHILD_LIST_ITERATOR Iterator;
  WDFDEVICE Child;
  ULONG Count = 0;
  WDF_CHILD_LIST_ITERATOR_INIT(&Iterator, WdfRetrievePresentChildren);
  WdfChildListBeginIteration(List, &Iterator);
  while (NT_SUCCESS(WdfChildListRetrieveNextDevice(List, &Iterator, &Child,
                                                   NULL)))
    Count++;
  WdfChildListEndIteration(List, &Iterator);
  return Count;
}
