/* wskcheck WDK profile: what class drivers use from a newer classpnp.h
 * than mingw-w64's: the extended request block support of Windows 8 (which
 * request block forms a driver handles, and the sizes of request block
 * buffers it embeds) and the dictionary entry type.
 *
 * Undocumented: declared from their use. The GUID is a stand-in, distinct
 * from classpnp.h's others.
 */
#ifndef WSKCHECK_WDK_CLASSPNP_MORE_H
#define WSKCHECK_WDK_CLASSPNP_MORE_H

#include <srb.h>
#include <wskcheck_storage_ioctls.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ClassInitializeEx(DriverObject, &GUID_CLASSPNP_SRB_SUPPORT, &Flags):
   the request block forms the class driver builds. */
#define GUID_CLASSPNP_SRB_SUPPORT                                              \
  {                                                                            \
    0x0a483941, 0x1c9b, 0x4a3d, {                                              \
      0x9a, 0x47, 0x67, 0x0d, 0x86, 0x07, 0x9b, 0x1e                           \
    }                                                                          \
  }
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2

/* Room for an extended request block with a BTL8 address, with one 16-byte
   SCSI CDB block or with no extended data. */
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE                                     \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(PVOID)) +                 \
   ALIGN_UP_BY(sizeof(STOR_ADDR_BTL8), sizeof(PVOID)) +                        \
   sizeof(SRBEX_DATA_SCSI_CDB16))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE                                  \
  (ALIGN_UP_BY(sizeof(STORAGE_REQUEST_BLOCK), sizeof(PVOID)) +                 \
   sizeof(STOR_ADDR_BTL8))

/* The entries of a DICTIONARY (mingw-w64 declares only the struct tag the
   dictionary's List points to). */
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;

/* The context of a request a class driver sends with its own request
   block (ClassAsynchronousCompletion): either form. */
typedef struct _COMPLETION_CONTEXT {
  PDEVICE_OBJECT DeviceObject;
  union {
    SCSI_REQUEST_BLOCK Srb;
    STORAGE_REQUEST_BLOCK SrbEx;
    UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
  } Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;

/* The functional device extension's AdditionalFdoData: only allocated,
   zeroed and freed by the library's common code. */
typedef struct _ADDITIONAL_FDO_DATA {
  ULONG Reserved;
} ADDITIONAL_FDO_DATA, *PADDITIONAL_FDO_DATA;

/* Pool tag of the remove lock tracking entries (a stand-in, distinct from
   the other CLASS_TAG_ values). */
#ifndef CLASS_TAG_LOCK_TRACKING
#define CLASS_TAG_LOCK_TRACKING 'TLcS'
#endif

/* How the library's exports are declared. */
#ifndef SCSIPORT_API
#define SCSIPORT_API
#endif

/* The routine type of an RTL_QUERY_REGISTRY_TABLE's QueryRoutine
   (mingw-w64 has only the pointer type). */
typedef NTSTATUS NTAPI RTL_QUERY_REGISTRY_ROUTINE(
    PWSTR ValueName, ULONG ValueType, PVOID ValueData, ULONG ValueLength,
    PVOID Context, PVOID EntryContext);

/* A request between a class driver and its port driver only: wait for
   the outstanding requests to complete (srb.h's documented value). */
#ifndef SRB_FUNCTION_QUIESCE_DEVICE
#define SRB_FUNCTION_QUIESCE_DEVICE 0x1A
#endif

/* The disk idle timeout power setting (wdm.h; mingw-w64 declares it only
   in winnt.h). */
#ifndef WSKCHECK_WDK_GUID_DISK_IDLE_TIMEOUT
#define WSKCHECK_WDK_GUID_DISK_IDLE_TIMEOUT
DEFINE_GUID(GUID_DISK_IDLE_TIMEOUT, 0x58e39ba8, 0xb8e6, 0x4ef6, 0x90, 0xd0,
            0x89, 0xae, 0x32, 0xb2, 0x58, 0xd6);
#endif

/* What the class driver learned of the device and the stack below it
   (the functional device extension's FunctionSupportInfo): the VPD pages
   it read, READ CAPACITY (16), idle power and the firmware slots. */
typedef enum _CLASS_FUNCTION_SUPPORT {
  SupportUnknown = 0,
  Supported,
  NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef struct _CLASS_VPD_B1_DATA {
  NTSTATUS CommandStatus;
  USHORT MediumRotationRate;
  UCHAR NominalFormFactor;
  UCHAR Zoned;
  ULONG MediumProductType;
  ULONG DepopulationTime;
} CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;

typedef struct _CLASS_VPD_B0_DATA {
  NTSTATUS CommandStatus;
  ULONG MaxUnmapLbaCount;
  ULONG MaxUnmapBlockDescrCount;
  ULONG OptimalUnmapGranularity;
  ULONG UnmapGranularityAlignment;
  BOOLEAN UGAVALID;
  UCHAR Reserved0;
  USHORT OptimalTransferLengthGranularity;
  ULONG MaximumTransferLength;
  ULONG OptimalTransferLength;
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;

typedef struct _CLASS_VPD_B2_DATA {
  NTSTATUS CommandStatus;
  UCHAR ThresholdExponent;
  UCHAR DP : 1;
  UCHAR ANC_SUP : 1;
  UCHAR Reserved0 : 2;
  UCHAR LBPRZ : 1;
  UCHAR LBPWS10 : 1;
  UCHAR LBPWS : 1;
  UCHAR LBPU : 1;
  UCHAR ProvisioningType : 3;
  UCHAR Reserved1 : 5;
  ULONG SoftThresholdEventPending;
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;

typedef struct _CLASS_READ_CAPACITY16_DATA {
  NTSTATUS CommandStatus;
  ULONG BytesPerLogicalSector;
  ULONG BytesPerPhysicalSector;
  ULONG BytesOffsetForSectorAlignment;
  BOOLEAN LBProvisioningEnabled;
  BOOLEAN LBProvisioningReadZeros;
  UCHAR Reserved0[2];
  ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;

typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
  NTSTATUS CommandStatus;
  USHORT MaximumRangeDescriptors;
  UCHAR Restricted;
  UCHAR Reserved;
  ULONG MaximumInactivityTimer;
  ULONG DefaultInactivityTimer;
  ULONGLONG MaximumTokenTransferSize;
  ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS,
    *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;

typedef struct _CLASS_VPD_PAGES_SUPPORT {
  BOOLEAN BlockLimits;
  BOOLEAN BlockDeviceCharacteristics;
  BOOLEAN LBProvisioning;
  BOOLEAN BlockDeviceRODLimits;
  BOOLEAN ZonedBlockDeviceCharacteristics;
  BOOLEAN Reserved[3];
} CLASS_VPD_PAGES_SUPPORT;

typedef struct _CLASS_LOWER_LAYER_SUPPORT {
  CLASS_FUNCTION_SUPPORT SeekPenaltyProperty;
  CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
  CLASS_FUNCTION_SUPPORT TrimProperty;
  CLASS_FUNCTION_SUPPORT TrimProcess;
} CLASS_LOWER_LAYER_SUPPORT;

typedef struct _CLASS_IDLE_POWER_INFO {
  ULONG D3ColdSupported : 1;
  ULONG D3IdleTimeoutOverridden : 1;
  ULONG NoVerifyDuringIdlePower : 1;
  ULONG Reserved2 : 29;
  BOOLEAN IdlePowerEnabled;
  BOOLEAN DeviceWakeable;
  UCHAR Reserved[2];
  ULONG D3IdleTimeout;
} CLASS_IDLE_POWER_INFO;

typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
  ULONG GenerationCount;
  volatile ULONG ChangeRequestCount;
  KSPIN_LOCK SyncLock;
  CLASS_VPD_PAGES_SUPPORT ValidInquiryPages;
  CLASS_LOWER_LAYER_SUPPORT LowerLayerSupport;
  BOOLEAN RegAccessAlignmentQueryNotSupported;
  BOOLEAN AsynchronousNotificationSupported;
  BOOLEAN UseModeSense10;
  UCHAR Reserved;
  CLASS_VPD_B0_DATA BlockLimitsData;
  CLASS_VPD_B1_DATA DeviceCharacteristicsData;
  CLASS_VPD_B2_DATA LBProvisioningData;
  CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
  CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
  CLASS_IDLE_POWER_INFO IdlePower;
  CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport;
  PSTORAGE_HW_FIRMWARE_INFO HwFirmwareInfo;
} CLASS_FUNCTION_SUPPORT_INFO, *PCLASS_FUNCTION_SUPPORT_INFO;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_CLASSPNP_MORE_H */
