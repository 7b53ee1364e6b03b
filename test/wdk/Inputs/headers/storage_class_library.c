/* The storage class library's own bookkeeping: what it learned of the
   device (the VPD pages, READ CAPACITY (16), idle power and firmware
   slots in the function support information), descriptor and fixed
   format sense data, the third power-down sequence, the driver
   extension's request block forms and the miniport's descriptor. */
#include <ntddk.h>

#include <scsi.h>

#include <classpnp.h>

RTL_QUERY_REGISTRY_ROUTINE QueryIdleTimeout;

NTSTATUS NTAPI QueryIdleTimeout(PWSTR ValueName, ULONG ValueType,
                                PVOID ValueData, ULONG ValueLength,
                                PVOID Context, PVOID EntryContext) {
  UNREFERENCED_PARAMETER(ValueName);
  UNREFERENCED_PARAMETER(ValueType);
  UNREFERENCED_PARAMETER(ValueLength);
  UNREFERENCED_PARAMETER(Context);
  if (ValueData != NULL)
    *(PULONG)EntryContext = *(PULONG)ValueData;
  return STATUS_SUCCESS;
}

SCSIPORT_API
NTSTATUS
SetUpSupportInfo(PFUNCTIONAL_DEVICE_EXTENSION Fdo) {
  PCLASS_FUNCTION_SUPPORT_INFO Info;
  KLOCK_QUEUE_HANDLE Lock;
  Info = (PCLASS_FUNCTION_SUPPORT_INFO)ExAllocatePoolWithTag(
      NonPagedPoolNx, sizeof(*Info), CLASS_TAG_LOCK_TRACKING);
  if (Info == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  RtlZeroMemory(Info, sizeof(*Info));
  KeInitializeSpinLock(&Info->SyncLock);
  Fdo->FunctionSupportInfo = Info;
  Fdo->AdditionalFdoData = (PADDITIONAL_FDO_DATA)ExAllocatePoolWithTag(
      NonPagedPoolNx, sizeof(ADDITIONAL_FDO_DATA), CLASS_TAG_LOCK_TRACKING);

  KeAcquireInStackQueuedSpinLock(&Info->SyncLock, &Lock);
  Info->GenerationCount = Info->ChangeRequestCount;
  KeReleaseInStackQueuedSpinLock(&Lock);

  if (Info->ValidInquiryPages.BlockLimits &&
      NT_SUCCESS(Info->BlockLimitsData.CommandStatus) &&
      Info->BlockLimitsData.UGAVALID)
    Fdo->DiskGeometry.BytesPerSector = Info->BlockLimitsData.MaxUnmapLbaCount;
  if (Info->LBProvisioningData.ProvisioningType == PROVISIONING_TYPE_THIN &&
      Info->LBProvisioningData.LBPU)
    Info->LowerLayerSupport.TrimProcess = Supported;
  if (Info->ReadCapacity16Data.BytesPerPhysicalSector == 0)
    Info->LowerLayerSupport.SeekPenaltyProperty = NotSupported;
  if (Info->BlockDeviceRODLimitsData.MaximumTokenTransferSize >
      Info->BlockDeviceRODLimitsData.OptimalTransferCount)
    Info->IdlePower.D3IdleTimeout =
        Info->BlockDeviceRODLimitsData.DefaultInactivityTimer;
  if (Info->DeviceCharacteristicsData.MediumRotationRate == 1)
    Info->IdlePower.NoVerifyDuringIdlePower = TRUE;
  if (Info->HwFirmwareGetInfoSupport == Supported &&
      Info->HwFirmwareInfo != NULL && Info->HwFirmwareInfo->SlotCount > 0 &&
      Info->HwFirmwareInfo->Slot[0].ReadOnly)
    Info->IdlePower.IdlePowerEnabled = FALSE;

  if (Fdo->MiniportDescriptor != NULL &&
      Fdo->MiniportDescriptor->Size >=
          RTL_SIZEOF_THROUGH_FIELD(STORAGE_MINIPORT_DESCRIPTOR,
                                   ExtraIoInfoSupported) &&
      Fdo->MiniportDescriptor->ExtraIoInfoSupported)
    Info->AsynchronousNotificationSupported = TRUE;
  return STATUS_SUCCESS;
}

BOOLEAN SupportsStorageRequestBlock(PFUNCTIONAL_DEVICE_EXTENSION Fdo) {
  return (Fdo->CommonExtension.DriverExtension->SrbSupport &
          CLASS_SRB_STORAGE_REQUEST_BLOCK) != 0;
}

BOOLEAN TokenOperationDone(ULONG Status) {
  switch (Status) {
  case OPERATION_COMPLETED_WITH_SUCCESS:
  case OPERATION_COMPLETED_WITH_ERROR:
  case OPERATION_COMPLETED_WITH_RESIDUAL_DATA:
  case OPERATION_TERMINATED:
    return TRUE;
  default:
    return FALSE;
  }
}

ULONG64 SenseInformation(PSENSE_DATA_EX Sense) {
  ULONG64 Information = 0;
  if (Sense->FixedData.ErrorCode == SCSI_SENSE_ERRORCODE_FIXED_CURRENT) {
    PFIXED_SENSE_DATA Fixed = &Sense->FixedData;
    Information = Fixed->Information[3];
  } else {
    PSCSI_SENSE_DESCRIPTOR_INFORMATION Descriptor =
        (PSCSI_SENSE_DESCRIPTOR_INFORMATION)
            Sense->DescriptorData.DescriptorBuffer;
    if (Descriptor->Header.DescriptorType ==
            SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION &&
        Descriptor->Valid)
      Information = Descriptor->Information[7];
  }
  if (Sense->FixedData.AdditionalSenseCode ==
          SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR &&
      Sense->FixedData.AdditionalSenseCodeQualifier ==
          SCSI_SENSEQ_DATA_UNDERRUN)
    Information = 0;
  return Information;
}

ULONG LogicalSectorSize(PREAD_CAPACITY16_DATA Data) {
  ULONG Bytes = Data->BytesPerBlock;
  if (Data->LBPME && Data->LowestAlignedBlock_LSB == 0)
    Bytes <<= Data->LogicalPerPhysicalExponent;
  return Bytes;
}

VOID NextPowerDownStep(PCLASS_POWER_CONTEXT Context, PSCSI_REQUEST_BLOCK Srb) {
  switch (Context->PowerChangeState.PowerDown3) {
  case PowerDownDeviceLocked3:
    Srb->Function = SRB_FUNCTION_QUIESCE_DEVICE;
    break;
  case PowerDownDeviceUnlocked3:
    Context->PowerChangeState.PowerDown3 = PowerDownDeviceInitial3;
    break;
  default:
    break;
  }
}

ULONG IoCapability(PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR Descriptor,
                   PSTORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR Medium) {
  STORAGE_PROPERTY_ID Id = StorageDeviceIoCapabilityProperty;
  ULONG Flags = DUID_VERSION_1 + DUID_INCLUDE_SOFTWARE_IDS;
  const GUID *Setting = &GUID_DISK_IDLE_TIMEOUT;
  UNREFERENCED_PARAMETER(Setting);
  if (Id != StorageDeviceIoCapabilityProperty || Medium->MediumProductType)
    return Flags;
  return Descriptor->LunMaxIoCount;
}
