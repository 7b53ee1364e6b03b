/* A StorPort miniport that registers for runtime power management, handles
   the power adapter and unit control types, queues its completion work to a
   StorPort DPC, reports ETW events and telemetry, builds descriptor sense
   data, answers the crash dump query and an NV cache request, and sets its
   feature list. */
#include <miniport.h>
#include <storport.h>
#include <srbhelper.h>

typedef struct _HW_DEVICE_EXTENSION {
  STOR_DPC CompletionDpc;
  STOR_POFX_DEVICE_V3 PoFx;
  RAID_SYSTEM_POWER SystemPower;
  STORAGE_DEVICE_FORM_FACTOR FormFactor;
  MESSAGE_INTERRUPT_INFORMATION Msi;
  PSTOR_PHYSICAL_ADDRESS Physical;
} HW_DEVICE_EXTENSION, *PHW_DEVICE_EXTENSION;

HW_DPC_ROUTINE CompletionDpcRoutine;
HW_TIMER_EX TimerRoutine;
HW_UNIT_CONTROL UnitControl;
HW_ADAPTER_CONTROL AdapterControl;
HW_TRACING_ENABLED TracingEnabled;

VOID CompletionDpcRoutine(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                          PVOID SystemArgument1, PVOID SystemArgument2) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(HwDeviceExtension);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
}

VOID TimerRoutine(PVOID DeviceExtension, PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  StorPortStateChangeDetected(DeviceExtension, STATE_CHANGE_TARGET, NULL, 0,
                              NULL, NULL);
}

VOID TracingEnabled(PVOID HwDeviceExtension, BOOLEAN Enabled) {
  UNREFERENCED_PARAMETER(HwDeviceExtension);
  UNREFERENCED_PARAMETER(Enabled);
}

static ULONG RegisterPoFx(PHW_DEVICE_EXTENSION Ext) {
  PSTOR_POFX_DEVICE_V3 Device = &Ext->PoFx;
  PSTOR_POFX_COMPONENT_V2 Component = &Device->Components[0];
  Device->Version = STOR_POFX_DEVICE_VERSION_V3;
  Device->Size = STOR_POFX_DEVICE_V3_SIZE;
  Device->ComponentCount = 1;
  Device->Flags = STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE |
                  STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT;
  Device->AdapterIdleTimeoutInMS = 100;
  Device->MinimumPowerCyclePeriodInMS = 0;
  Component->Version = STOR_POFX_COMPONENT_VERSION_V2;
  Component->Size = STOR_POFX_COMPONENT_V2_SIZE;
  Component->FStateCount = 1;
  Component->Id = STORPORT_POFX_ADAPTER_GUID;
  Component->FStates[0].Version = STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1;
  Component->FStates[0].Size = STOR_POFX_COMPONENT_IDLE_STATE_SIZE;
  Component->FStates[0].NominalPower = STOR_POFX_UNKNOWN_POWER;
  return StorPortInitializePoFxPower(Ext, NULL, (PSTOR_POFX_DEVICE)Device,
                                     NULL);
}

SCSI_UNIT_CONTROL_STATUS UnitControl(PVOID DeviceExtension,
                                     SCSI_UNIT_CONTROL_TYPE ControlType,
                                     PVOID Parameters) {
  UNREFERENCED_PARAMETER(DeviceExtension);
  switch (ControlType) {
  case ScsiUnitPower: {
    PSTOR_UNIT_CONTROL_POWER Power = (PSTOR_UNIT_CONTROL_POWER)Parameters;
    return Power->PowerState == StorPowerDeviceD0 && Power->Address != NULL
               ? ScsiUnitControlSuccess
               : ScsiUnitControlUnsuccessful;
  }
  case ScsiUnitPoFxPowerInfo: {
    PSTOR_POFX_UNIT_POWER_INFO Info = (PSTOR_POFX_UNIT_POWER_INFO)Parameters;
    return Info->IdlePowerEnabled && Info->Header.Address != NULL
               ? ScsiUnitControlSuccess
               : ScsiUnitControlUnsuccessful;
  }
  case ScsiUnitPoFxPowerActive: {
    PSTOR_POFX_ACTIVE_CONTEXT Active = (PSTOR_POFX_ACTIVE_CONTEXT)Parameters;
    return Active->Active ? ScsiUnitControlSuccess
                          : ScsiUnitControlUnsuccessful;
  }
  case ScsiUnitPoFxPowerSetFState: {
    PSTOR_POFX_FSTATE_CONTEXT FState = (PSTOR_POFX_FSTATE_CONTEXT)Parameters;
    return FState->FState == 0 ? ScsiUnitControlSuccess
                               : ScsiUnitControlUnsuccessful;
  }
  default:
    return ScsiUnitControlUnsuccessful;
  }
}

SCSI_ADAPTER_CONTROL_STATUS AdapterControl(PVOID DeviceExtension,
                                           SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                           PVOID Parameters) {
  PHW_DEVICE_EXTENSION Ext = (PHW_DEVICE_EXTENSION)DeviceExtension;
  if (ControlType == ScsiAdapterPower) {
    PSTOR_ADAPTER_CONTROL_POWER Power = (PSTOR_ADAPTER_CONTROL_POWER)Parameters;
    return Power->PowerState == StorPowerDeviceD3
               ? ScsiAdapterControlSuccess
               : ScsiAdapterControlUnsuccessful;
  }
  if (ControlType == ScsiAdapterSystemPowerHints) {
    PSTOR_SYSTEM_POWER_HINTS Hints = (PSTOR_SYSTEM_POWER_HINTS)Parameters;
    Ext->SystemPower = Hints->SystemPower;
    return Hints->ResumeLatencyMSec > 0 ? ScsiAdapterControlSuccess
                                        : ScsiAdapterControlUnsuccessful;
  }
  if (ControlType == ScsiPowerSettingNotification) {
    PSTOR_POWER_SETTING_INFO Setting = (PSTOR_POWER_SETTING_INFO)Parameters;
    return Setting->ValueLength == sizeof(ULONG)
               ? ScsiAdapterControlSuccess
               : ScsiAdapterControlUnsuccessful;
  }
  if (ControlType == ScsiAdapterSurpriseRemoval ||
      ControlType == ScsiAdapterPrepareForBusReScan) {
    Ext->SystemPower = RaidSystemPowerUnknown;
    return ScsiAdapterControlSuccess;
  }
  return ScsiAdapterControlUnsuccessful;
}

static VOID ReportEvent(PHW_DEVICE_EXTENSION Ext, PSTOR_REQUEST_INFO Info) {
  STORPORT_TELEMETRY_EVENT Event = {0};
  STORPORT_ETW_EVENT_CHANNEL Channel = StorportEtwEventOperational;
  STORPORT_ETW_LEVEL Level = StorportEtwLevelError;
  STORPORT_ETW_EVENT_OPCODE Opcode = StorportEtwEventOpcodeInfo;
  UNREFERENCED_PARAMETER(Ext);
  Event.EventId = 1;
  Event.EventBufferLength = EVENT_BUFFER_MAX_LENGTH;
  Event.ParameterValue0 = Info->Flags & REQUEST_INFO_PAGING_IO_FLAG;
  Event.EventName[EVENT_NAME_MAX_LENGTH - 1] = 0;
  Event.ParameterName7[EVENT_MAX_PARAM_NAME_LEN - 1] = 0;
  Event.ParameterValue1 = Channel + Level + Opcode +
                          STORPORT_ETW_EVENT_KEYWORD_IO;
}

static UCHAR SenseLength(PDESCRIPTOR_SENSE_DATA Sense) {
  PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN Ata =
      (PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN)Sense->DescriptorBuffer;
  Sense->ErrorCode = SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT;
  Ata->Header.DescriptorType = SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN;
  Ata->Extend = 1;
  Ata->Status = 0x50;
  return Sense->AdditionalSenseLength;
}

static VOID AnswerDumpQuery(PMINIPORT_DUMP_POINTERS Pointers, PVOID Private) {
  Pointers->Version = DUMP_MINIPORT_VERSION_1;
  Pointers->Size = sizeof(MINIPORT_DUMP_POINTERS);
  Pointers->MiniportPrivateDumpData = Private;
}

static ULONG AnswerNvCache(PNVCACHE_REQUEST_BLOCK Nrb) {
  if (Nrb->Function != NRB_FUNCTION_QUERY_PINNED_SET) {
    Nrb->NRBStatus = NRB_ILLEGAL_REQUEST;
    return 0;
  }
  Nrb->NRBStatus = NRB_SUCCESS;
  return (ULONG)Nrb->LBA + Nrb->Count + SRB_IOCTL_FLAGS_ADAPTER_REQUEST;
}

static VOID Setup(PHW_DEVICE_EXTENSION Ext, PSTOR_DEVICE_CAPABILITIES_EX Caps,
                  PUNMAP_BLOCK_DESCRIPTOR Unmap) {
  PVOID Buffer = NULL;
  ULONG Features = STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY |
                   STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN |
                   STOR_ADAPTER_DMA_V3_PREFERRED;
  Caps->Removable = 0;
  Caps->SurpriseRemovalOK = 1;
  Ext->FormFactor = FormFactor2_5;
  Unmap->LbaCount[0] = 1;
  StorPortInitializeDpc(Ext, &Ext->CompletionDpc, CompletionDpcRoutine);
  StorPortAllocateContiguousMemorySpecifyCacheNode(
      Ext, 4096, (PHYSICAL_ADDRESS){0}, (PHYSICAL_ADDRESS){0},
      (PHYSICAL_ADDRESS){0}, MmCached, MM_ANY_NODE_OK, &Buffer);
  StorPortAsyncNotificationDetected(Ext, NULL,
                                    RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS);
  StorPortNotification(IoTargetRequestServiceTime, Ext, 0, NULL);
  Ext->Msi.MessageId = Features + MINIPORT_REG_BINARY;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_DEVICE_EXTENSION Ext;
  STOR_REQUEST_INFO Info;
  STOR_DEVICE_CAPABILITIES_EX Caps;
  UNMAP_BLOCK_DESCRIPTOR Unmap;
  UCHAR Sense[32];
  MINIPORT_DUMP_POINTERS Pointers;
  NVCACHE_REQUEST_BLOCK Nrb;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  Info.Flags = 0;
  Nrb.Function = NRB_FUNCTION_QUERY_PINNED_SET;
  Nrb.LBA = 0;
  Nrb.Count = 1;
  Info.Version = STOR_REQUEST_INFO_VER_1;
  ReportEvent(&Ext, &Info);
  Setup(&Ext, &Caps, &Unmap);
  AnswerDumpQuery(&Pointers, &Ext);
  return RegisterPoFx(&Ext) + SenseLength((PDESCRIPTOR_SENSE_DATA)Sense) +
         AnswerNvCache(&Nrb);
}
