/* wskcheck WDK profile: mingw-w64's ntddstor.h (storage I/O controls and
 * properties), with the members of the miniport descriptor newer storage
 * drivers read, then the storage properties of Windows 10 it lacks,
 * written from their documentation.
 *
 * The added members follow IoTimeoutValue, the last member of mingw-w64's
 * STORAGE_MINIPORT_DESCRIPTOR; the macro lives only while that header is
 * read.
 */
#ifndef WSKCHECK_WDK_NTDDSTOR_H
#define WSKCHECK_WDK_NTDDSTOR_H

#define IoTimeoutValue                                                         \
  IoTimeoutValue;                                                              \
  BOOLEAN ExtraIoInfoSupported;                                                \
  union {                                                                      \
    struct {                                                                   \
      UCHAR LogicalPoFxForDisk : 1;                                            \
      UCHAR Reserved : 7;                                                      \
    };                                                                         \
    UCHAR AsUCHAR;                                                             \
  } Flags;                                                                     \
  UCHAR Reserved0[2];                                                          \
  ULONG Reserved1
#include_next <ntddstor.h>
#undef IoTimeoutValue

#ifdef __cplusplus
extern "C" {
#endif

/* mingw-w64's STORAGE_PROPERTY_ID stops at StorageDeviceResiliencyProperty;
   the later identifiers a class driver queries. */
#ifndef StorageDeviceIoCapabilityProperty
#define StorageDeviceMediumProductType ((STORAGE_PROPERTY_ID)15)
#define StorageDeviceIoCapabilityProperty ((STORAGE_PROPERTY_ID)48)
#endif

/* The outstanding requests the device and its adapter accept. */
typedef struct _STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR {
  ULONG Version;
  ULONG Size;
  ULONG LunMaxIoCount;
  ULONG AdapterMaxIoCount;
} STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR,
    *PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR;

/* The medium's product type (Block Device Characteristics VPD page). */
#ifndef _WINIOCTL_
typedef struct _STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR {
  ULONG Version;
  ULONG Size;
  ULONG MediumProductType;
} STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR,
    *PSTORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR;
#endif

/* IOCTL_STORAGE_QUERY_DEVICE_UNIQUE_ID versions and what it includes. */
#ifndef DUID_VERSION_1
#define DUID_VERSION_1 1
#define DUID_HARDWARE_IDS_ONLY 0
#define DUID_INCLUDE_SOFTWARE_IDS 1
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_NTDDSTOR_H */
