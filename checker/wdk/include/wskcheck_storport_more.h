/* wskcheck WDK profile: what StorPort miniports use from storport.h that
 * mingw-w64's storport.h (built on SCSI port's srb.h) lacks, as the
 * storport reference pages describe it: StorPort's own
 * HW_INITIALIZATION_DATA and PORT_CONFIGURATION_INFORMATION, and their
 * values. Included by the profile's storport.h before mingw-w64's.
 */
#ifndef WSKCHECK_WDK_STORPORT_MORE_H
#define WSKCHECK_WDK_STORPORT_MORE_H

#ifdef __cplusplus
extern "C" {
#endif

/* MapBuffers of HW_INITIALIZATION_DATA and PORT_CONFIGURATION_INFORMATION. */
#define STOR_MAP_NO_BUFFERS 0
#define STOR_MAP_ALL_BUFFERS 1
#define STOR_MAP_NON_READ_WRITE_BUFFERS 2
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE 3

/* SrbTypeFlags, AddressTypeFlags and FeatureSupport. */
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK 0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2
#define ADDRESS_TYPE_FLAG_BTL8 0x1
#define STOR_FEATURE_VIRTUAL_MINIPORT 0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH 0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES 0x00000004
#define STOR_FEATURE_DUMP_POINTERS 0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX 0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE 0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_ENABLE_NVME_ENCRYPTION 0x00000080
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER 0x00000100
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT 0x00000200
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT 0x00000400
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE 0x00000800
#define STOR_FEATURE_DUMP_INFO 0x00001000
#define STOR_FEATURE_EXTRA_IO_INFORMATION 0x00002000
#define STOR_FEATURE_NVME 0x00004000

/* PORT_CONFIGURATION_INFORMATION's synchronization and dump members. */
typedef enum _STOR_SYNCHRONIZATION_MODEL {
  StorSynchronizeHalfDuplex,
  StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
  InterruptSupportNone,
  InterruptSynchronizeAll,
  InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

typedef struct _MEMORY_REGION {
  PUCHAR VirtualBase;
  PHYSICAL_ADDRESS PhysicalBase;
  ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

#define DUMP_MODE_CRASH 0x01
#define DUMP_MODE_HIBER 0x02
#define DUMP_MODE_MARK_MEMORY 0x03
#define DUMP_MODE_RESUME 0x04

typedef BOOLEAN NTAPI WSKCHECK_STOR_MSI_ROUTINE(PVOID HwDeviceExtension,
                                                ULONG MessageId);
typedef VOID NTAPI WSKCHECK_STOR_FREE_ADAPTER_RESOURCES(PVOID DeviceExtension);
typedef VOID NTAPI WSKCHECK_STOR_PROCESS_SERVICE_REQUEST(PVOID DeviceExtension,
                                                         PVOID Irp);
typedef VOID NTAPI WSKCHECK_STOR_COMPLETE_SERVICE_IRP(PVOID DeviceExtension);
typedef VOID NTAPI WSKCHECK_STOR_INITIALIZE_TRACING(PVOID Arg1, PVOID Arg2);
typedef VOID NTAPI WSKCHECK_STOR_CLEANUP_TRACING(PVOID Arg1);
typedef VOID NTAPI WSKCHECK_STOR_TRACING_ENABLED(PVOID HwDeviceExtension,
                                                 BOOLEAN Enabled);

typedef BOOLEAN NTAPI WSKCHECK_STOR_BUILDIO(PVOID DeviceExtension,
                                            PSCSI_REQUEST_BLOCK Srb);
typedef WSKCHECK_STOR_BUILDIO *PHW_BUILDIO;
typedef WSKCHECK_STOR_MSI_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;
typedef WSKCHECK_STOR_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef WSKCHECK_STOR_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef WSKCHECK_STOR_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef WSKCHECK_STOR_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef WSKCHECK_STOR_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef WSKCHECK_STOR_TRACING_ENABLED *PHW_TRACING_ENABLED;
/* HW_UNIT_CONTROL: the unit control routine, by pointer. */
typedef PVOID PHW_UNIT_CONTROL;

#ifdef WSKCHECK_WDK_STORPORT_OWN_CONFIG
typedef struct _HW_INITIALIZATION_DATA {
  ULONG HwInitializationDataSize;
  INTERFACE_TYPE AdapterInterfaceType;
  PHW_INITIALIZE HwInitialize;
  PHW_STARTIO HwStartIo;
  PHW_INTERRUPT HwInterrupt;
  PVOID HwFindAdapter;
  PHW_RESET_BUS HwResetBus;
  PHW_DMA_STARTED HwDmaStarted;
  PHW_ADAPTER_STATE HwAdapterState;
  ULONG DeviceExtensionSize;
  ULONG SpecificLuExtensionSize;
  ULONG SrbExtensionSize;
  ULONG NumberOfAccessRanges;
  PVOID Reserved;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses;
  BOOLEAN TaggedQueuing;
  BOOLEAN AutoRequestSense;
  BOOLEAN MultipleRequestPerLu;
  BOOLEAN ReceiveEvent;
  USHORT VendorIdLength;
  PVOID VendorId;
  union {
    USHORT ReservedUshort;
    USHORT PortVersionFlags;
  };
  USHORT DeviceIdLength;
  PVOID DeviceId;
  PHW_ADAPTER_CONTROL HwAdapterControl;
  PHW_BUILDIO HwBuildIo;
  PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
  PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
  PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
  PHW_INITIALIZE_TRACING HwInitializeTracing;
  PHW_CLEANUP_TRACING HwCleanupTracing;
  PHW_TRACING_ENABLED HwTracingEnabled;
  ULONG FeatureSupport;
  ULONG SrbTypeFlags;
  ULONG AddressTypeFlags;
  ULONG Reserved1;
  PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

typedef struct _PORT_CONFIGURATION_INFORMATION {
  ULONG Length;
  ULONG SystemIoBusNumber;
  INTERFACE_TYPE AdapterInterfaceType;
  ULONG BusInterruptLevel;
  ULONG BusInterruptVector;
  KINTERRUPT_MODE InterruptMode;
  ULONG MaximumTransferLength;
  ULONG NumberOfPhysicalBreaks;
  ULONG DmaChannel;
  ULONG DmaPort;
  DMA_WIDTH DmaWidth;
  DMA_SPEED DmaSpeed;
  ULONG AlignmentMask;
  ULONG NumberOfAccessRanges;
  ACCESS_RANGE (*AccessRanges)[];
  PVOID MiniportDumpData;
  PVOID Reserved;
  UCHAR NumberOfBuses;
  CCHAR InitiatorBusId[8];
  BOOLEAN ScatterGather;
  BOOLEAN Master;
  BOOLEAN CachesData;
  BOOLEAN AdapterScansDown;
  BOOLEAN AtdiskPrimaryClaimed;
  BOOLEAN AtdiskSecondaryClaimed;
  BOOLEAN Dma32BitAddresses;
  BOOLEAN DemandMode;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses;
  BOOLEAN TaggedQueuing;
  BOOLEAN AutoRequestSense;
  BOOLEAN MultipleRequestPerLu;
  BOOLEAN ReceiveEvent;
  BOOLEAN RealModeInitialized;
  BOOLEAN BufferAccessScsiPortControlled;
  UCHAR MaximumNumberOfTargets;
  UCHAR SrbType;
  UCHAR AddressType;
  UCHAR ReservedUchars[2];
  ULONG SlotNumber;
  ULONG BusInterruptLevel2;
  ULONG BusInterruptVector2;
  KINTERRUPT_MODE InterruptMode2;
  ULONG DmaChannel2;
  ULONG DmaPort2;
  DMA_WIDTH DmaWidth2;
  DMA_SPEED DmaSpeed2;
  ULONG DeviceExtensionSize;
  ULONG SpecificLuExtensionSize;
  ULONG SrbExtensionSize;
  UCHAR Dma64BitAddresses;
  BOOLEAN ResetTargetSupported;
  UCHAR MaximumNumberOfLogicalUnits;
  BOOLEAN WmiDataProvider;
  STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
  PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
  INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
  MEMORY_REGION DumpRegion;
  ULONG RequestedDumpBufferSize;
  BOOLEAN VirtualDevice;
  UCHAR DumpMode;
  UCHAR DmaAddressWidth;
  ULONG ExtendedFlags1;
  ULONG MaxNumberOfIO;
  ULONG MaxIOsPerLun;
  ULONG InitialLunQueueDepth;
  ULONG BusResetHoldTime;
  ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;
#endif /* WSKCHECK_WDK_STORPORT_OWN_CONFIG */

/* Status values of the StorPort routines that return a ULONG status. */
#define STOR_STATUS_SUCCESS (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION (0xC100000BL)
#define STOR_STATUS_BUSY (0xC100000CL)

/* StorPort's notification after SCSI port's last (StorPortNotification);
   srb.h's enumeration cannot be extended, so a constant of its type. */
#define GetExtendedFunctionTable                                               \
  ((SCSI_NOTIFICATION_TYPE)(TraceNotification + 1))

/* The extended function table GetExtendedFunctionTable returns (older
   StorPort). Undocumented: declared from its use; only its address is
   taken. */
typedef struct _STORPORT_EXTENDED_FUNCTIONS {
  ULONG Version;
  PVOID Functions[32];
} STORPORT_EXTENDED_FUNCTIONS, *PSTORPORT_EXTENDED_FUNCTIONS;

/* StorPort's spin locks (StorPortAcquireSpinLock). */
typedef enum _STOR_SPINLOCK {
  DpcLock = 1,
  StartIoLock,
  InterruptLock,
  ThreadedDpcLock,
  DpcLevelLock,
  RegistryLock
} STOR_SPINLOCK;

typedef struct _STOR_LOCK_HANDLE {
  STOR_SPINLOCK Lock;
  struct {
    struct {
      PVOID Next;
      PVOID Lock;
    } LockHandle;
    UCHAR OldIrql; /* a KIRQL; miniport.h has no KIRQL */
  } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

VOID NTAPI StorPortAcquireSpinLock(PVOID DeviceExtension,
                                   STOR_SPINLOCK SpinLock, PVOID LockContext,
                                   PSTOR_LOCK_HANDLE LockHandle);
VOID NTAPI StorPortReleaseSpinLock(PVOID DeviceExtension,
                                   PSTOR_LOCK_HANDLE LockHandle);

/* Performance options (StorPortInitializePerfOpts). */
#define STOR_PERF_DPC_REDIRECTION 0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS 0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES 0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY 0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU 0x00000020
#define STOR_PERF_NO_SGL 0x00000040
#define STOR_PERF_VERSION 0x00000005

typedef struct _PERF_CONFIGURATION_DATA {
  ULONG Version;
  ULONG Size;
  ULONG Flags;
  ULONG ConcurrentChannels;
  ULONG FirstRedirectionMessageNumber;
  ULONG LastRedirectionMessageNumber;
  ULONG DeviceNode;
  ULONG Reserved;
  PVOID MessageTargets; /* PGROUP_AFFINITY, absent without wdm.h */
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

ULONG NTAPI StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query,
                                       PPERF_CONFIGURATION_DATA PerfConfigData);

/* Routines mingw-w64's storport.h does not declare. */
PHYSICAL_ADDRESS NTAPI
StorPortConvertUlongToPhysicalAddress(ULONG_PTR UlongAddress);

#ifdef __cplusplus
}
#endif

#include <wskcheck_storport_names.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_STORPORT_MORE_H */
