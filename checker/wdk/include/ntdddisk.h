/* wskcheck WDK profile: mingw-w64's ntdddisk.h (disk I/O controls), then
 * the disk controls of Windows 8 it lacks, written from their
 * documentation. mingw-w64's winioctl.h shares its guard, so these are
 * added whichever of the two came first.
 */
#ifndef WSKCHECK_WDK_NTDDDISK_H
#define WSKCHECK_WDK_NTDDDISK_H

/* mingw-w64's ntdddisk.h includes its ntddstor.h by a quoted name, which
   would bypass the profile's; read the profile's first. */
#include <ntddstor.h>

#include_next <ntdddisk.h>

/* Copy a range of sectors from one place of the disk to another. */
#ifndef IOCTL_DISK_COPY_DATA
#define IOCTL_DISK_COPY_DATA                                                   \
  CTL_CODE(IOCTL_DISK_BASE, 0x0019, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
typedef struct _DISK_COPY_DATA_PARAMETERS {
  LARGE_INTEGER SourceOffset;
  LARGE_INTEGER DestinationOffset;
  LARGE_INTEGER CopyLength;
  ULONGLONG Reserved;
} DISK_COPY_DATA_PARAMETERS, *PDISK_COPY_DATA_PARAMETERS;
#endif

/* The partition manager's state of a disk that belongs to a cluster
   (cluster shared volumes). */
#ifndef IOCTL_DISK_GET_CLUSTER_INFO
#define IOCTL_DISK_GET_CLUSTER_INFO                                            \
  CTL_CODE(IOCTL_DISK_BASE, 0x0085, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DISK_SET_CLUSTER_INFO                                            \
  CTL_CODE(IOCTL_DISK_BASE, 0x0086, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define DISK_CLUSTER_FLAG_ENABLED 0x0000000000000001
#define DISK_CLUSTER_FLAG_CSV 0x0000000000000002
#define DISK_CLUSTER_FLAG_IN_MAINTENANCE 0x0000000000000004
#define DISK_CLUSTER_FLAG_PNP_ARRIVAL_COMPLETE 0x0000000000000008
typedef struct _DISK_CLUSTER_INFO {
  ULONG Version;
  ULONGLONG Flags;
  ULONGLONG FlagsMask;
  BOOLEAN Notify;
} DISK_CLUSTER_INFO, *PDISK_CLUSTER_INFO;
#endif

/* Newer disk and storage controls: ntddstor.h is included by ntdddisk.h. */
#include <wskcheck_storage_ioctls.h>

#endif /* WSKCHECK_WDK_NTDDDISK_H */
