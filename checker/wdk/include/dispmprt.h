/* Display miniport (port driver) interface (dispmprt.h), as documented for
   WDDM and display-only drivers: the DXGKRNL_INTERFACE callbacks the
   display port driver passes at start, the child device, device
   information and post-display structures, the DXGKDDI_* routine types a
   miniport implements, and the display-only driver initialization data
   with DxgkInitializeDisplayOnlyDriver. */
#ifndef _WSKCHECK_DISPMPRT_H
#define _WSKCHECK_DISPMPRT_H

#include <acpiioct.h>
#include <d3dkmddi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The video port request packet is video.h's; display-only drivers pass it
   through without reading it. */
#ifndef __VIDEO_H__
typedef struct _VIDEO_REQUEST_PACKET VIDEO_REQUEST_PACKET,
    *PVIDEO_REQUEST_PACKET;
typedef struct _QUERY_INTERFACE QUERY_INTERFACE, *PQUERY_INTERFACE;
/* The adapter itself, where a routine takes a child's identifier. */
#define DISPLAY_ADAPTER_HW_ID 0xFFFFFFFF
#endif

/* ACPI method names as DxgkCbEvalAcpiMethod takes them: the four name
   characters packed little-endian into a ULONG. */
#define ACPI_METHOD_HARDWARE_ID ((ULONG)'DIH_')

typedef enum _DOCK_STATE {
  DockStateUnsupported = 0,
  DockStateUnDocked = 1,
  DockStateDocked = 2,
  DockStateUnknown = 3
} DOCK_STATE;

typedef struct _DXGK_START_INFO {
  ULONG RequiredDmaQueueEntry;
  GUID AdapterGuid;
  LUID AdapterLuid;
} DXGK_START_INFO, *PDXGK_START_INFO;

typedef struct _DXGK_DEVICE_INFO {
  PVOID MiniportDeviceContext;
  PDEVICE_OBJECT PhysicalDeviceObject;
  UNICODE_STRING DeviceRegistryPath;
  PCM_RESOURCE_LIST TranslatedResourceList;
  LARGE_INTEGER SystemMemorySize;
  PHYSICAL_ADDRESS HighestPhysicalAddress;
  PHYSICAL_ADDRESS AgpApertureBase;
  SIZE_T AgpApertureSize;
  DOCK_STATE DockingState;
} DXGK_DEVICE_INFO, *PDXGK_DEVICE_INFO;

typedef struct _DXGK_DISPLAY_INFORMATION {
  UINT Width;
  UINT Height;
  UINT Pitch;
  D3DDDIFORMAT ColorFormat;
  PHYSICAL_ADDRESS PhysicAddress;
  D3DDDI_VIDEO_PRESENT_TARGET_ID TargetId;
  UINT AcpiId;
} DXGK_DISPLAY_INFORMATION, *PDXGK_DISPLAY_INFORMATION;

/* Child devices. */
typedef enum _DXGK_CHILD_DEVICE_TYPE {
  TypeUninitialized = 0,
  TypeVideoOutput = 1,
  TypeOther = 2
} DXGK_CHILD_DEVICE_TYPE;

typedef enum _DXGK_CHILD_DEVICE_HPD_AWARENESS {
  HpdAwarenessUninitialized = 0,
  HpdAwarenessAlwaysConnected = 1,
  HpdAwarenessNone = 2,
  HpdAwarenessPolled = 3,
  HpdAwarenessInterruptible = 4
} DXGK_CHILD_DEVICE_HPD_AWARENESS;

typedef struct _DXGK_VIDEO_OUTPUT_CAPABILITIES {
  D3DKMDT_VIDEO_OUTPUT_TECHNOLOGY InterfaceTechnology;
  D3DKMDT_MONITOR_ORIENTATION_AWARENESS MonitorOrientationAwareness;
  BOOLEAN SupportsSdtvModes;
} DXGK_VIDEO_OUTPUT_CAPABILITIES;

typedef struct _DXGK_OTHER_DEVICE_CAPABILITIES {
  UINT Reserved;
} DXGK_OTHER_DEVICE_CAPABILITIES;

typedef struct _DXGK_CHILD_CAPABILITIES {
  union {
    DXGK_VIDEO_OUTPUT_CAPABILITIES VideoOutput;
    DXGK_OTHER_DEVICE_CAPABILITIES Other;
  } Type;
  DXGK_CHILD_DEVICE_HPD_AWARENESS HpdAwareness;
} DXGK_CHILD_CAPABILITIES;

typedef struct _DXGK_CHILD_DESCRIPTOR {
  DXGK_CHILD_DEVICE_TYPE ChildDeviceType;
  DXGK_CHILD_CAPABILITIES ChildCapabilities;
  ULONG AcpiUid;
  ULONG ChildUid;
} DXGK_CHILD_DESCRIPTOR, *PDXGK_CHILD_DESCRIPTOR;

typedef enum _DXGK_CHILD_STATUS_TYPE {
  StatusUninitialized = 0,
  StatusConnection = 1,
  StatusRotation = 2,
  StatusMiracast = 3
} DXGK_CHILD_STATUS_TYPE;

typedef struct _DXGK_CHILD_STATUS {
  DXGK_CHILD_STATUS_TYPE Type;
  ULONG ChildUid;
  union {
    struct {
      BOOLEAN Connected;
    } HotPlug;
    struct {
      UCHAR Angle;
    } Rotation;
  };
} DXGK_CHILD_STATUS, *PDXGK_CHILD_STATUS;

typedef struct _DXGK_DEVICE_DESCRIPTOR {
  ULONG DescriptorOffset;
  ULONG DescriptorLength;
  PVOID DescriptorBuffer;
} DXGK_DEVICE_DESCRIPTOR, *PDXGK_DEVICE_DESCRIPTOR;

/* Device space selectors for DxgkCbReadDeviceSpace and
   DxgkCbWriteDeviceSpace. */
#define DXGK_WHICHSPACE_CONFIG 0
#define DXGK_WHICHSPACE_ROM 0x1000

/* Display port driver callbacks. */
typedef NTSTATUS(APIENTRY *DXGKCB_EVAL_ACPI_METHOD)(
    HANDLE DeviceHandle, ULONG DeviceUid, PVOID AcpiInputBuffer,
    ULONG AcpiInputSize, PVOID AcpiOutputBuffer, ULONG AcpiOutputSize);
typedef NTSTATUS(APIENTRY *DXGKCB_GET_DEVICE_INFORMATION)(
    HANDLE DeviceHandle, PDXGK_DEVICE_INFO DeviceInfo);
typedef NTSTATUS(APIENTRY *DXGKCB_INDICATE_CHILD_STATUS)(
    HANDLE DeviceHandle, PDXGK_CHILD_STATUS ChildStatus);
typedef NTSTATUS(APIENTRY *DXGKCB_MAP_MEMORY)(
    HANDLE DeviceHandle, PHYSICAL_ADDRESS TranslatedAddress, ULONG Length,
    BOOLEAN InIoSpace, BOOLEAN MapToUserMode, MEMORY_CACHING_TYPE CacheType,
    PVOID *VirtualAddress);
typedef BOOLEAN(APIENTRY *DXGKCB_QUEUE_DPC)(HANDLE DeviceHandle);
typedef NTSTATUS(APIENTRY *DXGKCB_QUERY_SERVICES)(HANDLE DeviceHandle,
                                                  ULONG ServicesType,
                                                  PINTERFACE Interface);
typedef NTSTATUS(APIENTRY *DXGKCB_READ_DEVICE_SPACE)(
    HANDLE DeviceHandle, ULONG DataType, PVOID Buffer, ULONG Offset,
    ULONG Length, PULONG BytesRead);
typedef NTSTATUS(APIENTRY *DXGKCB_SYNCHRONIZE_EXECUTION)(
    HANDLE DeviceHandle, PKSYNCHRONIZE_ROUTINE SynchronizeRoutine,
    PVOID Context, ULONG MessageNumber, PBOOLEAN ReturnValue);
typedef NTSTATUS(APIENTRY *DXGKCB_UNMAP_MEMORY)(HANDLE DeviceHandle,
                                                PVOID VirtualAddress);
typedef NTSTATUS(APIENTRY *DXGKCB_WRITE_DEVICE_SPACE)(
    HANDLE DeviceHandle, ULONG DataType, PVOID Buffer, ULONG Offset,
    ULONG Length, PULONG BytesWritten);
typedef NTSTATUS(APIENTRY *DXGKCB_IS_DEVICE_PRESENT)(
    HANDLE DeviceHandle, PVOID DevicePresentParameters,
    PBOOLEAN DevicePresent);
typedef VOID(APIENTRY *DXGKCB_NOTIFY_INTERRUPT)(
    HANDLE hAdapter, CONST DXGKARGCB_NOTIFY_INTERRUPT_DATA *pArgs);
typedef VOID(APIENTRY *DXGKCB_NOTIFY_DPC)(HANDLE hAdapter);
typedef NTSTATUS(APIENTRY *DXGKCB_QUERYVIDPNINTERFACE)(
    D3DKMDT_HVIDPN hVidPn, DXGK_VIDPN_INTERFACE_VERSION VidPnInterfaceVersion,
    CONST DXGK_VIDPN_INTERFACE **ppVidPnInterface);
typedef NTSTATUS(APIENTRY *DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP)(
    HANDLE DeviceHandle, PDXGK_DISPLAY_INFORMATION DisplayInfo);

typedef struct _DXGKRNL_INTERFACE {
  ULONG Size;
  ULONG Version;
  HANDLE DeviceHandle;
  DXGKCB_EVAL_ACPI_METHOD DxgkCbEvalAcpiMethod;
  DXGKCB_GET_DEVICE_INFORMATION DxgkCbGetDeviceInformation;
  DXGKCB_INDICATE_CHILD_STATUS DxgkCbIndicateChildStatus;
  DXGKCB_MAP_MEMORY DxgkCbMapMemory;
  DXGKCB_QUEUE_DPC DxgkCbQueueDpc;
  DXGKCB_QUERY_SERVICES DxgkCbQueryServices;
  DXGKCB_READ_DEVICE_SPACE DxgkCbReadDeviceSpace;
  DXGKCB_SYNCHRONIZE_EXECUTION DxgkCbSynchronizeExecution;
  DXGKCB_UNMAP_MEMORY DxgkCbUnmapMemory;
  DXGKCB_WRITE_DEVICE_SPACE DxgkCbWriteDeviceSpace;
  DXGKCB_IS_DEVICE_PRESENT DxgkCbIsDevicePresent;
  DXGKCB_NOTIFY_INTERRUPT DxgkCbNotifyInterrupt;
  DXGKCB_NOTIFY_DPC DxgkCbNotifyDpc;
  DXGKCB_QUERYVIDPNINTERFACE DxgkCbQueryVidPnInterface;
  DXGKCB_ACQUIRE_POST_DISPLAY_OWNERSHIP DxgkCbAcquirePostDisplayOwnership;
} DXGKRNL_INTERFACE, *PDXGKRNL_INTERFACE;

/* Miniport routines. */
typedef NTSTATUS DXGKDDI_ADD_DEVICE(CONST PDEVICE_OBJECT PhysicalDeviceObject,
                                    PVOID *MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_START_DEVICE(CONST PVOID MiniportDeviceContext,
                                      PDXGK_START_INFO DxgkStartInfo,
                                      PDXGKRNL_INTERFACE DxgkInterface,
                                      PULONG NumberOfVideoPresentSources,
                                      PULONG NumberOfChildren);
typedef NTSTATUS DXGKDDI_STOP_DEVICE(CONST PVOID MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_REMOVE_DEVICE(CONST PVOID MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_DISPATCH_IO_REQUEST(
    CONST PVOID MiniportDeviceContext, ULONG VidPnSourceId,
    PVIDEO_REQUEST_PACKET VideoRequestPacket);
typedef BOOLEAN DXGKDDI_INTERRUPT_ROUTINE(CONST PVOID MiniportDeviceContext,
                                          ULONG MessageNumber);
typedef VOID DXGKDDI_DPC_ROUTINE(CONST PVOID MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_QUERY_CHILD_RELATIONS(
    CONST PVOID MiniportDeviceContext, PDXGK_CHILD_DESCRIPTOR ChildRelations,
    ULONG ChildRelationsSize);
typedef NTSTATUS DXGKDDI_QUERY_CHILD_STATUS(CONST PVOID MiniportDeviceContext,
                                            PDXGK_CHILD_STATUS ChildStatus,
                                            BOOLEAN NonDestructiveOnly);
typedef NTSTATUS DXGKDDI_QUERY_DEVICE_DESCRIPTOR(
    CONST PVOID MiniportDeviceContext, ULONG ChildUid,
    PDXGK_DEVICE_DESCRIPTOR DeviceDescriptor);
typedef NTSTATUS DXGKDDI_SET_POWER_STATE(CONST PVOID MiniportDeviceContext,
                                         ULONG DeviceUid,
                                         DEVICE_POWER_STATE DevicePowerState,
                                         POWER_ACTION ActionType);
typedef NTSTATUS DXGKDDI_NOTIFY_ACPI_EVENT(CONST PVOID MiniportDeviceContext,
                                           ULONG EventType, ULONG Event,
                                           PVOID Argument,
                                           PULONG AcpiFlags);
typedef VOID DXGKDDI_RESET_DEVICE(CONST PVOID MiniportDeviceContext);
typedef VOID DXGKDDI_UNLOAD(VOID);
typedef NTSTATUS DXGKDDI_QUERY_INTERFACE(CONST PVOID MiniportDeviceContext,
                                         PQUERY_INTERFACE QueryInterface);
typedef VOID DXGKDDI_CONTROL_ETW_LOGGING(BOOLEAN Enable, ULONG Flags,
                                         UCHAR Level);
typedef NTSTATUS APIENTRY DXGKDDI_QUERYADAPTERINFO(
    CONST HANDLE hAdapter, CONST DXGKARG_QUERYADAPTERINFO *pQueryAdapterInfo);
typedef NTSTATUS APIENTRY DXGKDDI_SETPOINTERPOSITION(
    CONST HANDLE hAdapter,
    CONST DXGKARG_SETPOINTERPOSITION *pSetPointerPosition);
typedef NTSTATUS APIENTRY DXGKDDI_SETPOINTERSHAPE(
    CONST HANDLE hAdapter, CONST DXGKARG_SETPOINTERSHAPE *pSetPointerShape);
typedef NTSTATUS APIENTRY DXGKDDI_ISSUPPORTEDVIDPN(
    CONST HANDLE hAdapter, DXGKARG_ISSUPPORTEDVIDPN *pIsSupportedVidPn);
typedef NTSTATUS APIENTRY DXGKDDI_RECOMMENDFUNCTIONALVIDPN(
    CONST HANDLE hAdapter,
    CONST DXGKARG_RECOMMENDFUNCTIONALVIDPN *CONST pRecommendFunctionalVidPn);
typedef NTSTATUS APIENTRY DXGKDDI_RECOMMENDVIDPNTOPOLOGY(
    CONST HANDLE hAdapter,
    CONST DXGKARG_RECOMMENDVIDPNTOPOLOGY *CONST pRecommendVidPnTopology);
typedef NTSTATUS APIENTRY DXGKDDI_RECOMMENDMONITORMODES(
    CONST HANDLE hAdapter,
    CONST DXGKARG_RECOMMENDMONITORMODES *CONST pRecommendMonitorModes);
typedef NTSTATUS APIENTRY DXGKDDI_ENUMVIDPNCOFUNCMODALITY(
    CONST HANDLE hAdapter,
    CONST DXGKARG_ENUMVIDPNCOFUNCMODALITY *CONST pEnumCofuncModality);
typedef NTSTATUS APIENTRY DXGKDDI_SETVIDPNSOURCEVISIBILITY(
    CONST HANDLE hAdapter,
    CONST DXGKARG_SETVIDPNSOURCEVISIBILITY *pSetVidPnSourceVisibility);
typedef NTSTATUS APIENTRY DXGKDDI_COMMITVIDPN(
    CONST HANDLE hAdapter, CONST DXGKARG_COMMITVIDPN *CONST pCommitVidPn);
typedef NTSTATUS APIENTRY DXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH(
    CONST HANDLE hAdapter,
    CONST DXGKARG_UPDATEACTIVEVIDPNPRESENTPATH *CONST
        pUpdateActiveVidPnPresentPath);
typedef NTSTATUS APIENTRY DXGKDDI_QUERYVIDPNHWCAPABILITY(
    CONST HANDLE hAdapter, DXGKARG_QUERYVIDPNHWCAPABILITY *pVidPnHWCaps);
typedef NTSTATUS APIENTRY DXGKDDI_PRESENTDISPLAYONLY(
    CONST HANDLE hAdapter,
    CONST DXGKARG_PRESENT_DISPLAYONLY *pPresentDisplayOnly);
typedef NTSTATUS APIENTRY DXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP(
    PVOID MiniportDeviceContext, D3DDDI_VIDEO_PRESENT_TARGET_ID TargetId,
    PDXGK_DISPLAY_INFORMATION DisplayInfo);
typedef NTSTATUS APIENTRY DXGKDDI_SYSTEM_DISPLAY_ENABLE(
    PVOID MiniportDeviceContext, D3DDDI_VIDEO_PRESENT_TARGET_ID TargetId,
    PDXGKARG_SYSTEM_DISPLAY_ENABLE_FLAGS Flags, UINT *Width, UINT *Height,
    D3DDDIFORMAT *ColorFormat);
typedef VOID APIENTRY DXGKDDI_SYSTEM_DISPLAY_WRITE(
    PVOID MiniportDeviceContext, PVOID Source, UINT SourceWidth,
    UINT SourceHeight, UINT SourceStride, UINT PositionX, UINT PositionY);

typedef DXGKDDI_ADD_DEVICE *PDXGKDDI_ADD_DEVICE;
typedef DXGKDDI_START_DEVICE *PDXGKDDI_START_DEVICE;
typedef DXGKDDI_STOP_DEVICE *PDXGKDDI_STOP_DEVICE;
typedef DXGKDDI_REMOVE_DEVICE *PDXGKDDI_REMOVE_DEVICE;
typedef DXGKDDI_DISPATCH_IO_REQUEST *PDXGKDDI_DISPATCH_IO_REQUEST;
typedef DXGKDDI_INTERRUPT_ROUTINE *PDXGKDDI_INTERRUPT_ROUTINE;
typedef DXGKDDI_DPC_ROUTINE *PDXGKDDI_DPC_ROUTINE;
typedef DXGKDDI_QUERY_CHILD_RELATIONS *PDXGKDDI_QUERY_CHILD_RELATIONS;
typedef DXGKDDI_QUERY_CHILD_STATUS *PDXGKDDI_QUERY_CHILD_STATUS;
typedef DXGKDDI_QUERY_DEVICE_DESCRIPTOR *PDXGKDDI_QUERY_DEVICE_DESCRIPTOR;
typedef DXGKDDI_SET_POWER_STATE *PDXGKDDI_SET_POWER_STATE;
typedef DXGKDDI_NOTIFY_ACPI_EVENT *PDXGKDDI_NOTIFY_ACPI_EVENT;
typedef DXGKDDI_RESET_DEVICE *PDXGKDDI_RESET_DEVICE;
typedef DXGKDDI_UNLOAD *PDXGKDDI_UNLOAD;
typedef DXGKDDI_QUERY_INTERFACE *PDXGKDDI_QUERY_INTERFACE;
typedef DXGKDDI_CONTROL_ETW_LOGGING *PDXGKDDI_CONTROL_ETW_LOGGING;
typedef DXGKDDI_QUERYADAPTERINFO *PDXGKDDI_QUERYADAPTERINFO;
typedef DXGKDDI_SETPOINTERPOSITION *PDXGKDDI_SETPOINTERPOSITION;
typedef DXGKDDI_SETPOINTERSHAPE *PDXGKDDI_SETPOINTERSHAPE;
typedef DXGKDDI_ISSUPPORTEDVIDPN *PDXGKDDI_ISSUPPORTEDVIDPN;
typedef DXGKDDI_RECOMMENDFUNCTIONALVIDPN *PDXGKDDI_RECOMMENDFUNCTIONALVIDPN;
typedef DXGKDDI_RECOMMENDVIDPNTOPOLOGY *PDXGKDDI_RECOMMENDVIDPNTOPOLOGY;
typedef DXGKDDI_RECOMMENDMONITORMODES *PDXGKDDI_RECOMMENDMONITORMODES;
typedef DXGKDDI_ENUMVIDPNCOFUNCMODALITY *PDXGKDDI_ENUMVIDPNCOFUNCMODALITY;
typedef DXGKDDI_SETVIDPNSOURCEVISIBILITY *PDXGKDDI_SETVIDPNSOURCEVISIBILITY;
typedef DXGKDDI_COMMITVIDPN *PDXGKDDI_COMMITVIDPN;
typedef DXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH
    *PDXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH;
typedef DXGKDDI_QUERYVIDPNHWCAPABILITY *PDXGKDDI_QUERYVIDPNHWCAPABILITY;
typedef DXGKDDI_PRESENTDISPLAYONLY *PDXGKDDI_PRESENTDISPLAYONLY;
typedef DXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP
    *PDXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP;
typedef DXGKDDI_SYSTEM_DISPLAY_ENABLE *PDXGKDDI_SYSTEM_DISPLAY_ENABLE;
typedef DXGKDDI_SYSTEM_DISPLAY_WRITE *PDXGKDDI_SYSTEM_DISPLAY_WRITE;

/* What a display-only driver hands to DxgkInitializeDisplayOnlyDriver. */
typedef struct _KMDDOD_INITIALIZATION_DATA {
  ULONG Version;
  PDXGKDDI_ADD_DEVICE DxgkDdiAddDevice;
  PDXGKDDI_START_DEVICE DxgkDdiStartDevice;
  PDXGKDDI_STOP_DEVICE DxgkDdiStopDevice;
  PDXGKDDI_REMOVE_DEVICE DxgkDdiRemoveDevice;
  PDXGKDDI_DISPATCH_IO_REQUEST DxgkDdiDispatchIoRequest;
  PDXGKDDI_INTERRUPT_ROUTINE DxgkDdiInterruptRoutine;
  PDXGKDDI_DPC_ROUTINE DxgkDdiDpcRoutine;
  PDXGKDDI_QUERY_CHILD_RELATIONS DxgkDdiQueryChildRelations;
  PDXGKDDI_QUERY_CHILD_STATUS DxgkDdiQueryChildStatus;
  PDXGKDDI_QUERY_DEVICE_DESCRIPTOR DxgkDdiQueryDeviceDescriptor;
  PDXGKDDI_SET_POWER_STATE DxgkDdiSetPowerState;
  PDXGKDDI_NOTIFY_ACPI_EVENT DxgkDdiNotifyAcpiEvent;
  PDXGKDDI_RESET_DEVICE DxgkDdiResetDevice;
  PDXGKDDI_UNLOAD DxgkDdiUnload;
  PDXGKDDI_QUERY_INTERFACE DxgkDdiQueryInterface;
  PDXGKDDI_CONTROL_ETW_LOGGING DxgkDdiControlEtwLogging;
  PDXGKDDI_QUERYADAPTERINFO DxgkDdiQueryAdapterInfo;
  PDXGKDDI_SETPOINTERPOSITION DxgkDdiSetPointerPosition;
  PDXGKDDI_SETPOINTERSHAPE DxgkDdiSetPointerShape;
  PVOID DxgkDdiEscape;
  PVOID DxgkDdiCollectDbgInfo;
  PDXGKDDI_ISSUPPORTEDVIDPN DxgkDdiIsSupportedVidPn;
  PDXGKDDI_RECOMMENDFUNCTIONALVIDPN DxgkDdiRecommendFunctionalVidPn;
  PDXGKDDI_ENUMVIDPNCOFUNCMODALITY DxgkDdiEnumVidPnCofuncModality;
  PDXGKDDI_SETVIDPNSOURCEVISIBILITY DxgkDdiSetVidPnSourceVisibility;
  PDXGKDDI_COMMITVIDPN DxgkDdiCommitVidPn;
  PDXGKDDI_UPDATEACTIVEVIDPNPRESENTPATH DxgkDdiUpdateActiveVidPnPresentPath;
  PDXGKDDI_RECOMMENDMONITORMODES DxgkDdiRecommendMonitorModes;
  PVOID DxgkDdiGetScanLine;
  PDXGKDDI_QUERYVIDPNHWCAPABILITY DxgkDdiQueryVidPnHWCapability;
  PDXGKDDI_PRESENTDISPLAYONLY DxgkDdiPresentDisplayOnly;
  PDXGKDDI_STOP_DEVICE_AND_RELEASE_POST_DISPLAY_OWNERSHIP
      DxgkDdiStopDeviceAndReleasePostDisplayOwnership;
  PDXGKDDI_SYSTEM_DISPLAY_ENABLE DxgkDdiSystemDisplayEnable;
  PDXGKDDI_SYSTEM_DISPLAY_WRITE DxgkDdiSystemDisplayWrite;
} KMDDOD_INITIALIZATION_DATA, *PKMDDOD_INITIALIZATION_DATA;

NTSTATUS DxgkInitializeDisplayOnlyDriver(
    PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
    PKMDDOD_INITIALIZATION_DATA KmdDodInitializationData);

#ifdef __cplusplus
}
#endif

#endif
