/* A storage class driver building extended request blocks
   (STORAGE_REQUEST_BLOCK with a SCSI CDB block and a BTL8 address) and
   reading either form through the srbhelper.h accessors; its tracing set
   up by storswtr.h. */
#include <ntddk.h>
#include <scsi.h>
#include <srbhelper.h>
#include <storswtr.h>

#define WPP_CONTROL_GUIDS WPP_CONTROL_GUIDS_NORMAL_FLAGS((0, 0, 0, 0, 0))
#ifndef DEBUG_USE_WPP
#error the storage trace set-up selects WPP
#endif

typedef struct _SRB_BUFFER {
  STORAGE_REQUEST_BLOCK Srb;
  STOR_ADDR_BTL8 Address;
  SRBEX_DATA_SCSI_CDB16 Cdb16;
} SRB_BUFFER;

static VOID BuildReadCapacity(SRB_BUFFER *Buffer, PVOID Sense) {
  PSTORAGE_REQUEST_BLOCK Srb = &Buffer->Srb;
  RtlZeroMemory(Buffer, sizeof(*Buffer));
  Srb->Length = sizeof(STORAGE_REQUEST_BLOCK_HEADER);
  Srb->Function = SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
  Srb->Signature = SRB_SIGNATURE;
  Srb->Version = STORAGE_REQUEST_BLOCK_VERSION_1;
  Srb->SrbLength = sizeof(*Buffer);
  Srb->SrbFunction = SRB_FUNCTION_EXECUTE_SCSI;
  Srb->RequestPriority = StorIoPriorityNormal;
  Srb->AddressOffset = FIELD_OFFSET(SRB_BUFFER, Address);
  Buffer->Address.Type = STOR_ADDRESS_TYPE_BTL8;
  Buffer->Address.AddressLength = STOR_ADDR_BTL8_ADDRESS_LENGTH;
  Srb->NumSrbExData = 1;
  Srb->SrbExDataOffset[0] = FIELD_OFFSET(SRB_BUFFER, Cdb16);
  Buffer->Cdb16.Type = SrbExDataTypeScsiCdb16;
  Buffer->Cdb16.Length = SRBEX_DATA_SCSI_CDB16_LENGTH;

  SrbSetCdbLength(Srb, 10);
  SrbGetCdb(Srb)->CDB10.OperationCode = SCSIOP_READ_CAPACITY;
  SrbSetSenseInfoBuffer(Srb, Sense);
  SrbSetSenseInfoBufferLength(Srb, SENSE_BUFFER_SIZE);
  SrbSetTimeOutValue(Srb, 10);
  SrbAssignSrbFlags(Srb, SRB_FLAGS_DATA_IN);
  SrbSetSrbFlags(Srb, SRB_FLAGS_DISABLE_SYNCH_TRANSFER);
  SrbClearSrbFlags(Srb, SRB_FLAGS_DISABLE_SYNCH_TRANSFER);
  SrbSetRequestTag(Srb, SP_UNTAGGED);
  SrbSetRequestAttribute(Srb, SRB_SIMPLE_TAG_REQUEST);
}

static BOOLEAN Succeeded(PVOID Srb) {
  UCHAR Path, Target, Lun;
  PSRBEX_DATA_SCSI_CDB16 Cdb16;
  SrbGetPathTargetLun(Srb, &Path, &Target, &Lun);
  if (SrbGetSrbFunction(Srb) != SRB_FUNCTION_EXECUTE_SCSI)
    return FALSE;
  if (SrbGetScsiStatus(Srb) != SCSISTAT_GOOD ||
      SrbGetSenseInfoBufferLength(Srb) == 0)
    return FALSE;
  if (((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->Function ==
      SRB_FUNCTION_STORAGE_REQUEST_BLOCK) {
    Cdb16 = (PSRBEX_DATA_SCSI_CDB16)SrbGetSrbExDataByType(
        (PSTORAGE_REQUEST_BLOCK)Srb, SrbExDataTypeScsiCdb16);
    if (Cdb16 == NULL || Cdb16->CdbLength != SrbGetCdbLength(Srb))
      return FALSE;
  }
  return SRB_STATUS(SrbGetSrbStatus(Srb)) == SRB_STATUS_SUCCESS &&
         SrbGetDataTransferLength(Srb) != 0 && Lun == SrbGetLun(Srb);
}

NTSTATUS Send(PDEVICE_OBJECT Device, PIRP Irp, PVOID Data, ULONG Length) {
  static SRB_BUFFER Buffer, Copy;
  UCHAR Sense[SENSE_BUFFER_SIZE];
  BuildReadCapacity(&Buffer, Sense);
  SrbSetDataBuffer(&Buffer.Srb, Data);
  SrbSetDataTransferLength(&Buffer.Srb, Length);
  SrbSetOriginalRequest(&Buffer.Srb, Irp);
  SrbSetNextSrb(&Buffer.Srb, NULL);
  if (!SrbCopySrb(&Copy, sizeof(Copy), &Buffer.Srb))
    return STATUS_BUFFER_TOO_SMALL;
  SrbZeroSrb(&Copy.Srb);
  UNREFERENCED_PARAMETER(Device);
  return Succeeded(&Buffer.Srb) && SrbGetOriginalRequest(&Buffer.Srb) == Irp
             ? STATUS_SUCCESS
             : STATUS_IO_DEVICE_ERROR;
}
