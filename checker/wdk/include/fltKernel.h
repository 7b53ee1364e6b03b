/* wskcheck WDK profile: fltKernel.h, the Filter Manager interface of file
 * system minifilter drivers (registration, operation callbacks and their
 * parameters, contexts, file names, communication ports, filter-initiated
 * I/O), written from its documentation. mingw-w64 has no fltKernel.h.
 *
 * The Filter Manager's routines are plain declarations; the analysis treats
 * them as routines it cannot see.
 */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__

#include <ntifs.h>
#include <ktmtypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FLTAPI NTAPI

/* The Filter Manager versions the build targets (all of them: Windows 10). */
#define FLT_MGR_BASELINE 1
#define FLT_MGR_AFTER_XPSP2 1
#define FLT_MGR_LONGHORN 1
#define FLT_MGR_WIN7 1
#define FLT_MGR_WIN8 1
#define FLT_MGR_WINBLUE 1
#define FLT_MGR_THRESHOLD 1

/* The Filter Manager's SAL annotations: no meaning for the analysis. */
#define _Flt_CompletionContext_Outptr_
#define _Flt_ConnectionCookie_Outptr_

#define FLT_ASSERT(e) ASSERT(e)
#define FLT_ASSERTMSG(m, e) ASSERTMSG(m, e)

/* Opaque objects. */
typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_PORT *PFLT_PORT;
typedef PVOID PFLT_CONTEXT;
typedef struct _FLT_DEFERRED_IO_WORKITEM *PFLT_DEFERRED_IO_WORKITEM;
typedef struct _FLT_GENERIC_WORKITEM *PFLT_GENERIC_WORKITEM;

#define NULL_CONTEXT ((PFLT_CONTEXT)NULL)

/* The Filter Manager's own operation codes, beside the IRP_MJ_ codes. */
#define IRP_MJ_ACQUIRE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-1)
#define IRP_MJ_RELEASE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-2)
#define IRP_MJ_ACQUIRE_FOR_MOD_WRITE ((UCHAR)-3)
#define IRP_MJ_RELEASE_FOR_MOD_WRITE ((UCHAR)-4)
#define IRP_MJ_ACQUIRE_FOR_CC_FLUSH ((UCHAR)-5)
#define IRP_MJ_RELEASE_FOR_CC_FLUSH ((UCHAR)-6)
#define IRP_MJ_QUERY_OPEN ((UCHAR)-7)
#define IRP_MJ_FAST_IO_CHECK_IF_POSSIBLE ((UCHAR)-13)
#define IRP_MJ_NETWORK_QUERY_OPEN ((UCHAR)-14)
#define IRP_MJ_MDL_READ ((UCHAR)-15)
#define IRP_MJ_MDL_READ_COMPLETE ((UCHAR)-16)
#define IRP_MJ_PREPARE_MDL_WRITE ((UCHAR)-17)
#define IRP_MJ_MDL_WRITE_COMPLETE ((UCHAR)-18)
#define IRP_MJ_VOLUME_MOUNT ((UCHAR)-19)
#define IRP_MJ_VOLUME_DISMOUNT ((UCHAR)-20)
#define IRP_MJ_TRANSACTION_NOTIFY ((UCHAR)-40)
#define IRP_MJ_OPERATION_END ((UCHAR)0x80)

/* ------------------------------------------------------------------ */
/* Contexts                                                            */

typedef USHORT FLT_CONTEXT_TYPE;
#define FLT_VOLUME_CONTEXT 0x0001
#define FLT_INSTANCE_CONTEXT 0x0002
#define FLT_FILE_CONTEXT 0x0004
#define FLT_STREAM_CONTEXT 0x0008
#define FLT_STREAMHANDLE_CONTEXT 0x0010
#define FLT_TRANSACTION_CONTEXT 0x0020
#define FLT_SECTION_CONTEXT 0x0040
#define FLT_CONTEXT_END 0xffff

typedef enum _FLT_SET_CONTEXT_OPERATION {
  FLT_SET_CONTEXT_REPLACE_IF_EXISTS,
  FLT_SET_CONTEXT_KEEP_IF_EXISTS
} FLT_SET_CONTEXT_OPERATION,
    *PFLT_SET_CONTEXT_OPERATION;

typedef VOID(FLTAPI *PFLT_CONTEXT_CLEANUP_CALLBACK)(
    PFLT_CONTEXT Context, FLT_CONTEXT_TYPE ContextType);
typedef PVOID(FLTAPI *PFLT_CONTEXT_ALLOCATE_CALLBACK)(
    POOL_TYPE PoolType, SIZE_T Size, FLT_CONTEXT_TYPE ContextType);
typedef VOID(FLTAPI *PFLT_CONTEXT_FREE_CALLBACK)(PVOID Pool,
                                                 FLT_CONTEXT_TYPE ContextType);

typedef USHORT FLT_CONTEXT_REGISTRATION_FLAGS;
#define FLTFL_CONTEXT_REGISTRATION_NO_EXACT_SIZE_MATCH 0x0001
#define FLT_VARIABLE_SIZED_CONTEXTS ((SIZE_T)-1)

typedef struct _FLT_CONTEXT_REGISTRATION {
  FLT_CONTEXT_TYPE ContextType;
  FLT_CONTEXT_REGISTRATION_FLAGS Flags;
  PFLT_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback;
  SIZE_T Size;
  ULONG PoolTag;
  PFLT_CONTEXT_ALLOCATE_CALLBACK ContextAllocateCallback;
  PFLT_CONTEXT_FREE_CALLBACK ContextFreeCallback;
  PVOID Reserved1;
} FLT_CONTEXT_REGISTRATION, *PFLT_CONTEXT_REGISTRATION;
typedef const FLT_CONTEXT_REGISTRATION *PCFLT_CONTEXT_REGISTRATION;

/* ------------------------------------------------------------------ */
/* Operation parameters and callback data                              */

typedef union _FLT_PARAMETERS {
  struct {
    PIO_SECURITY_CONTEXT SecurityContext;
    ULONG Options;
    USHORT POINTER_ALIGNMENT FileAttributes;
    USHORT ShareAccess;
    ULONG POINTER_ALIGNMENT EaLength;
    PVOID EaBuffer;
    LARGE_INTEGER AllocationSize;
  } Create;
  struct {
    PIO_SECURITY_CONTEXT SecurityContext;
    ULONG Options;
    USHORT POINTER_ALIGNMENT Reserved;
    USHORT ShareAccess;
    PVOID Parameters;
  } CreatePipe;
  struct {
    PIO_SECURITY_CONTEXT SecurityContext;
    ULONG Options;
    USHORT POINTER_ALIGNMENT Reserved;
    USHORT ShareAccess;
    PVOID Parameters;
  } CreateMailslot;
  struct {
    ULONG Length;
    ULONG POINTER_ALIGNMENT Key;
    LARGE_INTEGER ByteOffset;
    PVOID ReadBuffer;
    PMDL MdlAddress;
  } Read;
  struct {
    ULONG Length;
    ULONG POINTER_ALIGNMENT Key;
    LARGE_INTEGER ByteOffset;
    PVOID WriteBuffer;
    PMDL MdlAddress;
  } Write;
  struct {
    ULONG Length;
    FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
    PVOID InfoBuffer;
  } QueryFileInformation;
  struct {
    ULONG Length;
    FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass;
    PFILE_OBJECT ParentOfTarget;
    union {
      struct {
        BOOLEAN ReplaceIfExists;
        BOOLEAN AdvanceOnly;
      };
      ULONG ClusterCount;
      HANDLE DeleteHandle;
    };
    PVOID InfoBuffer;
  } SetFileInformation;
  struct {
    ULONG Length;
    PVOID EaList;
    ULONG EaListLength;
    ULONG POINTER_ALIGNMENT EaIndex;
    PVOID EaBuffer;
    PMDL MdlAddress;
  } QueryEa;
  struct {
    ULONG Length;
    PVOID EaBuffer;
    PMDL MdlAddress;
  } SetEa;
  struct {
    ULONG Length;
    FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
    PVOID VolumeBuffer;
  } QueryVolumeInformation;
  struct {
    ULONG Length;
    FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass;
    PVOID VolumeBuffer;
  } SetVolumeInformation;
  union {
    struct {
      ULONG Length;
      PUNICODE_STRING FileName;
      FILE_INFORMATION_CLASS FileInformationClass;
      ULONG POINTER_ALIGNMENT FileIndex;
      PVOID DirectoryBuffer;
      PMDL MdlAddress;
    } QueryDirectory;
    struct {
      ULONG Length;
      ULONG POINTER_ALIGNMENT CompletionFilter;
      ULONG POINTER_ALIGNMENT Spare1;
      ULONG POINTER_ALIGNMENT Spare2;
      PVOID DirectoryBuffer;
      PMDL MdlAddress;
    } NotifyDirectory;
  } DirectoryControl;
  union {
    struct {
      PVPB Vpb;
      PDEVICE_OBJECT DeviceObject;
    } VerifyVolume;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT FsControlCode;
    } Common;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT FsControlCode;
      PVOID InputBuffer;
      PVOID OutputBuffer;
      PMDL OutputMdlAddress;
    } Neither;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT FsControlCode;
      PVOID SystemBuffer;
    } Buffered;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT FsControlCode;
      PVOID InputSystemBuffer;
      PVOID OutputBuffer;
      PMDL OutputMdlAddress;
    } Direct;
  } FileSystemControl;
  union {
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
    } Common;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID InputBuffer;
      PVOID OutputBuffer;
      PMDL OutputMdlAddress;
    } Neither;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID SystemBuffer;
    } Buffered;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID InputSystemBuffer;
      PVOID OutputBuffer;
      PMDL OutputMdlAddress;
    } Direct;
    struct {
      ULONG OutputBufferLength;
      ULONG POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID InputBuffer;
      PVOID OutputBuffer;
    } FastIo;
  } DeviceIoControl;
  struct {
    PLARGE_INTEGER Length;
    ULONG POINTER_ALIGNMENT Key;
    LARGE_INTEGER ByteOffset;
    PEPROCESS ProcessId;
    BOOLEAN FailImmediately;
    BOOLEAN ExclusiveLock;
  } LockControl;
  struct {
    SECURITY_INFORMATION SecurityInformation;
    ULONG POINTER_ALIGNMENT Length;
    PVOID SecurityBuffer;
    PMDL MdlAddress;
  } QuerySecurity;
  struct {
    SECURITY_INFORMATION SecurityInformation;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
  } SetSecurity;
  struct {
    ULONG_PTR ProviderId;
    PVOID DataPath;
    ULONG BufferSize;
    PVOID Buffer;
  } WMI;
  struct {
    ULONG Length;
    PSID StartSid;
    PFILE_GET_QUOTA_INFORMATION SidList;
    ULONG SidListLength;
    PVOID QuotaBuffer;
    PMDL MdlAddress;
  } QueryQuota;
  struct {
    ULONG Length;
    PVOID QuotaBuffer;
    PMDL MdlAddress;
  } SetQuota;
  union {
    struct {
      PCM_RESOURCE_LIST AllocatedResources;
      PCM_RESOURCE_LIST AllocatedResourcesTranslated;
    } StartDevice;
    struct {
      DEVICE_RELATION_TYPE Type;
    } QueryDeviceRelations;
    struct {
      const GUID *InterfaceType;
      USHORT Size;
      USHORT Version;
      PINTERFACE Interface;
      PVOID InterfaceSpecificData;
    } QueryInterface;
    struct {
      PDEVICE_CAPABILITIES Capabilities;
    } DeviceCapabilities;
    struct {
      PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementList;
    } FilterResourceRequirements;
    struct {
      ULONG WhichSpace;
      PVOID Buffer;
      ULONG Offset;
      ULONG POINTER_ALIGNMENT Length;
    } ReadWriteConfig;
    struct {
      BOOLEAN Lock;
    } SetLock;
    struct {
      BUS_QUERY_ID_TYPE IdType;
    } QueryId;
    struct {
      DEVICE_TEXT_TYPE DeviceTextType;
      LCID POINTER_ALIGNMENT LocaleId;
    } QueryDeviceText;
    struct {
      BOOLEAN InPath;
      BOOLEAN Reserved[3];
      DEVICE_USAGE_NOTIFICATION_TYPE POINTER_ALIGNMENT Type;
    } UsageNotification;
  } Pnp;
  struct {
    FS_FILTER_SECTION_SYNC_TYPE SyncType;
    ULONG PageProtection;
    PVOID OutputInformation; /* PFS_FILTER_SECTION_SYNC_OUTPUT */
    ULONG Flags;
    ULONG AllocationAttributes;
  } AcquireForSectionSynchronization;
  struct {
    PLARGE_INTEGER EndingOffset;
    PERESOURCE *ResourceToRelease;
  } AcquireForModifiedPageWriter;
  struct {
    PERESOURCE ResourceToRelease;
  } ReleaseForModifiedPageWriter;
  struct {
    PIRP Irp;
    PFILE_NETWORK_OPEN_INFORMATION NetworkInformation;
  } NetworkQueryOpen;
  struct {
    LARGE_INTEGER FileOffset;
    ULONG Length;
    ULONG POINTER_ALIGNMENT LockKey;
    BOOLEAN POINTER_ALIGNMENT CheckForReadOperation;
  } FastIoCheckIfPossible;
  struct {
    LARGE_INTEGER FileOffset;
    ULONG POINTER_ALIGNMENT Length;
    ULONG POINTER_ALIGNMENT Key;
    PMDL *MdlChain;
  } MdlRead;
  struct {
    PMDL MdlChain;
  } MdlReadComplete;
  struct {
    LARGE_INTEGER FileOffset;
    ULONG POINTER_ALIGNMENT Length;
    ULONG POINTER_ALIGNMENT Key;
    PMDL *MdlChain;
  } PrepareMdlWrite;
  struct {
    LARGE_INTEGER FileOffset;
    PMDL MdlChain;
  } MdlWriteComplete;
  struct {
    ULONG DeviceType;
  } MountVolume;
  struct {
    PVOID Argument1;
    PVOID Argument2;
    PVOID Argument3;
    PVOID Argument4;
    PVOID Argument5;
    LARGE_INTEGER Argument6;
  } Others;
} FLT_PARAMETERS, *PFLT_PARAMETERS;

typedef struct _FLT_IO_PARAMETER_BLOCK {
  ULONG IrpFlags;
  UCHAR MajorFunction;
  UCHAR MinorFunction;
  UCHAR OperationFlags;
  UCHAR Reserved;
  PFILE_OBJECT TargetFileObject;
  PFLT_INSTANCE TargetInstance;
  FLT_PARAMETERS Parameters;
} FLT_IO_PARAMETER_BLOCK, *PFLT_IO_PARAMETER_BLOCK;

typedef struct _FLT_TAG_DATA_BUFFER {
  ULONG FileTag;
  USHORT TagDataLength;
  USHORT UnparsedNameLength;
  union {
    struct {
      USHORT SubstituteNameOffset;
      USHORT SubstituteNameLength;
      USHORT PrintNameOffset;
      USHORT PrintNameLength;
      ULONG Flags;
      WCHAR PathBuffer[1];
    } SymbolicLinkReparseBuffer;
    struct {
      USHORT SubstituteNameOffset;
      USHORT SubstituteNameLength;
      USHORT PrintNameOffset;
      USHORT PrintNameLength;
      WCHAR PathBuffer[1];
    } MountPointReparseBuffer;
    struct {
      UCHAR DataBuffer[1];
    } GenericReparseBuffer;
    struct {
      GUID TagGuid;
      UCHAR DataBuffer[1];
    } GenericGUIDReparseBuffer;
  };
} FLT_TAG_DATA_BUFFER, *PFLT_TAG_DATA_BUFFER;

typedef ULONG FLT_CALLBACK_DATA_FLAGS;
#define FLT_TAG_DATA_BUFFER_HEADER_SIZE                                        \
  FIELD_OFFSET(FLT_TAG_DATA_BUFFER, GenericReparseBuffer)

#define FLTFL_CALLBACK_DATA_REISSUE_MASK 0x0000FFFF
#define FLTFL_CALLBACK_DATA_IRP_OPERATION 0x00000001
#define FLTFL_CALLBACK_DATA_FAST_IO_OPERATION 0x00000002
#define FLTFL_CALLBACK_DATA_FS_FILTER_OPERATION 0x00000004
#define FLTFL_CALLBACK_DATA_SYSTEM_BUFFER 0x00000008
#define FLTFL_CALLBACK_DATA_GENERATED_IO 0x00010000
#define FLTFL_CALLBACK_DATA_REISSUED_IO 0x00020000
#define FLTFL_CALLBACK_DATA_DRAINING_IO 0x00040000
#define FLTFL_CALLBACK_DATA_POST_OPERATION 0x00080000
#define FLTFL_CALLBACK_DATA_NEW_SYSTEM_BUFFER 0x00100000
#define FLTFL_CALLBACK_DATA_DIRTY 0x80000000

typedef struct _FLT_CALLBACK_DATA {
  FLT_CALLBACK_DATA_FLAGS Flags;
  PETHREAD const Thread;
  PFLT_IO_PARAMETER_BLOCK const Iopb;
  IO_STATUS_BLOCK IoStatus;
  struct _FLT_TAG_DATA_BUFFER *TagData;
  union {
    struct {
      LIST_ENTRY QueueLinks;
      PVOID QueueContext[2];
    };
    PVOID FilterContext[4];
  };
  KPROCESSOR_MODE RequestorMode;
} FLT_CALLBACK_DATA, *PFLT_CALLBACK_DATA;

typedef VOID(FLTAPI *PFLT_COMPLETE_CANCELED_CALLBACK)(
    PFLT_CALLBACK_DATA CallbackData);

#define FLT_IS_IRP_OPERATION(Data)                                             \
  (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_IRP_OPERATION))
#define FLT_IS_FASTIO_OPERATION(Data)                                          \
  (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_FAST_IO_OPERATION))
#define FLT_IS_FS_FILTER_OPERATION(Data)                                       \
  (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_FS_FILTER_OPERATION))
#define FLT_IS_REISSUED_IO(Data)                                               \
  (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_REISSUED_IO))
#define FLT_IS_SYSTEM_BUFFER(Data)                                             \
  (FlagOn((Data)->Flags, FLTFL_CALLBACK_DATA_SYSTEM_BUFFER))

typedef struct _FLT_RELATED_OBJECTS {
  USHORT const Size;
  USHORT const TransactionContext;
  PFLT_FILTER const Filter;
  PFLT_VOLUME const Volume;
  PFLT_INSTANCE const Instance;
  PFILE_OBJECT const FileObject;
  PKTRANSACTION const Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef const struct _FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;

typedef struct _FLT_RELATED_CONTEXTS {
  PFLT_CONTEXT VolumeContext;
  PFLT_CONTEXT InstanceContext;
  PFLT_CONTEXT FileContext;
  PFLT_CONTEXT StreamContext;
  PFLT_CONTEXT StreamHandleContext;
  PFLT_CONTEXT TransactionContext;
} FLT_RELATED_CONTEXTS, *PFLT_RELATED_CONTEXTS;

/* ------------------------------------------------------------------ */
/* Operation callbacks and registration                                */

typedef enum _FLT_PREOP_CALLBACK_STATUS {
  FLT_PREOP_SUCCESS_WITH_CALLBACK,
  FLT_PREOP_SUCCESS_NO_CALLBACK,
  FLT_PREOP_PENDING,
  FLT_PREOP_DISALLOW_FASTIO,
  FLT_PREOP_COMPLETE,
  FLT_PREOP_SYNCHRONIZE,
  FLT_PREOP_DISALLOW_FSFILTER_IO
} FLT_PREOP_CALLBACK_STATUS,
    *PFLT_PREOP_CALLBACK_STATUS;

typedef enum _FLT_POSTOP_CALLBACK_STATUS {
  FLT_POSTOP_FINISHED_PROCESSING,
  FLT_POSTOP_MORE_PROCESSING_REQUIRED,
  FLT_POSTOP_DISALLOW_FSFILTER_IO
} FLT_POSTOP_CALLBACK_STATUS,
    *PFLT_POSTOP_CALLBACK_STATUS;

typedef ULONG FLT_POST_OPERATION_FLAGS;
#define FLTFL_POST_OPERATION_DRAINING 0x00000001

typedef FLT_PREOP_CALLBACK_STATUS(FLTAPI *PFLT_PRE_OPERATION_CALLBACK)(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    PVOID *CompletionContext);
typedef FLT_POSTOP_CALLBACK_STATUS(FLTAPI *PFLT_POST_OPERATION_CALLBACK)(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags);

typedef ULONG FLT_OPERATION_REGISTRATION_FLAGS;
#define FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO 0x00000001
#define FLTFL_OPERATION_REGISTRATION_SKIP_CACHED_IO 0x00000002
#define FLTFL_OPERATION_REGISTRATION_SKIP_NON_DASD_IO 0x00000004
#define FLTFL_OPERATION_REGISTRATION_SKIP_NON_CACHED_NON_PAGING_IO 0x00000008

typedef struct _FLT_OPERATION_REGISTRATION {
  UCHAR MajorFunction;
  FLT_OPERATION_REGISTRATION_FLAGS Flags;
  PFLT_PRE_OPERATION_CALLBACK PreOperation;
  PFLT_POST_OPERATION_CALLBACK PostOperation;
  PVOID Reserved1;
} FLT_OPERATION_REGISTRATION, *PFLT_OPERATION_REGISTRATION;

typedef ULONG FLT_FILTER_UNLOAD_FLAGS;
#define FLTFL_FILTER_UNLOAD_MANDATORY 0x00000001

typedef ULONG FLT_INSTANCE_SETUP_FLAGS;
#define FLTFL_INSTANCE_SETUP_AUTOMATIC_ATTACHMENT 0x00000001
#define FLTFL_INSTANCE_SETUP_MANUAL_ATTACHMENT 0x00000002
#define FLTFL_INSTANCE_SETUP_NEWLY_MOUNTED_VOLUME 0x00000004
#define FLTFL_INSTANCE_SETUP_DETACHED_VOLUME 0x00000008

typedef ULONG FLT_INSTANCE_QUERY_TEARDOWN_FLAGS;

typedef ULONG FLT_INSTANCE_TEARDOWN_FLAGS;
#define FLTFL_INSTANCE_TEARDOWN_MANUAL 0x00000001
#define FLTFL_INSTANCE_TEARDOWN_FILTER_UNLOAD 0x00000002
#define FLTFL_INSTANCE_TEARDOWN_MANDATORY_FILTER_UNLOAD 0x00000004
#define FLTFL_INSTANCE_TEARDOWN_VOLUME_DISMOUNT 0x00000008
#define FLTFL_INSTANCE_TEARDOWN_INTERNALERROR 0x00000010

typedef enum _FLT_FILESYSTEM_TYPE {
  FLT_FSTYPE_UNKNOWN,
  FLT_FSTYPE_RAW,
  FLT_FSTYPE_NTFS,
  FLT_FSTYPE_FAT,
  FLT_FSTYPE_CDFS,
  FLT_FSTYPE_UDFS,
  FLT_FSTYPE_LANMAN,
  FLT_FSTYPE_WEBDAV,
  FLT_FSTYPE_RDPDR,
  FLT_FSTYPE_NFS,
  FLT_FSTYPE_MS_NETWARE,
  FLT_FSTYPE_NETWARE,
  FLT_FSTYPE_BSUDF,
  FLT_FSTYPE_MUP,
  FLT_FSTYPE_RSFX,
  FLT_FSTYPE_ROXIO_UDF1,
  FLT_FSTYPE_ROXIO_UDF2,
  FLT_FSTYPE_ROXIO_UDF3,
  FLT_FSTYPE_TACIT,
  FLT_FSTYPE_FS_REC,
  FLT_FSTYPE_INCD,
  FLT_FSTYPE_INCD_FAT,
  FLT_FSTYPE_EXFAT,
  FLT_FSTYPE_PSFS,
  FLT_FSTYPE_GPFS,
  FLT_FSTYPE_NPFS,
  FLT_FSTYPE_MSFS,
  FLT_FSTYPE_CSVFS,
  FLT_FSTYPE_REFS,
  FLT_FSTYPE_OPENAFS,
  FLT_FSTYPE_CIMFS
} FLT_FILESYSTEM_TYPE,
    *PFLT_FILESYSTEM_TYPE;

/* File names. */
typedef ULONG FLT_FILE_NAME_OPTIONS;
#define FLT_VALID_FILE_NAME_FORMATS 0x000000ff
#define FLT_FILE_NAME_NORMALIZED 0x01
#define FLT_FILE_NAME_OPENED 0x02
#define FLT_FILE_NAME_SHORT 0x03
#define FLT_VALID_FILE_NAME_QUERY_METHODS 0x0000ff00
#define FLT_FILE_NAME_QUERY_DEFAULT 0x0100
#define FLT_FILE_NAME_QUERY_CACHE_ONLY 0x0200
#define FLT_FILE_NAME_QUERY_FILESYSTEM_ONLY 0x0300
#define FLT_FILE_NAME_QUERY_ALWAYS_ALLOW_CACHE_LOOKUP 0x0400
#define FLT_VALID_FILE_NAME_FLAGS 0xff000000
#define FLT_FILE_NAME_REQUEST_FROM_CURRENT_PROVIDER 0x01000000
#define FLT_FILE_NAME_DO_NOT_CACHE 0x02000000
#define FLT_FILE_NAME_ALLOW_QUERY_ON_REPARSE 0x04000000
/* The format and the query method of a name's options (macros in the
   WDK, as a name provider's callbacks use them). */
#define FltGetFileNameFormat(_NameOptions)                                     \
  ((_NameOptions) & FLT_VALID_FILE_NAME_FORMATS)
#define FltGetFileNameQueryMethod(_NameOptions)                                \
  ((_NameOptions) & FLT_VALID_FILE_NAME_QUERY_METHODS)

typedef USHORT FLT_FILE_NAME_PARSED_FLAGS;
#define FLTFL_FILE_NAME_PARSED_FINAL_COMPONENT 0x0001
#define FLTFL_FILE_NAME_PARSED_EXTENSION 0x0002
#define FLTFL_FILE_NAME_PARSED_STREAM 0x0004
#define FLTFL_FILE_NAME_PARSED_PARENT_DIR 0x0008

typedef struct _FLT_FILE_NAME_INFORMATION {
  USHORT Size;
  FLT_FILE_NAME_PARSED_FLAGS NamesParsed;
  FLT_FILE_NAME_OPTIONS Format;
  UNICODE_STRING Name;
  UNICODE_STRING Volume;
  UNICODE_STRING Share;
  UNICODE_STRING Extension;
  UNICODE_STRING Stream;
  UNICODE_STRING FinalComponent;
  UNICODE_STRING ParentDir;
} FLT_FILE_NAME_INFORMATION, *PFLT_FILE_NAME_INFORMATION;

typedef struct _FLT_NAME_CONTROL {
  UNICODE_STRING Name;
} FLT_NAME_CONTROL, *PFLT_NAME_CONTROL;

typedef ULONG FLT_NORMALIZE_NAME_FLAGS;
#define FLTFL_NORMALIZE_NAME_CASE_SENSITIVE 0x01
#define FLTFL_NORMALIZE_NAME_DESTINATION_FILE_NAME 0x02

typedef NTSTATUS(FLTAPI *PFLT_FILTER_UNLOAD_CALLBACK)(
    FLT_FILTER_UNLOAD_FLAGS Flags);
typedef NTSTATUS(FLTAPI *PFLT_INSTANCE_SETUP_CALLBACK)(
    PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_SETUP_FLAGS Flags,
    DEVICE_TYPE VolumeDeviceType, FLT_FILESYSTEM_TYPE VolumeFilesystemType);
typedef NTSTATUS(FLTAPI *PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK)(
    PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags);
typedef VOID(FLTAPI *PFLT_INSTANCE_TEARDOWN_CALLBACK)(
    PCFLT_RELATED_OBJECTS FltObjects, FLT_INSTANCE_TEARDOWN_FLAGS Reason);
typedef NTSTATUS(FLTAPI *PFLT_GENERATE_FILE_NAME)(
    PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
    PFLT_CALLBACK_DATA CallbackData, FLT_FILE_NAME_OPTIONS NameOptions,
    PBOOLEAN CacheFileNameInformation, PFLT_NAME_CONTROL FileName);
typedef NTSTATUS(FLTAPI *PFLT_NORMALIZE_NAME_COMPONENT)(
    PFLT_INSTANCE Instance, PCUNICODE_STRING ParentDirectory,
    USHORT VolumeNameLength, PCUNICODE_STRING Component,
    PFILE_NAMES_INFORMATION ExpandComponentName,
    ULONG ExpandComponentNameLength, FLT_NORMALIZE_NAME_FLAGS Flags,
    PVOID *NormalizationContext);
typedef NTSTATUS(FLTAPI *PFLT_NORMALIZE_NAME_COMPONENT_EX)(
    PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
    PCUNICODE_STRING ParentDirectory, USHORT VolumeNameLength,
    PCUNICODE_STRING Component, PFILE_NAMES_INFORMATION ExpandComponentName,
    ULONG ExpandComponentNameLength, FLT_NORMALIZE_NAME_FLAGS Flags,
    PVOID *NormalizationContext);
typedef VOID(FLTAPI *PFLT_NORMALIZE_CONTEXT_CLEANUP)(
    PVOID *NormalizationContext);
typedef NTSTATUS(FLTAPI *PFLT_TRANSACTION_NOTIFICATION_CALLBACK)(
    PCFLT_RELATED_OBJECTS FltObjects, PFLT_CONTEXT TransactionContext,
    ULONG NotificationMask);
typedef NTSTATUS(FLTAPI *PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK)(
    PFLT_INSTANCE Instance, PFLT_CONTEXT SectionContext,
    PFLT_CALLBACK_DATA Data);

/* The transaction notifications a minifilter may enlist for. */
#define FLT_MAX_TRANSACTION_NOTIFICATIONS                                      \
  (TRANSACTION_NOTIFY_PREPREPARE | TRANSACTION_NOTIFY_PREPARE |                \
   TRANSACTION_NOTIFY_COMMIT | TRANSACTION_NOTIFY_ROLLBACK |                   \
   TRANSACTION_NOTIFY_COMMIT_FINALIZE)

typedef ULONG FLT_REGISTRATION_FLAGS;
#define FLTFL_REGISTRATION_DO_NOT_SUPPORT_SERVICE_STOP 0x00000001
#define FLTFL_REGISTRATION_SUPPORT_NPFS_MSFS 0x00000002
#define FLTFL_REGISTRATION_SUPPORT_DAX_VOLUME 0x00000004
#define FLTFL_REGISTRATION_SUPPORT_WCOS 0x00000008

#define FLT_REGISTRATION_VERSION_0200 0x0200
#define FLT_REGISTRATION_VERSION_0201 0x0201
#define FLT_REGISTRATION_VERSION_0202 0x0202
#define FLT_REGISTRATION_VERSION_0203 0x0203
#define FLT_REGISTRATION_VERSION FLT_REGISTRATION_VERSION_0203

typedef struct _FLT_REGISTRATION {
  USHORT Size;
  USHORT Version;
  FLT_REGISTRATION_FLAGS Flags;
  const FLT_CONTEXT_REGISTRATION *ContextRegistration;
  const FLT_OPERATION_REGISTRATION *OperationRegistration;
  PFLT_FILTER_UNLOAD_CALLBACK FilterUnloadCallback;
  PFLT_INSTANCE_SETUP_CALLBACK InstanceSetupCallback;
  PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK InstanceQueryTeardownCallback;
  PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownStartCallback;
  PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownCompleteCallback;
  PFLT_GENERATE_FILE_NAME GenerateFileNameCallback;
  PFLT_NORMALIZE_NAME_COMPONENT NormalizeNameComponentCallback;
  PFLT_NORMALIZE_CONTEXT_CLEANUP NormalizeContextCleanupCallback;
  PFLT_TRANSACTION_NOTIFICATION_CALLBACK TransactionNotificationCallback;
  PFLT_NORMALIZE_NAME_COMPONENT_EX NormalizeNameComponentExCallback;
  PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK SectionNotificationCallback;
} FLT_REGISTRATION, *PFLT_REGISTRATION;

/* Volumes. */
typedef struct _FLT_VOLUME_PROPERTIES {
  DEVICE_TYPE DeviceType;
  ULONG DeviceCharacteristics;
  ULONG DeviceObjectFlags;
  ULONG AlignmentRequirement;
  USHORT SectorSize;
  USHORT Flags;
  UNICODE_STRING FileSystemDriverName;
  UNICODE_STRING FileSystemDeviceName;
  UNICODE_STRING RealDeviceName;
} FLT_VOLUME_PROPERTIES, *PFLT_VOLUME_PROPERTIES;

/* Communication ports. */
#define FLT_PORT_CONNECT 0x0001
#define FLT_PORT_ALL_ACCESS (FLT_PORT_CONNECT | STANDARD_RIGHTS_ALL)

typedef NTSTATUS(FLTAPI *PFLT_CONNECT_NOTIFY)(PFLT_PORT ClientPort,
                                              PVOID ServerPortCookie,
                                              PVOID ConnectionContext,
                                              ULONG SizeOfContext,
                                              PVOID *ConnectionPortCookie);
typedef VOID(FLTAPI *PFLT_DISCONNECT_NOTIFY)(PVOID ConnectionCookie);
typedef NTSTATUS(FLTAPI *PFLT_MESSAGE_NOTIFY)(
    PVOID PortCookie, PVOID InputBuffer, ULONG InputBufferLength,
    PVOID OutputBuffer, ULONG OutputBufferLength,
    PULONG ReturnOutputBufferLength);

/* Filter-initiated I/O. */
typedef ULONG FLT_IO_OPERATION_FLAGS;
#define FLTFL_IO_OPERATION_NON_CACHED 0x00000001
#define FLTFL_IO_OPERATION_PAGING 0x00000002
#define FLTFL_IO_OPERATION_DO_NOT_UPDATE_BYTE_OFFSET 0x00000004
#define FLTFL_IO_OPERATION_SYNCHRONOUS_PAGING 0x00000008

typedef VOID(FLTAPI *PFLT_COMPLETED_ASYNC_IO_CALLBACK)(
    PFLT_CALLBACK_DATA CallbackData, PFLT_CONTEXT Context);
typedef VOID(FLTAPI *PFLT_GENERIC_WORKITEM_ROUTINE)(
    PFLT_GENERIC_WORKITEM FltWorkItem, PVOID FltObject, PVOID Context);
typedef VOID(FLTAPI *PFLT_GET_OPERATION_STATUS_CALLBACK)(
    PCFLT_RELATED_OBJECTS FltObjects, PFLT_IO_PARAMETER_BLOCK IopbSnapshot,
    NTSTATUS OperationStatus, PVOID RequesterContext);

/* Cancel-safe queues of callback data. */
typedef struct _FLT_CALLBACK_DATA_QUEUE *PFLT_CALLBACK_DATA_QUEUE;
typedef struct _FLT_CALLBACK_DATA_QUEUE_IO_CONTEXT {
  PVOID Reserved[4];
} FLT_CALLBACK_DATA_QUEUE_IO_CONTEXT, *PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT;
typedef NTSTATUS(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_INSERT_IO)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PFLT_CALLBACK_DATA Cbd,
    PVOID InsertContext);
typedef VOID(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PFLT_CALLBACK_DATA Cbd);
typedef PFLT_CALLBACK_DATA(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PFLT_CALLBACK_DATA Cbd, PVOID PeekContext);
typedef VOID(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_ACQUIRE)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PKIRQL Irql);
typedef VOID(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_RELEASE)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, KIRQL Irql);
typedef VOID(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO)(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PFLT_CALLBACK_DATA Cbd);
typedef ULONG FLT_CALLBACK_DATA_QUEUE_FLAGS;
typedef struct _FLT_CALLBACK_DATA_QUEUE {
  IO_CSQ Csq;
  FLT_CALLBACK_DATA_QUEUE_FLAGS Flags;
  PFLT_INSTANCE Instance;
  PFLT_CALLBACK_DATA_QUEUE_INSERT_IO InsertIo;
  PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO RemoveIo;
  PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO PeekNextIo;
  PFLT_CALLBACK_DATA_QUEUE_ACQUIRE Acquire;
  PFLT_CALLBACK_DATA_QUEUE_RELEASE Release;
  PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO CompleteCanceledIo;
} FLT_CALLBACK_DATA_QUEUE;

/* ------------------------------------------------------------------ */
/* Routines                                                            */

NTSTATUS FLTAPI FltRegisterFilter(PDRIVER_OBJECT Driver,
                                  const FLT_REGISTRATION *Registration,
                                  PFLT_FILTER *RetFilter);
VOID FLTAPI FltUnregisterFilter(PFLT_FILTER Filter);
NTSTATUS FLTAPI FltStartFiltering(PFLT_FILTER Filter);
PVOID FLTAPI FltGetRoutineAddress(PCSTR FltMgrRoutineName);

NTSTATUS FLTAPI FltAllocateContext(PFLT_FILTER Filter,
                                   FLT_CONTEXT_TYPE ContextType,
                                   SIZE_T ContextSize, POOL_TYPE PoolType,
                                   PFLT_CONTEXT *ReturnedContext);
VOID FLTAPI FltReferenceContext(PFLT_CONTEXT Context);
VOID FLTAPI FltReleaseContext(PFLT_CONTEXT Context);
VOID FLTAPI FltDeleteContext(PFLT_CONTEXT Context);
VOID FLTAPI FltReleaseContexts(PFLT_RELATED_CONTEXTS Contexts);
NTSTATUS FLTAPI FltSetVolumeContext(PFLT_VOLUME Volume,
                                    FLT_SET_CONTEXT_OPERATION Operation,
                                    PFLT_CONTEXT NewContext,
                                    PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltSetInstanceContext(PFLT_INSTANCE Instance,
                                      FLT_SET_CONTEXT_OPERATION Operation,
                                      PFLT_CONTEXT NewContext,
                                      PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltSetFileContext(PFLT_INSTANCE Instance,
                                  PFILE_OBJECT FileObject,
                                  FLT_SET_CONTEXT_OPERATION Operation,
                                  PFLT_CONTEXT NewContext,
                                  PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltSetStreamContext(PFLT_INSTANCE Instance,
                                    PFILE_OBJECT FileObject,
                                    FLT_SET_CONTEXT_OPERATION Operation,
                                    PFLT_CONTEXT NewContext,
                                    PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltSetStreamHandleContext(PFLT_INSTANCE Instance,
                                          PFILE_OBJECT FileObject,
                                          FLT_SET_CONTEXT_OPERATION Operation,
                                          PFLT_CONTEXT NewContext,
                                          PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltSetTransactionContext(PFLT_INSTANCE Instance,
                                         PKTRANSACTION Transaction,
                                         FLT_SET_CONTEXT_OPERATION Operation,
                                         PFLT_CONTEXT NewContext,
                                         PFLT_CONTEXT *OldContext);
NTSTATUS FLTAPI FltGetVolumeContext(PFLT_FILTER Filter, PFLT_VOLUME Volume,
                                    PFLT_CONTEXT *Context);
NTSTATUS FLTAPI FltGetInstanceContext(PFLT_INSTANCE Instance,
                                      PFLT_CONTEXT *Context);
NTSTATUS FLTAPI FltGetFileContext(PFLT_INSTANCE Instance,
                                  PFILE_OBJECT FileObject,
                                  PFLT_CONTEXT *Context);
NTSTATUS FLTAPI FltGetStreamContext(PFLT_INSTANCE Instance,
                                    PFILE_OBJECT FileObject,
                                    PFLT_CONTEXT *Context);
NTSTATUS FLTAPI FltGetStreamHandleContext(PFLT_INSTANCE Instance,
                                          PFILE_OBJECT FileObject,
                                          PFLT_CONTEXT *Context);
NTSTATUS FLTAPI FltGetTransactionContext(PFLT_INSTANCE Instance,
                                         PKTRANSACTION Transaction,
                                         PFLT_CONTEXT *Context);

NTSTATUS FLTAPI FltGetFileNameInformation(
    PFLT_CALLBACK_DATA CallbackData, FLT_FILE_NAME_OPTIONS NameOptions,
    PFLT_FILE_NAME_INFORMATION *FileNameInformation);
NTSTATUS FLTAPI FltGetFileNameInformationUnsafe(
    PFILE_OBJECT FileObject, PFLT_INSTANCE Instance,
    FLT_FILE_NAME_OPTIONS NameOptions,
    PFLT_FILE_NAME_INFORMATION *FileNameInformation);
NTSTATUS FLTAPI FltGetDestinationFileNameInformation(
    PFLT_INSTANCE Instance, PFILE_OBJECT FileObject, HANDLE RootDirectory,
    PWSTR FileName, ULONG FileNameLength, FLT_FILE_NAME_OPTIONS NameOptions,
    PFLT_FILE_NAME_INFORMATION *RetFileNameInformation);
VOID FLTAPI FltReleaseFileNameInformation(
    PFLT_FILE_NAME_INFORMATION FileNameInformation);
VOID FLTAPI FltReferenceFileNameInformation(
    PFLT_FILE_NAME_INFORMATION FileNameInformation);
NTSTATUS FLTAPI FltParseFileNameInformation(
    PFLT_FILE_NAME_INFORMATION FileNameInformation);
NTSTATUS FLTAPI FltCheckAndGrowNameControl(PFLT_NAME_CONTROL NameCtrl,
                                           USHORT NewSize);

NTSTATUS FLTAPI FltGetVolumeName(PFLT_VOLUME Volume,
                                 PUNICODE_STRING VolumeName,
                                 PULONG BufferSizeNeeded);
NTSTATUS FLTAPI FltGetVolumeGuidName(PFLT_VOLUME Volume,
                                     PUNICODE_STRING VolumeGuidName,
                                     PULONG BufferSizeNeeded);
NTSTATUS FLTAPI FltGetVolumeProperties(PFLT_VOLUME Volume,
                                       PFLT_VOLUME_PROPERTIES VolumeProperties,
                                       ULONG VolumePropertiesLength,
                                       PULONG LengthReturned);
NTSTATUS FLTAPI FltGetFileSystemType(PVOID FltObject,
                                     PFLT_FILESYSTEM_TYPE FileSystemType);
NTSTATUS FLTAPI FltGetVolumeFromFileObject(PFLT_FILTER Filter,
                                           PFILE_OBJECT FileObject,
                                           PFLT_VOLUME *RetVolume);
NTSTATUS FLTAPI FltGetVolumeFromInstance(PFLT_INSTANCE Instance,
                                         PFLT_VOLUME *RetVolume);
NTSTATUS FLTAPI FltGetVolumeFromName(PFLT_FILTER Filter,
                                     PCUNICODE_STRING VolumeName,
                                     PFLT_VOLUME *RetVolume);
NTSTATUS FLTAPI FltGetDiskDeviceObject(PFLT_VOLUME Volume,
                                       PDEVICE_OBJECT *DiskDeviceObject);
NTSTATUS FLTAPI FltGetDeviceObject(PFLT_VOLUME Volume,
                                   PDEVICE_OBJECT *DeviceObject);
NTSTATUS FLTAPI FltGetFilterFromInstance(PFLT_INSTANCE Instance,
                                         PFLT_FILTER *RetFilter);
NTSTATUS FLTAPI FltEnumerateVolumes(PFLT_FILTER Filter,
                                    PFLT_VOLUME *VolumeList,
                                    ULONG VolumeListSize,
                                    PULONG NumberVolumesReturned);
NTSTATUS FLTAPI FltEnumerateInstances(PFLT_VOLUME Volume, PFLT_FILTER Filter,
                                      PFLT_INSTANCE *InstanceList,
                                      ULONG InstanceListSize,
                                      PULONG NumberInstancesReturned);
NTSTATUS FLTAPI FltAttachVolume(PFLT_FILTER Filter, PFLT_VOLUME Volume,
                                PCUNICODE_STRING InstanceName,
                                PFLT_INSTANCE *RetInstance);
NTSTATUS FLTAPI FltDetachVolume(PFLT_FILTER Filter, PFLT_VOLUME Volume,
                                PCUNICODE_STRING InstanceName);
NTSTATUS FLTAPI FltObjectReference(PVOID FltObject);
VOID FLTAPI FltObjectDereference(PVOID FltObject);
NTSTATUS FLTAPI FltIsDirectory(PFILE_OBJECT FileObject, PFLT_INSTANCE Instance,
                               PBOOLEAN IsDirectory);
NTSTATUS FLTAPI FltCreateSystemVolumeInformationFolder(PFLT_INSTANCE Instance);

NTSTATUS FLTAPI FltCreateCommunicationPort(
    PFLT_FILTER Filter, PFLT_PORT *ServerPort,
    POBJECT_ATTRIBUTES ObjectAttributes, PVOID ServerPortCookie,
    PFLT_CONNECT_NOTIFY ConnectNotifyCallback,
    PFLT_DISCONNECT_NOTIFY DisconnectNotifyCallback,
    PFLT_MESSAGE_NOTIFY MessageNotifyCallback, LONG MaxConnections);
VOID FLTAPI FltCloseCommunicationPort(PFLT_PORT ServerPort);
VOID FLTAPI FltCloseClientPort(PFLT_FILTER Filter, PFLT_PORT *ClientPort);
NTSTATUS FLTAPI FltSendMessage(PFLT_FILTER Filter, PFLT_PORT *ClientPort,
                               PVOID SenderBuffer, ULONG SenderBufferLength,
                               PVOID ReplyBuffer, PULONG ReplyLength,
                               PLARGE_INTEGER Timeout);
NTSTATUS FLTAPI FltBuildDefaultSecurityDescriptor(
    PSECURITY_DESCRIPTOR *SecurityDescriptor, ACCESS_MASK DesiredAccess);
VOID FLTAPI FltFreeSecurityDescriptor(PSECURITY_DESCRIPTOR SecurityDescriptor);

NTSTATUS FLTAPI FltCreateFile(PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                              PHANDLE FileHandle, ACCESS_MASK DesiredAccess,
                              POBJECT_ATTRIBUTES ObjectAttributes,
                              PIO_STATUS_BLOCK IoStatusBlock,
                              PLARGE_INTEGER AllocationSize,
                              ULONG FileAttributes, ULONG ShareAccess,
                              ULONG CreateDisposition, ULONG CreateOptions,
                              PVOID EaBuffer, ULONG EaLength, ULONG Flags);
NTSTATUS FLTAPI FltCreateFileEx(PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                                PHANDLE FileHandle, PFILE_OBJECT *FileObject,
                                ACCESS_MASK DesiredAccess,
                                POBJECT_ATTRIBUTES ObjectAttributes,
                                PIO_STATUS_BLOCK IoStatusBlock,
                                PLARGE_INTEGER AllocationSize,
                                ULONG FileAttributes, ULONG ShareAccess,
                                ULONG CreateDisposition, ULONG CreateOptions,
                                PVOID EaBuffer, ULONG EaLength, ULONG Flags);
NTSTATUS FLTAPI FltCreateFileEx2(PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                                 PHANDLE FileHandle, PFILE_OBJECT *FileObject,
                                 ACCESS_MASK DesiredAccess,
                                 POBJECT_ATTRIBUTES ObjectAttributes,
                                 PIO_STATUS_BLOCK IoStatusBlock,
                                 PLARGE_INTEGER AllocationSize,
                                 ULONG FileAttributes, ULONG ShareAccess,
                                 ULONG CreateDisposition, ULONG CreateOptions,
                                 PVOID EaBuffer, ULONG EaLength, ULONG Flags,
                                 PVOID DriverContext);
NTSTATUS FLTAPI FltClose(HANDLE FileHandle);
NTSTATUS FLTAPI FltReadFile(PFLT_INSTANCE InitiatingInstance,
                            PFILE_OBJECT FileObject,
                            PLARGE_INTEGER ByteOffset, ULONG Length,
                            PVOID Buffer, FLT_IO_OPERATION_FLAGS Flags,
                            PULONG BytesRead,
                            PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                            PVOID CallbackContext);
NTSTATUS FLTAPI FltWriteFile(PFLT_INSTANCE InitiatingInstance,
                             PFILE_OBJECT FileObject,
                             PLARGE_INTEGER ByteOffset, ULONG Length,
                             PVOID Buffer, FLT_IO_OPERATION_FLAGS Flags,
                             PULONG BytesWritten,
                             PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                             PVOID CallbackContext);
NTSTATUS FLTAPI FltQueryInformationFile(PFLT_INSTANCE Instance,
                                        PFILE_OBJECT FileObject,
                                        PVOID FileInformation, ULONG Length,
                                        FILE_INFORMATION_CLASS FileInformationClass,
                                        PULONG LengthReturned);
NTSTATUS FLTAPI FltSetInformationFile(PFLT_INSTANCE Instance,
                                      PFILE_OBJECT FileObject,
                                      PVOID FileInformation, ULONG Length,
                                      FILE_INFORMATION_CLASS FileInformationClass);
NTSTATUS FLTAPI FltQueryDirectoryFile(PFLT_INSTANCE Instance,
                                      PFILE_OBJECT FileObject,
                                      PVOID FileInformation, ULONG Length,
                                      FILE_INFORMATION_CLASS FileInformationClass,
                                      BOOLEAN ReturnSingleEntry,
                                      PUNICODE_STRING FileName,
                                      BOOLEAN RestartScan,
                                      PULONG LengthReturned);
NTSTATUS FLTAPI FltQueryVolumeInformation(PFLT_INSTANCE Instance,
                                          PIO_STATUS_BLOCK Iosb,
                                          PVOID FsInformation, ULONG Length,
                                          FS_INFORMATION_CLASS FsInformationClass);
NTSTATUS FLTAPI FltFsControlFile(PFLT_INSTANCE Instance,
                                 PFILE_OBJECT FileObject, ULONG FsControlCode,
                                 PVOID InputBuffer, ULONG InputBufferLength,
                                 PVOID OutputBuffer, ULONG OutputBufferLength,
                                 PULONG LengthReturned);
NTSTATUS FLTAPI FltDeviceIoControlFile(PFLT_INSTANCE Instance,
                                       PFILE_OBJECT FileObject,
                                       ULONG IoControlCode, PVOID InputBuffer,
                                       ULONG InputBufferLength,
                                       PVOID OutputBuffer,
                                       ULONG OutputBufferLength,
                                       PULONG LengthReturned);
VOID FLTAPI FltCancelFileOpen(PFLT_INSTANCE Instance,
                              PFILE_OBJECT FileObject);

NTSTATUS FLTAPI FltLockUserBuffer(PFLT_CALLBACK_DATA CallbackData);
NTSTATUS FLTAPI FltDecodeParameters(PFLT_CALLBACK_DATA CallbackData,
                                    PMDL **MdlAddressPointer,
                                    PVOID **Buffer, PULONG *Length,
                                    LOCK_OPERATION *DesiredAccess);
VOID FLTAPI FltSetCallbackDataDirty(PFLT_CALLBACK_DATA Data);
VOID FLTAPI FltClearCallbackDataDirty(PFLT_CALLBACK_DATA Data);
BOOLEAN FLTAPI FltIsCallbackDataDirty(PFLT_CALLBACK_DATA Data);
VOID FLTAPI FltCompletePendedPreOperation(
    PFLT_CALLBACK_DATA CallbackData, FLT_PREOP_CALLBACK_STATUS CallbackStatus,
    PVOID Context);
VOID FLTAPI FltCompletePendedPostOperation(PFLT_CALLBACK_DATA CallbackData);
BOOLEAN FLTAPI FltDoCompletionProcessingWhenSafe(
    PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
    PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags,
    PFLT_POST_OPERATION_CALLBACK SafePostCallback,
    PFLT_POSTOP_CALLBACK_STATUS RetPostOperationStatus);
NTSTATUS FLTAPI FltAllocateCallbackData(PFLT_INSTANCE Instance,
                                        PFILE_OBJECT FileObject,
                                        PFLT_CALLBACK_DATA *RetNewCallbackData);
VOID FLTAPI FltFreeCallbackData(PFLT_CALLBACK_DATA CallbackData);
VOID FLTAPI FltReuseCallbackData(PFLT_CALLBACK_DATA CallbackData);
VOID FLTAPI FltPerformSynchronousIo(PFLT_CALLBACK_DATA CallbackData);
NTSTATUS FLTAPI FltPerformAsynchronousIo(
    PFLT_CALLBACK_DATA CallbackData,
    PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine, PVOID CallbackContext);
BOOLEAN FLTAPI FltCancelIo(PFLT_CALLBACK_DATA CallbackData);
NTSTATUS FLTAPI FltClearCancelCompletion(PFLT_CALLBACK_DATA CallbackData);
NTSTATUS FLTAPI FltRequestOperationStatusCallback(
    PFLT_CALLBACK_DATA Data, PFLT_GET_OPERATION_STATUS_CALLBACK CallbackRoutine,
    PVOID RequesterContext);
NTSTATUS FLTAPI FltCancellableWaitForSingleObject(
    PVOID Object, PLARGE_INTEGER Timeout, PFLT_CALLBACK_DATA CallbackData);

PFLT_GENERIC_WORKITEM FLTAPI FltAllocateGenericWorkItem(VOID);
VOID FLTAPI FltFreeGenericWorkItem(PFLT_GENERIC_WORKITEM FltWorkItem);
NTSTATUS FLTAPI FltQueueGenericWorkItem(PFLT_GENERIC_WORKITEM FltWorkItem,
                                        PVOID FltObject,
                                        PFLT_GENERIC_WORKITEM_ROUTINE WorkerRoutine,
                                        WORK_QUEUE_TYPE QueueType,
                                        PVOID Context);
PVOID FLTAPI FltAllocatePoolAlignedWithTag(PFLT_INSTANCE Instance,
                                           POOL_TYPE PoolType,
                                           SIZE_T NumberOfBytes, ULONG Tag);
VOID FLTAPI FltFreePoolAlignedWithTag(PFLT_INSTANCE Instance, PVOID Buffer,
                                      ULONG Tag);
VOID FLTAPI FltAcquireResourceExclusive(PERESOURCE Resource);
VOID FLTAPI FltAcquireResourceShared(PERESOURCE Resource);
VOID FLTAPI FltReleaseResource(PERESOURCE Resource);
VOID FLTAPI FltInitializePushLock(PEX_PUSH_LOCK PushLock);
VOID FLTAPI FltDeletePushLock(PEX_PUSH_LOCK PushLock);
VOID FLTAPI FltAcquirePushLockExclusive(PEX_PUSH_LOCK PushLock);
VOID FLTAPI FltAcquirePushLockShared(PEX_PUSH_LOCK PushLock);
VOID FLTAPI FltReleasePushLock(PEX_PUSH_LOCK PushLock);

NTSTATUS FLTAPI FltEnlistInTransaction(PFLT_INSTANCE Instance,
                                       PKTRANSACTION Transaction,
                                       PFLT_CONTEXT TransactionContext,
                                       NOTIFICATION_MASK NotificationMask);

NTSTATUS FLTAPI FltGetEcpListFromCallbackData(PFLT_FILTER Filter,
                                              PFLT_CALLBACK_DATA CallbackData,
                                              PECP_LIST *EcpList);
NTSTATUS FLTAPI FltSetEcpListIntoCallbackData(PFLT_FILTER Filter,
                                              PFLT_CALLBACK_DATA CallbackData,
                                              PECP_LIST EcpList);
NTSTATUS FLTAPI FltFindExtraCreateParameter(PFLT_FILTER Filter,
                                            PECP_LIST EcpList,
                                            LPCGUID EcpType,
                                            PVOID *EcpContext,
                                            ULONG *EcpContextSize);
NTSTATUS FLTAPI FltInsertExtraCreateParameter(PFLT_FILTER Filter,
                                              PECP_LIST EcpList,
                                              PVOID EcpContext);
NTSTATUS FLTAPI FltAllocateExtraCreateParameterList(
    PFLT_FILTER Filter, FSRTL_ALLOCATE_ECPLIST_FLAGS Flags,
    PECP_LIST *EcpList);
BOOLEAN FLTAPI FltIsEcpFromUserMode(PFLT_FILTER Filter, PVOID EcpContext);

NTSTATUS FLTAPI FltCbdqInitialize(
    PFLT_INSTANCE Instance, PFLT_CALLBACK_DATA_QUEUE Cbdq,
    PFLT_CALLBACK_DATA_QUEUE_INSERT_IO CbdqInsertIo,
    PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO CbdqRemoveIo,
    PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO CbdqPeekNextIo,
    PFLT_CALLBACK_DATA_QUEUE_ACQUIRE CbdqAcquire,
    PFLT_CALLBACK_DATA_QUEUE_RELEASE CbdqRelease,
    PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO CbdqCompleteCanceledIo);
VOID FLTAPI FltCbdqEnable(PFLT_CALLBACK_DATA_QUEUE Cbdq);
VOID FLTAPI FltCbdqDisable(PFLT_CALLBACK_DATA_QUEUE Cbdq);
NTSTATUS FLTAPI FltCbdqInsertIo(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                PFLT_CALLBACK_DATA Cbd,
                                PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context,
                                PVOID InsertContext);
PFLT_CALLBACK_DATA FLTAPI FltCbdqRemoveIo(
    PFLT_CALLBACK_DATA_QUEUE Cbdq, PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context);
PFLT_CALLBACK_DATA FLTAPI FltCbdqRemoveNextIo(PFLT_CALLBACK_DATA_QUEUE Cbdq,
                                              PVOID PeekContext);

NTSTATUS FLTAPI FltRegisterForDataScan(PFLT_INSTANCE Instance);
NTSTATUS FLTAPI FltCreateSectionForDataScan(
    PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
    PFLT_CONTEXT SectionContext, ACCESS_MASK DesiredAccess,
    POBJECT_ATTRIBUTES ObjectAttributes, PLARGE_INTEGER MaximumSize,
    ULONG SectionPageProtection, ULONG AllocationAttributes, ULONG Flags,
    PHANDLE SectionHandle, PVOID *SectionObject,
    PLARGE_INTEGER SectionFileSize);
NTSTATUS FLTAPI FltCloseSectionForDataScan(PFLT_CONTEXT SectionContext);

/* --- Extra create parameters: the rest of the ECP routines (allocating, */
/* --- freeing, walking, removing and acknowledging an ECP).            --- */
NTSTATUS FLTAPI FltAllocateExtraCreateParameter(
    PFLT_FILTER Filter, LPCGUID EcpType, ULONG SizeOfContext,
    FSRTL_ALLOCATE_ECP_FLAGS Flags,
    PFSRTL_EXTRA_CREATE_PARAMETER_CLEANUP_CALLBACK CleanupCallback,
    ULONG PoolTag, PVOID *EcpContext);
VOID FLTAPI FltFreeExtraCreateParameterList(PFLT_FILTER Filter,
                                            PECP_LIST EcpList);
VOID FLTAPI FltFreeExtraCreateParameter(PFLT_FILTER Filter, PVOID EcpContext);
NTSTATUS FLTAPI FltGetNextExtraCreateParameter(PFLT_FILTER Filter,
                                               PECP_LIST EcpList,
                                               PVOID CurrentEcpContext,
                                               LPGUID NextEcpType,
                                               PVOID *NextEcpContext,
                                               ULONG *NextEcpContextSize);
NTSTATUS FLTAPI FltRemoveExtraCreateParameter(PFLT_FILTER Filter,
                                              PECP_LIST EcpList,
                                              LPCGUID EcpType,
                                              PVOID *EcpContext,
                                              ULONG *EcpContextSize);
VOID FLTAPI FltAcknowledgeEcp(PFLT_FILTER Filter, PVOID EcpContext);
BOOLEAN FLTAPI FltIsEcpAcknowledged(PFLT_FILTER Filter, PVOID EcpContext);
VOID FLTAPI FltPrepareToReuseEcp(PFLT_FILTER Filter, PVOID EcpContext);
/* --- end extra create parameters --- */

#ifdef __cplusplus
}
#endif

#endif /* __FLTKERNEL__ */
