/*
 * wskcheck_storport_names.h - StorPort names mingw-w64's storport.h lacks:
 * DPC and extended timer routines, unit control, runtime power management
 * (PoFx V2/V3), system power hints, power settings, telemetry, descriptor
 * sense data and the device form factor. Written from the StorPort, scsi
 * and ntddstor DDI reference pages (names, members, documented values).
 * Values the pages name without stating (the ETW levels, opcodes and
 * keywords, the RAID_ASYNC_NOTIFY_FLAG_ flags, DUMP_MINIPORT_VERSION_1,
 * SRB_IOCTL_FLAGS_ADAPTER_REQUEST) are stand-ins, distinct within their
 * group, for the analysis only.
 * Included from wskcheck_storport_more.h. SCSI/storage names another header
 * of the profile may also declare are guarded so either can come first.
 */
#ifndef WSKCHECK_WDK_STORPORT_NAMES_H
#define WSKCHECK_WDK_STORPORT_NAMES_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef _Post_invalid_
#define _Post_invalid_
#endif

/* STOR_PHYSICAL_ADDRESS is PHYSICAL_ADDRESS (mingw-w64 declares it later). */
typedef PHYSICAL_ADDRESS *PSTOR_PHYSICAL_ADDRESS;
typedef CHAR *PZZSTR;

/* Memory for StorPortAllocateContiguousMemorySpecifyCacheNode: wdm.h has
   these, miniports do not include it. */
#ifndef _WDMDDK_
#ifndef WSKCHECK_MEMORY_CACHING_TYPE_DEFINED
#define WSKCHECK_MEMORY_CACHING_TYPE_DEFINED
typedef enum _MEMORY_CACHING_TYPE {
  MmNonCached = 0,
  MmCached = 1,
  MmWriteCombined = 2,
  MmHardwareCoherentCached = 3,
  MmNonCachedUnordered = 4,
  MmUSWCCached = 5,
  MmMaximumCacheType = 6,
  MmNotMapped = -1
} MEMORY_CACHING_TYPE;
#endif
#ifndef MM_ANY_NODE_OK
#define MM_ANY_NODE_OK 0x80000000
#endif
#endif

/* STOR_DPC is opaque to the miniport: storage only. */
typedef struct _STOR_DPC {
  ULONG_PTR Reserved[16];
} STOR_DPC, *PSTOR_DPC;

/* VOID: drivers define their DPC routines so (the reference page shows
   BOOLEAN). */
typedef VOID NTAPI HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                                     PVOID SystemArgument1,
                                     PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

typedef VOID NTAPI HW_TIMER_EX(PVOID DeviceExtension, PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;

typedef WSKCHECK_STOR_TRACING_ENABLED HW_TRACING_ENABLED;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
  ScsiQuerySupportedUnitControlTypes = 0,
  ScsiUnitUsage,
  ScsiUnitStart,
  ScsiUnitPower,
  ScsiUnitPoFxPowerInfo,
  ScsiUnitPoFxPowerRequired,
  ScsiUnitPoFxPowerActive,
  ScsiUnitPoFxPowerSetFState,
  ScsiUnitPoFxPowerControl,
  ScsiUnitRemove,
  ScsiUnitSurpriseRemoval,
  ScsiUnitRichDescription,
  ScsiUnitQueryBusType,
  ScsiUnitQueryFruId,
  ScsiUnitReportInternalData,
  ScsiUnitControlMax,
  MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
  ScsiUnitControlSuccess = 0,
  ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

typedef SCSI_UNIT_CONTROL_STATUS NTAPI HW_UNIT_CONTROL(
    PVOID DeviceExtension, SCSI_UNIT_CONTROL_TYPE ControlType,
    PVOID Parameters);

typedef enum _RAID_SYSTEM_POWER {
  RaidSystemPowerUnknown,
  RaidSystemPowerLowest,
  RaidSystemPowerLow,
  RaidSystemPowerMedium,
  RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

typedef struct _STOR_POWER_SETTING_INFO {
  GUID PowerSettingGuid;
  PVOID Value;
  ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* Adapter control types past mingw-w64's ScsiSetRunningConfig, in the
   order the SCSI_ADAPTER_CONTROL_TYPE reference page lists them; srb.h's
   enumeration cannot be extended, so constants of its type (a switch over
   the type warns under -Wswitch that they are not in it). */
#define WSKCHECK_ADAPTER_CONTROL(n) ((SCSI_ADAPTER_CONTROL_TYPE)(n))
#define ScsiPowerSettingNotification WSKCHECK_ADAPTER_CONTROL(5)
#define ScsiAdapterPower WSKCHECK_ADAPTER_CONTROL(6)
#define ScsiAdapterPoFxPowerRequired WSKCHECK_ADAPTER_CONTROL(7)
#define ScsiAdapterPoFxPowerActive WSKCHECK_ADAPTER_CONTROL(8)
#define ScsiAdapterPoFxPowerSetFState WSKCHECK_ADAPTER_CONTROL(9)
#define ScsiAdapterPoFxPowerControl WSKCHECK_ADAPTER_CONTROL(10)
#define ScsiAdapterPrepareForBusReScan WSKCHECK_ADAPTER_CONTROL(11)
#define ScsiAdapterSystemPowerHints WSKCHECK_ADAPTER_CONTROL(12)
#define ScsiAdapterFilterResourceRequirements WSKCHECK_ADAPTER_CONTROL(13)
#define ScsiAdapterPoFxMaxOperationalPower WSKCHECK_ADAPTER_CONTROL(14)
#define ScsiAdapterPoFxSetPerfState WSKCHECK_ADAPTER_CONTROL(15)
#define ScsiAdapterSurpriseRemoval WSKCHECK_ADAPTER_CONTROL(16)
#define ScsiAdapterSerialNumber WSKCHECK_ADAPTER_CONTROL(17)
#define ScsiAdapterCryptoOperation WSKCHECK_ADAPTER_CONTROL(18)
#define ScsiAdapterQueryFruId WSKCHECK_ADAPTER_CONTROL(19)
#define ScsiAdapterSetEventLogging WSKCHECK_ADAPTER_CONTROL(20)
#define ScsiAdapterReportInternalData WSKCHECK_ADAPTER_CONTROL(21)
#define ScsiAdapterResetBusSynchronous WSKCHECK_ADAPTER_CONTROL(22)
#define ScsiAdapterPostHwInitialize WSKCHECK_ADAPTER_CONTROL(23)
#define ScsiAdapterPrepareEarlyDumpData WSKCHECK_ADAPTER_CONTROL(24)
#define ScsiAdapterRestoreEarlyDumpData WSKCHECK_ADAPTER_CONTROL(25)

/* StorPortNotification's I/O service time report. Its value is not
   documented: a stand-in, distinct from the other notification types. */
#define IoTargetRequestServiceTime                                             \
  ((SCSI_NOTIFICATION_TYPE)(TraceNotification + 0x100))

/* StorPortStateChangeDetected. */
#define STATE_CHANGE_LUN 0x1
#define STATE_CHANGE_TARGET 0x2
#define STATE_CHANGE_BUS 0x4

/* StorPortGetRequestInfo (its REQUEST_INFO_ flags: wskcheck_srb_ex.h). */
#define STOR_REQUEST_INFO_VER_1 1

typedef struct _STOR_REQUEST_INFO_V1 {
  ULONG Version;
  ULONG Size;
  STOR_IO_PRIORITY_HINT PriorityHint;
  ULONG Flags;
  ULONG Key;
  ULONG Length;
  BOOLEAN IsWriteRequest;
  UCHAR Reserved[3];
} STOR_REQUEST_INFO_V1, *PSTOR_REQUEST_INFO_V1;
typedef STOR_REQUEST_INFO_V1 STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;

/* StorPortRegistryRead/Write value types. */
#define MINIPORT_REG_SZ 1
#define MINIPORT_REG_BINARY 3
#define MINIPORT_REG_DWORD 4

/* Undocumented: declared from its use (StorPortGetDeviceOperationCache
   settings); only its address is taken, so no value is given. */
extern const GUID STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID;

/* StorPortEtwEvent2/4/8: channel, level, opcode and keywords. */
typedef enum _STORPORT_ETW_EVENT_CHANNEL {
  StorportEtwEventDiagnostic = 0,
  StorportEtwEventOperational = 1,
  StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

typedef enum _STORPORT_ETW_LEVEL {
  StorportEtwLevelLogAlways = 0,
  StorportEtwLevelCritical = 1,
  StorportEtwLevelError = 2,
  StorportEtwLevelWarning = 3,
  StorportEtwLevelInformational = 4,
  StorportEtwLevelVerbose = 5,
  StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
  StorportEtwEventOpcodeInfo = 0,
  StorportEtwEventOpcodeStart = 1,
  StorportEtwEventOpcodeStop = 2,
  StorportEtwEventOpcodeDC_Start = 3,
  StorportEtwEventOpcodeDC_Stop = 4,
  StorportEtwEventOpcodeExtension = 5,
  StorportEtwEventOpcodeReply = 6,
  StorportEtwEventOpcodeResume = 7,
  StorportEtwEventOpcodeSuspend = 8,
  StorportEtwEventOpcodeSend = 9,
  StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

#define STORPORT_ETW_EVENT_KEYWORD_IO 0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE 0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER 0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION 0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE 0x10

/* Runtime power management: devices, components and their F-states. */
#define STOR_POFX_DEVICE_FLAG_NO_D0 0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3 0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD 0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE 0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT 0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT 0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION 0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL 0x80
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE 0x100
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON 0x200
#define STOR_POFX_DEVICE_FLAG_DISABLE_INTERRUPTS_ON_D3 0x400
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE 0x800
#define STOR_POFX_DEVICE_FLAG_GET_PERF_STATE_FROM_PEP 0x1000

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
  ULONG Version;
  ULONG Size;
  ULONGLONG TransitionLatency;
  ULONGLONG ResidencyRequirement;
  ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;

typedef struct _STOR_POFX_COMPONENT_V2 {
  ULONG Version;
  ULONG Size;
  ULONG FStateCount;
  ULONG DeepestWakeableFState;
  GUID Id;
  ULONG DeepestAdapterPowerRequiredFState;
  ULONG DeepestCrashDumpReadyFState;
  STOR_POFX_COMPONENT_IDLE_STATE FStates[1];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;

typedef struct _STOR_POFX_DEVICE_V2 {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  ULONG UnitMinIdleTimeoutInMS;
  ULONG AdapterIdleTimeoutInMS;
  STOR_POFX_COMPONENT_V2 Components[1];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;

typedef struct _STOR_POFX_DEVICE_V3 {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  ULONG UnitMinIdleTimeoutInMS;
  ULONG AdapterIdleTimeoutInMS;
  ULONG MinimumPowerCyclePeriodInMS;
  STOR_POFX_COMPONENT_V2 Components[1];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;

/* Version 1 device and component (StorPortInitializePoFxPower). */
typedef struct _STOR_POFX_COMPONENT {
  ULONG Version;
  ULONG Size;
  ULONG FStateCount;
  ULONG DeepestWakeableFState;
  GUID Id;
  STOR_POFX_COMPONENT_IDLE_STATE FStates[1];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;

typedef struct _STOR_POFX_DEVICE {
  ULONG Version;
  ULONG Size;
  ULONG ComponentCount;
  ULONG Flags;
  STOR_POFX_COMPONENT Components[1];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;

#define STOR_POFX_DEVICE_VERSION_V1 1
#define STOR_POFX_DEVICE_VERSION_V2 2
#define STOR_POFX_DEVICE_VERSION_V3 3
#define STOR_POFX_DEVICE_SIZE sizeof(STOR_POFX_DEVICE)
#define STOR_POFX_DEVICE_V2_SIZE sizeof(STOR_POFX_DEVICE_V2)
#define STOR_POFX_DEVICE_V3_SIZE sizeof(STOR_POFX_DEVICE_V3)
#define STOR_POFX_COMPONENT_VERSION_V1 1
#define STOR_POFX_COMPONENT_VERSION_V2 2
#define STOR_POFX_COMPONENT_SIZE sizeof(STOR_POFX_COMPONENT)
#define STOR_POFX_COMPONENT_V2_SIZE sizeof(STOR_POFX_COMPONENT_V2)
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE                                    \
  sizeof(STOR_POFX_COMPONENT_IDLE_STATE)
#define STOR_POFX_UNKNOWN_POWER 0xFFFFFFFF

/* The component IDs: documented by name only; only their values are
   passed on, so they are declared without one. */
extern const GUID STORPORT_POFX_ADAPTER_GUID;
extern const GUID STORPORT_POFX_LUN_GUID;

/* The Parameters of the power adapter and unit control types. */
typedef struct _STOR_POWER_CONTROL_HEADER {
  ULONG Version;
  ULONG Size;
  PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
  STOR_POWER_CONTROL_HEADER Header;
  ULONG ComponentIndex;
  BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
  STOR_POWER_CONTROL_HEADER Header;
  ULONG ComponentIndex;
  ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

typedef struct _STOR_POFX_UNIT_POWER_INFO {
  STOR_POWER_CONTROL_HEADER Header;
  BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_UNIT_CONTROL_POWER {
  PSTOR_ADDRESS Address;
  STOR_POWER_ACTION PowerAction;
  STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef struct _STOR_ADAPTER_CONTROL_POWER {
  STOR_POWER_CONTROL_HEADER Header;
  STOR_POWER_ACTION PowerAction;
  STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

typedef struct _STOR_SYSTEM_POWER_HINTS {
  ULONG Version;
  ULONG Size;
  RAID_SYSTEM_POWER SystemPower;
  ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

/* StorPortGetMSIInfo. */
typedef struct _MESSAGE_INTERRUPT_INFORMATION {
  ULONG MessageId;
  ULONG MessageData;
  PHYSICAL_ADDRESS MessageAddress;
  ULONG InterruptVector;
  ULONG InterruptLevel;
  KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* The crash dump stack's query (SRB_FUNCTION_DUMP_POINTERS). */
#define DUMP_MINIPORT_VERSION_1 0x0100
#define DUMP_MINIPORT_VERSION 0x0100

typedef struct _MINIPORT_DUMP_POINTERS {
  USHORT Version;
  USHORT Size;
  WCHAR DriverName[15];
  PVOID AdapterObject;
  PVOID MappedRegisterBase;
  ULONG CommonBufferSize;
  PVOID MiniportPrivateDumpData;
  ULONG SystemIoBusNumber;
  INTERFACE_TYPE AdapterInterfaceType;
  ULONG MaximumTransferLength;
  ULONG NumberOfPhysicalBreaks;
  ULONG AlignmentMask;
  ULONG NumberOfAccessRanges;
  ACCESS_RANGE (*AccessRanges)[];
  UCHAR NumberOfBuses;
  BOOLEAN Master;
  BOOLEAN MapBuffers;
  UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* ScsiUnitQueryBusType and StorPortSetDeviceCapabilities-style queries. */
#define STOR_DEVICE_CAPABILITIES_EX_VERSION_1 1
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
  ULONG Version;
  ULONG Size;
  ULONG DeviceD1 : 1;
  ULONG DeviceD2 : 1;
  ULONG LockSupported : 1;
  ULONG EjectSupported : 1;
  ULONG Removable : 1;
  ULONG DockDevice : 1;
  ULONG UniqueID : 1;
  ULONG SilentInstall : 1;
  ULONG RawDeviceOK : 1;
  ULONG SurpriseRemovalOK : 1;
  ULONG NoDisplayInUI : 1;
  ULONG DefaultWriteCacheEnabled : 1;
  ULONG Reserved0 : 20;
  ULONG Address;
  ULONG UINumber;
  ULONG Reserved1[2];
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;

/* StorPortSetFeatureList. */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY 0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN 0x00000002
#define STOR_ADAPTER_DMA_V3_PREFERRED 0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND 0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD 0x00000020

/* StorPortAsyncNotificationDetected. */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS 0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS 0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION 0x4

/* SRB_IO_CONTROL ControlCode flag: the request is for the adapter. */
#ifndef SRB_IOCTL_FLAGS_ADAPTER_REQUEST
#define SRB_IOCTL_FLAGS_ADAPTER_REQUEST 0x80000000
#endif

/* Routines the above serve (mingw-w64's storport.h lacks them). */
typedef VOID NTAPI HW_STATE_CHANGE(PVOID HwDeviceExtension, PVOID Context,
                                   SHORT AddressType, PVOID Address,
                                   ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;

ULONG NTAPI StorPortStateChangeDetected(PVOID HwDeviceExtension,
                                        ULONG ChangedEntity,
                                        PSTOR_ADDRESS Address,
                                        ULONG Attributes,
                                        PHW_STATE_CHANGE HwStateChange,
                                        PVOID HwStateChangeContext);
ULONG NTAPI StorPortInitializePoFxPower(PVOID HwDeviceExtension,
                                        PSTOR_ADDRESS Address,
                                        PSTOR_POFX_DEVICE Device,
                                        PBOOLEAN D3ColdEnabled);
VOID NTAPI StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc,
                                 PHW_DPC_ROUTINE HwDpcRoutine);
ULONG NTAPI StorPortAllocateContiguousMemorySpecifyCacheNode(
    PVOID HwDeviceExtension, SIZE_T NumberOfBytes,
    PHYSICAL_ADDRESS LowestAcceptableAddress,
    PHYSICAL_ADDRESS HighestAcceptableAddress,
    PHYSICAL_ADDRESS BoundaryAddressMultiple, MEMORY_CACHING_TYPE CacheType,
    ULONG PreferredNode, PVOID *BufferPointer);
ULONG NTAPI StorPortAsyncNotificationDetected(PVOID HwDeviceExtension,
                                              PSTOR_ADDRESS Address,
                                              ULONGLONG Flags);

/* Telemetry (StorPortLogTelemetry). */
#define EVENT_NAME_MAX_LENGTH 32
#define EVENT_MAX_PARAM_NAME_LEN 32
#define EVENT_BUFFER_MAX_LENGTH 4096

typedef struct _STORPORT_TELEMETRY_EVENT {
  ULONG DriverVersion;
  ULONG EventId;
  UCHAR EventName[EVENT_NAME_MAX_LENGTH];
  ULONG EventVersion;
  ULONG Flags;
  ULONG EventBufferLength;
  PUCHAR EventBuffer;
  UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue0;
  UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue1;
  UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue2;
  UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue3;
  UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue4;
  UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue5;
  UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue6;
  UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
  ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

/* SCSI names (scsi.h, ntddstor.h), guarded against the profile's other
   storage headers. */
#ifndef WSKCHECK_UNMAP_BLOCK_DESCRIPTOR_DEFINED
#define WSKCHECK_UNMAP_BLOCK_DESCRIPTOR_DEFINED
typedef struct _UNMAP_BLOCK_DESCRIPTOR {
  UCHAR StartingLba[8];
  UCHAR LbaCount[4];
  UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;
#endif

/* The sense error codes, DESCRIPTOR_SENSE_DATA and
   SCSI_SENSE_DESCRIPTOR_HEADER are scsi.h's (wskcheck_scsi_more.h),
   whichever header a driver includes first. */
#include <scsi.h>
#ifndef SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN 0x09
#endif

#ifndef WSKCHECK_SENSE_DESCRIPTOR_ATA_STATUS_RETURN_DEFINED
#define WSKCHECK_SENSE_DESCRIPTOR_ATA_STATUS_RETURN_DEFINED
typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
  SCSI_SENSE_DESCRIPTOR_HEADER Header;
  UCHAR Extend : 1;
  UCHAR Reserved0 : 7;
  UCHAR Error;
  UCHAR SectorCount15_8;
  UCHAR SectorCount7_0;
  UCHAR LbaLow15_8;
  UCHAR LbaLow7_0;
  UCHAR LbaMid15_8;
  UCHAR LbaMid7_0;
  UCHAR LbaHigh15_8;
  UCHAR LbaHigh7_0;
  UCHAR Device;
  UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN,
    *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;
#endif

#ifndef WSKCHECK_STORAGE_DEVICE_FORM_FACTOR_DEFINED
#define WSKCHECK_STORAGE_DEVICE_FORM_FACTOR_DEFINED
typedef enum _STORAGE_DEVICE_FORM_FACTOR {
  FormFactorUnknown = 0,
  FormFactor3_5,
  FormFactor2_5,
  FormFactor1_8,
  FormFactor1_8Less,
  FormFactorEmbedded,
  FormFactorMemoryCard,
  FormFactormSata,
  FormFactorM_2,
  FormFactorPCIeBoard,
  FormFactorDimm
} STORAGE_DEVICE_FORM_FACTOR, *PSTORAGE_DEVICE_FORM_FACTOR;
#endif

#ifdef __cplusplus
}
#endif

#include <wskcheck_ntddscsi_nvcache.h>

#endif /* WSKCHECK_WDK_STORPORT_NAMES_H */
