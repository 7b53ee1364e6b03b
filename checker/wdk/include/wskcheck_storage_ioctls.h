/* wskcheck WDK profile: disk and storage I/O controls of ntdddisk.h and
 * ntddstor.h that mingw-w64 has only in its user-mode winioctl.h, written
 * from their documentation (IOCTL_DISK_GET_CACHE_SETTING,
 * IOCTL_DISK_REASSIGN_BLOCKS_EX, IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG).
 * Each group is guarded by its control code: winioctl.h may have given it.
 */
#ifndef WSKCHECK_WDK_STORAGE_IOCTLS_H
#define WSKCHECK_WDK_STORAGE_IOCTLS_H

/* Whether the disk's write cache is power protected. */
#ifndef IOCTL_DISK_GET_CACHE_SETTING
#define IOCTL_DISK_GET_CACHE_SETTING                                           \
  CTL_CODE(IOCTL_DISK_BASE, 0x0038, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DISK_SET_CACHE_SETTING                                           \
  CTL_CODE(IOCTL_DISK_BASE, 0x0039, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
typedef enum _DISK_CACHE_STATE {
  DiskCacheNormal,
  DiskCacheWriteThroughNotSupported,
  DiskCacheModifyUnsuccessful
} DISK_CACHE_STATE,
    *PDISK_CACHE_STATE;
typedef struct _DISK_CACHE_SETTING {
  ULONG Version;
  DISK_CACHE_STATE State;
  BOOLEAN IsPowerProtected;
} DISK_CACHE_SETTING, *PDISK_CACHE_SETTING;
#endif

/* Reassign bad blocks, by 64-bit block number. */
#ifndef IOCTL_DISK_REASSIGN_BLOCKS_EX
#define IOCTL_DISK_REASSIGN_BLOCKS_EX                                          \
  CTL_CODE(IOCTL_DISK_BASE, 0x0029, METHOD_BUFFERED,                           \
           FILE_READ_ACCESS | FILE_WRITE_ACCESS)
typedef struct _REASSIGN_BLOCKS_EX {
  USHORT Reserved;
  USHORT Count;
  LARGE_INTEGER BlockNumber[1];
} REASSIGN_BLOCKS_EX, *PREASSIGN_BLOCKS_EX;
#endif

/* Query or set whether the device predicts its failure. */
#ifndef IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG
#define IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG                                \
  CTL_CODE(IOCTL_STORAGE_BASE, 0x0441, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define STORAGE_FAILURE_PREDICTION_CONFIG_V1 1
typedef struct _STORAGE_FAILURE_PREDICTION_CONFIG {
  ULONG Version;
  ULONG Size;
  BOOLEAN Set;
  BOOLEAN Enabled;
  USHORT Reserved;
} STORAGE_FAILURE_PREDICTION_CONFIG, *PSTORAGE_FAILURE_PREDICTION_CONFIG;
#endif

/* The device's firmware slots (IOCTL_STORAGE_FIRMWARE_GET_INFO). */
#ifndef STORAGE_HW_FIRMWARE_REVISION_LENGTH
#define STORAGE_HW_FIRMWARE_REVISION_LENGTH 16
typedef struct _STORAGE_HW_FIRMWARE_SLOT_INFO {
  ULONG Version;
  ULONG Size;
  UCHAR SlotNumber;
  UCHAR ReadOnly : 1;
  UCHAR Reserved0 : 7;
  UCHAR Reserved1[6];
  UCHAR Revision[STORAGE_HW_FIRMWARE_REVISION_LENGTH];
} STORAGE_HW_FIRMWARE_SLOT_INFO, *PSTORAGE_HW_FIRMWARE_SLOT_INFO;
typedef struct _STORAGE_HW_FIRMWARE_INFO {
  ULONG Version;
  ULONG Size;
  UCHAR SupportUpgrade : 1;
  UCHAR Reserved0 : 7;
  UCHAR SlotCount;
  UCHAR ActiveSlot;
  UCHAR PendingActivateSlot;
  BOOLEAN FirmwareShared;
  UCHAR Reserved[3];
  ULONG ImagePayloadAlignment;
  ULONG ImagePayloadMaxSize;
  STORAGE_HW_FIRMWARE_SLOT_INFO Slot[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_INFO, *PSTORAGE_HW_FIRMWARE_INFO;
#endif

#endif /* WSKCHECK_WDK_STORAGE_IOCTLS_H */
