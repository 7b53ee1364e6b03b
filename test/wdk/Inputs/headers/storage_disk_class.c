/* A disk class driver on the class library: it says which request block
   forms it builds, embeds a completion context holding either form, reads
   the miniport's descriptor and sense buffer size from its functional
   device extension, decodes sense data and answers the newer disk and
   storage controls, and walks the dictionary of the class library. */
#include <ntddk.h>
#include <scsi.h>
#include <classpnp.h>

NTSTATUS RegisterSrbSupport(PDRIVER_OBJECT DriverObject) {
  GUID Guid = GUID_CLASSPNP_SRB_SUPPORT;
  ULONG Support = CLASS_SRB_SCSI_REQUEST_BLOCK | CLASS_SRB_STORAGE_REQUEST_BLOCK;
  return ClassInitializeEx(DriverObject, &Guid, &Support);
}

VOID SetUpReset(PFUNCTIONAL_DEVICE_EXTENSION Fdo, PCOMPLETION_CONTEXT Context) {
  PSTORAGE_REQUEST_BLOCK SrbEx = &Context->Srb.SrbEx;
  Context->DeviceObject = Fdo->DeviceObject;
  if (Fdo->AdapterDescriptor->SrbType != SRB_TYPE_STORAGE_REQUEST_BLOCK) {
    Context->Srb.Srb.Function = SRB_FUNCTION_RESET_BUS;
    return;
  }
  SrbEx->Function = SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
  SrbEx->SrbLength = sizeof(Context->Srb.SrbExBuffer);
  SrbEx->SrbFunction = SRB_FUNCTION_RESET_BUS;
  SrbEx->AddressOffset = sizeof(STORAGE_REQUEST_BLOCK);
  C_ASSERT(CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE <=
           CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE);
}

VOID InitFdo(PFUNCTIONAL_DEVICE_EXTENSION Fdo, PUCHAR Sense) {
  Fdo->SenseDataLength = SENSE_BUFFER_SIZE_EX;
  if (Fdo->MiniportDescriptor != NULL &&
      Fdo->MiniportDescriptor->IoTimeoutValue > 0)
    Fdo->TimeOutValue = Fdo->MiniportDescriptor->IoTimeoutValue;
  {
    UCHAR Key = 0, Asc = 0, Ascq = 0;
    if (ScsiGetSenseKeyAndCodes(
            Sense, Fdo->SenseDataLength,
            SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED, &Key,
            &Asc, &Ascq) &&
        Key == SCSI_SENSE_UNIT_ATTENTION)
      Fdo->ErrorCount = 0;
  }
}

NTSTATUS Control(ULONG Code, PVOID Buffer) {
  switch (Code) {
  case IOCTL_DISK_GET_CACHE_SETTING: {
    PDISK_CACHE_SETTING Setting = (PDISK_CACHE_SETTING)Buffer;
    Setting->Version = sizeof(DISK_CACHE_SETTING);
    Setting->State = DiskCacheWriteThroughNotSupported;
    Setting->IsPowerProtected = FALSE;
    return STATUS_SUCCESS;
  }
  case IOCTL_DISK_REASSIGN_BLOCKS_EX:
    return ((PREASSIGN_BLOCKS_EX)Buffer)->Count ? STATUS_SUCCESS
                                                 : STATUS_INVALID_PARAMETER;
  case IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG: {
    PSTORAGE_FAILURE_PREDICTION_CONFIG Config =
        (PSTORAGE_FAILURE_PREDICTION_CONFIG)Buffer;
    return Config->Version == STORAGE_FAILURE_PREDICTION_CONFIG_V1 &&
                   Config->Size == sizeof(STORAGE_FAILURE_PREDICTION_CONFIG)
               ? STATUS_SUCCESS
               : STATUS_INVALID_PARAMETER;
  }
  default:
    return STATUS_INVALID_DEVICE_REQUEST;
  }
}

/* The class library's dictionary of per-file-object entries. */
struct _DICTIONARY_HEADER {
  PDICTIONARY_HEADER Next;
  ULONGLONG Key;
};

PDICTIONARY_HEADER FirstEntry(PDICTIONARY Dictionary) {
  return Dictionary->List;
}
