/* A file system and a minifilter using the Windows 8 names mingw-w64's
   ntifs.h lacks: the oplock in the advanced FCB header, the parent-object
   oplock flags, sector size information, purge failure mode, disk I/O
   accounting, flush minor functions; the disk and SCSI pass-through
   controls of ntdddisk.h and ntddscsi.h; a name provider's option macros. */
#include <ntifs.h>
#include <fltKernel.h>
#include <ntdddisk.h>
#include <ntddscsi.h>

typedef struct _FCB {
  FSRTL_ADVANCED_FCB_HEADER Header;
  FAST_MUTEX HeaderMutex;
  SECTION_OBJECT_POINTERS Section;
} FCB, *PFCB;

NTSTATUS CheckParent(PFCB Parent, PIRP Irp) {
  /* The oplock lives in the header, as FsRtlSetupAdvancedFcbHeader and
     FSRTL_FCB_HEADER_V2 expect. */
  POPLOCK Oplock = &Parent->Header.Oplock;
  Parent->Header.ReservedContext = NULL;
  if (Parent->Header.Version < FSRTL_FCB_HEADER_V2)
    return STATUS_INVALID_PARAMETER;
  return FsRtlCheckOplockEx(Oplock, Irp,
                            OPLOCK_FLAG_PARENT_OBJECT |
                                OPLOCK_FLAG_REMOVING_FILE_OR_LINK,
                            NULL, NULL, NULL);
}

NTSTATUS QuerySectorSize(PDEVICE_OBJECT Device, PFILE_OBJECT File,
                         PFILE_FS_SECTOR_SIZE_INFORMATION Info) {
  NTSTATUS Status = FsRtlGetSectorSizeInformation(Device, Info);
  if (NT_SUCCESS(Status) && (Info->Flags & SSINFO_FLAGS_NO_SEEK_PENALTY))
    CcSetAdditionalCacheAttributesEx(File, CC_ENABLE_DISK_IO_ACCOUNTING);
  FsRtlUpdateDiskCounters(Info->LogicalBytesPerSector, 0);
  return Status;
}

NTSTATUS Fsctl(PIO_STACK_LOCATION IrpSp, PIRP Irp) {
  PSET_PURGE_FAILURE_MODE_INPUT Input;
  if (IrpSp->MajorFunction == IRP_MJ_FLUSH_BUFFERS &&
      (IrpSp->MinorFunction == IRP_MN_FLUSH_DATA_ONLY ||
       IrpSp->MinorFunction == IRP_MN_FLUSH_NO_SYNC))
    return STATUS_SUCCESS;
  if (IrpSp->Parameters.FileSystemControl.FsControlCode !=
      FSCTL_SET_PURGE_FAILURE_MODE)
    return STATUS_INVALID_DEVICE_REQUEST;
  Input = (PSET_PURGE_FAILURE_MODE_INPUT)Irp->AssociatedIrp.SystemBuffer;
  return (Input->Flags & SET_PURGE_FAILURE_MODE_ENABLED) ? STATUS_SUCCESS
                                                         : STATUS_UNSUCCESSFUL;
}

ULONG DeviceControl(ULONG Code, PVOID Buffer) {
  switch (Code) {
  case IOCTL_DISK_COPY_DATA:
    return (ULONG)((PDISK_COPY_DATA_PARAMETERS)Buffer)->CopyLength.QuadPart;
  case IOCTL_DISK_GET_CLUSTER_INFO:
    return (((PDISK_CLUSTER_INFO)Buffer)->Flags & DISK_CLUSTER_FLAG_CSV) != 0;
  case IOCTL_SCSI_PASS_THROUGH_EX:
    return ((PSCSI_PASS_THROUGH_EX)Buffer)->Cdb[0];
  case IOCTL_SCSI_PASS_THROUGH_DIRECT_EX:
    return ((PSCSI_PASS_THROUGH_DIRECT_EX)Buffer)->DataDirection ==
           SCSI_IOCTL_DATA_BIDIRECTIONAL;
  }
  return 0;
}

BOOLEAN WantsShortName(FLT_FILE_NAME_OPTIONS Options) {
  return FltGetFileNameFormat(Options) == FLT_FILE_NAME_SHORT &&
         FltGetFileNameQueryMethod(Options) != FLT_FILE_NAME_QUERY_CACHE_ONLY;
}

NTSTATUS CompleteIfNotCancelled(PFLT_CALLBACK_DATA Data) {
  NTSTATUS Status = FltClearCancelCompletion(Data);
  return Status == STATUS_CANCELLED ? Status : STATUS_SUCCESS;
}

/* FileRenameInformationEx's flags share the place of ReplaceIfExists. */
BOOLEAN PosixRename(PFILE_RENAME_INFORMATION Rename,
                    FILE_INFORMATION_CLASS Class) {
  if (Class == FileRenameInformationEx)
    return (Rename->Flags & FILE_RENAME_POSIX_SEMANTICS) != 0;
  return Rename->ReplaceIfExists;
}

/* A minifilter asking CSVFS for a file's revision numbers. */
NTSTATUS AddRevisionEcp(PFLT_FILTER Filter, PECP_LIST EcpList) {
  PCSV_QUERY_FILE_REVISION_ECP_CONTEXT Context;
  NTSTATUS Status = FltAllocateExtraCreateParameter(
      Filter, &GUID_ECP_CSV_QUERY_FILE_REVISION,
      sizeof(CSV_QUERY_FILE_REVISION_ECP_CONTEXT), 0, NULL, 'vsCA',
      (PVOID *)&Context);
  if (!NT_SUCCESS(Status))
    return Status;
  RtlZeroMemory(Context, sizeof(*Context));
  return FltInsertExtraCreateParameter(Filter, EcpList, Context);
}

LONGLONG RevisionOf(PFLT_INSTANCE Instance, PFILE_OBJECT File) {
  CSV_CONTROL_PARAM Request;
  CSV_QUERY_FILE_REVISION Revision;
  Request.Operation = CsvControlQueryFileRevision;
  Request.Unused = 0;
  if (!NT_SUCCESS(FltFsControlFile(Instance, File, FSCTL_CSV_CONTROL,
                                   &Request, sizeof(Request), &Revision,
                                   sizeof(Revision), NULL)))
    return 0;
  return Revision.FileRevision[2];
}
