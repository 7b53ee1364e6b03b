/* wskcheck WDK profile: mingw-w64's ntifs.h, then what it lacks. */
#ifndef WSKCHECK_WDK_NTIFS_H
#define WSKCHECK_WDK_NTIFS_H

/* --- FSRTL_ADVANCED_FCB_HEADER's Windows 8 members (file systems) --- */
/* mingw-w64's FSRTL_ADVANCED_FCB_HEADER ends at FileContextSupportPointer:
   it lacks the members the WDK's has after it, the oplock a file system
   keeps in its stream header (union with ReservedForRemote; OPLOCK is a
   PVOID) and ReservedContext, which FSRTL_FCB_HEADER_V2 and later headers
   have. They are added to mingw-w64's own definition, so the type stays the
   one its routines take, by expanding that last member's name there (only
   its struct uses the name outside macros). mingw-w64 up to 15 lacks them. */
#include <_mingw.h>
#if defined(__MINGW64_VERSION_MAJOR) && __MINGW64_VERSION_MAJOR <= 15
#define WSKCHECK_WDK_FCB_HEADER_V2_MEMBERS
#define FileContextSupportPointer                                              \
  FileContextSupportPointer;                                                   \
  union {                                                                      \
    PVOID Oplock;                                                              \
    PVOID ReservedForRemote;                                                   \
  };                                                                           \
  PVOID ReservedContext
#endif
/* --- end FSRTL_ADVANCED_FCB_HEADER --- */

/* --- FILE_RENAME_INFORMATION with its Flags (Windows 10 1607) ------- */
/* mingw-w64's has only ReplaceIfExists; the WDK's shares its place with
   the Flags of FileRenameInformationEx. No routine of mingw-w64's takes
   the type, so its definition is renamed away and the WDK's layout
   defined after it. */
#if defined(__MINGW64_VERSION_MAJOR) && __MINGW64_VERSION_MAJOR <= 15
#define WSKCHECK_WDK_FILE_RENAME_INFORMATION
#define _FILE_RENAME_INFORMATION WSKCHECK_WDK_MINGW_FILE_RENAME_INFORMATION
#define FILE_RENAME_INFORMATION WSKCHECK_WDK_MINGW_FILE_RENAME_INFORMATION_T
#define PFILE_RENAME_INFORMATION WSKCHECK_WDK_MINGW_PFILE_RENAME_INFORMATION_T
#endif
/* --- end FILE_RENAME_INFORMATION (continued below) --- */

#include_next <ntifs.h>

/* The Windows DWORD, which kernel-mode code that includes only ntifs.h
   uses (registry filters, for REG_DWORD values): a repeat of the same
   typedef where windef.h also came is allowed. */
typedef unsigned long DWORD;

#ifdef WSKCHECK_WDK_FILE_RENAME_INFORMATION
#undef _FILE_RENAME_INFORMATION
#undef FILE_RENAME_INFORMATION
#undef PFILE_RENAME_INFORMATION
typedef struct _FILE_RENAME_INFORMATION {
  union {
    BOOLEAN ReplaceIfExists; /* FileRenameInformation */
    ULONG Flags;             /* FileRenameInformationEx */
  };
  HANDLE RootDirectory;
  ULONG FileNameLength;
  WCHAR FileName[1];
} FILE_RENAME_INFORMATION, *PFILE_RENAME_INFORMATION;
#endif
#ifndef FILE_RENAME_REPLACE_IF_EXISTS
#define FILE_RENAME_REPLACE_IF_EXISTS 0x00000001
#define FILE_RENAME_POSIX_SEMANTICS 0x00000002
#define FILE_RENAME_SUPPRESS_PIN_STATE_INHERITANCE 0x00000004
#define FILE_RENAME_SUPPRESS_STORAGE_RESERVE_INHERITANCE 0x00000008
#define FILE_RENAME_NO_INCREASE_AVAILABLE_SPACE 0x00000010
#define FILE_RENAME_NO_DECREASE_AVAILABLE_SPACE 0x00000020
#define FILE_RENAME_PRESERVE_AVAILABLE_SPACE 0x00000030
#define FILE_RENAME_IGNORE_READONLY_ATTRIBUTE 0x00000040
#endif

#ifdef WSKCHECK_WDK_FCB_HEADER_V2_MEMBERS
#undef FileContextSupportPointer
#ifndef FSRTL_FCB_HEADER_V2
#define FSRTL_FCB_HEADER_V2 (0x02)
#endif
#endif

#include <wskcheck_wdk_gaps.h>

/* 128-bit file identifiers (ReFS), as FILE_ID_INFORMATION reports them. */
#if !defined(WSKCHECK_WDK_FILE_ID_128) && !defined(_WINNT_)
#define WSKCHECK_WDK_FILE_ID_128
typedef struct _FILE_ID_128 {
  UCHAR Identifier[16];
} FILE_ID_128, *PFILE_ID_128;
#endif

#ifndef FILE_INVALID_FILE_ID
#define FILE_INVALID_FILE_ID ((LONGLONG)-1LL)
#endif

#ifndef WSKCHECK_WDK_FILE_ID_INFORMATION
#define WSKCHECK_WDK_FILE_ID_INFORMATION
typedef struct _FILE_ID_INFORMATION {
  ULONGLONG VolumeSerialNumber;
  FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;
#endif

/* Offloaded data transfer (Windows 8). */
#ifndef FSCTL_OFFLOAD_READ
#define FSCTL_OFFLOAD_READ                                                     \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 153, METHOD_BUFFERED, FILE_READ_ACCESS)
#define FSCTL_OFFLOAD_WRITE                                                    \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 154, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#endif

/* FileDispositionInformationEx. */
#ifndef FILE_DISPOSITION_ON_CLOSE
#define FILE_DISPOSITION_DO_NOT_DELETE 0x00000000
#define FILE_DISPOSITION_DELETE 0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS 0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK 0x00000004
#define FILE_DISPOSITION_ON_CLOSE 0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE 0x00000010
typedef struct _FILE_DISPOSITION_INFORMATION_EX {
  ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;
#endif

/* --- File systems (fastfat, cdfs): Windows 8 oplock, cache and volume -- */
/* --- names mingw-w64's ntifs.h lacks.                                 -- */

/* More FsRtlCheckOplockEx flags: the oplock is the parent directory's, the
   operation is a delete-on-close close, removes a link, or breaks for a
   sharing violation. */
#ifndef OPLOCK_FLAG_PARENT_OBJECT
#define OPLOCK_FLAG_PARENT_OBJECT 0x00000010
#define OPLOCK_FLAG_CLOSING_DELETE_ON_CLOSE 0x00000020
#define OPLOCK_FLAG_REMOVING_FILE_OR_LINK 0x00000040
#define OPLOCK_FLAG_BREAKING_FOR_SHARING_VIOLATION 0x00000080
#endif

/* IRP_MJ_FLUSH_BUFFERS minor functions beyond IRP_MN_FLUSH_AND_PURGE. */
#ifndef IRP_MN_FLUSH_DATA_ONLY
#define IRP_MN_FLUSH_DATA_ONLY 0x02
#define IRP_MN_FLUSH_NO_SYNC 0x03
#define IRP_MN_FLUSH_DATA_SYNC_ONLY 0x04
#endif

/* FileFsSectorSizeInformation (the class is in mingw-w64's wdm.h). */
#ifndef SSINFO_FLAGS_ALIGNED_DEVICE
#define SSINFO_FLAGS_ALIGNED_DEVICE 0x00000001
#define SSINFO_FLAGS_PARTITION_ALIGNED_ON_DEVICE 0x00000002
#define SSINFO_FLAGS_NO_SEEK_PENALTY 0x00000004
#define SSINFO_FLAGS_TRIM_ENABLED 0x00000008
#define SSINFO_OFFSET_UNKNOWN 0xffffffff
#endif
#ifndef WSKCHECK_WDK_FILE_FS_SECTOR_SIZE_INFORMATION
#define WSKCHECK_WDK_FILE_FS_SECTOR_SIZE_INFORMATION
typedef struct _FILE_FS_SECTOR_SIZE_INFORMATION {
  ULONG LogicalBytesPerSector;
  ULONG PhysicalBytesPerSectorForAtomicity;
  ULONG PhysicalBytesPerSectorForPerformance;
  ULONG FileSystemEffectivePhysicalBytesPerSectorForAtomicity;
  ULONG Flags;
  ULONG ByteOffsetForSectorAlignment;
  ULONG ByteOffsetForPartitionAlignment;
} FILE_FS_SECTOR_SIZE_INFORMATION, *PFILE_FS_SECTOR_SIZE_INFORMATION;
#endif

/* FSCTL_SET_PURGE_FAILURE_MODE and its input. */
#ifndef FSCTL_SET_PURGE_FAILURE_MODE
#define FSCTL_SET_PURGE_FAILURE_MODE                                           \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 156, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef SET_PURGE_FAILURE_MODE_ENABLED
#define SET_PURGE_FAILURE_MODE_ENABLED 0x00000001
#define SET_PURGE_FAILURE_MODE_DISABLED 0x00000002
typedef struct _SET_PURGE_FAILURE_MODE_INPUT {
  ULONG Flags;
} SET_PURGE_FAILURE_MODE_INPUT, *PSET_PURGE_FAILURE_MODE_INPUT;
#endif

/* CcSetAdditionalCacheAttributesEx flags (Windows 8). */
#ifndef CC_ENABLE_DISK_IO_ACCOUNTING
#define CC_ENABLE_DISK_IO_ACCOUNTING 0x00000010
#define CC_DISABLE_UNMAP_BEHIND 0x00000020
#endif

#ifndef WSKCHECK_WDK_FS_WIN8_ROUTINES
#define WSKCHECK_WDK_FS_WIN8_ROUTINES
#ifdef __cplusplus
extern "C" {
#endif
NTKERNELAPI VOID CcSetAdditionalCacheAttributesEx(PFILE_OBJECT FileObject,
                                                  ULONG Flags);
NTKERNELAPI VOID FsRtlUpdateDiskCounters(ULONG64 BytesRead,
                                         ULONG64 BytesWritten);
NTKERNELAPI NTSTATUS FsRtlGetSectorSizeInformation(
    PDEVICE_OBJECT DeviceObject,
    PFILE_FS_SECTOR_SIZE_INFORMATION SectorSizeInfo);
#ifdef __cplusplus
}
#endif
#endif
/* --- end file systems --- */

/* --- Cluster shared volumes (CSVFS): the file revision a minifilter --- */
/* --- asks for with an ECP or FSCTL_CSV_CONTROL, and the down-level  --- */
/* --- open ECP.                                                      --- */
DEFINE_GUID(GUID_ECP_CSV_DOWN_LEVEL_OPEN, 0x4248be44, 0x647f, 0x488f, 0x8b,
            0xe5, 0xa0, 0x8a, 0xaf, 0x70, 0xf0, 0x28);
DEFINE_GUID(GUID_ECP_CSV_QUERY_FILE_REVISION, 0x44aec90b, 0xde65, 0x4d46, 0x8f,
            0xbf, 0x76, 0x3f, 0x9d, 0x97, 0x0b, 0x1d);
#ifndef WSKCHECK_WDK_CSV
#define WSKCHECK_WDK_CSV
typedef struct _CSV_QUERY_FILE_REVISION_ECP_CONTEXT {
  LONGLONG FileId;
  LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION_ECP_CONTEXT, *PCSV_QUERY_FILE_REVISION_ECP_CONTEXT;
#ifndef FSCTL_CSV_CONTROL
#define FSCTL_CSV_CONTROL                                                      \
  CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 181, METHOD_BUFFERED, FILE_ANY_ACCESS)
typedef enum _CSV_CONTROL_OP {
  CsvControlStartRedirectFile = 0x02,
  CsvControlStopRedirectFile = 0x03,
  CsvControlQueryRedirectState = 0x04,
  CsvControlQueryFileRevision = 0x06,
  CsvControlQueryMdsPath = 0x08,
  CsvControlQueryFileRevisionFileId128 = 0x09,
  CsvControlQueryVolumeRedirectState = 0x0a
} CSV_CONTROL_OP, *PCSV_CONTROL_OP;
typedef struct _CSV_CONTROL_PARAM {
  CSV_CONTROL_OP Operation;
  LONGLONG Unused;
} CSV_CONTROL_PARAM, *PCSV_CONTROL_PARAM;
typedef struct _CSV_QUERY_FILE_REVISION {
  LONGLONG FileId;
  LONGLONG FileRevision[3];
} CSV_QUERY_FILE_REVISION, *PCSV_QUERY_FILE_REVISION;
#endif
#endif
/* --- end cluster shared volumes --- */

#endif /* WSKCHECK_WDK_NTIFS_H */
