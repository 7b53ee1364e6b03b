/* wskcheck WDK profile: mingw-w64's ntifs.h, then what it lacks. */
#ifndef WSKCHECK_WDK_NTIFS_H
#define WSKCHECK_WDK_NTIFS_H

#include_next <ntifs.h>
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

#endif /* WSKCHECK_WDK_NTIFS_H */
