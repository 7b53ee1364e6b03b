/* wskcheck WDK profile: the part of the Kernel-Mode Driver Framework (KMDF,
 * wdf.h) that drivers use most, written from its documentation: the object
 * handles, object attributes and typed contexts, the driver and device
 * objects, I/O queues and requests, timers, work items, locks, memory,
 * collections, strings and the registry.
 *
 * The framework's functions are plain declarations here. In the WDK they are
 * inline wrappers that call through the framework's function table; named
 * directly, the analysis sees the documented routines (WdfDriverCreate with
 * the driver's EvtDriverUnload and EvtCleanupCallback), which is how the
 * checker follows a KMDF driver's life.
 */
#ifndef _WDF_H_
#define _WDF_H_

#include <ntddk.h>
/* Device object security (SDDL_DEVOBJ_...), which KMDF drivers use for
   control devices. */
#include <wdmsec.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif

#define WDFAPI
/* The framework's headers use BYTE, the Windows byte type. */
typedef unsigned char BYTE;
#define WDFEXPORT(a) a

/* ------------------------------------------------------------------ */
/* Handles                                                             */

typedef HANDLE WDFOBJECT, *PWDFOBJECT;
typedef PVOID WDFCONTEXT;
#define WSKCHECK_WDF_HANDLE(Name)                                             \
  typedef struct Name##__ *Name;                                               \
  typedef Name *P##Name
WSKCHECK_WDF_HANDLE(WDFDRIVER);
WSKCHECK_WDF_HANDLE(WDFDEVICE);
WSKCHECK_WDF_HANDLE(WDFQUEUE);
WSKCHECK_WDF_HANDLE(WDFREQUEST);
WSKCHECK_WDF_HANDLE(WDFMEMORY);
WSKCHECK_WDF_HANDLE(WDFTIMER);
WSKCHECK_WDF_HANDLE(WDFWORKITEM);
WSKCHECK_WDF_HANDLE(WDFDPC);
WSKCHECK_WDF_HANDLE(WDFINTERRUPT);
WSKCHECK_WDF_HANDLE(WDFSPINLOCK);
WSKCHECK_WDF_HANDLE(WDFWAITLOCK);
WSKCHECK_WDF_HANDLE(WDFCOLLECTION);
WSKCHECK_WDF_HANDLE(WDFSTRING);
WSKCHECK_WDF_HANDLE(WDFKEY);
WSKCHECK_WDF_HANDLE(WDFFILEOBJECT);
WSKCHECK_WDF_HANDLE(WDFIOTARGET);
WSKCHECK_WDF_HANDLE(WDFLOOKASIDE);
WSKCHECK_WDF_HANDLE(WDFCMRESLIST);
WSKCHECK_WDF_HANDLE(WDFIORESREQLIST);
WSKCHECK_WDF_HANDLE(WDFIORESLIST);
WSKCHECK_WDF_HANDLE(WDFCHILDLIST);
WSKCHECK_WDF_HANDLE(WDFDMAENABLER);
WSKCHECK_WDF_HANDLE(WDFDMATRANSACTION);
WSKCHECK_WDF_HANDLE(WDFCOMMONBUFFER);
WSKCHECK_WDF_HANDLE(WDFWMIPROVIDER);
WSKCHECK_WDF_HANDLE(WDFWMIINSTANCE);
WSKCHECK_WDF_HANDLE(WDFUSBDEVICE);
WSKCHECK_WDF_HANDLE(WDFUSBINTERFACE);
WSKCHECK_WDF_HANDLE(WDFUSBPIPE);
#undef WSKCHECK_WDF_HANDLE
typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;

#define WDF_NO_OBJECT_ATTRIBUTES NULL
#define WDF_NO_EVENT_CALLBACK NULL
#define WDF_NO_HANDLE NULL
#define WDF_NO_CONTEXT NULL
#define WDF_NO_SEND_OPTIONS NULL

#define WDF_ALIGN_SIZE_UP(Length, AlignTo)                                     \
  (((ULONG_PTR)(Length) + (AlignTo)-1) & ~((ULONG_PTR)(AlignTo)-1))
#define WDF_PTR_ADD_OFFSET(Ptr, Offset) ((PVOID)((PUCHAR)(Ptr) + (Offset)))

typedef enum _WDF_TRI_STATE {
  WdfFalse = FALSE,
  WdfTrue = TRUE,
  WdfUseDefault = 2
} WDF_TRI_STATE,
    *PWDF_TRI_STATE;

/* ------------------------------------------------------------------ */
/* Objects: attributes and typed contexts                              */

typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;
/* The per-object names of the same callbacks. */
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_DEVICE_CONTEXT_CLEANUP;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_DEVICE_CONTEXT_DESTROY;
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_DRIVER_CONTEXT_CLEANUP;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_DRIVER_CONTEXT_DESTROY;
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_IO_QUEUE_CONTEXT_CLEANUP_CALLBACK;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_IO_QUEUE_CONTEXT_DESTROY_CALLBACK;
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP EVT_WDF_FILE_CONTEXT_CLEANUP_CALLBACK;
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY EVT_WDF_FILE_CONTEXT_DESTROY_CALLBACK;

typedef enum _WDF_EXECUTION_LEVEL {
  WdfExecutionLevelInvalid = 0,
  WdfExecutionLevelInheritFromParent,
  WdfExecutionLevelPassive,
  WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;

typedef enum _WDF_SYNCHRONIZATION_SCOPE {
  WdfSynchronizationScopeInvalid = 0,
  WdfSynchronizationScopeInheritFromParent,
  WdfSynchronizationScopeDevice,
  WdfSynchronizationScopeQueue,
  WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
  ULONG Size;
  PCHAR ContextName;
  SIZE_T ContextSize;
  const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *UniqueType;
  PVOID EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef struct _WDF_OBJECT_ATTRIBUTES {
  ULONG Size;
  PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
  PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
  WDF_EXECUTION_LEVEL ExecutionLevel;
  WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
  WDFOBJECT ParentObject;
  SIZE_T ContextSizeOverride;
  PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes) {
  RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
  Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
  Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
  Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

/* The type information of a context type, one per type. */
#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype)                                \
  (WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType)

PVOID WdfObjectGetTypedContextWorker(WDFOBJECT Handle,
                                     PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
#define WdfObjectGetTypedContext(handle, type)                                 \
  ((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle),                 \
                                          WDF_GET_CONTEXT_TYPE_INFO(type)))

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)     \
  __declspec(selectany) extern const WDF_OBJECT_CONTEXT_TYPE_INFO              \
      WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = {                             \
          sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO),                                \
          (PCHAR) #_contexttype,                                               \
          sizeof(_contexttype),                                                \
          &WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype),                           \
          NULL,                                                                \
  };                                                                           \
  FORCEINLINE _contexttype *_castingfunction(WDFOBJECT Handle) {               \
    return (_contexttype *)WdfObjectGetTypedContextWorker(                     \
        Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype));                      \
  }
#define WDF_DECLARE_CONTEXT_TYPE(_contexttype)                                 \
  WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype,                             \
                                     WdfObjectGet_##_contexttype)

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)      \
  (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype)     \
  WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                                     \
  WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)

NTSTATUS WdfObjectAllocateContext(WDFOBJECT Handle,
                                  PWDF_OBJECT_ATTRIBUTES ContextAttributes,
                                  PVOID *Context);
VOID WdfObjectDelete(WDFOBJECT Object);
VOID WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line,
                              PCHAR File);
VOID WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line,
                                PCHAR File);
#define WdfObjectReference(Handle)                                             \
  WdfObjectReferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, __FILE__)
#define WdfObjectDereference(Handle)                                           \
  WdfObjectDereferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, __FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag)                                 \
  WdfObjectReferenceActual((WDFOBJECT)(Handle), Tag, __LINE__, __FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag)                               \
  WdfObjectDereferenceActual((WDFOBJECT)(Handle), Tag, __LINE__, __FILE__)

/* ------------------------------------------------------------------ */
/* Driver object                                                       */

typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver,
                                           PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;
typedef VOID EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;

typedef enum _WDF_DRIVER_INIT_FLAGS {
  WdfDriverInitNonPnpDriver = 0x00000001,
  WdfDriverInitNoDispatchOverride = 0x00000002,
  WdfVerifierOn = 0x00000004,
  WdfVerboseOn = 0x00000008,
  WdfDriverInitCompanion = 0x00000010
} WDF_DRIVER_INIT_FLAGS;

typedef struct _WDF_DRIVER_CONFIG {
  ULONG Size;
  PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
  PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
  ULONG DriverInitFlags;
  ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

FORCEINLINE VOID
WDF_DRIVER_CONFIG_INIT(PWDF_DRIVER_CONFIG Config,
                       PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd) {
  RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
  Config->Size = sizeof(WDF_DRIVER_CONFIG);
  Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}

NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject,
                         PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                         PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER *Driver);
PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER Driver);
WDFDRIVER WdfWdmDriverGetWdfDriverHandle(PDRIVER_OBJECT DriverObject);
WDFDRIVER WdfGetDriver(VOID);
PWSTR WdfDriverGetRegistryPath(WDFDRIVER Driver);
NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER Driver,
                                            ACCESS_MASK DesiredAccess,
                                            PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                                            WDFKEY *Key);

/* ------------------------------------------------------------------ */
/* Device object                                                       */

typedef enum _WDF_DEVICE_IO_TYPE {
  WdfDeviceIoUndefined = 0,
  WdfDeviceIoNeither,
  WdfDeviceIoBuffered,
  WdfDeviceIoDirect,
  WdfDeviceIoBufferedOrDirect = 4,
  WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE,
    *PWDF_DEVICE_IO_TYPE;

typedef enum _WDF_POWER_DEVICE_STATE {
  WdfPowerDeviceInvalid = 0,
  WdfPowerDeviceD0,
  WdfPowerDeviceD1,
  WdfPowerDeviceD2,
  WdfPowerDeviceD3,
  WdfPowerDeviceD3Final,
  WdfPowerDevicePrepareForHibernation,
  WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE,
    *PWDF_POWER_DEVICE_STATE;

typedef NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device,
                                                 WDFCMRESLIST ResourcesRaw,
                                                 WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;
typedef NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device,
                                                 WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device,
                                         WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device,
                                        WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;

typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(
    WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED
    *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(
    WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED
    *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART
    *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;
typedef VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;
typedef enum _WDF_SPECIAL_FILE_TYPE {
  WdfSpecialFileUndefined = 0,
  WdfSpecialFilePaging = 1,
  WdfSpecialFileHibernation,
  WdfSpecialFileDump,
  WdfSpecialFileBoot,
  WdfSpecialFilePostDisplay,
  WdfSpecialFileGuestAssigned,
  WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE,
    *PWDF_SPECIAL_FILE_TYPE;
typedef VOID EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device,
                                               WDF_SPECIAL_FILE_TYPE NotificationType,
                                               BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;
typedef NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(
    WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType,
    BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX
    *PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX;
typedef VOID EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device,
                                            DEVICE_RELATION_TYPE RelationType);
typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
  PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED
      EvtDeviceD0EntryPostInterruptsEnabled;
  PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
  PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED
      EvtDeviceD0ExitPreInterruptsDisabled;
  PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
  PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
  PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
  PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
  PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
  PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_PNPPOWER_EVENT_CALLBACKS_INIT(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}

typedef VOID EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request,
                                        WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;
typedef VOID EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;
typedef VOID EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;

typedef enum _WDF_FILEOBJECT_CLASS {
  WdfFileObjectInvalid = 0,
  WdfFileObjectNotRequired = 1,
  WdfFileObjectWdfCanUseFsContext = 2,
  WdfFileObjectWdfCanUseFsContext2 = 3,
  WdfFileObjectWdfCannotUseFsContexts = 4,
  WdfFileObjectCanBeOptional = 0x80000000
} WDF_FILEOBJECT_CLASS,
    *PWDF_FILEOBJECT_CLASS;

typedef struct _WDF_FILEOBJECT_CONFIG {
  ULONG Size;
  PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
  PFN_WDF_FILE_CLOSE EvtFileClose;
  PFN_WDF_FILE_CLEANUP EvtFileCleanup;
  WDF_TRI_STATE AutoForwardCleanupClose;
  WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;

FORCEINLINE VOID WDF_FILEOBJECT_CONFIG_INIT(
    PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
    PFN_WDF_FILE_CLOSE EvtFileClose, PFN_WDF_FILE_CLEANUP EvtFileCleanup) {
  FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
  FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
  FileEventCallbacks->EvtFileClose = EvtFileClose;
  FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
  FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
  FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}

NTSTATUS WdfDeviceCreate(PWDFDEVICE_INIT *DeviceInit,
                         PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
                         WDFDEVICE *Device);
VOID WdfDeviceInitSetIoType(PWDFDEVICE_INIT DeviceInit,
                            WDF_DEVICE_IO_TYPE IoType);
VOID WdfDeviceInitSetPnpPowerEventCallbacks(
    PWDFDEVICE_INIT DeviceInit,
    PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);
VOID WdfDeviceInitSetFileObjectConfig(PWDFDEVICE_INIT DeviceInit,
                                      PWDF_FILEOBJECT_CONFIG FileObjectConfig,
                                      PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
NTSTATUS WdfDeviceInitAssignName(PWDFDEVICE_INIT DeviceInit,
                                 PCUNICODE_STRING DeviceName);
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit,
                                       PCUNICODE_STRING SDDLString);
VOID WdfDeviceInitSetExclusive(PWDFDEVICE_INIT DeviceInit,
                               BOOLEAN IsExclusive);
VOID WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT DeviceInit,
                                DEVICE_TYPE DeviceType);
VOID WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT DeviceInit,
                                     ULONG DeviceCharacteristics,
                                     BOOLEAN OrInValues);
VOID WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);
PWDFDEVICE_INIT WdfControlDeviceInitAllocate(WDFDRIVER Driver,
                                             const UNICODE_STRING *SDDLString);
VOID WdfControlFinishInitializing(WDFDEVICE Device);
NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE Device,
                                        const GUID *InterfaceClassGUID,
                                        PCUNICODE_STRING ReferenceString);
NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE Device,
                                     PCUNICODE_STRING SymbolicLinkName);
PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(WDFDEVICE Device);
WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE Device);
WDFDRIVER WdfDeviceGetDriver(WDFDEVICE Device);
WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);

/* ------------------------------------------------------------------ */
/* I/O queues and requests                                             */

typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
  WdfIoQueueDispatchInvalid = 0,
  WdfIoQueueDispatchSequential,
  WdfIoQueueDispatchParallel,
  WdfIoQueueDispatchManual,
  WdfIoQueueDispatchMax
} WDF_IO_QUEUE_DISPATCH_TYPE;

typedef VOID EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_DEFAULT *PFN_WDF_IO_QUEUE_IO_DEFAULT;
typedef VOID EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue, WDFREQUEST Request,
                                      size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;
typedef VOID EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue, WDFREQUEST Request,
                                       size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_WRITE *PFN_WDF_IO_QUEUE_IO_WRITE;
typedef VOID EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue,
                                                WDFREQUEST Request,
                                                size_t OutputBufferLength,
                                                size_t InputBufferLength,
                                                ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL
    *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;
typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL
    EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;
typedef EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL
    *PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;
typedef VOID EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue, WDFREQUEST Request,
                                      ULONG ActionFlags);
typedef EVT_WDF_IO_QUEUE_IO_STOP *PFN_WDF_IO_QUEUE_IO_STOP;
typedef VOID EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_RESUME *PFN_WDF_IO_QUEUE_IO_RESUME;
typedef VOID EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue,
                                                   WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE
    *PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE;
typedef VOID EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;

typedef struct _WDF_IO_QUEUE_CONFIG {
  ULONG Size;
  WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
  WDF_TRI_STATE PowerManaged;
  BOOLEAN AllowZeroLengthRequests;
  BOOLEAN DefaultQueue;
  PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
  PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
  PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
  PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
  PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
  PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
  PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
  PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
  union {
    struct {
      ULONG NumberOfPresentedRequests;
    } Parallel;
  } Settings;
  WDFDRIVER Driver;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;

FORCEINLINE VOID
WDF_IO_QUEUE_CONFIG_INIT(PWDF_IO_QUEUE_CONFIG Config,
                         WDF_IO_QUEUE_DISPATCH_TYPE DispatchType) {
  RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
  Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
  Config->PowerManaged = WdfUseDefault;
  Config->DispatchType = DispatchType;
  if (Config->DispatchType == WdfIoQueueDispatchParallel)
    Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG)-1;
}

FORCEINLINE VOID WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(
    PWDF_IO_QUEUE_CONFIG Config, WDF_IO_QUEUE_DISPATCH_TYPE DispatchType) {
  WDF_IO_QUEUE_CONFIG_INIT(Config, DispatchType);
  Config->DefaultQueue = TRUE;
}

typedef enum _WDF_REQUEST_TYPE {
  WdfRequestTypeCreate = IRP_MJ_CREATE,
  WdfRequestTypeCreateNamedPipe = IRP_MJ_CREATE_NAMED_PIPE,
  WdfRequestTypeClose = IRP_MJ_CLOSE,
  WdfRequestTypeRead = IRP_MJ_READ,
  WdfRequestTypeWrite = IRP_MJ_WRITE,
  WdfRequestTypeQueryInformation = IRP_MJ_QUERY_INFORMATION,
  WdfRequestTypeSetInformation = IRP_MJ_SET_INFORMATION,
  WdfRequestTypeQueryEA = IRP_MJ_QUERY_EA,
  WdfRequestTypeSetEA = IRP_MJ_SET_EA,
  WdfRequestTypeFlushBuffers = IRP_MJ_FLUSH_BUFFERS,
  WdfRequestTypeQueryVolumeInformation = IRP_MJ_QUERY_VOLUME_INFORMATION,
  WdfRequestTypeSetVolumeInformation = IRP_MJ_SET_VOLUME_INFORMATION,
  WdfRequestTypeDirectoryControl = IRP_MJ_DIRECTORY_CONTROL,
  WdfRequestTypeFileSystemControl = IRP_MJ_FILE_SYSTEM_CONTROL,
  WdfRequestTypeDeviceControl = IRP_MJ_DEVICE_CONTROL,
  WdfRequestTypeDeviceControlInternal = IRP_MJ_INTERNAL_DEVICE_CONTROL,
  WdfRequestTypeShutdown = IRP_MJ_SHUTDOWN,
  WdfRequestTypeLockControl = IRP_MJ_LOCK_CONTROL,
  WdfRequestTypeCleanup = IRP_MJ_CLEANUP,
  WdfRequestTypeCreateMailSlot = IRP_MJ_CREATE_MAILSLOT,
  WdfRequestTypeQuerySecurity = IRP_MJ_QUERY_SECURITY,
  WdfRequestTypeSetSecurity = IRP_MJ_SET_SECURITY,
  WdfRequestTypePower = IRP_MJ_POWER,
  WdfRequestTypeSystemControl = IRP_MJ_SYSTEM_CONTROL,
  WdfRequestTypeDeviceChange = IRP_MJ_DEVICE_CHANGE,
  WdfRequestTypeQueryQuota = IRP_MJ_QUERY_QUOTA,
  WdfRequestTypeSetQuota = IRP_MJ_SET_QUOTA,
  WdfRequestTypePnp = IRP_MJ_PNP,
  WdfRequestTypeOther,
  WdfRequestTypeUsb,
  WdfRequestTypeNoFormat = 0xFF,
  WdfRequestTypeMax
} WDF_REQUEST_TYPE;

typedef struct _WDF_REQUEST_PARAMETERS {
  USHORT Size;
  UCHAR MinorFunction;
  WDF_REQUEST_TYPE Type;
  union {
    struct {
      PIO_SECURITY_CONTEXT SecurityContext;
      ULONG POINTER_ALIGNMENT Options;
      USHORT POINTER_ALIGNMENT FileAttributes;
      USHORT ShareAccess;
      ULONG POINTER_ALIGNMENT EaLength;
    } Create;
    struct {
      size_t Length;
      ULONG POINTER_ALIGNMENT Key;
      LONGLONG DeviceOffset;
    } Read;
    struct {
      size_t Length;
      ULONG POINTER_ALIGNMENT Key;
      LONGLONG DeviceOffset;
    } Write;
    struct {
      size_t OutputBufferLength;
      size_t POINTER_ALIGNMENT InputBufferLength;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID Type3InputBuffer;
    } DeviceIoControl;
    struct {
      PVOID Arg1;
      PVOID Arg2;
      ULONG POINTER_ALIGNMENT IoControlCode;
      PVOID Arg4;
    } Others;
  } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;

FORCEINLINE VOID
WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters) {
  RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
  Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}

NTSTATUS WdfIoQueueCreate(WDFDEVICE Device, PWDF_IO_QUEUE_CONFIG Config,
                          PWDF_OBJECT_ATTRIBUTES QueueAttributes,
                          WDFQUEUE *Queue);
WDFDEVICE WdfIoQueueGetDevice(WDFQUEUE Queue);
VOID WdfIoQueueStart(WDFQUEUE Queue);
VOID WdfIoQueueStopSynchronously(WDFQUEUE Queue);
VOID WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE Queue,
                                       WDFREQUEST *OutRequest);

VOID WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
VOID WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status,
                                       ULONG_PTR Information);
VOID WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
ULONG_PTR WdfRequestGetInformation(WDFREQUEST Request);
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
VOID WdfRequestGetParameters(WDFREQUEST Request,
                             PWDF_REQUEST_PARAMETERS Parameters);
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request,
                                       size_t MinimumRequiredLength,
                                       PVOID *Buffer, size_t *Length);
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request,
                                        size_t MinimumRequiredSize,
                                        PVOID *Buffer, size_t *Length);
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request,
                                        WDFMEMORY *Memory);
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request,
                                    WDFQUEUE DestinationQueue);
VOID WdfRequestMarkCancelable(WDFREQUEST Request,
                              PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request);
PIRP WdfRequestWdmGetIrp(WDFREQUEST Request);

/* ------------------------------------------------------------------ */
/* Timers, work items, DPCs                                            */

typedef VOID EVT_WDF_TIMER(WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

typedef struct _WDF_TIMER_CONFIG {
  ULONG Size;
  PFN_WDF_TIMER EvtTimerFunc;
  ULONG Period;
  BOOLEAN AutomaticSerialization;
  ULONG TolerableDelay;
  BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config,
                                       PFN_WDF_TIMER EvtTimerFunc) {
  RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
  Config->Size = sizeof(WDF_TIMER_CONFIG);
  Config->EvtTimerFunc = EvtTimerFunc;
  Config->AutomaticSerialization = TRUE;
}

FORCEINLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config,
                                                PFN_WDF_TIMER EvtTimerFunc,
                                                LONG Period) {
  WDF_TIMER_CONFIG_INIT(Config, EvtTimerFunc);
  Config->Period = (ULONG)Period;
}

/* One second, millisecond and microsecond in 100-nanosecond units. */
#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)1 * 10)

/* Relative due times for WdfTimerStart, in 100-nanosecond units. */
#define WDF_REL_TIMEOUT_IN_SEC(Time) ((LONGLONG)(Time) * -10000000)
#define WDF_REL_TIMEOUT_IN_MS(Time) ((LONGLONG)(Time) * -10000)
#define WDF_REL_TIMEOUT_IN_US(Time) ((LONGLONG)(Time) * -10)

NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config,
                        PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER *Timer);
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);

typedef VOID EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;

typedef struct _WDF_WORKITEM_CONFIG {
  ULONG Size;
  PFN_WDF_WORKITEM EvtWorkItemFunc;
  BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

FORCEINLINE VOID WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config,
                                          PFN_WDF_WORKITEM EvtWorkItemFunc) {
  RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
  Config->Size = sizeof(WDF_WORKITEM_CONFIG);
  Config->EvtWorkItemFunc = EvtWorkItemFunc;
  Config->AutomaticSerialization = TRUE;
}

NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM *WorkItem);
VOID WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);

/* ------------------------------------------------------------------ */
/* Locks, memory, collections, strings, registry                       */

NTSTATUS WdfSpinLockCreate(PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
                           WDFSPINLOCK *SpinLock);
VOID WdfSpinLockAcquire(WDFSPINLOCK SpinLock);
VOID WdfSpinLockRelease(WDFSPINLOCK SpinLock);
NTSTATUS WdfWaitLockCreate(PWDF_OBJECT_ATTRIBUTES LockAttributes,
                           WDFWAITLOCK *Lock);
NTSTATUS WdfWaitLockAcquire(WDFWAITLOCK Lock, PLONGLONG Timeout);
VOID WdfWaitLockRelease(WDFWAITLOCK Lock);

NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType,
                         ULONG PoolTag, size_t BufferSize, WDFMEMORY *Memory,
                         PVOID *Buffer);
PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, size_t *BufferSize);
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset,
                               PVOID Buffer, size_t NumBytesToCopyTo);
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory,
                                 size_t DestinationOffset, PVOID Buffer,
                                 size_t NumBytesToCopyFrom);

NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             WDFCOLLECTION *Collection);
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
VOID WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
VOID WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);

NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString,
                         PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         WDFSTRING *String);
VOID WdfStringGetUnicodeString(WDFSTRING String,
                               PUNICODE_STRING UnicodeString);

NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                            ACCESS_MASK DesiredAccess,
                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
VOID WdfRegistryClose(WDFKEY Key);
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                               PULONG Value);
NTSTATUS WdfRegistryAssignULong(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG Value);


/* ------------------------------------------------------------------ */
/* Devices: power policy, PnP capabilities and state, properties,      */
/* WDM pre-processing, interfaces                                      */

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
  IdleCapsInvalid = 0,
  IdleCannotWakeFromS0,
  IdleCanWakeFromS0,
  IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;

typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
  IdleUserControlInvalid = 0,
  IdleDoNotAllowUserControl,
  IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
  DriverManagedIdleTimeout = 0,
  SystemManagedIdleTimeout = 1,
  SystemManagedIdleTimeoutWithHint = 2
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;

typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
  ULONG Size;
  WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
  DEVICE_POWER_STATE DxState;
  ULONG IdleTimeout;
  WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
  WDF_TRI_STATE Enabled;
  WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
  WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
  WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS,
    *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;

#define IdleTimeoutDefaultValue ((ULONG)0)

FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps) {
  RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
  Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
  Settings->IdleTimeout = IdleTimeoutDefaultValue;
  Settings->UserControlOfIdleSettings = IdleAllowUserControl;
  Settings->Enabled = WdfUseDefault;
  Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
  Settings->IdleTimeoutType = DriverManagedIdleTimeout;
  Settings->ExcludeD3Cold = WdfUseDefault;
  Settings->IdleCaps = IdleCaps;
  Settings->DxState =
      IdleCaps == IdleCannotWakeFromS0 ? PowerDeviceD3 : PowerDeviceMaximum;
}

typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
  WakeUserControlInvalid = 0,
  WakeDoNotAllowUserControl,
  WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;

typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
  ULONG Size;
  DEVICE_POWER_STATE DxState;
  WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
  WDF_TRI_STATE Enabled;
  BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
  BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS,
    *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;

FORCEINLINE VOID WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(
    PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) {
  RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
  Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
  Settings->Enabled = WdfUseDefault;
  Settings->DxState = PowerDeviceMaximum;
  Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
  ULONG Size;
  WDF_TRI_STATE LockSupported;
  WDF_TRI_STATE EjectSupported;
  WDF_TRI_STATE Removable;
  WDF_TRI_STATE DockDevice;
  WDF_TRI_STATE UniqueID;
  WDF_TRI_STATE SilentInstall;
  WDF_TRI_STATE SurpriseRemovalOK;
  WDF_TRI_STATE HardwareDisabled;
  WDF_TRI_STATE NoDisplayInUI;
  ULONG Address;
  ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;

FORCEINLINE VOID
WDF_DEVICE_PNP_CAPABILITIES_INIT(PWDF_DEVICE_PNP_CAPABILITIES Caps) {
  ULONG i;
  RtlZeroMemory(Caps, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
  Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
  for (i = 0; i < 9; i++)
    (&Caps->LockSupported)[i] = WdfUseDefault;
  Caps->Address = (ULONG)-1;
  Caps->UINumber = (ULONG)-1;
}

typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
  ULONG Size;
  WDF_TRI_STATE DeviceD1;
  WDF_TRI_STATE DeviceD2;
  WDF_TRI_STATE WakeFromD0;
  WDF_TRI_STATE WakeFromD1;
  WDF_TRI_STATE WakeFromD2;
  WDF_TRI_STATE WakeFromD3;
  DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
  DEVICE_POWER_STATE DeviceWake;
  SYSTEM_POWER_STATE SystemWake;
  ULONG D1Latency;
  ULONG D2Latency;
  ULONG D3Latency;
  DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;

FORCEINLINE VOID
WDF_DEVICE_POWER_CAPABILITIES_INIT(PWDF_DEVICE_POWER_CAPABILITIES Caps) {
  ULONG i;
  RtlZeroMemory(Caps, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
  Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
  Caps->DeviceD1 = WdfUseDefault;
  Caps->DeviceD2 = WdfUseDefault;
  Caps->WakeFromD0 = WdfUseDefault;
  Caps->WakeFromD1 = WdfUseDefault;
  Caps->WakeFromD2 = WdfUseDefault;
  Caps->WakeFromD3 = WdfUseDefault;
  for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]);
       i++)
    Caps->DeviceState[i] = PowerDeviceMaximum;
  Caps->DeviceWake = PowerDeviceMaximum;
  Caps->SystemWake = PowerSystemMaximum;
  Caps->D1Latency = (ULONG)-1;
  Caps->D2Latency = (ULONG)-1;
  Caps->D3Latency = (ULONG)-1;
  Caps->IdealDxStateForSx = PowerDeviceMaximum;
}

typedef struct _WDF_DEVICE_STATE {
  ULONG Size;
  WDF_TRI_STATE Disabled;
  WDF_TRI_STATE DontDisplayInUI;
  WDF_TRI_STATE Failed;
  WDF_TRI_STATE NotDisableable;
  WDF_TRI_STATE Removed;
  WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;

FORCEINLINE VOID WDF_DEVICE_STATE_INIT(PWDF_DEVICE_STATE PnpDeviceState) {
  RtlZeroMemory(PnpDeviceState, sizeof(WDF_DEVICE_STATE));
  PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
  PnpDeviceState->Disabled = WdfUseDefault;
  PnpDeviceState->DontDisplayInUI = WdfUseDefault;
  PnpDeviceState->Failed = WdfUseDefault;
  PnpDeviceState->NotDisableable = WdfUseDefault;
  PnpDeviceState->Removed = WdfUseDefault;
  PnpDeviceState->ResourcesChanged = WdfUseDefault;
}

typedef enum _WDF_DEVICE_FAILED_ACTION {
  WdfDeviceFailedUndefined = 0,
  WdfDeviceFailedAttemptRestart,
  WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;

typedef enum _WDF_STATE_NOTIFICATION_TYPE {
  StateNotificationInvalid = 0x0000,
  StateNotificationEnterState = 0x0001,
  StateNotificationPostProcessState = 0x0002,
  StateNotificationLeaveState = 0x0004,
  StateNotificationAllStates = 0x0007
} WDF_STATE_NOTIFICATION_TYPE;

typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device, PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;
typedef NTSTATUS EVT_WDFDEVICE_WDM_IRP_DISPATCH(WDFDEVICE Device,
                                                UCHAR MajorFunction,
                                                UCHAR MinorFunction,
                                                ULONG Code,
                                                WDFCONTEXT DriverContext,
                                                PIRP Irp,
                                                WDFCONTEXT DispatchContext);
typedef EVT_WDFDEVICE_WDM_IRP_DISPATCH *PFN_WDFDEVICE_WDM_IRP_DISPATCH;
typedef VOID EVT_WDF_IO_IN_CALLER_CONTEXT(WDFDEVICE Device,
                                          WDFREQUEST Request);
typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;

NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(
    PWDFDEVICE_INIT DeviceInit,
    PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
    UCHAR MajorFunction, PUCHAR MinorFunctions, ULONG NumMinorFunctions);
NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, PIRP Irp);
NTSTATUS WdfDeviceWdmDispatchIrp(WDFDEVICE Device, PIRP Irp,
                                 WDFCONTEXT DispatchContext);
NTSTATUS WdfDeviceWdmDispatchIrpToIoQueue(WDFDEVICE Device, PIRP Irp,
                                          WDFQUEUE Queue, ULONG Flags);
VOID WdfDeviceInitSetIoInCallerContextCallback(
    PWDFDEVICE_INIT DeviceInit,
    PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT DeviceInit,
                                       PWDF_OBJECT_ATTRIBUTES RequestAttributes);
VOID WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT DeviceInit,
                                          BOOLEAN IsPowerPolicyOwner);
VOID WdfDeviceInitSetPowerPageable(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetPowerNotPageable(PWDFDEVICE_INIT DeviceInit);
VOID WdfDeviceInitSetPowerInrush(PWDFDEVICE_INIT DeviceInit);
NTSTATUS WdfDeviceAssignS0IdleSettings(
    WDFDEVICE Device, PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);
NTSTATUS WdfDeviceAssignSxWakeSettings(
    WDFDEVICE Device, PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
VOID WdfDeviceSetPnpCapabilities(WDFDEVICE Device,
                                 PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
VOID WdfDeviceSetPowerCapabilities(
    WDFDEVICE Device, PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);
VOID WdfDeviceSetDeviceState(WDFDEVICE Device,
                             PWDF_DEVICE_STATE DeviceState);
VOID WdfDeviceGetDeviceState(WDFDEVICE Device,
                             PWDF_DEVICE_STATE DeviceState);
VOID WdfDeviceSetFailed(WDFDEVICE Device,
                        WDF_DEVICE_FAILED_ACTION FailedAction);
NTSTATUS WdfDeviceStopIdleActual(WDFDEVICE Device, BOOLEAN WaitForD0,
                                 PVOID Tag, LONG Line, PCHAR File);
VOID WdfDeviceResumeIdleActual(WDFDEVICE Device, PVOID Tag, LONG Line,
                               PCHAR File);
#define WdfDeviceStopIdle(Device, WaitForD0)                                   \
  WdfDeviceStopIdleActual(Device, WaitForD0, NULL, __LINE__, __FILE__)
#define WdfDeviceStopIdleWithTag(Device, WaitForD0, Tag)                       \
  WdfDeviceStopIdleActual(Device, WaitForD0, Tag, __LINE__, __FILE__)
#define WdfDeviceResumeIdle(Device)                                            \
  WdfDeviceResumeIdleActual(Device, NULL, __LINE__, __FILE__)
#define WdfDeviceResumeIdleWithTag(Device, Tag)                                \
  WdfDeviceResumeIdleActual(Device, Tag, __LINE__, __FILE__)
NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE Device,
                                              WDFQUEUE Queue,
                                              WDF_REQUEST_TYPE RequestType);
WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE Device);
NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device,
                                  ULONG DeviceInstanceKeyType,
                                  ACCESS_MASK DesiredAccess,
                                  PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                                  WDFKEY *Key);
#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4
#define WDF_REGKEY_DEVICE_SUBKEY 0x00000008
#define WDF_REGKEY_DRIVER_SUBKEY 0x00000010
NTSTATUS WdfDeviceQueryProperty(WDFDEVICE Device,
                                DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                ULONG BufferLength, PVOID PropertyBuffer,
                                PULONG ResultLength);
NTSTATUS WdfDeviceAllocAndQueryProperty(WDFDEVICE Device,
                                        DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                        POOL_TYPE PoolType,
                                        PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                        WDFMEMORY *PropertyMemory);
NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE Device,
                                        PCUNICODE_STRING MofResourceName);
NTSTATUS WdfDeviceRetrieveDeviceName(WDFDEVICE Device, WDFSTRING String);
VOID WdfDeviceSetDeviceInterfaceState(WDFDEVICE Device,
                                      const GUID *InterfaceClassGUID,
                                      PCUNICODE_STRING ReferenceString,
                                      BOOLEAN IsInterfaceEnabled);
NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(WDFDEVICE Device,
                                                const GUID *InterfaceClassGUID,
                                                PCUNICODE_STRING ReferenceString,
                                                WDFSTRING String);
WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device);
PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device);
WDFFILEOBJECT WdfDeviceGetFileObject(WDFDEVICE Device,
                                     PFILE_OBJECT FileObject);
PFILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject);
PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
VOID WdfDeviceInitSetDeviceClass(PWDFDEVICE_INIT DeviceInit,
                                 const GUID *DeviceClassGuid);
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit,
                                       PCUNICODE_STRING SDDLString);

/* Driver-defined interfaces exchanged through IRP_MN_QUERY_INTERFACE. */
typedef NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(
    WDFDEVICE Device, LPGUID InterfaceType, PINTERFACE ExposedInterface,
    PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
    *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;
typedef struct _WDF_QUERY_INTERFACE_CONFIG {
  ULONG Size;
  PINTERFACE Interface;
  const GUID *InterfaceType;
  BOOLEAN SendQueryToParentStack;
  PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
      EvtDeviceProcessQueryInterfaceRequest;
  BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;
FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(
    PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig, PINTERFACE Interface,
    const GUID *InterfaceType,
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
        EvtDeviceProcessQueryInterfaceRequest) {
  RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
  InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
  InterfaceConfig->Interface = Interface;
  InterfaceConfig->InterfaceType = InterfaceType;
  InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest =
      EvtDeviceProcessQueryInterfaceRequest;
}
NTSTATUS WdfDeviceAddQueryInterface(WDFDEVICE Device,
                                    PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
VOID WdfDeviceInterfaceReferenceNoOp(PVOID Context);
VOID WdfDeviceInterfaceDereferenceNoOp(PVOID Context);

/* Function and filter drivers (FDO). */
VOID WdfFdoInitSetFilter(PWDFDEVICE_INIT DeviceInit);
PDEVICE_OBJECT WdfFdoInitWdmGetPhysicalDevice(PWDFDEVICE_INIT DeviceInit);
NTSTATUS WdfFdoInitOpenRegistryKey(PWDFDEVICE_INIT DeviceInit,
                                   ULONG DeviceInstanceKeyType,
                                   ACCESS_MASK DesiredAccess,
                                   PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                                   WDFKEY *Key);
NTSTATUS WdfFdoInitQueryProperty(PWDFDEVICE_INIT DeviceInit,
                                 DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                 ULONG BufferLength, PVOID PropertyBuffer,
                                 PULONG ResultLength);
NTSTATUS WdfFdoQueryForInterface(WDFDEVICE Fdo, LPCGUID InterfaceType,
                                 PINTERFACE Interface, USHORT Size,
                                 USHORT Version, PVOID InterfaceSpecificData);
NTSTATUS WdfFdoAddStaticChild(WDFDEVICE Fdo, WDFDEVICE Child);

/* Bus drivers: physical device objects (PDO). */
PWDFDEVICE_INIT WdfPdoInitAllocate(WDFDEVICE ParentDevice);
NTSTATUS WdfPdoInitAssignDeviceID(PWDFDEVICE_INIT DeviceInit,
                                  PCUNICODE_STRING DeviceID);
NTSTATUS WdfPdoInitAssignInstanceID(PWDFDEVICE_INIT DeviceInit,
                                    PCUNICODE_STRING InstanceID);
NTSTATUS WdfPdoInitAddHardwareID(PWDFDEVICE_INIT DeviceInit,
                                 PCUNICODE_STRING HardwareID);
NTSTATUS WdfPdoInitAddCompatibleID(PWDFDEVICE_INIT DeviceInit,
                                   PCUNICODE_STRING CompatibleID);
NTSTATUS WdfPdoInitAddDeviceText(PWDFDEVICE_INIT DeviceInit,
                                 PCUNICODE_STRING DeviceDescription,
                                 PCUNICODE_STRING DeviceLocation,
                                 LCID LocaleId);
VOID WdfPdoInitSetDefaultLocale(PWDFDEVICE_INIT DeviceInit, LCID LocaleId);
NTSTATUS WdfPdoInitAssignRawDevice(PWDFDEVICE_INIT DeviceInit,
                                   const GUID *DeviceClassGuid);
NTSTATUS WdfPdoMarkMissing(WDFDEVICE Device);
VOID WdfPdoRequestEject(WDFDEVICE Device);
WDFDEVICE WdfPdoGetParent(WDFDEVICE Device);

/* ------------------------------------------------------------------ */
/* Child lists (dynamic enumeration)                                   */

typedef struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER {
  ULONG IdentificationDescriptionSize;
} WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER,
    *PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER;
FORCEINLINE VOID WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header,
    ULONG IdentificationDescriptionSize) {
  RtlZeroMemory(Header, IdentificationDescriptionSize);
  Header->IdentificationDescriptionSize = IdentificationDescriptionSize;
}
typedef struct _WDF_CHILD_ADDRESS_DESCRIPTION_HEADER {
  ULONG AddressDescriptionSize;
} WDF_CHILD_ADDRESS_DESCRIPTION_HEADER,
    *PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER;
FORCEINLINE VOID WDF_CHILD_ADDRESS_DESCRIPTION_HEADER_INIT(
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER Header,
    ULONG AddressDescriptionSize) {
  RtlZeroMemory(Header, AddressDescriptionSize);
  Header->AddressDescriptionSize = AddressDescriptionSize;
}
typedef NTSTATUS EVT_WDF_CHILD_LIST_CREATE_DEVICE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDFDEVICE_INIT ChildInit);
typedef EVT_WDF_CHILD_LIST_CREATE_DEVICE *PFN_WDF_CHILD_LIST_CREATE_DEVICE;
typedef VOID EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN(WDFCHILDLIST ChildList);
typedef EVT_WDF_CHILD_LIST_SCAN_FOR_CHILDREN
    *PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN;
typedef BOOLEAN EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER FirstIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SecondIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE;
typedef NTSTATUS EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE;
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP;
typedef VOID EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER SourceIdentificationDescription,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER DestinationIdentificationDescription);
typedef EVT_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY
    *PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY;
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY;
typedef NTSTATUS EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER SourceAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER DestinationAddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE;
typedef VOID EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
typedef EVT_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP
    *PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP;
typedef BOOLEAN EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED(
    WDFCHILDLIST ChildList, WDFDEVICE OldDevice,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER OldAddressDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER NewAddressDescription);
typedef EVT_WDF_CHILD_LIST_DEVICE_REENUMERATED
    *PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED;

typedef struct _WDF_CHILD_LIST_CONFIG {
  ULONG Size;
  ULONG IdentificationDescriptionSize;
  ULONG AddressDescriptionSize;
  PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice;
  PFN_WDF_CHILD_LIST_SCAN_FOR_CHILDREN EvtChildListScanForChildren;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COPY
      EvtChildListIdentificationDescriptionCopy;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_DUPLICATE
      EvtChildListIdentificationDescriptionDuplicate;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_CLEANUP
      EvtChildListIdentificationDescriptionCleanup;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
      EvtChildListIdentificationDescriptionCompare;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_COPY EvtChildListAddressDescriptionCopy;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_DUPLICATE
      EvtChildListAddressDescriptionDuplicate;
  PFN_WDF_CHILD_LIST_ADDRESS_DESCRIPTION_CLEANUP
      EvtChildListAddressDescriptionCleanup;
  PFN_WDF_CHILD_LIST_DEVICE_REENUMERATED EvtChildListDeviceReenumerated;
} WDF_CHILD_LIST_CONFIG, *PWDF_CHILD_LIST_CONFIG;

FORCEINLINE VOID WDF_CHILD_LIST_CONFIG_INIT(
    PWDF_CHILD_LIST_CONFIG Config, ULONG IdentificationDescriptionSize,
    PFN_WDF_CHILD_LIST_CREATE_DEVICE EvtChildListCreateDevice) {
  RtlZeroMemory(Config, sizeof(WDF_CHILD_LIST_CONFIG));
  Config->Size = sizeof(WDF_CHILD_LIST_CONFIG);
  Config->IdentificationDescriptionSize = IdentificationDescriptionSize;
  Config->EvtChildListCreateDevice = EvtChildListCreateDevice;
}

VOID WdfFdoInitSetDefaultChildListConfig(
    PWDFDEVICE_INIT DeviceInit, PWDF_CHILD_LIST_CONFIG Config,
    PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);
WDFCHILDLIST WdfFdoGetDefaultChildList(WDFDEVICE Fdo);
NTSTATUS WdfChildListCreate(WDFDEVICE Device, PWDF_CHILD_LIST_CONFIG Config,
                            PWDF_OBJECT_ATTRIBUTES ChildListAttributes,
                            WDFCHILDLIST *ChildList);
NTSTATUS WdfChildListAddOrUpdateChildDescriptionAsPresent(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfChildListUpdateChildDescriptionAsMissing(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
WDFDEVICE WdfChildListGetDevice(WDFCHILDLIST ChildList);
VOID WdfChildListBeginScan(WDFCHILDLIST ChildList);
VOID WdfChildListEndScan(WDFCHILDLIST ChildList);
VOID WdfChildListUpdateAllChildDescriptionsAsPresent(WDFCHILDLIST ChildList);
BOOLEAN WdfChildListRequestChildEject(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
NTSTATUS WdfPdoRetrieveIdentificationDescription(
    WDFDEVICE Device,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
NTSTATUS WdfPdoRetrieveAddressDescription(
    WDFDEVICE Device, PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

/* ------------------------------------------------------------------ */
/* Memory descriptors, I/O targets and sending requests                */

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
  WdfMemoryDescriptorTypeInvalid = 0,
  WdfMemoryDescriptorTypeBuffer,
  WdfMemoryDescriptorTypeMdl,
  WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDFMEMORY_OFFSET {
  size_t BufferOffset;
  size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef struct _WDF_MEMORY_DESCRIPTOR {
  WDF_MEMORY_DESCRIPTOR_TYPE Type;
  union {
    struct {
      PVOID Buffer;
      ULONG Length;
    } BufferType;
    struct {
      PMDL Mdl;
      ULONG BufferLength;
    } MdlType;
    struct {
      WDFMEMORY Memory;
      PWDFMEMORY_OFFSET Offsets;
    } HandleType;
  } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(
    PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, ULONG BufferLength) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
  Descriptor->u.BufferType.Buffer = Buffer;
  Descriptor->u.BufferType.Length = BufferLength;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(
    PWDF_MEMORY_DESCRIPTOR Descriptor, WDFMEMORY Memory,
    PWDFMEMORY_OFFSET Offsets) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeHandle;
  Descriptor->u.HandleType.Memory = Memory;
  Descriptor->u.HandleType.Offsets = Offsets;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(
    PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl, ULONG BufferLength) {
  RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
  Descriptor->Type = WdfMemoryDescriptorTypeMdl;
  Descriptor->u.MdlType.Mdl = Mdl;
  Descriptor->u.MdlType.BufferLength = BufferLength;
}

NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes,
                                     PVOID Buffer, size_t BufferSize,
                                     WDFMEMORY *Memory);
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer,
                               size_t BufferSize);
NTSTATUS WdfMemoryCreateFromLookaside(WDFLOOKASIDE Lookaside,
                                      WDFMEMORY *Memory);
NTSTATUS WdfLookasideListCreate(PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
                                size_t BufferSize, POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                                ULONG PoolTag, WDFLOOKASIDE *Lookaside);

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
  WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001,
  WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
  WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004,
  WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
  WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000,
  WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_SEND_OPTIONS {
  ULONG Size;
  ULONG Flags;
  LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options,
                                               ULONG Flags) {
  RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
  Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
  Options->Flags = Flags;
}
FORCEINLINE VOID
WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options,
                                     LONGLONG Timeout) {
  Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
  Options->Timeout = Timeout;
}

/* Absolute due times (100-nanosecond units). */
#define WDF_ABS_TIMEOUT_IN_SEC(Time) ((LONGLONG)(Time) * 10000000)
#define WDF_ABS_TIMEOUT_IN_MS(Time) ((LONGLONG)(Time) * 10000)
#define WDF_ABS_TIMEOUT_IN_US(Time) ((LONGLONG)(Time) * 10)

typedef enum _WDF_IO_TARGET_STATE {
  WdfIoTargetStateUndefined = 0,
  WdfIoTargetStarted,
  WdfIoTargetStopped,
  WdfIoTargetClosedForQueryRemove,
  WdfIoTargetClosed,
  WdfIoTargetDeleted
} WDF_IO_TARGET_STATE,
    *PWDF_IO_TARGET_STATE;

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
  WdfIoTargetSentIoUndefined = 0,
  WdfIoTargetCancelSentIo,
  WdfIoTargetWaitForSentIoToComplete,
  WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
  WdfIoTargetOpenUndefined = 0,
  WdfIoTargetOpenUseExistingDevice = 1,
  WdfIoTargetOpenByName = 2,
  WdfIoTargetOpenReopen = 3,
  WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

typedef NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
  ULONG Size;
  WDF_IO_TARGET_OPEN_TYPE Type;
  PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
  PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
  PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
  PDEVICE_OBJECT TargetDeviceObject;
  PFILE_OBJECT TargetFileObject;
  UNICODE_STRING TargetDeviceName;
  ACCESS_MASK DesiredAccess;
  ULONG ShareAccess;
  ULONG FileAttributes;
  ULONG CreateDisposition;
  ULONG CreateOptions;
  PVOID EaBuffer;
  ULONG EaBufferLength;
  PLONGLONG AllocationSize;
  ULONG FileInformation;
  UNICODE_STRING FileName;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PCUNICODE_STRING TargetDeviceName,
    ACCESS_MASK DesiredAccess) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenByName;
  RtlCopyMemory(&Params->TargetDeviceName, TargetDeviceName,
                sizeof(UNICODE_STRING));
  Params->DesiredAccess = DesiredAccess;
  Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PCUNICODE_STRING TargetDeviceName,
    ACCESS_MASK DesiredAccess) {
  WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(Params, TargetDeviceName,
                                              DesiredAccess);
  Params->CreateDisposition = FILE_OPEN_IF;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(
    PWDF_IO_TARGET_OPEN_PARAMS Params, PDEVICE_OBJECT DeviceObject) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenUseExistingDevice;
  Params->TargetDeviceObject = DeviceObject;
}
FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(PWDF_IO_TARGET_OPEN_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
  Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
  Params->Type = WdfIoTargetOpenReopen;
}

NTSTATUS WdfIoTargetCreate(WDFDEVICE Device,
                           PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                           WDFIOTARGET *IoTarget);
NTSTATUS WdfIoTargetOpen(WDFIOTARGET IoTarget,
                         PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
VOID WdfIoTargetCloseForQueryRemove(WDFIOTARGET IoTarget);
VOID WdfIoTargetClose(WDFIOTARGET IoTarget);
NTSTATUS WdfIoTargetStart(WDFIOTARGET IoTarget);
VOID WdfIoTargetStop(WDFIOTARGET IoTarget,
                     WDF_IO_TARGET_SENT_IO_ACTION Action);
WDF_IO_TARGET_STATE WdfIoTargetGetState(WDFIOTARGET IoTarget);
WDFDEVICE WdfIoTargetGetDevice(WDFIOTARGET IoTarget);
PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET IoTarget);
PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET IoTarget);
HANDLE WdfIoTargetWdmGetTargetFileHandle(WDFIOTARGET IoTarget);
NTSTATUS WdfIoTargetSendReadSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request,
    PWDF_MEMORY_DESCRIPTOR OutputBuffer, PLONGLONG DeviceOffset,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesRead);
NTSTATUS WdfIoTargetSendWriteSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PLONGLONG DeviceOffset,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesWritten);
NTSTATUS WdfIoTargetSendIoctlSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget,
                                         WDFREQUEST Request,
                                         WDFMEMORY OutputBuffer,
                                         PWDFMEMORY_OFFSET OutputBufferOffset,
                                         PLONGLONG DeviceOffset);
NTSTATUS WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget,
                                          WDFREQUEST Request,
                                          WDFMEMORY InputBuffer,
                                          PWDFMEMORY_OFFSET InputBufferOffset,
                                          PLONGLONG DeviceOffset);
NTSTATUS WdfIoTargetFormatRequestForIoctl(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    WDFMEMORY InputBuffer, PWDFMEMORY_OFFSET InputBufferOffset,
    WDFMEMORY OutputBuffer, PWDFMEMORY_OFFSET OutputBufferOffset);
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(
    WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    WDFMEMORY InputBuffer, PWDFMEMORY_OFFSET InputBufferOffset,
    WDFMEMORY OutputBuffer, PWDFMEMORY_OFFSET OutputBufferOffset);

/* Creating, sending and completing requests. */
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
  ULONG Size;
  WDF_REQUEST_TYPE Type;
  IO_STATUS_BLOCK IoStatus;
  union {
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } Write;
    struct {
      WDFMEMORY Buffer;
      size_t Length;
      size_t Offset;
    } Read;
    struct {
      ULONG IoControlCode;
      struct {
        WDFMEMORY Buffer;
        size_t Offset;
      } Input;
      struct {
        WDFMEMORY Buffer;
        size_t Offset;
        size_t Length;
      } Output;
    } Ioctl;
    struct {
      union {
        PVOID Ptr;
        ULONG_PTR Value;
      } Argument1;
      union {
        PVOID Ptr;
        ULONG_PTR Value;
      } Argument2;
      union {
        PVOID Ptr;
        ULONG_PTR Value;
      } Argument3;
      union {
        PVOID Ptr;
        ULONG_PTR Value;
      } Argument4;
    } Others;
    struct {
      struct _WDF_USB_REQUEST_COMPLETION_PARAMS *Completion;
    } Usb;
  } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

FORCEINLINE VOID
WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params) {
  RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
  Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
  Params->Type = WdfRequestTypeNoFormat;
}

typedef VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(
    WDFREQUEST Request, WDFIOTARGET Target,
    PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE
    *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

typedef enum _WDF_REQUEST_REUSE_FLAGS {
  WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
  WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001
} WDF_REQUEST_REUSE_FLAGS;

typedef struct _WDF_REQUEST_REUSE_PARAMS {
  ULONG Size;
  ULONG Flags;
  NTSTATUS Status;
  PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params,
                                               ULONG Flags, NTSTATUS Status) {
  RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
  Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
  Params->Flags = Flags;
  Params->Status = Status;
}

NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                          WDFIOTARGET IoTarget, WDFREQUEST *Request);
NTSTATUS WdfRequestCreateFromIrp(PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                                 PIRP Irp, BOOLEAN RequestFreesIrp,
                                 WDFREQUEST *Request);
NTSTATUS WdfRequestReuse(WDFREQUEST Request,
                         PWDF_REQUEST_REUSE_PARAMS ReuseParams);
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target,
                       PWDF_REQUEST_SEND_OPTIONS Options);
VOID WdfRequestSetCompletionRoutine(
    WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    WDFCONTEXT CompletionContext);
VOID WdfRequestGetCompletionParams(WDFREQUEST Request,
                                   PWDF_REQUEST_COMPLETION_PARAMS Params);
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
VOID WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
VOID WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request,
                                           PIO_STACK_LOCATION Stack);
NTSTATUS WdfRequestAllocateTimer(WDFREQUEST Request);
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);
VOID WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
VOID WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status,
                                         CCHAR PriorityBoost);
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request,
                                                 size_t MinimumRequiredLength,
                                                 PVOID *InputBuffer,
                                                 size_t *Length);
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request,
                                                  size_t MinimumRequiredLength,
                                                  PVOID *OutputBuffer,
                                                  size_t *Length);
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request,
                                                 PVOID Buffer, size_t Length,
                                                 WDFMEMORY *MemoryObject);
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request,
                                                  PVOID Buffer, size_t Length,
                                                  WDFMEMORY *MemoryObject);
KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request);
BOOLEAN WdfRequestIsFrom32BitProcess(WDFREQUEST Request);

/* ------------------------------------------------------------------ */
/* Queues: more of the queue object                                    */

typedef VOID EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, WDFCONTEXT Context);
typedef EVT_WDF_IO_QUEUE_STATE *PFN_WDF_IO_QUEUE_STATE;
typedef enum _WDF_IO_QUEUE_STATE {
  WdfIoQueueAcceptRequests = 0x01,
  WdfIoQueueDispatchRequests = 0x02,
  WdfIoQueueNoRequests = 0x04,
  WdfIoQueueDriverNoRequests = 0x08,
  WdfIoQueuePnpHeld = 0x10
} WDF_IO_QUEUE_STATE,
    *PWDF_IO_QUEUE_STATE;
VOID WdfIoQueueStop(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete,
                    WDFCONTEXT Context);
VOID WdfIoQueuePurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete,
                     WDFCONTEXT Context);
VOID WdfIoQueueDrain(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete,
                     WDFCONTEXT Context);
VOID WdfIoQueueDrainSynchronously(WDFQUEUE Queue);
NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue,
                               PFN_WDF_IO_QUEUE_STATE QueueReady,
                               WDFCONTEXT Context);
WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE Queue, PULONG QueueRequests,
                                      PULONG DriverRequests);
NTSTATUS WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                               WDFFILEOBJECT FileObject,
                               PWDF_REQUEST_PARAMETERS Parameters,
                               WDFREQUEST *OutRequest);
NTSTATUS WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue,
                                        WDFREQUEST FoundRequest,
                                        WDFREQUEST *OutRequest);
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue,
                                               WDFFILEOBJECT FileObject,
                                               WDFREQUEST *OutRequest);
#define WDF_IO_QUEUE_IDLE(State)                                               \
  ((((State) & WdfIoQueueNoRequests) &&                                        \
    ((State) & WdfIoQueueDriverNoRequests))                                    \
       ? TRUE                                                                  \
       : FALSE)
#define WDF_IO_QUEUE_READY(State)                                              \
  ((((State) & WdfIoQueueDispatchRequests) &&                                  \
    ((State) & WdfIoQueueAcceptRequests))                                      \
       ? TRUE                                                                  \
       : FALSE)

/* ------------------------------------------------------------------ */
/* Interrupts and DPCs                                                 */

typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt,
                                      ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt,
                                   WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt,
                                        WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt,
                                          WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt,
                                           WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt,
                                              WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;

typedef enum _WDF_INTERRUPT_POLARITY {
  WdfInterruptPolarityUnknown = 0,
  WdfInterruptActiveHigh,
  WdfInterruptActiveLow
} WDF_INTERRUPT_POLARITY;

typedef struct _WDF_INTERRUPT_CONFIG {
  ULONG Size;
  WDFSPINLOCK SpinLock;
  WDF_TRI_STATE ShareVector;
  BOOLEAN FloatingSave;
  BOOLEAN AutomaticSerialization;
  PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
  PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
  PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
  PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
  PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
  PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
  PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
  WDFWAITLOCK WaitLock;
  BOOLEAN PassiveHandling;
  WDF_TRI_STATE ReportInactiveOnPowerDown;
  BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

FORCEINLINE VOID WDF_INTERRUPT_CONFIG_INIT(
    PWDF_INTERRUPT_CONFIG Configuration, PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc) {
  RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
  Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
  Configuration->ShareVector = WdfUseDefault;
  Configuration->EvtInterruptIsr = EvtInterruptIsr;
  Configuration->EvtInterruptDpc = EvtInterruptDpc;
  Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

typedef struct _WDF_INTERRUPT_INFO {
  ULONG Size;
  PHYSICAL_ADDRESS MessageAddress;
  KAFFINITY TargetProcessorSet;
  ULONG MessageData;
  ULONG MessageNumber;
  ULONG Vector;
  KIRQL Irql;
  KINTERRUPT_MODE Mode;
  WDF_INTERRUPT_POLARITY Polarity;
  BOOLEAN MessageSignaled;
  UCHAR ShareDisposition;
  USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;

FORCEINLINE VOID WDF_INTERRUPT_INFO_INIT(PWDF_INTERRUPT_INFO Info) {
  RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
  Info->Size = sizeof(WDF_INTERRUPT_INFO);
}

NTSTATUS WdfInterruptCreate(WDFDEVICE Device,
                            PWDF_INTERRUPT_CONFIG Configuration,
                            PWDF_OBJECT_ATTRIBUTES Attributes,
                            WDFINTERRUPT *Interrupt);
BOOLEAN WdfInterruptQueueDpcForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptQueueWorkItemForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt,
                                PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
                                WDFCONTEXT Context);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptTryToAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptEnable(WDFINTERRUPT Interrupt);
VOID WdfInterruptDisable(WDFINTERRUPT Interrupt);
PKINTERRUPT WdfInterruptWdmGetInterrupt(WDFINTERRUPT Interrupt);
VOID WdfInterruptGetInfo(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_INFO Info);
WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportActive(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportInactive(WDFINTERRUPT Interrupt);

typedef VOID EVT_WDF_DPC(WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;
typedef struct _WDF_DPC_CONFIG {
  ULONG Size;
  PFN_WDF_DPC EvtDpcFunc;
  ULONG DriverWdmDpc;
  BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;
FORCEINLINE VOID WDF_DPC_CONFIG_INIT(PWDF_DPC_CONFIG Config,
                                     PFN_WDF_DPC EvtDpcFunc) {
  RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
  Config->Size = sizeof(WDF_DPC_CONFIG);
  Config->EvtDpcFunc = EvtDpcFunc;
  Config->AutomaticSerialization = TRUE;
}
NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config,
                      PWDF_OBJECT_ATTRIBUTES Attributes, WDFDPC *Dpc);
BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
BOOLEAN WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

/* ------------------------------------------------------------------ */
/* Hardware resources                                                  */

ULONG WdfCmResourceListGetCount(WDFCMRESLIST List);
PCM_PARTIAL_RESOURCE_DESCRIPTOR
WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);
NTSTATUS WdfCmResourceListAppendDescriptor(
    WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
VOID WdfCmResourceListRemove(WDFCMRESLIST List, ULONG Index);

/* ------------------------------------------------------------------ */
/* DMA                                                                 */

typedef enum _WDF_DMA_PROFILE {
  WdfDmaProfileInvalid = 0,
  WdfDmaProfilePacket,
  WdfDmaProfileScatterGather,
  WdfDmaProfilePacket64,
  WdfDmaProfileScatterGather64,
  WdfDmaProfileScatterGatherDuplex,
  WdfDmaProfileScatterGather64Duplex,
  WdfDmaProfileSystem,
  WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;

typedef enum _WDF_DMA_DIRECTION {
  WdfDmaDirectionReadFromDevice = FALSE,
  WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;

typedef NTSTATUS EVT_WDF_DMA_ENABLER_FILL(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;
typedef NTSTATUS
EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START
    *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;
typedef NTSTATUS
EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP
    *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;

typedef struct _WDF_DMA_ENABLER_CONFIG {
  ULONG Size;
  WDF_DMA_PROFILE Profile;
  size_t MaximumLength;
  PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
  PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
  PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
  PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
  PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
  PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
  ULONG AddressWidthOverride;
  ULONG WdmDmaVersionOverride;
  ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;

FORCEINLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(PWDF_DMA_ENABLER_CONFIG Config,
                                             WDF_DMA_PROFILE Profile,
                                             size_t MaximumLength) {
  RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
  Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
  Config->Profile = Profile;
  Config->MaximumLength = MaximumLength;
}

typedef BOOLEAN EVT_WDF_PROGRAM_DMA(WDFDMATRANSACTION Transaction,
                                    WDFDEVICE Device, WDFCONTEXT Context,
                                    WDF_DMA_DIRECTION Direction,
                                    PSCATTER_GATHER_LIST SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;

NTSTATUS WdfDmaEnablerCreate(WDFDEVICE Device, PWDF_DMA_ENABLER_CONFIG Config,
                             PWDF_OBJECT_ATTRIBUTES Attributes,
                             WDFDMAENABLER *DmaEnablerHandle);
size_t WdfDmaEnablerGetMaximumLength(WDFDMAENABLER DmaEnabler);
size_t WdfDmaEnablerGetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler);
VOID WdfDmaEnablerSetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler,
                                                  size_t MaximumFragments);
PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(WDFDMAENABLER DmaEnabler,
                                           WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionCreate(WDFDMAENABLER DmaEnabler,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 WDFDMATRANSACTION *DmaTransaction);
NTSTATUS WdfDmaTransactionInitialize(WDFDMATRANSACTION DmaTransaction,
                                     PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                     WDF_DMA_DIRECTION DmaDirection, PMDL Mdl,
                                     PVOID VirtualAddress, size_t Length);
NTSTATUS WdfDmaTransactionInitializeUsingRequest(
    WDFDMATRANSACTION DmaTransaction, WDFREQUEST Request,
    PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction, WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionExecute(WDFDMATRANSACTION DmaTransaction,
                                  WDFCONTEXT Context);
NTSTATUS WdfDmaTransactionRelease(WDFDMATRANSACTION DmaTransaction);
BOOLEAN WdfDmaTransactionDmaCompleted(WDFDMATRANSACTION DmaTransaction,
                                      NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedWithLength(
    WDFDMATRANSACTION DmaTransaction, size_t TransferredLength,
    NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedFinal(WDFDMATRANSACTION DmaTransaction,
                                           size_t FinalTransferredLength,
                                           NTSTATUS *Status);
size_t WdfDmaTransactionGetBytesTransferred(WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionSetMaximumLength(WDFDMATRANSACTION DmaTransaction,
                                       size_t MaximumLength);
WDFREQUEST WdfDmaTransactionGetRequest(WDFDMATRANSACTION DmaTransaction);
size_t WdfDmaTransactionGetCurrentDmaTransferLength(
    WDFDMATRANSACTION DmaTransaction);
WDFDEVICE WdfDmaTransactionGetDevice(WDFDMATRANSACTION DmaTransaction);

typedef struct _WDF_COMMON_BUFFER_CONFIG {
  ULONG Size;
  ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;
FORCEINLINE VOID WDF_COMMON_BUFFER_CONFIG_INIT(PWDF_COMMON_BUFFER_CONFIG Config,
                                               ULONG AlignmentRequirement) {
  RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
  Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
  Config->AlignmentRequirement = AlignmentRequirement;
}
NTSTATUS WdfCommonBufferCreate(WDFDMAENABLER DmaEnabler, size_t Length,
                               PWDF_OBJECT_ATTRIBUTES Attributes,
                               WDFCOMMONBUFFER *CommonBuffer);
NTSTATUS WdfCommonBufferCreateWithConfig(WDFDMAENABLER DmaEnabler,
                                         size_t Length,
                                         PWDF_COMMON_BUFFER_CONFIG Config,
                                         PWDF_OBJECT_ATTRIBUTES Attributes,
                                         WDFCOMMONBUFFER *CommonBuffer);
PVOID WdfCommonBufferGetAlignedVirtualAddress(WDFCOMMONBUFFER CommonBuffer);
PHYSICAL_ADDRESS
WdfCommonBufferGetAlignedLogicalAddress(WDFCOMMONBUFFER CommonBuffer);
size_t WdfCommonBufferGetLength(WDFCOMMONBUFFER CommonBuffer);

/* ------------------------------------------------------------------ */
/* WMI                                                                 */

typedef enum _WDF_WMI_PROVIDER_CONTROL {
  WdfWmiControlInvalid = 0,
  WdfWmiEventControl,
  WdfWmiInstanceControl
} WDF_WMI_PROVIDER_CONTROL;

typedef enum _WDF_WMI_PROVIDER_FLAGS {
  WdfWmiProviderEventOnly = 0x0001,
  WdfWmiProviderExpensive = 0x0002,
  WdfWmiProviderTracing = 0x0004
} WDF_WMI_PROVIDER_FLAGS;

typedef NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(
    WDFWMIINSTANCE WmiInstance, ULONG OutBufferSize, PVOID OutBuffer,
    PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE
    *PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(WDFWMIINSTANCE WmiInstance,
                                                   ULONG InBufferSize,
                                                   PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE *PFN_WDF_WMI_INSTANCE_SET_INSTANCE;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(WDFWMIINSTANCE WmiInstance,
                                               ULONG DataItemId,
                                               ULONG InBufferSize,
                                               PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM *PFN_WDF_WMI_INSTANCE_SET_ITEM;
typedef NTSTATUS EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(
    WDFWMIINSTANCE WmiInstance, ULONG MethodId, ULONG InBufferSize,
    ULONG OutBufferSize, PVOID Buffer, PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD
    *PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;
typedef NTSTATUS EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(
    WDFWMIPROVIDER WmiProvider, WDF_WMI_PROVIDER_CONTROL Control,
    BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL
    *PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;

typedef struct _WDF_WMI_PROVIDER_CONFIG {
  ULONG Size;
  GUID Guid;
  ULONG Flags;
  ULONG MinInstanceBufferSize;
  PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;

FORCEINLINE VOID WDF_WMI_PROVIDER_CONFIG_INIT(PWDF_WMI_PROVIDER_CONFIG Config,
                                              const GUID *Guid) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_PROVIDER_CONFIG));
  Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
  RtlCopyMemory(&Config->Guid, Guid, sizeof(GUID));
}

typedef struct _WDF_WMI_INSTANCE_CONFIG {
  ULONG Size;
  WDFWMIPROVIDER Provider;
  PWDF_WMI_PROVIDER_CONFIG ProviderConfig;
  BOOLEAN UseContextForQuery;
  BOOLEAN Register;
  PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
  PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
  PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
  PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;

FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(
    PWDF_WMI_INSTANCE_CONFIG Config, WDFWMIPROVIDER Provider) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
  Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
  Config->Provider = Provider;
}
FORCEINLINE VOID WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(
    PWDF_WMI_INSTANCE_CONFIG Config, PWDF_WMI_PROVIDER_CONFIG ProviderConfig) {
  RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
  Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
  Config->ProviderConfig = ProviderConfig;
}

NTSTATUS WdfWmiProviderCreate(WDFDEVICE Device,
                              PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
                              PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
                              WDFWMIPROVIDER *WmiProvider);
WDFDEVICE WdfWmiProviderGetDevice(WDFWMIPROVIDER WmiProvider);
BOOLEAN WdfWmiProviderIsEnabled(WDFWMIPROVIDER WmiProvider,
                                WDF_WMI_PROVIDER_CONTROL ProviderControl);
ULONGLONG WdfWmiProviderGetTracingHandle(WDFWMIPROVIDER WmiProvider);
NTSTATUS WdfWmiInstanceCreate(WDFDEVICE Device,
                              PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
                              PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
                              WDFWMIINSTANCE *Instance);
NTSTATUS WdfWmiInstanceRegister(WDFWMIINSTANCE WmiInstance);
VOID WdfWmiInstanceDeregister(WDFWMIINSTANCE WmiInstance);
WDFDEVICE WdfWmiInstanceGetDevice(WDFWMIINSTANCE WmiInstance);
WDFWMIPROVIDER WdfWmiInstanceGetProvider(WDFWMIINSTANCE WmiInstance);
NTSTATUS WdfWmiInstanceFireEvent(WDFWMIINSTANCE WmiInstance,
                                 ULONG EventDataSize, PVOID EventData);

/* ------------------------------------------------------------------ */
/* Objects, verifier, registry and strings: the rest drivers call       */

NTSTATUS WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES Attributes,
                         WDFOBJECT *Object);
WDFOBJECT WdfObjectContextGetObject(PVOID ContextPointer);
VOID WdfVerifierDbgBreakPoint(VOID);
VOID WdfVerifierKeBugCheck(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1,
                           ULONG_PTR BugCheckParameter2,
                           ULONG_PTR BugCheckParameter3,
                           ULONG_PTR BugCheckParameter4);
#define WDFVERIFY(exp)                                                         \
  do {                                                                         \
    if (!(exp))                                                                \
      WdfVerifierDbgBreakPoint();                                              \
  } while (0)
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() WDFVERIFY(KeGetCurrentIrql() == PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                       PUSHORT ValueByteLength,
                                       PUNICODE_STRING Value);
NTSTATUS WdfRegistryQueryValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                               ULONG ValueLength, PVOID Value,
                               PULONG ValueLengthQueried, PULONG ValueType);
NTSTATUS WdfRegistryQueryMemory(WDFKEY Key, PCUNICODE_STRING ValueName,
                                POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                                WDFMEMORY *Memory, PULONG ValueType);
NTSTATUS WdfRegistryQueryString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                WDFSTRING String);
NTSTATUS WdfRegistryAssignValue(WDFKEY Key, PCUNICODE_STRING ValueName,
                                ULONG ValueType, ULONG ValueLength,
                                PVOID Value);
NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                        PCUNICODE_STRING Value);
NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                              ACCESS_MASK DesiredAccess, ULONG CreateOptions,
                              PULONG CreateDisposition,
                              PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                              WDFKEY *Key);
NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, PCUNICODE_STRING ValueName);
HANDLE WdfRegistryWdmGetHandle(WDFKEY Key);

/* ------------------------------------------------------------------ */
/* For audio drivers (ACX): the system power action behind a device    */
/* power transition, which ACX's AcxDeviceGetCurrentDxExitLatency      */
/* takes.                                                              */
POWER_ACTION WdfDeviceGetSystemPowerAction(WDFDEVICE Device);
/* End of the audio drivers' block.                                    */

#ifdef __cplusplus
}
#endif

/* --- The per-object headers, as the WDK's wdf.h includes them --- */
/* Each holds, after wdf.h, the part of its object's interface that the
   declarations above leave out. */
#include <wdfassert.h>
#include <wdfbugcodes.h>
#include <wdfchildlist.h>
#include <wdfcollection.h>
#include <wdfcommonbuffer.h>
#include <wdfcontrol.h>
#include <wdfcore.h>
#include <wdfdevice.h>
#include <wdfdmaenabler.h>
#include <wdfdmatransaction.h>
#include <wdfdpc.h>
#include <wdfdriver.h>
#include <wdffdo.h>
#include <wdffileobject.h>
#include <wdfglobals.h>
#include <wdfinterrupt.h>
#include <wdfio.h>
#include <wdfiotarget.h>
#include <wdfmemory.h>
#include <wdfobject.h>
#include <wdfpdo.h>
#include <wdfpool.h>
#include <wdfqueryinterface.h>
#include <wdfregistry.h>
#include <wdfrequest.h>
#include <wdfresource.h>
#include <wdfstatus.h>
#include <wdfstring.h>
#include <wdfsync.h>
#include <wdftimer.h>
#include <wdftypes.h>
#include <wdfverifier.h>
#include <wdfwmi.h>
#include <wdfworkitem.h>
/* --- end per-object headers --- */

/* Statuses KMDF methods document (WdfIoQueueRetrieveNextRequest's
   STATUS_WDF_PAUSED, ...) without stating their values. Each is an error
   status, as its pages describe, with a stand-in value: the customer bit is
   set, so none equals a status Windows defines. A driver that tests for one
   compiles and is analysed alike; the values must not go to Windows. */
#ifndef STATUS_WDF_PAUSED
#define STATUS_WDF_PAUSED ((NTSTATUS)0xE0570001L)
#define STATUS_WDF_BUSY ((NTSTATUS)0xE0570002L)
#define STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL ((NTSTATUS)0xE0570003L)
#define STATUS_WDF_TOO_FRAGMENTED ((NTSTATUS)0xE0570004L)
#define STATUS_WDF_PARENT_NOT_SPECIFIED ((NTSTATUS)0xE0570005L)
#define STATUS_WDF_TOO_MANY_TRANSFERS ((NTSTATUS)0xE0570006L)
#define STATUS_WDF_REQUEST_INVALID_STATE ((NTSTATUS)0xE0570007L)
#define STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED ((NTSTATUS)0xE0570008L)
#define STATUS_WDF_NO_CALLBACK ((NTSTATUS)0xE0570009L)
#define STATUS_WDF_NOT_ENOUGH_MAP_REGISTERS ((NTSTATUS)0xE057000AL)
#endif

/* Reserved for the framework's own use, documented as returning a
   pointer to its triage information; drivers pass it to the debugger. */
#ifdef __cplusplus
extern "C" {
#endif
PVOID WdfGetTriageInfo(VOID);
#ifdef __cplusplus
}
#endif

#endif /* _WDF_H_ */
