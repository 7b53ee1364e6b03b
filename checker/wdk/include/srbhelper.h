/* wskcheck WDK profile: srbhelper.h, the accessors storage drivers use to
 * read and write a request block without knowing whether it is a
 * SCSI_REQUEST_BLOCK or an extended STORAGE_REQUEST_BLOCK.
 *
 * Undocumented: declared from its use by the storage driver samples (each
 * routine's name, arguments and result as the callers use them) and
 * written here from what the names say. A request block is extended when
 * its Function is SRB_FUNCTION_STORAGE_REQUEST_BLOCK; the SCSI members of
 * an extended block (CDB, SCSI status, sense buffer) live in its SCSI CDB
 * extended data block, its path, target and LUN in its BTL8 address.
 */
#ifndef WSKCHECK_WDK_SRBHELPER_H
#define WSKCHECK_WDK_SRBHELPER_H

#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SRB_ALIGN_SIZEOF
#define SRB_ALIGN_SIZEOF(x)                                                    \
  (((ULONG_PTR)(sizeof(x) + sizeof(PVOID) - 1)) & ~(sizeof(PVOID) - 1))
#endif

FORCEINLINE BOOLEAN WskcheckSrbIsExtended(PVOID Srb) {
  return ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->Function ==
         SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
}

/* The extended data block of the given type, or NULL. */
FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByIndex(PSTORAGE_REQUEST_BLOCK Srb,
                                               ULONG SrbExDataIndex) {
  if (SrbExDataIndex >= Srb->NumSrbExData ||
      Srb->SrbExDataOffset[SrbExDataIndex] < sizeof(STORAGE_REQUEST_BLOCK) ||
      Srb->SrbExDataOffset[SrbExDataIndex] >= Srb->SrbLength)
    return NULL;
  return (PSRBEX_DATA)((PUCHAR)Srb + Srb->SrbExDataOffset[SrbExDataIndex]);
}

FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByType(PSTORAGE_REQUEST_BLOCK Srb,
                                              SRBEXDATATYPE Type) {
  ULONG Index;
  for (Index = 0; Index < Srb->NumSrbExData; ++Index) {
    PSRBEX_DATA Data = SrbGetSrbExDataByIndex(Srb, Index);
    if (Data != NULL && Data->Type == Type)
      return Data;
  }
  return NULL;
}

/* The first SCSI CDB block of an extended SRB (16, 32 bytes or variable). */
FORCEINLINE PSRBEX_DATA WskcheckSrbScsiData(PSTORAGE_REQUEST_BLOCK Srb) {
  ULONG Index;
  if (Srb->SrbFunction != SRB_FUNCTION_EXECUTE_SCSI)
    return NULL;
  for (Index = 0; Index < Srb->NumSrbExData; ++Index) {
    PSRBEX_DATA Data = SrbGetSrbExDataByIndex(Srb, Index);
    if (Data != NULL && (Data->Type == SrbExDataTypeScsiCdb16 ||
                         Data->Type == SrbExDataTypeScsiCdb32 ||
                         Data->Type == SrbExDataTypeScsiCdbVar))
      return Data;
  }
  return NULL;
}

/* Any of the SCSI members of an extended SRB at once; each out-parameter may
   be NULL. Returns the CDB. */
FORCEINLINE PCDB SrbGetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8,
                                PULONG CdbLength32, PUCHAR ScsiStatus,
                                PVOID *SenseInfoBuffer,
                                PUCHAR SenseInfoBufferLength) {
  PSRBEX_DATA Data = WskcheckSrbScsiData(SrbEx);
  PCDB Cdb = NULL;
  ULONG Length = 0;
  UCHAR Status = SCSISTAT_GOOD;
  PVOID Sense = NULL;
  UCHAR SenseLength = 0;
  if (Data != NULL && Data->Type == SrbExDataTypeScsiCdb16) {
    PSRBEX_DATA_SCSI_CDB16 D = (PSRBEX_DATA_SCSI_CDB16)Data;
    Cdb = (PCDB)D->Cdb;
    Length = D->CdbLength;
    Status = D->ScsiStatus;
    Sense = D->SenseInfoBuffer;
    SenseLength = D->SenseInfoBufferLength;
  } else if (Data != NULL && Data->Type == SrbExDataTypeScsiCdb32) {
    PSRBEX_DATA_SCSI_CDB32 D = (PSRBEX_DATA_SCSI_CDB32)Data;
    Cdb = (PCDB)D->Cdb;
    Length = D->CdbLength;
    Status = D->ScsiStatus;
    Sense = D->SenseInfoBuffer;
    SenseLength = D->SenseInfoBufferLength;
  } else if (Data != NULL) {
    PSRBEX_DATA_SCSI_CDB_VAR D = (PSRBEX_DATA_SCSI_CDB_VAR)Data;
    Cdb = (PCDB)D->Cdb;
    Length = D->CdbLength;
    Status = D->ScsiStatus;
    Sense = D->SenseInfoBuffer;
    SenseLength = D->SenseInfoBufferLength;
  }
  if (CdbLength8)
    *CdbLength8 = (UCHAR)Length;
  if (CdbLength32)
    *CdbLength32 = Length;
  if (ScsiStatus)
    *ScsiStatus = Status;
  if (SenseInfoBuffer)
    *SenseInfoBuffer = Sense;
  if (SenseInfoBufferLength)
    *SenseInfoBufferLength = SenseLength;
  return Cdb;
}

FORCEINLINE PSTOR_ADDRESS SrbGetAddress(PSTORAGE_REQUEST_BLOCK Srb) {
  if (Srb->AddressOffset == 0)
    return NULL;
  return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

/* --- Members both forms have --- */
#define WSKCHECK_SRB_MEMBER(ValueType, Name, Member)                           \
  FORCEINLINE ValueType SrbGet##Name(PVOID Srb) {                              \
    if (WskcheckSrbIsExtended(Srb))                                            \
      return (ValueType)((PSTORAGE_REQUEST_BLOCK)Srb)->Member;                 \
    return (ValueType)((PSCSI_REQUEST_BLOCK)Srb)->Member;                      \
  }                                                                            \
  FORCEINLINE VOID SrbSet##Name(PVOID Srb, ValueType Value) {                  \
    if (WskcheckSrbIsExtended(Srb))                                            \
      ((PSTORAGE_REQUEST_BLOCK)Srb)->Member = Value;                           \
    else                                                                       \
      ((PSCSI_REQUEST_BLOCK)Srb)->Member = Value;                              \
  }
WSKCHECK_SRB_MEMBER(ULONG, DataTransferLength, DataTransferLength)
WSKCHECK_SRB_MEMBER(PVOID, DataBuffer, DataBuffer)
WSKCHECK_SRB_MEMBER(PVOID, OriginalRequest, OriginalRequest)
WSKCHECK_SRB_MEMBER(ULONG, TimeOutValue, TimeOutValue)
WSKCHECK_SRB_MEMBER(UCHAR, SrbStatus, SrbStatus)
#undef WSKCHECK_SRB_MEMBER

FORCEINLINE ULONG SrbGetSrbFlags(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags;
  return ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags;
}

/* Assign replaces the flags; Set adds to them; Clear removes some. */
FORCEINLINE VOID SrbAssignSrbFlags(PVOID Srb, ULONG Flags) {
  if (WskcheckSrbIsExtended(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
}

FORCEINLINE VOID SrbSetSrbFlags(PVOID Srb, ULONG Flags) {
  SrbAssignSrbFlags(Srb, SrbGetSrbFlags(Srb) | Flags);
}

FORCEINLINE VOID SrbClearSrbFlags(PVOID Srb, ULONG Flags) {
  SrbAssignSrbFlags(Srb, SrbGetSrbFlags(Srb) & ~Flags);
}

FORCEINLINE PVOID SrbGetNextSrb(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb;
  return ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb;
}

FORCEINLINE VOID SrbSetNextSrb(PVOID Srb, PVOID NextSrb) {
  if (WskcheckSrbIsExtended(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
}

FORCEINLINE PVOID SrbGetMiniportContext(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext;
  return ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension;
}

/* The function: SrbFunction of an extended SRB, else Function. */
FORCEINLINE ULONG SrbGetSrbFunction(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction;
  return ((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

FORCEINLINE ULONG SrbGetSrbLength(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength;
  return ((PSCSI_REQUEST_BLOCK)Srb)->Length;
}

/* The port's status of a request it could not deliver (extended SRB), or
   the internal status of a SCSI_REQUEST_BLOCK. */
FORCEINLINE ULONG SrbGetSystemStatus(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus;
  return ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus;
}

FORCEINLINE VOID SrbSetSystemStatus(PVOID Srb, ULONG Status) {
  if (WskcheckSrbIsExtended(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus = Status;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus = Status;
}

/* The queue tag (RequestTag) and tag action (RequestAttribute) of an
   extended SRB are QueueTag and QueueAction of a SCSI_REQUEST_BLOCK. */
FORCEINLINE ULONG SrbGetRequestTag(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag;
  return ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}

FORCEINLINE VOID SrbSetRequestTag(PVOID Srb, ULONG RequestTag) {
  if (WskcheckSrbIsExtended(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = RequestTag;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)RequestTag;
}

FORCEINLINE VOID SrbSetQueueTag(PVOID Srb, ULONG QueueTag) {
  SrbSetRequestTag(Srb, QueueTag);
}

FORCEINLINE UCHAR SrbGetRequestAttribute(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute;
  return ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}

FORCEINLINE VOID SrbSetRequestAttribute(PVOID Srb, UCHAR RequestAttribute) {
  if (WskcheckSrbIsExtended(Srb))
    ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = RequestAttribute;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = RequestAttribute;
}

FORCEINLINE UCHAR SrbGetQueueAction(PVOID Srb) {
  return SrbGetRequestAttribute(Srb);
}

FORCEINLINE VOID SrbSetQueueAction(PVOID Srb, UCHAR QueueAction) {
  SrbSetRequestAttribute(Srb, QueueAction);
}

/* The sort key of a SCSI_REQUEST_BLOCK; an extended SRB has none. */
FORCEINLINE VOID SrbSetQueueSortKey(PVOID Srb, ULONG QueueSortKey) {
  if (!WskcheckSrbIsExtended(Srb))
    ((PSCSI_REQUEST_BLOCK)Srb)->QueueSortKey = QueueSortKey;
}

/* --- SCSI members: in the SCSI CDB block of an extended SRB --- */
FORCEINLINE PCDB SrbGetCdb(PVOID Srb) {
  if (WskcheckSrbIsExtended(Srb))
    return SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL,
                          NULL);
  return (PCDB)((PSCSI_REQUEST_BLOCK)Srb)->Cdb;
}

FORCEINLINE UCHAR SrbGetCdbLength(PVOID Srb) {
  UCHAR Length = 0;
  if (WskcheckSrbIsExtended(Srb))
    SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &Length, NULL, NULL, NULL,
                   NULL);
  else
    Length = ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength;
  return Length;
}

FORCEINLINE UCHAR SrbGetScsiStatus(PVOID Srb) {
  UCHAR Status = SCSISTAT_GOOD;
  if (WskcheckSrbIsExtended(Srb))
    SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &Status, NULL,
                   NULL);
  else
    Status = ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus;
  return Status;
}

FORCEINLINE PVOID SrbGetSenseInfoBuffer(PVOID Srb) {
  PVOID Sense = NULL;
  if (WskcheckSrbIsExtended(Srb))
    SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &Sense, NULL);
  else
    Sense = ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer;
  return Sense;
}

FORCEINLINE UCHAR SrbGetSenseInfoBufferLength(PVOID Srb) {
  UCHAR Length = 0;
  if (WskcheckSrbIsExtended(Srb))
    SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL,
                   &Length);
  else
    Length = ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength;
  return Length;
}

/* Writes one SCSI member of an extended SRB's CDB block: all three CDB
   block forms share the layout up to the sense buffer. */
#define WSKCHECK_SRB_SCSI_SETTER(Name, ValueType, Member, VarMember)           \
  FORCEINLINE VOID SrbSet##Name(PVOID Srb, ValueType Value) {                  \
    if (WskcheckSrbIsExtended(Srb)) {                                          \
      PSRBEX_DATA Data = WskcheckSrbScsiData((PSTORAGE_REQUEST_BLOCK)Srb);     \
      if (Data == NULL)                                                        \
        return;                                                                \
      if (Data->Type == SrbExDataTypeScsiCdbVar)                               \
        ((PSRBEX_DATA_SCSI_CDB_VAR)Data)->VarMember = Value;                   \
      else if (Data->Type == SrbExDataTypeScsiCdb32)                           \
        ((PSRBEX_DATA_SCSI_CDB32)Data)->Member = Value;                        \
      else                                                                     \
        ((PSRBEX_DATA_SCSI_CDB16)Data)->Member = Value;                        \
    } else {                                                                   \
      ((PSCSI_REQUEST_BLOCK)Srb)->Member = Value;                              \
    }                                                                          \
  }
WSKCHECK_SRB_SCSI_SETTER(CdbLength, UCHAR, CdbLength, CdbLength)
WSKCHECK_SRB_SCSI_SETTER(ScsiStatus, UCHAR, ScsiStatus, ScsiStatus)
WSKCHECK_SRB_SCSI_SETTER(SenseInfoBuffer, PVOID, SenseInfoBuffer,
                         SenseInfoBuffer)
WSKCHECK_SRB_SCSI_SETTER(SenseInfoBufferLength, UCHAR, SenseInfoBufferLength,
                         SenseInfoBufferLength)
#undef WSKCHECK_SRB_SCSI_SETTER

/* --- The addressed unit: the BTL8 address of an extended SRB --- */
FORCEINLINE VOID SrbGetPathTargetLun(PVOID Srb, PUCHAR PathId, PUCHAR TargetId,
                                     PUCHAR Lun) {
  UCHAR P = 0, T = 0, L = 0;
  if (WskcheckSrbIsExtended(Srb)) {
    PSTOR_ADDRESS Address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
    if (Address != NULL && Address->Type == STOR_ADDRESS_TYPE_BTL8) {
      PSTOR_ADDR_BTL8 Btl8 = (PSTOR_ADDR_BTL8)Address;
      P = Btl8->Path;
      T = Btl8->Target;
      L = Btl8->Lun;
    }
  } else {
    P = ((PSCSI_REQUEST_BLOCK)Srb)->PathId;
    T = ((PSCSI_REQUEST_BLOCK)Srb)->TargetId;
    L = ((PSCSI_REQUEST_BLOCK)Srb)->Lun;
  }
  if (PathId)
    *PathId = P;
  if (TargetId)
    *TargetId = T;
  if (Lun)
    *Lun = L;
}

FORCEINLINE UCHAR SrbGetPathId(PVOID Srb) {
  UCHAR PathId;
  SrbGetPathTargetLun(Srb, &PathId, NULL, NULL);
  return PathId;
}

FORCEINLINE UCHAR SrbGetTargetId(PVOID Srb) {
  UCHAR TargetId;
  SrbGetPathTargetLun(Srb, NULL, &TargetId, NULL);
  return TargetId;
}

FORCEINLINE UCHAR SrbGetLun(PVOID Srb) {
  UCHAR Lun;
  SrbGetPathTargetLun(Srb, NULL, NULL, &Lun);
  return Lun;
}

/* --- Whole blocks --- */
FORCEINLINE VOID SrbZeroSrb(PVOID Srb) {
  ULONG Length = SrbGetSrbLength(Srb);
  PUCHAR Bytes = (PUCHAR)Srb;
  ULONG Index;
  /* Keep what says which form and how long the block is. */
  UCHAR Function = ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->Function;
  for (Index = 0; Index < Length; ++Index)
    Bytes[Index] = 0;
  ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->Function = Function;
  if (Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)
    ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength = Length;
  else
    ((PSCSI_REQUEST_BLOCK)Srb)->Length = (USHORT)Length;
}

/* Copies Source into Destination when it fits; FALSE when it does not. */
FORCEINLINE BOOLEAN SrbCopySrb(PVOID Destination, ULONG DestinationLength,
                               PVOID Source) {
  ULONG Length = SrbGetSrbLength(Source);
  ULONG Index;
  if (Length > DestinationLength)
    return FALSE;
  for (Index = 0; Index < Length; ++Index)
    ((PUCHAR)Destination)[Index] = ((PUCHAR)Source)[Index];
  return TRUE;
}

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SRBHELPER_H */
