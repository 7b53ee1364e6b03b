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
#define WDFEXPORT(a) a

/* ------------------------------------------------------------------ */
/* Handles                                                             */

typedef HANDLE WDFOBJECT, *PWDFOBJECT;
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

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
  PVOID EvtDeviceD0EntryPostInterruptsEnabled;
  PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
  PVOID EvtDeviceD0ExitPreInterruptsDisabled;
  PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
  PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
  PVOID EvtDeviceSelfManagedIoFlush;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
  PVOID EvtDeviceSelfManagedIoSuspend;
  PVOID EvtDeviceSelfManagedIoRestart;
  PVOID EvtDeviceSurpriseRemoval;
  PVOID EvtDeviceQueryRemove;
  PVOID EvtDeviceQueryStop;
  PVOID EvtDeviceUsageNotification;
  PVOID EvtDeviceRelationsQuery;
  PVOID EvtDeviceUsageNotificationEx;
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
  WdfRequestTypeClose = IRP_MJ_CLOSE,
  WdfRequestTypeRead = IRP_MJ_READ,
  WdfRequestTypeWrite = IRP_MJ_WRITE,
  WdfRequestTypeDeviceControl = IRP_MJ_DEVICE_CONTROL,
  WdfRequestTypeDeviceControlInternal = IRP_MJ_INTERNAL_DEVICE_CONTROL,
  WdfRequestTypeCleanup = IRP_MJ_CLEANUP,
  WdfRequestTypeOther,
  WdfRequestTypeMax
} WDF_REQUEST_TYPE;

typedef struct _WDF_REQUEST_PARAMETERS {
  USHORT Size;
  UCHAR MinorFunction;
  WDF_REQUEST_TYPE Type;
  union {
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

#ifdef __cplusplus
}
#endif

#endif /* _WDF_H_ */
