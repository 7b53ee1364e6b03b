/* A KMDF driver using more of the framework than the profile's first wdf.h
   had: the per-object headers, device context cleanup, power policy,
   I/O targets and sent requests, interrupts, DMA, WMI, child lists. */
#include <ntddk.h>
#include <wdf.h>
#include <wdftypes.h>
#include <wdfrequest.h>
#include <wdfdevice.h>
#include <wdfio.h>
#include <wdfminiport.h>

typedef struct _DEVICE_CONTEXT {
  WDFIOTARGET Target;
  WDFINTERRUPT Interrupt;
  WDFDMAENABLER DmaEnabler;
  WDFDMATRANSACTION Transaction;
  WDFWMIINSTANCE WmiInstance;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DeviceGetContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD DeviceAdd;
static EVT_WDF_DEVICE_CONTEXT_CLEANUP DeviceCleanup;
static EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND SelfManagedIoSuspend;
static EVT_WDFDEVICE_WDM_IRP_PREPROCESS Preprocess;
static EVT_WDF_REQUEST_COMPLETION_ROUTINE Completion;
static EVT_WDF_INTERRUPT_ISR Isr;
static EVT_WDF_INTERRUPT_DPC Dpc;
static EVT_WDF_INTERRUPT_SYNCHRONIZE Synchronized;
static EVT_WDF_PROGRAM_DMA ProgramDma;
static EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE QueryInstance;
static EVT_WDF_IO_QUEUE_STATE QueueStopped;
static EVT_WDF_CHILD_LIST_CREATE_DEVICE CreateChild;

static VOID DeviceCleanup(WDFOBJECT Device) { UNREFERENCED_PARAMETER(Device); }
static NTSTATUS SelfManagedIoSuspend(WDFDEVICE Device) {
  UNREFERENCED_PARAMETER(Device);
  return STATUS_SUCCESS;
}
static NTSTATUS Preprocess(WDFDEVICE Device, PIRP Irp) {
  return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}
static VOID Completion(WDFREQUEST Request, WDFIOTARGET Target,
                       PWDF_REQUEST_COMPLETION_PARAMS Params,
                       WDFCONTEXT Context) {
  UNREFERENCED_PARAMETER(Target);
  UNREFERENCED_PARAMETER(Context);
  WdfRequestComplete(Request, Params->IoStatus.Status);
}
static BOOLEAN Isr(WDFINTERRUPT Interrupt, ULONG MessageID) {
  UNREFERENCED_PARAMETER(MessageID);
  return WdfInterruptQueueDpcForIsr(Interrupt);
}
static VOID Dpc(WDFINTERRUPT Interrupt, WDFOBJECT Device) {
  UNREFERENCED_PARAMETER(Interrupt);
  UNREFERENCED_PARAMETER(Device);
}
static BOOLEAN Synchronized(WDFINTERRUPT Interrupt, WDFCONTEXT Context) {
  UNREFERENCED_PARAMETER(Interrupt);
  UNREFERENCED_PARAMETER(Context);
  return TRUE;
}
static BOOLEAN ProgramDma(WDFDMATRANSACTION Transaction, WDFDEVICE Device,
                          WDFCONTEXT Context, WDF_DMA_DIRECTION Direction,
                          PSCATTER_GATHER_LIST SgList) {
  UNREFERENCED_PARAMETER(Transaction);
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Direction);
  UNREFERENCED_PARAMETER(SgList);
  return TRUE;
}
static NTSTATUS QueryInstance(WDFWMIINSTANCE WmiInstance, ULONG OutBufferSize,
                              PVOID OutBuffer, PULONG BufferUsed) {
  UNREFERENCED_PARAMETER(WmiInstance);
  UNREFERENCED_PARAMETER(OutBufferSize);
  UNREFERENCED_PARAMETER(OutBuffer);
  *BufferUsed = 0;
  return STATUS_SUCCESS;
}
static VOID QueueStopped(WDFQUEUE Queue, WDFCONTEXT Context) {
  UNREFERENCED_PARAMETER(Queue);
  UNREFERENCED_PARAMETER(Context);
}
static NTSTATUS CreateChild(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDFDEVICE_INIT ChildInit) {
  DECLARE_CONST_UNICODE_STRING(HardwareId, L"Contoso\\Child");
  WDFDEVICE Child;
  UNREFERENCED_PARAMETER(ChildList);
  UNREFERENCED_PARAMETER(IdentificationDescription);
  WdfPdoInitAddHardwareID(ChildInit, &HardwareId);
  return WdfDeviceCreate(&ChildInit, WDF_NO_OBJECT_ATTRIBUTES, &Child);
}

static NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
  WDF_OBJECT_ATTRIBUTES Attributes;
  WDF_PNPPOWER_EVENT_CALLBACKS PnpPower;
  WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Idle;
  WDF_DEVICE_PNP_CAPABILITIES Caps;
  WDF_INTERRUPT_CONFIG InterruptConfig;
  WDF_DMA_ENABLER_CONFIG DmaConfig;
  WDF_WMI_PROVIDER_CONFIG Provider;
  WDF_WMI_INSTANCE_CONFIG Instance;
  WDF_CHILD_LIST_CONFIG Children;
  WDF_REQUEST_SEND_OPTIONS Options;
  WDF_MEMORY_DESCRIPTOR Input;
  WDFREQUEST Request;
  WDFDEVICE Device;
  PDEVICE_CONTEXT Context;
  ULONG Value = 0;
  NTSTATUS Status;
  static const GUID WmiGuid = {0x1, 0x2, 0x3, {4, 5, 6, 7, 8, 9, 10, 11}};
  UNREFERENCED_PARAMETER(Driver);

  WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&PnpPower);
  PnpPower.EvtDeviceSelfManagedIoSuspend = SelfManagedIoSuspend;
  WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &PnpPower);
  WdfDeviceInitAssignWdmIrpPreprocessCallback(DeviceInit, Preprocess,
                                              IRP_MJ_PNP, NULL, 0);
  WDF_CHILD_LIST_CONFIG_INIT(&Children, sizeof(WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER), CreateChild);
  WdfFdoInitSetDefaultChildListConfig(DeviceInit, &Children,
                                      WDF_NO_OBJECT_ATTRIBUTES);
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&Attributes, DEVICE_CONTEXT);
  Attributes.EvtCleanupCallback = DeviceCleanup;
  Status = WdfDeviceCreate(&DeviceInit, &Attributes, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Context = DeviceGetContext(Device);

  WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&Idle, IdleCannotWakeFromS0);
  WdfDeviceAssignS0IdleSettings(Device, &Idle);
  WDF_DEVICE_PNP_CAPABILITIES_INIT(&Caps);
  Caps.SurpriseRemovalOK = WdfTrue;
  WdfDeviceSetPnpCapabilities(Device, &Caps);

  WDF_INTERRUPT_CONFIG_INIT(&InterruptConfig, Isr, Dpc);
  Status = WdfInterruptCreate(Device, &InterruptConfig,
                              WDF_NO_OBJECT_ATTRIBUTES, &Context->Interrupt);
  if (NT_SUCCESS(Status))
    WdfInterruptSynchronize(Context->Interrupt, Synchronized, NULL);

  WDF_DMA_ENABLER_CONFIG_INIT(&DmaConfig, WdfDmaProfileScatterGather64, 4096);
  Status = WdfDmaEnablerCreate(Device, &DmaConfig, WDF_NO_OBJECT_ATTRIBUTES,
                               &Context->DmaEnabler);
  if (NT_SUCCESS(Status))
    Status = WdfDmaTransactionCreate(Context->DmaEnabler,
                                     WDF_NO_OBJECT_ATTRIBUTES,
                                     &Context->Transaction);
  (void)ProgramDma;

  WDF_WMI_PROVIDER_CONFIG_INIT(&Provider, &WmiGuid);
  WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(&Instance, &Provider);
  Instance.Register = TRUE;
  Instance.EvtWmiInstanceQueryInstance = QueryInstance;
  WdfWmiInstanceCreate(Device, &Instance, WDF_NO_OBJECT_ATTRIBUTES,
                       &Context->WmiInstance);

  Context->Target = WdfDeviceGetIoTarget(Device);
  Status = WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, Context->Target,
                            &Request);
  if (!NT_SUCCESS(Status))
    return Status;
  WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&Input, &Value, sizeof(Value));
  WDF_REQUEST_SEND_OPTIONS_INIT(&Options, WDF_REQUEST_SEND_OPTION_TIMEOUT);
  WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(&Options, WDF_REL_TIMEOUT_IN_SEC(1));
  Status = WdfIoTargetSendIoctlSynchronously(Context->Target, Request,
                                             0x222003, &Input, NULL,
                                             &Options, NULL);
  WdfRequestSetCompletionRoutine(Request, Completion, NULL);
  WdfObjectDelete(Request);
  WdfIoQueueStop(WdfDeviceGetDefaultQueue(Device), QueueStopped, NULL);
  return Status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WDF_DRIVER_CONFIG Config;
  WDF_DRIVER_CONFIG_INIT(&Config, DeviceAdd);
  return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                         &Config, WDF_NO_HANDLE);
}
