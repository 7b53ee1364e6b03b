/* A KMDF driver for a device on a simple peripheral bus and a bus driver
   for its children: the connection resources the PnP manager assigns
   (CM_PARTIAL_RESOURCE_DESCRIPTOR's u.Connection), the resource hub path
   of a connection, an SPB transfer sequence and full-duplex request, device
   memory mapped with a page protection, GPIO I/O controls, a child's PDO
   event callbacks and a device reset handler. */
#include <ntddk.h>
#include <reshub.h>
#include <spb.h>
#include <wdf.h>

typedef struct _DEVICE_CONTEXT {
  LARGE_INTEGER ConnectionId;
  WDFIOTARGET SpbTarget;
  PVOID Registers;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

EVT_WDF_DEVICE_PREPARE_HARDWARE PrepareHardware;
EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS EnableWakeAtBus;
EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS DisableWakeAtBus;
EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY ResourceRequirementsQuery;
EVT_WDF_DEVICE_REPORTED_MISSING ReportedMissing;
DEVICE_RESET_HANDLER ResetHandler;

NTSTATUS PrepareHardware(WDFDEVICE Device, WDFCMRESLIST Raw,
                         WDFCMRESLIST Translated) {
  PDEVICE_CONTEXT Context = GetDeviceContext(Device);
  ULONG Count = WdfCmResourceListGetCount(Translated);
  ULONG Index;
  UNREFERENCED_PARAMETER(Raw);

  for (Index = 0; Index < Count; Index++) {
    PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor =
        WdfCmResourceListGetDescriptor(Translated, Index);
    switch (Descriptor->Type) {
    case CmResourceTypeConnection:
      if (Descriptor->u.Connection.Class ==
              CM_RESOURCE_CONNECTION_CLASS_SERIAL &&
          (Descriptor->u.Connection.Type ==
               CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C ||
           Descriptor->u.Connection.Type ==
               CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI)) {
        Context->ConnectionId.LowPart = Descriptor->u.Connection.IdLowPart;
        Context->ConnectionId.HighPart =
            (LONG)Descriptor->u.Connection.IdHighPart;
      } else if (Descriptor->u.Connection.Class ==
                     CM_RESOURCE_CONNECTION_CLASS_GPIO &&
                 Descriptor->u.Connection.Type ==
                     CM_RESOURCE_CONNECTION_TYPE_GPIO_IO) {
        /* A GPIO I/O connection. */
      }
      break;
    case CmResourceTypeMemory:
      Context->Registers = MmMapIoSpaceEx(Descriptor->u.Memory.Start,
                                          Descriptor->u.Memory.Length,
                                          PAGE_READWRITE | PAGE_NOCACHE);
      break;
    default:
      break;
    }
  }
  return STATUS_SUCCESS;
}

NTSTATUS OpenSpbTarget(WDFDEVICE Device) {
  PDEVICE_CONTEXT Context = GetDeviceContext(Device);
  WDF_IO_TARGET_OPEN_PARAMS OpenParams;
  NTSTATUS Status;
  DECLARE_UNICODE_STRING_SIZE(DevicePath, RESOURCE_HUB_PATH_SIZE);

  Status = RESOURCE_HUB_CREATE_PATH_FROM_ID(
      &DevicePath, Context->ConnectionId.LowPart,
      (ULONG)Context->ConnectionId.HighPart);
  if (!NT_SUCCESS(Status))
    return Status;
  Status =
      WdfIoTargetCreate(Device, WDF_NO_OBJECT_ATTRIBUTES, &Context->SpbTarget);
  if (!NT_SUCCESS(Status))
    return Status;
  WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&OpenParams, &DevicePath,
                                              GENERIC_READ | GENERIC_WRITE);
  return WdfIoTargetOpen(Context->SpbTarget, &OpenParams);
}

NTSTATUS WriteRead(WDFIOTARGET SpbTarget, PUCHAR Register, PUCHAR Value,
                   BOOLEAN FullDuplex) {
  const ULONG Transfers = 2;
  SPB_TRANSFER_LIST_AND_ENTRIES(2) Sequence;
  WDF_MEMORY_DESCRIPTOR Input;
  ULONG_PTR Bytes;
  ULONG Index = 0;

  /* The entries after the first follow the list, as the documentation's
     examples index them. */
  SPB_TRANSFER_LIST_INIT(&Sequence.List, Transfers);
  Sequence.List.Transfers[Index] = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(
      SpbTransferDirectionToDevice, 0, Register, 1);
  Sequence.List.Transfers[Index + 1] = SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(
      SpbTransferDirectionFromDevice, 0, Value, 1);
  WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&Input, &Sequence, sizeof(Sequence));
  return WdfIoTargetSendIoctlSynchronously(
      SpbTarget, NULL,
      FullDuplex ? IOCTL_SPB_FULL_DUPLEX : IOCTL_SPB_EXECUTE_SEQUENCE, &Input,
      NULL, NULL, &Bytes);
}

ULONG SpbLockControl(BOOLEAN Lock, BOOLEAN Connection) {
  if (Connection)
    return Lock ? IOCTL_SPB_LOCK_CONNECTION : IOCTL_SPB_UNLOCK_CONNECTION;
  return Lock ? IOCTL_SPB_LOCK_CONTROLLER : IOCTL_SPB_UNLOCK_CONTROLLER;
}

ULONG GpioControl(void) {
  return CTL_CODE(FILE_DEVICE_GPIO, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);
}

NTSTATUS EnableWakeAtBus(WDFDEVICE Device, SYSTEM_POWER_STATE PowerState) {
  UNREFERENCED_PARAMETER(Device);
  return PowerState <= PowerSystemSleeping3 ? STATUS_SUCCESS
                                            : STATUS_NOT_SUPPORTED;
}

VOID DisableWakeAtBus(WDFDEVICE Device) { UNREFERENCED_PARAMETER(Device); }

NTSTATUS ResourceRequirementsQuery(WDFDEVICE Device,
                                   WDFIORESREQLIST Requirements) {
  UNREFERENCED_PARAMETER(Device);
  UNREFERENCED_PARAMETER(Requirements);
  return STATUS_SUCCESS;
}

VOID ReportedMissing(WDFDEVICE Device) { UNREFERENCED_PARAMETER(Device); }

NTSTATUS ResetHandler(PVOID InterfaceContext, DEVICE_RESET_TYPE ResetType,
                      ULONG Flags, PVOID ResetParameters) {
  UNREFERENCED_PARAMETER(InterfaceContext);
  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(ResetParameters);
  return ResetType == PlatformLevelDeviceReset ? STATUS_SUCCESS
                                               : STATUS_NOT_SUPPORTED;
}

NTSTATUS CreateChild(WDFDEVICE Parent, PCUNICODE_STRING HardwareId) {
  PWDFDEVICE_INIT ChildInit = WdfPdoInitAllocate(Parent);
  WDF_PDO_EVENT_CALLBACKS Callbacks;
  WDFDEVICE Child;
  NTSTATUS Status;

  if (ChildInit == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  WDF_PDO_EVENT_CALLBACKS_INIT(&Callbacks);
  Callbacks.EvtDeviceEnableWakeAtBus = EnableWakeAtBus;
  Callbacks.EvtDeviceDisableWakeAtBus = DisableWakeAtBus;
  Callbacks.EvtDeviceResourceRequirementsQuery = ResourceRequirementsQuery;
  Callbacks.EvtDeviceReportedMissing = ReportedMissing;
  WdfPdoInitSetEventCallbacks(ChildInit, &Callbacks);
  Status = WdfPdoInitAssignDeviceID(ChildInit, HardwareId);
  if (NT_SUCCESS(Status))
    Status = WdfPdoInitAssignContainerID(ChildInit, HardwareId);
  if (!NT_SUCCESS(Status)) {
    WdfDeviceInitFree(ChildInit);
    return Status;
  }
  WdfPdoInitRemovePowerDependencyOnParent(ChildInit);
  Status = WdfDeviceCreate(&ChildInit, WDF_NO_OBJECT_ATTRIBUTES, &Child);
  if (!NT_SUCCESS(Status)) {
    WdfDeviceInitFree(ChildInit);
    return Status;
  }
  return WdfFdoAddStaticChild(Parent, Child);
}
