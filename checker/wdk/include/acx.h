/* wskcheck WDK profile: acx.h, the Audio Class Extension (ACX), a KMDF
 * class extension for audio drivers, written from its documentation: the
 * ACX object handles, the driver and device initialisation, circuits and
 * factory circuits, streams (real-time packets, stream bridges, DRM),
 * elements (volume, mute, peak meter, audio engines, audio modules, keyword
 * spotters), pins and jacks, data formats and format lists, requests,
 * PnP events, object bags, target circuits and the composite manager.
 *
 * The WDK splits these over acxcircuit.h, acxstreams.h, acxelements.h and
 * the like, all of which acx.h includes and which drivers do not include on
 * their own; here acx.h holds them all, in the same order.
 *
 * Like KMDF's, the ACX functions are plain declarations: in the WDK they are
 * inline wrappers that call through the class extension's function table,
 * which the analysis would see as calls through a pointer. The structure
 * INIT functions are inline, as in the WDK. Every piece is guarded by the
 * header's own include guard: this is a whole header mingw-w64 does not
 * have.
 *
 * The documentation lists the members of the ACX enumerations in order but
 * gives the values only of some; the others count up from zero, and the
 * members of the _FLAGS enumerations are one bit each, in documented order.
 * Only the class extension reads those values.
 */
#ifndef _ACX_H_
#define _ACX_H_

#include <wdf.h>
#include <ks.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ACX version a driver builds against (a project sets both; 1.0 is
   the first release). */
#ifndef ACX_VERSION_MAJOR
#define ACX_VERSION_MAJOR 1
#endif
#ifndef ACX_VERSION_MINOR
#define ACX_VERSION_MINOR 0
#endif

/* Whether a function or a structure field exists in the ACX version the
   driver runs on. The profile declares one ACX, all of which is present;
   the name is still referenced, so a misspelt one is an error. */
#define ACX_IS_FUNCTION_AVAILABLE(Function) ((void)(Function), TRUE)
#define ACX_IS_FIELD_AVAILABLE(Struct, Field)                                  \
  (sizeof(((Struct *)0)->Field) != 0)

/* ------------------------------------------------------------------ */
/* Handles: ACX objects are framework objects (WDFOBJECT), each with   */
/* its own handle type.                                                */

typedef WDFOBJECT ACXOBJECT;
typedef PVOID ACXCONTEXT;
#define WSKCHECK_ACX_HANDLE(Name) typedef struct Name##__ *Name
WSKCHECK_ACX_HANDLE(ACXCIRCUIT);
WSKCHECK_ACX_HANDLE(ACXFACTORYCIRCUIT);
WSKCHECK_ACX_HANDLE(ACXSTREAM);
WSKCHECK_ACX_HANDLE(ACXSTREAMBRIDGE);
WSKCHECK_ACX_HANDLE(ACXSTREAMIO);
WSKCHECK_ACX_HANDLE(ACXPIN);
WSKCHECK_ACX_HANDLE(ACXJACK);
WSKCHECK_ACX_HANDLE(ACXMICARRAYGEOMETRY);
WSKCHECK_ACX_HANDLE(ACXELEMENT);
WSKCHECK_ACX_HANDLE(ACXVOLUME);
WSKCHECK_ACX_HANDLE(ACXMUTE);
WSKCHECK_ACX_HANDLE(ACXPEAKMETER);
WSKCHECK_ACX_HANDLE(ACXAUDIOENGINE);
WSKCHECK_ACX_HANDLE(ACXSTREAMAUDIOENGINE);
WSKCHECK_ACX_HANDLE(ACXAUDIOMODULE);
WSKCHECK_ACX_HANDLE(ACXKEYWORDSPOTTER);
WSKCHECK_ACX_HANDLE(ACXDATAFORMAT);
WSKCHECK_ACX_HANDLE(ACXDATAFORMATLIST);
WSKCHECK_ACX_HANDLE(ACXEVENT);
WSKCHECK_ACX_HANDLE(ACXEVENTDATA);
WSKCHECK_ACX_HANDLE(ACXPNPEVENT);
WSKCHECK_ACX_HANDLE(ACXOBJECTBAG);
WSKCHECK_ACX_HANDLE(ACXTARGETCIRCUIT);
WSKCHECK_ACX_HANDLE(ACXTARGETFACTORYCIRCUIT);
WSKCHECK_ACX_HANDLE(ACXTARGETPIN);
WSKCHECK_ACX_HANDLE(ACXTARGETELEMENT);
WSKCHECK_ACX_HANDLE(ACXTARGETSTREAM);
WSKCHECK_ACX_HANDLE(ACXMANAGER);
WSKCHECK_ACX_HANDLE(ACXCIRCUITTEMPLATE);
WSKCHECK_ACX_HANDLE(ACXCOMPOSITETEMPLATE);
#undef WSKCHECK_ACX_HANDLE

/* The opaque initialisation objects a circuit, a factory circuit and a
   stream are created from. */
typedef struct ACXCIRCUIT_INIT *PACXCIRCUIT_INIT;
typedef struct ACXFACTORYCIRCUIT_INIT *PACXFACTORYCIRCUIT_INIT;
typedef struct ACXSTREAM_INIT *PACXSTREAM_INIT;

/* The IDs the framework assigns (the next free one) or that name no item.
   The documentation names them without their values; any value no real
   pin or element has serves. */
#define AcxPinIdDefault ((ULONG)-1)
#define AcxElementIdDefault ((ULONG)-1)
#define AcxJackPropertiesIdDefault ((ULONG)-1)
#define AcxItemIdNone ((ULONG)-1)

/* ------------------------------------------------------------------ */
/* acxdriver.h                                                         */

typedef enum _ACX_DRIVER_CONFIG_FLAGS {
  AcxDriverConfigNoFlags = 0x00000000,
  AcxDriverConfigValidFlags = 0x00000000
} ACX_DRIVER_CONFIG_FLAGS;

typedef struct _ACX_DRIVER_CONFIG {
  ULONG Size;
  ULONG Flags;
} ACX_DRIVER_CONFIG, *PACX_DRIVER_CONFIG;

FORCEINLINE VOID ACX_DRIVER_CONFIG_INIT(PACX_DRIVER_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_DRIVER_CONFIG));
  Config->Size = sizeof(ACX_DRIVER_CONFIG);
}

typedef struct _ACX_DRIVER_VERSION_AVAILABLE_PARAMS {
  ULONG Size;
  ULONG MajorVersion;
  ULONG MinorVersion;
} ACX_DRIVER_VERSION_AVAILABLE_PARAMS, *PACX_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID ACX_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(
    PACX_DRIVER_VERSION_AVAILABLE_PARAMS Params, ULONG MajorVersion,
    ULONG MinorVersion) {
  RtlZeroMemory(Params, sizeof(ACX_DRIVER_VERSION_AVAILABLE_PARAMS));
  Params->Size = sizeof(ACX_DRIVER_VERSION_AVAILABLE_PARAMS);
  Params->MajorVersion = MajorVersion;
  Params->MinorVersion = MinorVersion;
}

NTSTATUS AcxDriverInitialize(WDFDRIVER Driver,
                             PACX_DRIVER_CONFIG DriverConfig);
BOOLEAN AcxDriverIsVersionAvailable(
    WDFDRIVER Driver,
    PACX_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);

/* ------------------------------------------------------------------ */
/* acxdevice.h                                                         */

typedef enum _ACX_DEVICEINIT_CONFIG_FLAGS {
  AcxDeviceInitConfigNoFlags = 0x00000000,
  AcxDeviceInitConfigRawDevice = 0x00000001,
  AcxDeviceInitConfigValidFlags = 0x00000001
} ACX_DEVICEINIT_CONFIG_FLAGS;

typedef struct _ACX_DEVICEINIT_CONFIG {
  ULONG Size;
  ULONG Flags;
  WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
  WDF_EXECUTION_LEVEL ExecutionLevel;
  PVOID Context;
} ACX_DEVICEINIT_CONFIG, *PACX_DEVICEINIT_CONFIG;

FORCEINLINE VOID ACX_DEVICEINIT_CONFIG_INIT(PACX_DEVICEINIT_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_DEVICEINIT_CONFIG));
  Config->Size = sizeof(ACX_DEVICEINIT_CONFIG);
}

typedef enum _ACX_DEVICE_CONFIG_FLAGS {
  AcxDeviceConfigNoFlags = 0x00000000,
  AcxDeviceConfigValidFlags = 0x00000000
} ACX_DEVICE_CONFIG_FLAGS;

typedef struct _ACX_DEVICE_CONFIG {
  ULONG Size;
  ULONG Flags;
  PVOID Context;
} ACX_DEVICE_CONFIG, *PACX_DEVICE_CONFIG;

FORCEINLINE VOID ACX_DEVICE_CONFIG_INIT(PACX_DEVICE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_DEVICE_CONFIG));
  Config->Size = sizeof(ACX_DEVICE_CONFIG);
}

/* How quickly the device must be able to leave a low-power state. */
typedef enum _ACX_DX_EXIT_LATENCY {
  AcxDxExitLatencyInstant = 0,
  AcxDxExitLatencyFast,
  AcxDxExitLatencyResponsive
} ACX_DX_EXIT_LATENCY;

NTSTATUS AcxDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit,
                                 PACX_DEVICEINIT_CONFIG Config);
NTSTATUS AcxDeviceInitialize(WDFDEVICE Device,
                             PACX_DEVICE_CONFIG DeviceConfig);
NTSTATUS AcxDeviceAddCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceRemoveCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceDetachCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceAddFactoryCircuit(WDFDEVICE Device,
                                    ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceRemoveFactoryCircuit(WDFDEVICE Device,
                                       ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceAddCircuitDevice(WDFDEVICE ParentDevice,
                                   WDFDEVICE Device);
NTSTATUS AcxDeviceRemoveCircuitDevice(WDFDEVICE ParentDevice,
                                      WDFDEVICE Device);
ACX_DX_EXIT_LATENCY
AcxDeviceGetCurrentDxExitLatency(WDFDEVICE Device,
                                 POWER_ACTION SystemPowerAction,
                                 WDF_POWER_DEVICE_STATE DeviceState);

/* ------------------------------------------------------------------ */
/* acxrequest.h: the KS property, method and event requests ACX        */
/* objects receive, and the items a driver handles itself.             */

typedef enum _ACX_REQUEST_TYPE {
  AcxRequestTypeUnknown = 0,
  AcxRequestTypeAny,
  AcxRequestTypeCreate,
  AcxRequestTypeProperty,
  AcxRequestTypeMethod,
  AcxRequestTypeEvent,
  AcxRequestTypeResetState,
  AcxRequestTypeMax
} ACX_REQUEST_TYPE;

typedef enum _ACX_ITEM_TYPE {
  AcxItemTypeDefault = 0,
  AcxItemTypeCircuit,
  AcxItemTypeStream,
  AcxItemTypeFactoryCircuit,
  AcxItemTypePin,
  AcxItemTypeElement,
  AcxItemTypeMax
} ACX_ITEM_TYPE;

typedef enum _ACX_PROPERTY_VERB {
  AcxPropertyVerbNone = 0,
  AcxPropertyVerbGet,
  AcxPropertyVerbSet,
  AcxPropertyVerbBasicSupport,
  AcxPropertyVerbSetSupport,
  AcxPropertyVerbMax
} ACX_PROPERTY_VERB;

typedef enum _ACX_METHOD_VERB {
  AcxMethodVerbNone = 0,
  AcxMethodVerbSend,
  AcxMethodVerbBasicSupport,
  AcxMethodVerbSetSupport,
  AcxMethodVerbMax
} ACX_METHOD_VERB;

typedef enum _ACX_EVENT_VERB {
  AcxEventVerbNone = 0,
  AcxEventVerbEnable,
  AcxEventVerbDisable,
  AcxEventVerbBasicSupport,
  AcxEventVerbSetSupport,
  AcxEventVerbMax
} ACX_EVENT_VERB;

typedef struct _ACX_REQUEST_PARAMETERS {
  ULONG Size;
  UCHAR MajorFunction;
  UCHAR MinorFunction;
  ACX_REQUEST_TYPE Type;
  union {
    struct {
      GUID Set;
      ULONG Id;
      ACX_PROPERTY_VERB Verb;
      ACX_ITEM_TYPE ItemType;
      ULONG ItemId;
      PVOID Control;
      ULONG ControlCb;
      PVOID Value;
      ULONG ValueCb;
    } Property;
    struct {
      GUID Set;
      ULONG Id;
      ACX_METHOD_VERB Verb;
      ACX_ITEM_TYPE ItemType;
      ULONG ItemId;
      PVOID Args;
      ULONG ArgsCb;
      PVOID Result;
      ULONG ResultCb;
    } Method;
    struct {
      GUID Set;
      ULONG Id;
      ACX_EVENT_VERB Verb;
      ACX_ITEM_TYPE ItemType;
      ULONG ItemId;
      PVOID Data;
      ULONG DataCb;
      ACXEVENTDATA EventData;
    } Event;
    struct {
      PVOID Control;
      ULONG ControlCb;
    } Create;
  } Parameters;
} ACX_REQUEST_PARAMETERS, *PACX_REQUEST_PARAMETERS;

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT(
    PACX_REQUEST_PARAMETERS Parameters) {
  RtlZeroMemory(Parameters, sizeof(ACX_REQUEST_PARAMETERS));
  Parameters->Size = sizeof(ACX_REQUEST_PARAMETERS);
}

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT_PROPERTY(
    PACX_REQUEST_PARAMETERS Params, const GUID Set, ULONG Id,
    ACX_PROPERTY_VERB Verb, ACX_ITEM_TYPE ItemType, ULONG ItemId,
    PVOID Control, ULONG ControlCb, PVOID Value, ULONG ValueCb) {
  ACX_REQUEST_PARAMETERS_INIT(Params);
  Params->MajorFunction = IRP_MJ_DEVICE_CONTROL;
  Params->Type = AcxRequestTypeProperty;
  Params->Parameters.Property.Set = Set;
  Params->Parameters.Property.Id = Id;
  Params->Parameters.Property.Verb = Verb;
  Params->Parameters.Property.ItemType = ItemType;
  Params->Parameters.Property.ItemId = ItemId;
  Params->Parameters.Property.Control = Control;
  Params->Parameters.Property.ControlCb = ControlCb;
  Params->Parameters.Property.Value = Value;
  Params->Parameters.Property.ValueCb = ValueCb;
}

FORCEINLINE VOID ACX_REQUEST_PARAMETERS_INIT_METHOD(
    PACX_REQUEST_PARAMETERS Params, const GUID Set, ULONG Id,
    ACX_METHOD_VERB Verb, ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Args,
    ULONG ArgsCb, PVOID Result, ULONG ResultCb) {
  ACX_REQUEST_PARAMETERS_INIT(Params);
  Params->MajorFunction = IRP_MJ_DEVICE_CONTROL;
  Params->Type = AcxRequestTypeMethod;
  Params->Parameters.Method.Set = Set;
  Params->Parameters.Method.Id = Id;
  Params->Parameters.Method.Verb = Verb;
  Params->Parameters.Method.ItemType = ItemType;
  Params->Parameters.Method.ItemId = ItemId;
  Params->Parameters.Method.Args = Args;
  Params->Parameters.Method.ArgsCb = ArgsCb;
  Params->Parameters.Method.Result = Result;
  Params->Parameters.Method.ResultCb = ResultCb;
}

VOID AcxRequestGetParameters(WDFREQUEST Request,
                             PACX_REQUEST_PARAMETERS Parameters);

/* A driver's handler of one request (a property, method or event item),
   and the one that sees every request before ACX does. */
typedef VOID EVT_ACX_OBJECT_PROCESS_REQUEST(ACXOBJECT Object,
                                            WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_REQUEST *PFN_ACX_OBJECT_PROCESS_REQUEST;
typedef VOID EVT_ACX_OBJECT_PREPROCESS_REQUEST(ACXOBJECT Object,
                                               ACXCONTEXT DriverContext,
                                               WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PREPROCESS_REQUEST *PFN_ACX_OBJECT_PREPROCESS_REQUEST;
typedef NTSTATUS EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST(
    ACXOBJECT Object, ACXEVENT Event, ACX_EVENT_VERB Verb,
    ACXEVENTDATA EventData, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST
    *PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST;

/* The item flags are the KSPROPERTY_TYPE_ / KSMETHOD_TYPE_ /
   KSEVENT_TYPE_ values of the verbs they allow. */
#define ACX_PROPERTY_ITEM_FLAG_NONE 0x00000000
#define ACX_PROPERTY_ITEM_FLAG_GET 0x00000001
#define ACX_PROPERTY_ITEM_FLAG_SET 0x00000002
#define ACX_PROPERTY_ITEM_FLAG_BASICSUPPORT 0x00000200
#define ACX_METHOD_ITEM_FLAG_NONE 0x00000000
#define ACX_METHOD_ITEM_FLAG_SEND 0x00000001
#define ACX_METHOD_ITEM_FLAG_BASICSUPPORT 0x00000200
#define ACX_EVENT_ITEM_FLAG_NONE 0x00000000
#define ACX_EVENT_ITEM_FLAG_ENABLE 0x00000001
#define ACX_EVENT_ITEM_FLAG_BASICSUPPORT 0x00000200

typedef struct _ACX_PROPERTY_ITEM {
  const GUID *Set;
  ULONG Id;
  ULONG Flags;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
  PVOID Reserved;
  ULONG ControlCb;
  ULONG ValueCb;
  ULONG ValueType;
} ACX_PROPERTY_ITEM, *PACX_PROPERTY_ITEM;

typedef struct _ACX_METHOD_ITEM {
  const GUID *Set;
  ULONG Id;
  ULONG Flags;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
  PVOID Reserved;
  ULONG ArgsCb;
  ULONG ResultCb;
  ULONG ResultType;
} ACX_METHOD_ITEM, *PACX_METHOD_ITEM;

typedef struct _ACX_EVENT_ITEM {
  const GUID *Set;
  ULONG Id;
  ULONG Flags;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
  PVOID Reserved;
} ACX_EVENT_ITEM, *PACX_EVENT_ITEM;

/* ------------------------------------------------------------------ */
/* acxmisc.h: object bags, the named values that travel between        */
/* circuits, streams and the composite manager.                        */

typedef enum _ACX_OBJECTBAG_CONFIG_FLAGS {
  AcxObjectBagConfigNoFlags = 0x00000000,
  AcxObjectBagConfigEnableReads = 0x00000001,
  AcxObjectBagConfigEnableWrites = 0x00000002,
  AcxObjectBagConfigFailIfExist = 0x00000004,
  AcxObjectBagConfigOpenWithHandle = 0x00000008,
  AcxObjectBagConfigValidFlags = 0x0000000F
} ACX_OBJECTBAG_CONFIG_FLAGS;

typedef struct _ACX_OBJECTBAG_CONFIG {
  ULONG Size;
  ULONG Flags;
  WDFKEY ParentKey;
  PCUNICODE_STRING Name;
  HANDLE Handle;
} ACX_OBJECTBAG_CONFIG, *PACX_OBJECTBAG_CONFIG;

FORCEINLINE VOID ACX_OBJECTBAG_CONFIG_INIT(PACX_OBJECTBAG_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_OBJECTBAG_CONFIG));
  Config->Size = sizeof(ACX_OBJECTBAG_CONFIG);
}

/* Property names by owner: the system's start with "sys_", SoundWire's
   with "sdca_", HD Audio's with "hda_", USB's with "usb_", a driver's
   with its vendor's name. */
#define DECLARE_CONST_ACXOBJECTBAG_SYSTEM_PROPERTY_NAME(name)                  \
  DECLARE_CONST_UNICODE_STRING(name, L"sys_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_SOUNDWIRE_PROPERTY_NAME(name)               \
  DECLARE_CONST_UNICODE_STRING(name, L"sdca_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_HDAUDIO_PROPERTY_NAME(name)                 \
  DECLARE_CONST_UNICODE_STRING(name, L"hda_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_USB_PROPERTY_NAME(name)                     \
  DECLARE_CONST_UNICODE_STRING(name, L"usb_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_DRIVER_PROPERTY_NAME(ven, name)             \
  DECLARE_CONST_UNICODE_STRING(name, L## #ven L"_" L## #name)

NTSTATUS AcxObjectBagCreate(PWDF_OBJECT_ATTRIBUTES Attributes,
                            PACX_OBJECTBAG_CONFIG Config,
                            ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagOpen(PWDF_OBJECT_ATTRIBUTES Attributes,
                          PACX_OBJECTBAG_CONFIG Config,
                          ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagAddI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName,
                           CHAR Value);
NTSTATUS AcxObjectBagAddUI1(ACXOBJECTBAG ObjectBag,
                            PCUNICODE_STRING ValueName, UCHAR Value);
NTSTATUS AcxObjectBagAddI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName,
                           SHORT Value);
NTSTATUS AcxObjectBagAddUI2(ACXOBJECTBAG ObjectBag,
                            PCUNICODE_STRING ValueName, USHORT Value);
NTSTATUS AcxObjectBagAddI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName,
                           LONG Value);
NTSTATUS AcxObjectBagAddUI4(ACXOBJECTBAG ObjectBag,
                            PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS AcxObjectBagAddI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName,
                           LONG64 Value);
NTSTATUS AcxObjectBagAddUI8(ACXOBJECTBAG ObjectBag,
                            PCUNICODE_STRING ValueName, ULONG64 Value);
NTSTATUS AcxObjectBagAddSizeT(ACXOBJECTBAG ObjectBag,
                              PCUNICODE_STRING ValueName, SIZE_T Value);
NTSTATUS AcxObjectBagAddGuid(ACXOBJECTBAG ObjectBag,
                             PCUNICODE_STRING ValueName, GUID Value);
NTSTATUS AcxObjectBagAddBlob(ACXOBJECTBAG ObjectBag,
                             PCUNICODE_STRING ValueName, WDFMEMORY Value);
NTSTATUS AcxObjectBagAddString(ACXOBJECTBAG ObjectBag,
                               PCUNICODE_STRING ValueName, WDFSTRING Value);
NTSTATUS AcxObjectBagAddUnicodeString(ACXOBJECTBAG ObjectBag,
                                      PCUNICODE_STRING ValueName,
                                      PCUNICODE_STRING Value);
NTSTATUS AcxObjectBagAddMultiString(ACXOBJECTBAG ObjectBag,
                                    PCUNICODE_STRING ValueName,
                                    WDFCOLLECTION Values);
NTSTATUS AcxObjectBagRetrieveI1(ACXOBJECTBAG ObjectBag,
                                PCUNICODE_STRING ValueName, CHAR *Value);
NTSTATUS AcxObjectBagRetrieveUI1(ACXOBJECTBAG ObjectBag,
                                 PCUNICODE_STRING ValueName, UCHAR *Value);
NTSTATUS AcxObjectBagRetrieveI2(ACXOBJECTBAG ObjectBag,
                                PCUNICODE_STRING ValueName, SHORT *Value);
NTSTATUS AcxObjectBagRetrieveUI2(ACXOBJECTBAG ObjectBag,
                                 PCUNICODE_STRING ValueName, USHORT *Value);
NTSTATUS AcxObjectBagRetrieveI4(ACXOBJECTBAG ObjectBag,
                                PCUNICODE_STRING ValueName, LONG *Value);
NTSTATUS AcxObjectBagRetrieveUI4(ACXOBJECTBAG ObjectBag,
                                 PCUNICODE_STRING ValueName, ULONG *Value);
NTSTATUS AcxObjectBagRetrieveI8(ACXOBJECTBAG ObjectBag,
                                PCUNICODE_STRING ValueName, LONG64 *Value);
NTSTATUS AcxObjectBagRetrieveUI8(ACXOBJECTBAG ObjectBag,
                                 PCUNICODE_STRING ValueName, ULONG64 *Value);
NTSTATUS AcxObjectBagRetrieveSizeT(ACXOBJECTBAG ObjectBag,
                                   PCUNICODE_STRING ValueName, SIZE_T *Value);
NTSTATUS AcxObjectBagRetrieveGuid(ACXOBJECTBAG ObjectBag,
                                  PCUNICODE_STRING ValueName, GUID *Value);
NTSTATUS AcxObjectBagRetrieveBlob(ACXOBJECTBAG ObjectBag,
                                  PCUNICODE_STRING ValueName,
                                  PWDF_OBJECT_ATTRIBUTES ValueAttributes,
                                  WDFMEMORY *Value);
NTSTATUS AcxObjectBagRetrieveString(ACXOBJECTBAG ObjectBag,
                                    PCUNICODE_STRING ValueName,
                                    WDFSTRING Value);
NTSTATUS AcxObjectBagRetrieveUnicodeString(ACXOBJECTBAG ObjectBag,
                                           PCUNICODE_STRING ValueName,
                                           PUNICODE_STRING Value);
NTSTATUS AcxObjectBagRetrieveMultiString(
    ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName,
    PWDF_OBJECT_ATTRIBUTES StringsAttributes, WDFCOLLECTION Values);

/* ------------------------------------------------------------------ */
/* acxevents.h: PnP events (audio module and keyword notifications)    */

typedef enum _ACX_PNPEVENT_CONFIG_FLAGS {
  AcxPnpEventConfigNoFlags = 0x00000000,
  AcxPnpEventConfigValidFlags = 0x00000000
} ACX_PNPEVENT_CONFIG_FLAGS;

typedef struct _ACX_PNPEVENT_CONFIG {
  ULONG Size;
  ULONG Flags;
  GUID Event;
} ACX_PNPEVENT_CONFIG, *PACX_PNPEVENT_CONFIG;

FORCEINLINE VOID ACX_PNPEVENT_CONFIG_INIT(PACX_PNPEVENT_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_PNPEVENT_CONFIG));
  Config->Size = sizeof(ACX_PNPEVENT_CONFIG);
}

NTSTATUS AcxPnpEventCreate(WDFDEVICE Device, ACXOBJECT Object,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           PACX_PNPEVENT_CONFIG Config, ACXPNPEVENT *Event);
NTSTATUS AcxPnpEventGenerateEvent(ACXPNPEVENT Event, PVOID Payload,
                                  USHORT Size);

/* ------------------------------------------------------------------ */
/* acxdataformat.h                                                     */

typedef enum _ACX_DATAFORMAT_TYPE {
  AcxDataFormatKsFormat = 0,
  AcxDataFormatMaximum
} ACX_DATAFORMAT_TYPE;

typedef enum _ACX_DATAFORMAT_CONFIG_FLAGS {
  AcxDataFormatConfigNoFlags = 0x00000000,
  AcxDataFormatConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_CONFIG_FLAGS;

typedef struct _ACX_DATAFORMAT_CONFIG {
  ULONG Size;
  ULONG Flags;
  ACX_DATAFORMAT_TYPE Type;
  union {
    PKSDATAFORMAT KsFormat;
  } u;
} ACX_DATAFORMAT_CONFIG, *PACX_DATAFORMAT_CONFIG;

FORCEINLINE VOID ACX_DATAFORMAT_CONFIG_INIT(PACX_DATAFORMAT_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_DATAFORMAT_CONFIG));
  Config->Size = sizeof(ACX_DATAFORMAT_CONFIG);
}
FORCEINLINE VOID ACX_DATAFORMAT_CONFIG_INIT_KS(PACX_DATAFORMAT_CONFIG Config,
                                               PVOID Format) {
  ACX_DATAFORMAT_CONFIG_INIT(Config);
  Config->Type = AcxDataFormatKsFormat;
  Config->u.KsFormat = (PKSDATAFORMAT)Format;
}

typedef enum _ACX_DATAFORMAT_LIST_CONFIG_FLAGS {
  AcxDataFormatListConfigNoFlags = 0x00000000,
  AcxDataFormatListConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_LIST_CONFIG_FLAGS;

typedef struct _ACX_DATAFORMAT_LIST_CONFIG {
  ULONG Size;
  ULONG Flags;
} ACX_DATAFORMAT_LIST_CONFIG, *PACX_DATAFORMAT_LIST_CONFIG;

FORCEINLINE VOID
ACX_DATAFORMAT_LIST_CONFIG_INIT(PACX_DATAFORMAT_LIST_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_DATAFORMAT_LIST_CONFIG));
  Config->Size = sizeof(ACX_DATAFORMAT_LIST_CONFIG);
}

typedef enum _ACX_DATAFORMAT_LIST_ITERATOR_CONFIG_FLAGS {
  AcxDataFormatListIteratorConfigNoFlags = 0x00000000,
  AcxDataFormatListIteratorConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_LIST_ITERATOR_CONFIG_FLAGS;

typedef struct _ACX_DATAFORMAT_LIST_ITERATOR {
  ULONG Size;
  ULONG Flags;
  PVOID Reserved[4];
} ACX_DATAFORMAT_LIST_ITERATOR, *PACX_DATAFORMAT_LIST_ITERATOR;

FORCEINLINE VOID
ACX_DATAFORMAT_LIST_ITERATOR_INIT(PACX_DATAFORMAT_LIST_ITERATOR Iterator) {
  RtlZeroMemory(Iterator, sizeof(ACX_DATAFORMAT_LIST_ITERATOR));
  Iterator->Size = sizeof(ACX_DATAFORMAT_LIST_ITERATOR);
}

NTSTATUS AcxDataFormatCreate(WDFDEVICE Device,
                             PWDF_OBJECT_ATTRIBUTES Attributes,
                             PACX_DATAFORMAT_CONFIG Config,
                             ACXDATAFORMAT *DataFormat);
BOOLEAN AcxDataFormatIsEqual(ACXDATAFORMAT DataFormat1,
                             ACXDATAFORMAT DataFormat2);
PVOID AcxDataFormatGetKsDataFormat(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatEx(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatExtensible(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatExtensibleIec61937(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetMajorFormat(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetSubFormat(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetSpecifier(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleSize(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetChannelsCount(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleRate(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBlockAlign(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetAverageBytesPerSec(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetValidBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSamplesPerBlock(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetChannelMask(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedSamplesPerSec(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedChannelCount(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedAverageBytesPerSec(ACXDATAFORMAT DataFormat);

NTSTATUS AcxDataFormatListCreate(WDFDEVICE Device,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACX_DATAFORMAT_LIST_CONFIG Config,
                                 ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxDataFormatListAddDataFormat(ACXDATAFORMATLIST AcxDataFormatList,
                                        ACXDATAFORMAT AcxDataFormat);
NTSTATUS
AcxDataFormatListAssignDefaultDataFormat(ACXDATAFORMATLIST AcxDataFormatList,
                                         ACXDATAFORMAT AcxDataFormat);
NTSTATUS
AcxDataFormatListRetrieveDefaultDataFormat(ACXDATAFORMATLIST AcxDataFormatList,
                                           ACXDATAFORMAT *AcxDataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormat(ACXDATAFORMATLIST AcxDataFormatList,
                                           ACXDATAFORMAT AcxDataFormat);
NTSTATUS
AcxDataFormatListRemoveDataFormats(ACXDATAFORMATLIST AcxDataFormatList);
VOID AcxDataFormatListBeginIteration(ACXDATAFORMATLIST AcxDataFormatList,
                                     PACX_DATAFORMAT_LIST_ITERATOR Iterator);
NTSTATUS
AcxDataFormatListRetrieveNextFormat(ACXDATAFORMATLIST AcxDataFormatList,
                                    PACX_DATAFORMAT_LIST_ITERATOR Iterator,
                                    ACXDATAFORMAT *Format);
VOID AcxDataFormatListEndIteration(ACXDATAFORMATLIST AcxDataFormatList,
                                   PACX_DATAFORMAT_LIST_ITERATOR Iterator);

/* ------------------------------------------------------------------ */
/* acxcircuit.h                                                        */

typedef enum _ACX_CIRCUIT_TYPE {
  AcxCircuitTypeOther = 0,
  AcxCircuitTypeRender,
  AcxCircuitTypeCapture,
  AcxCircuitTypeMaximum
} ACX_CIRCUIT_TYPE;

typedef enum _ACX_STOP_IO_FLAGS {
  AcxStopIoNoFlags = 0x00000000,
  AcxStopIoValidFlags = 0x00000000
} ACX_STOP_IO_FLAGS;

typedef NTSTATUS EVT_ACX_CIRCUIT_PREPARE_HARDWARE(
    WDFDEVICE Device, ACXCIRCUIT Circuit, WDFCMRESLIST ResourcesRaw,
    WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_PREPARE_HARDWARE *PFN_ACX_CIRCUIT_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_CIRCUIT_RELEASE_HARDWARE(
    WDFDEVICE Device, ACXCIRCUIT Circuit, WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_RELEASE_HARDWARE *PFN_ACX_CIRCUIT_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_UP(
    WDFDEVICE Device, ACXCIRCUIT Circuit,
    WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_CIRCUIT_POWER_UP *PFN_ACX_CIRCUIT_POWER_UP;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_DOWN(
    WDFDEVICE Device, ACXCIRCUIT Circuit,
    WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_CIRCUIT_POWER_DOWN *PFN_ACX_CIRCUIT_POWER_DOWN;

typedef struct _ACX_CIRCUIT_PNPPOWER_CALLBACKS {
  ULONG Size;
  PFN_ACX_CIRCUIT_PREPARE_HARDWARE EvtAcxCircuitPrepareHardware;
  PFN_ACX_CIRCUIT_RELEASE_HARDWARE EvtAcxCircuitReleaseHardware;
  PFN_ACX_CIRCUIT_POWER_UP EvtAcxCircuitPowerUp;
  PFN_ACX_CIRCUIT_POWER_DOWN EvtAcxCircuitPowerDown;
} ACX_CIRCUIT_PNPPOWER_CALLBACKS, *PACX_CIRCUIT_PNPPOWER_CALLBACKS;

FORCEINLINE VOID ACX_CIRCUIT_PNPPOWER_CALLBACKS_INIT(
    PACX_CIRCUIT_PNPPOWER_CALLBACKS PnpPowerCallbacks) {
  RtlZeroMemory(PnpPowerCallbacks, sizeof(ACX_CIRCUIT_PNPPOWER_CALLBACKS));
  PnpPowerCallbacks->Size = sizeof(ACX_CIRCUIT_PNPPOWER_CALLBACKS);
}

/* A circuit's part in a composite endpoint (a multi-circuit audio path). */
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(
    WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE
    *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(
    WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE
    *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE(
    WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE
    *PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE;

typedef struct _ACX_CIRCUIT_COMPOSITE_CALLBACKS {
  ULONG Size;
  PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE
      EvtAcxCircuitCompositeCircuitInitialize;
  PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE EvtAcxCircuitCompositeInitialize;
  PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE EvtAcxCircuitCompositeDeinitialize;
} ACX_CIRCUIT_COMPOSITE_CALLBACKS, *PACX_CIRCUIT_COMPOSITE_CALLBACKS;

FORCEINLINE VOID ACX_CIRCUIT_COMPOSITE_CALLBACKS_INIT(
    PACX_CIRCUIT_COMPOSITE_CALLBACKS CompositeCallbacks) {
  RtlZeroMemory(CompositeCallbacks, sizeof(ACX_CIRCUIT_COMPOSITE_CALLBACKS));
  CompositeCallbacks->Size = sizeof(ACX_CIRCUIT_COMPOSITE_CALLBACKS);
}

/* A stream's creation on one of the circuit's pins. */
typedef NTSTATUS EVT_ACX_CIRCUIT_CREATE_STREAM(
    WDFDEVICE Device, ACXCIRCUIT Circuit, ACXPIN Pin,
    PACXSTREAM_INIT StreamInit, ACXDATAFORMAT StreamFormat,
    const GUID *SignalProcessingMode, ACXOBJECTBAG VarArguments);
typedef EVT_ACX_CIRCUIT_CREATE_STREAM *PFN_ACX_CIRCUIT_CREATE_STREAM;

PACXCIRCUIT_INIT AcxCircuitInitAllocate(WDFDEVICE Device);
VOID AcxCircuitInitFree(PACXCIRCUIT_INIT CircuitInit);
VOID AcxCircuitInitSetComponentId(PACXCIRCUIT_INIT CircuitInit,
                                  const GUID *ComponentId);
NTSTATUS AcxCircuitInitAssignComponentUri(PACXCIRCUIT_INIT CircuitInit,
                                          PCUNICODE_STRING ComponentUri);
NTSTATUS AcxCircuitInitAssignName(PACXCIRCUIT_INIT CircuitInit,
                                  PCUNICODE_STRING CircuitName);
NTSTATUS AcxCircuitInitAssignCategories(PACXCIRCUIT_INIT CircuitInit,
                                        const GUID *Categories,
                                        ULONG CategoriesCount);
VOID AcxCircuitInitSetCircuitType(PACXCIRCUIT_INIT CircuitInit,
                                  ACX_CIRCUIT_TYPE CircuitType);
NTSTATUS AcxCircuitInitAssignProperties(PACXCIRCUIT_INIT CircuitInit,
                                        PACX_PROPERTY_ITEM Properties,
                                        ULONG PropertiesCount);
NTSTATUS AcxCircuitInitAssignMethods(PACXCIRCUIT_INIT CircuitInit,
                                     PACX_METHOD_ITEM Methods,
                                     ULONG MethodsCount);
VOID AcxCircuitInitSetAcxCircuitPnpPowerCallbacks(
    PACXCIRCUIT_INIT CircuitInit,
    PACX_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
VOID AcxCircuitInitSetAcxCircuitCompositeCallbacks(
    PACXCIRCUIT_INIT CircuitInit,
    PACX_CIRCUIT_COMPOSITE_CALLBACKS EvtCompositeCallbacks);
NTSTATUS AcxCircuitInitAssignAcxRequestPreprocessCallback(
    PACXCIRCUIT_INIT CircuitInit,
    PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set,
    ULONG Id);
NTSTATUS AcxCircuitInitAssignAcxCreateStreamCallback(
    PACXCIRCUIT_INIT CircuitInit,
    PFN_ACX_CIRCUIT_CREATE_STREAM EvtCircuitCreateStream);
VOID AcxCircuitInitDisableDefaultStreamBridgeHandling(
    PACXCIRCUIT_INIT CircuitInit);

NTSTATUS AcxCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                          PACXCIRCUIT_INIT *Config, ACXCIRCUIT *Circuit);
NTSTATUS AcxCircuitAddEvents(ACXCIRCUIT Circuit, ACXEVENT *Events,
                             ULONG EventsCount);
NTSTATUS AcxCircuitAddElements(ACXCIRCUIT Circuit, ACXELEMENT *Elements,
                               ULONG ElementsCount);
ACXELEMENT AcxCircuitGetElementById(ACXCIRCUIT Circuit, ULONG ElementId);
ULONG AcxCircuitGetElementsCount(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitAddPins(ACXCIRCUIT Circuit, ACXPIN *Pins, ULONG PinsCount);
ACXPIN AcxCircuitGetPinById(ACXCIRCUIT Circuit, ULONG PinId);
ULONG AcxCircuitGetPinsCount(ACXCIRCUIT Circuit);
WDFDEVICE AcxCircuitGetWdfDevice(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitDispatchAcxRequest(ACXCIRCUIT Circuit,
                                      WDFREQUEST Request);
NTSTATUS AcxCircuitStopIoActual(ACXCIRCUIT Circuit, ACX_STOP_IO_FLAGS Flags,
                                PVOID ObjectTag, LONG Line, PCSTR File);
VOID AcxCircuitResumeIoActual(ACXCIRCUIT Circuit, PVOID ObjectTag, LONG Line,
                              PCSTR File);
#define AcxCircuitStopIo(Circuit, Flags)                                       \
  AcxCircuitStopIoActual(Circuit, Flags, NULL, __LINE__, __FILE__)
#define AcxCircuitStopIoWithTag(Circuit, Flags, Tag)                           \
  AcxCircuitStopIoActual(Circuit, Flags, Tag, __LINE__, __FILE__)
#define AcxCircuitResumeIo(Circuit)                                            \
  AcxCircuitResumeIoActual(Circuit, NULL, __LINE__, __FILE__)
#define AcxCircuitResumeIoWithTag(Circuit, Tag)                                \
  AcxCircuitResumeIoActual(Circuit, Tag, __LINE__, __FILE__)

/* Factory circuits: the circuits ACX asks a driver to create on demand,
   for a composite endpoint. */
typedef enum _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_FLAGS {
  AcxFactoryCircitAddCircuitConfigNoFlags = 0x00000000,
  AcxFactoryCircitAddCircuitConfigValidFlags = 0x00000000
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_FLAGS;

typedef struct _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT {
  ULONG Size;
  ULONG Flags;
  GUID CircuitUniqueId;
  HANDLE CompositeProperties;
  HANDLE FactoryProperties;
  HANDLE CircuitProperties;
  PCUNICODE_STRING TargetSymbolicLinkName;
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT, *PACX_FACTORY_CIRCUIT_ADD_CIRCUIT;

FORCEINLINE VOID ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_INIT(
    PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Parameters) {
  RtlZeroMemory(Parameters, sizeof(ACX_FACTORY_CIRCUIT_ADD_CIRCUIT));
  Parameters->Size = sizeof(ACX_FACTORY_CIRCUIT_ADD_CIRCUIT);
}

typedef enum _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_FLAGS {
  AcxFactoryCircitRemoveCircuitConfigNoFlags = 0x00000000,
  AcxFactoryCircitRemoveCircuitConfigValidFlags = 0x00000000
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_FLAGS;

typedef struct _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT {
  ULONG Size;
  ULONG Flags;
  GUID CircuitUniqueId;
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT, *PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT;

FORCEINLINE VOID ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_INIT(
    PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT Parameters) {
  RtlZeroMemory(Parameters, sizeof(ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT));
  Parameters->Size = sizeof(ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT);
}

typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE(
    WDFDEVICE Parent, ACXFACTORYCIRCUIT Factory,
    PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, WDFDEVICE *Device);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE
    *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE(
    WDFDEVICE Parent, ACXFACTORYCIRCUIT Factory, WDFDEVICE Device);
typedef EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE
    *PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT(
    WDFDEVICE Parent, WDFDEVICE Device, ACXFACTORYCIRCUIT Factory,
    PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, PACXCIRCUIT_INIT CircuitInit);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT
    *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT;

typedef struct _ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS {
  ULONG Size;
  PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE
      EvtAcxFactoryCircuitCreateCircuitDevice;
  PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE
      EvtAcxFactoryCircuitDeleteCircuitDevice;
  PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT EvtAcxFactoryCircuitCreateCircuit;
} ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS,
    *PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS;

FORCEINLINE VOID ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS_INIT(
    PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Config) {
  RtlZeroMemory(Config, sizeof(ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS));
  Config->Size = sizeof(ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS);
}

typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE(
    WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, WDFCMRESLIST ResourcesRaw,
    WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE
    *PFN_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE(
    WDFDEVICE Device, ACXFACTORYCIRCUIT Factory,
    WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE
    *PFN_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_POWER_UP(
    WDFDEVICE Device, ACXFACTORYCIRCUIT Factory,
    WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_FACTORY_CIRCUIT_POWER_UP *PFN_ACX_FACTORY_CIRCUIT_POWER_UP;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_POWER_DOWN(
    WDFDEVICE Device, ACXFACTORYCIRCUIT Factory,
    WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_FACTORY_CIRCUIT_POWER_DOWN
    *PFN_ACX_FACTORY_CIRCUIT_POWER_DOWN;

typedef struct _ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS {
  ULONG Size;
  PFN_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE EvtAcxFactoryCircuitPrepareHardware;
  PFN_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE EvtAcxFactoryCircuitReleaseHardware;
  PFN_ACX_FACTORY_CIRCUIT_POWER_UP EvtAcxFactoryCircuitPowerUp;
  PFN_ACX_FACTORY_CIRCUIT_POWER_DOWN EvtAcxFactoryCircuitPowerDown;
} ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS,
    *PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS;

FORCEINLINE VOID ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS_INIT(
    PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS PnpPowerCallbacks) {
  RtlZeroMemory(PnpPowerCallbacks,
                sizeof(ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS));
  PnpPowerCallbacks->Size = sizeof(ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS);
}

PACXFACTORYCIRCUIT_INIT AcxFactoryCircuitInitAllocate(WDFDEVICE Device);
VOID AcxFactoryCircuitInitFree(PACXFACTORYCIRCUIT_INIT FactoryInit);
VOID AcxFactoryCircuitInitSetComponentId(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                         const GUID *ComponentId);
NTSTATUS
AcxFactoryCircuitInitAssignComponentUri(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                        PCUNICODE_STRING ComponentUri);
NTSTATUS AcxFactoryCircuitInitAssignName(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                         PCUNICODE_STRING FactoryName);
NTSTATUS
AcxFactoryCircuitInitAssignCategories(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                      const GUID *Categories,
                                      ULONG CategoriesCount);
NTSTATUS
AcxFactoryCircuitInitAssignProperties(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                      PACX_PROPERTY_ITEM Properties,
                                      ULONG PropertiesCount);
NTSTATUS AcxFactoryCircuitInitAssignMethods(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                            PACX_METHOD_ITEM Methods,
                                            ULONG MethodsCount);
VOID AcxFactoryCircuitInitSetAcxCircuitPnpPowerCallbacks(
    PACXFACTORYCIRCUIT_INIT FactoryInit,
    PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
VOID AcxFactoryCircuitInitSetOperationCallbacks(
    PACXFACTORYCIRCUIT_INIT FactoryInit,
    PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS EvtOperationCallbacks);
NTSTATUS AcxFactoryCircuitInitAssignAcxRequestPreprocessCallback(
    PACXFACTORYCIRCUIT_INIT FactoryInit,
    PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set,
    ULONG Id);
NTSTATUS AcxFactoryCircuitCreate(WDFDEVICE Device,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACXFACTORYCIRCUIT_INIT *Config,
                                 ACXFACTORYCIRCUIT *Factory);
NTSTATUS AcxFactoryCircuitAddElements(ACXFACTORYCIRCUIT Circuit,
                                      ACXELEMENT *Elements,
                                      ULONG ElementsCount);

/* ------------------------------------------------------------------ */
/* acxstreams.h                                                        */

typedef enum _ACX_STREAM_STATE {
  AcxStreamStateStop = 0,
  AcxStreamStateAcquire,
  AcxStreamStatePause,
  AcxStreamStateRun,
  AcxStreamStateMaximum
} ACX_STREAM_STATE;

/* The copy protection a stream's content carries (as DRMRIGHTS). */
typedef struct _ACXDRMRIGHTS {
  BOOL CopyProtect;
  ULONG Reserved;
  BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;
#define DEFINE_ACXDRMRIGHTS_DEFAULT(DrmRights)                                 \
  const ACXDRMRIGHTS DrmRights = {FALSE, 0, FALSE}

typedef struct _ACXDRMFORWARD {
  ULONG Flags;
  PDEVICE_OBJECT DeviceObject;
  PFILE_OBJECT FileObject;
  PVOID Context;
} ACXDRMFORWARD, *PACXDRMFORWARD;

typedef NTSTATUS EVT_ACX_STREAM_PREPARE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PREPARE_HARDWARE *PFN_ACX_STREAM_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RELEASE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RELEASE_HARDWARE *PFN_ACX_STREAM_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RUN(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RUN *PFN_ACX_STREAM_RUN;
typedef NTSTATUS EVT_ACX_STREAM_PAUSE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PAUSE *PFN_ACX_STREAM_PAUSE;
typedef NTSTATUS EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID(ACXSTREAM Stream,
                                                      ULONG ContentId,
                                                      PACXDRMRIGHTS DrmRights);
typedef EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID
    *PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID;

typedef struct _ACX_STREAM_CALLBACKS {
  ULONG Size;
  PFN_ACX_STREAM_PREPARE_HARDWARE EvtAcxStreamPrepareHardware;
  PFN_ACX_STREAM_RELEASE_HARDWARE EvtAcxStreamReleaseHardware;
  PFN_ACX_STREAM_RUN EvtAcxStreamRun;
  PFN_ACX_STREAM_PAUSE EvtAcxStreamPause;
  PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID EvtAcxStreamAssignDrmContentId;
} ACX_STREAM_CALLBACKS, *PACX_STREAM_CALLBACKS;

FORCEINLINE VOID ACX_STREAM_CALLBACKS_INIT(PACX_STREAM_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_STREAM_CALLBACKS));
  Callbacks->Size = sizeof(ACX_STREAM_CALLBACKS);
}

/* A real-time (WaveRT) stream's packets. */
typedef struct _ACX_RTPACKET {
  ULONG Size;
  WDF_MEMORY_DESCRIPTOR RtPacketBuffer;
  ULONG RtPacketOffset;
  ULONG RtPacketSize;
} ACX_RTPACKET, *PACX_RTPACKET;

FORCEINLINE VOID ACX_RTPACKET_INIT(PACX_RTPACKET RtPacket) {
  RtlZeroMemory(RtPacket, sizeof(ACX_RTPACKET));
  RtPacket->Size = sizeof(ACX_RTPACKET);
}

/* EvtAcxStreamSetRenderPacket's Flags for the stream's last packet. */
#define AcxStreamSetRenderPacketEndOfStream 0x00000001

typedef NTSTATUS EVT_ACX_STREAM_GET_HW_LATENCY(ACXSTREAM Stream,
                                               ULONG *FifoSize,
                                               ULONG *Delay);
typedef EVT_ACX_STREAM_GET_HW_LATENCY *PFN_ACX_STREAM_GET_HW_LATENCY;
typedef NTSTATUS EVT_ACX_STREAM_ALLOCATE_RTPACKETS(ACXSTREAM Stream,
                                                   ULONG PacketCount,
                                                   ULONG PacketSize,
                                                   PACX_RTPACKET *Packets);
typedef EVT_ACX_STREAM_ALLOCATE_RTPACKETS *PFN_ACX_STREAM_ALLOCATE_RTPACKETS;
typedef VOID EVT_ACX_STREAM_FREE_RTPACKETS(ACXSTREAM Stream,
                                           PACX_RTPACKET Packets,
                                           ULONG PacketCount);
typedef EVT_ACX_STREAM_FREE_RTPACKETS *PFN_ACX_STREAM_FREE_RTPACKETS;
typedef NTSTATUS EVT_ACX_STREAM_SET_RENDER_PACKET(ACXSTREAM Stream,
                                                  ULONG Packet, ULONG Flags,
                                                  ULONG EosPacketLength);
typedef EVT_ACX_STREAM_SET_RENDER_PACKET *PFN_ACX_STREAM_SET_RENDER_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_CURRENT_PACKET(ACXSTREAM Stream,
                                                   PULONG CurrentPacket);
typedef EVT_ACX_STREAM_GET_CURRENT_PACKET *PFN_ACX_STREAM_GET_CURRENT_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_CAPTURE_PACKET(ACXSTREAM Stream,
                                                   ULONG *LastCapturePacket,
                                                   ULONGLONG *QPCPacketStart,
                                                   BOOLEAN *MoreData);
typedef EVT_ACX_STREAM_GET_CAPTURE_PACKET *PFN_ACX_STREAM_GET_CAPTURE_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_PRESENTATION_POSITION(
    ACXSTREAM Stream, PULONGLONG PositionInBlocks, PULONGLONG QPCPosition);
typedef EVT_ACX_STREAM_GET_PRESENTATION_POSITION
    *PFN_ACX_STREAM_GET_PRESENTATION_POSITION;

typedef struct _ACX_RT_STREAM_CALLBACKS {
  ULONG Size;
  PFN_ACX_STREAM_GET_HW_LATENCY EvtAcxStreamGetHwLatency;
  PFN_ACX_STREAM_ALLOCATE_RTPACKETS EvtAcxStreamAllocateRtPackets;
  PFN_ACX_STREAM_FREE_RTPACKETS EvtAcxStreamFreeRtPackets;
  PFN_ACX_STREAM_SET_RENDER_PACKET EvtAcxStreamSetRenderPacket;
  PFN_ACX_STREAM_GET_CURRENT_PACKET EvtAcxStreamGetCurrentPacket;
  PFN_ACX_STREAM_GET_CAPTURE_PACKET EvtAcxStreamGetCapturePacket;
  PFN_ACX_STREAM_GET_PRESENTATION_POSITION EvtAcxStreamGetPresentationPosition;
} ACX_RT_STREAM_CALLBACKS, *PACX_RT_STREAM_CALLBACKS;

FORCEINLINE VOID
ACX_RT_STREAM_CALLBACKS_INIT(PACX_RT_STREAM_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_RT_STREAM_CALLBACKS));
  Callbacks->Size = sizeof(ACX_RT_STREAM_CALLBACKS);
}

NTSTATUS AcxStreamInitAssignAcxStreamCallbacks(
    PACXSTREAM_INIT StreamInit, PACX_STREAM_CALLBACKS StreamCallbacks);
NTSTATUS AcxStreamInitAssignAcxRtStreamCallbacks(
    PACXSTREAM_INIT StreamInit, PACX_RT_STREAM_CALLBACKS RtStreamCallbacks);
VOID AcxStreamInitSetAcxRtStreamSupportsNotifications(
    PACXSTREAM_INIT StreamInit);
NTSTATUS AcxStreamInitAssignProperties(PACXSTREAM_INIT StreamInit,
                                       PACX_PROPERTY_ITEM Properties,
                                       ULONG PropertiesCount);
NTSTATUS AcxStreamInitAssignMethods(PACXSTREAM_INIT StreamInit,
                                    PACX_METHOD_ITEM Methods,
                                    ULONG MethodsCount);
NTSTATUS AcxStreamInitAssignAcxRequestPreprocessCallback(
    PACXSTREAM_INIT StreamInit,
    PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set,
    ULONG Id);

NTSTATUS AcxStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit,
                         PWDF_OBJECT_ATTRIBUTES Attributes,
                         PACXSTREAM_INIT *Config, ACXSTREAM *Stream);
NTSTATUS AcxRtStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           PACXSTREAM_INIT *Config, ACXSTREAM *Stream);
VOID AcxRtStreamNotifyPacketComplete(ACXSTREAM Stream, ULONGLONG CompletedPacket,
                                     ULONGLONG QPCCompletion);
NTSTATUS AcxStreamAddEvents(ACXSTREAM Stream, ACXEVENT *Events,
                            ULONG EventsCount);
NTSTATUS AcxStreamAddElements(ACXSTREAM Stream, ACXELEMENT *Elements,
                              ULONG ElementsCount);
ACXELEMENT AcxStreamGetElementById(ACXSTREAM Stream, ULONG ElementId);
ULONG AcxStreamGetElementsCount(ACXSTREAM Stream);
ACXCIRCUIT AcxStreamGetCircuit(ACXSTREAM Stream);
NTSTATUS AcxStreamDispatchAcxRequest(ACXSTREAM Stream, WDFREQUEST Request);
NTSTATUS AcxStreamStopIoActual(ACXSTREAM Stream, ACX_STOP_IO_FLAGS Flags,
                               PVOID ObjectTag, LONG Line, PCSTR File);
VOID AcxStreamResumeIoActual(ACXSTREAM Stream, PVOID ObjectTag, LONG Line,
                             PCSTR File);
#define AcxStreamStopIo(Stream, Flags)                                         \
  AcxStreamStopIoActual(Stream, Flags, NULL, __LINE__, __FILE__)
#define AcxStreamStopIoWithTag(Stream, Flags, Tag)                             \
  AcxStreamStopIoActual(Stream, Flags, Tag, __LINE__, __FILE__)
#define AcxStreamResumeIo(Stream)                                              \
  AcxStreamResumeIoActual(Stream, NULL, __LINE__, __FILE__)
#define AcxStreamResumeIoWithTag(Stream, Tag)                                  \
  AcxStreamResumeIoActual(Stream, Tag, __LINE__, __FILE__)

/* Stream bridges: how a stream created on one circuit is carried to the
   next circuit of a composite endpoint. */
typedef enum _ACX_STREAM_BRIDGE_TYPE {
  AcxStreamBridgeInvalidType = 0,
  AcxStreamBridgeMux,
  AcxStreamBridgeMaximumType,
  AcxStreamBridgeDefaultType = AcxStreamBridgeMux
} ACX_STREAM_BRIDGE_TYPE;

typedef enum _ACX_STREAM_BRIDGE_CONFIG_FLAGS {
  AcxStreamBridgeConfigNoFlags = 0x00000000,
  AcxStreamBridgeInvertChangeStateSequence = 0x00000001,
  AcxStreamBridgeForwardInStreamVarArguments = 0x00000002,
  AcxStreamBridgeConfigValidFlags = 0x00000003
} ACX_STREAM_BRIDGE_CONFIG_FLAGS;

typedef struct _ACX_STREAM_BRIDGE_CONFIG {
  ULONG Size;
  ULONG Flags;
  ACX_STREAM_BRIDGE_TYPE Type;
  ULONG InModesCount;
  const GUID **InModes;
  const GUID *OutMode;
  ACXOBJECTBAG OutStreamVarArguments;
  PWDF_OBJECT_ATTRIBUTES TargetStreamAttributes;
} ACX_STREAM_BRIDGE_CONFIG, *PACX_STREAM_BRIDGE_CONFIG;

FORCEINLINE VOID
ACX_STREAM_BRIDGE_CONFIG_INIT(PACX_STREAM_BRIDGE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_STREAM_BRIDGE_CONFIG));
  Config->Size = sizeof(ACX_STREAM_BRIDGE_CONFIG);
  Config->Type = AcxStreamBridgeDefaultType;
}

NTSTATUS AcxStreamBridgeCreate(ACXCIRCUIT AcxCircuit,
                               PWDF_OBJECT_ATTRIBUTES Attributes,
                               PACX_STREAM_BRIDGE_CONFIG Config,
                               ACXSTREAMBRIDGE *StreamBridge);
NTSTATUS AcxStreamBridgeAddStream(ACXSTREAMBRIDGE Bridge, ACXSTREAM Stream);
VOID AcxStreamBridgeRemoveStream(ACXSTREAMBRIDGE Bridge, ACXSTREAM Stream);
ACXTARGETSTREAM AcxStreamBridgeGetTargetStream(ACXSTREAMBRIDGE Bridge,
                                               ACXSTREAM Stream);

/* The DRM functions a stream's content protection uses, as the port
   class's DrmAddContentHandlers and friends. */
NTSTATUS AcxDrmCreateContentMixed(PULONG paContentId, ULONG cContentId,
                                  PULONG pMixedContentId);
NTSTATUS AcxDrmDestroyContent(ULONG ContentId);
NTSTATUS AcxDrmAddContentHandlers(ULONG ContentId, PVOID *paHandlers,
                                  ULONG NumHandlers);
NTSTATUS AcxDrmForwardContentToDeviceObject(ULONG ContentId, PVOID Reserved,
                                            PACXDRMFORWARD DrmForward);
NTSTATUS AcxDrmRetrieveContentRights(ULONG ContentId,
                                     PACXDRMRIGHTS DrmRights);

/* ------------------------------------------------------------------ */
/* acxpin.h: pins, their connections, jacks and microphones            */

typedef enum _ACX_PIN_TYPE {
  AcxPinTypeOther = 0,
  AcxPinTypeSink,
  AcxPinTypeSource
} ACX_PIN_TYPE;

typedef enum _ACX_PIN_COMMUNICATION {
  AcxPinCommunicationNone = 0,
  AcxPinCommunicationSink,
  AcxPinCommunicationSource
} ACX_PIN_COMMUNICATION;

typedef enum _ACX_PIN_QUALIFIER {
  AcxPinQualifierUnknown = 0,
  AcxPinQualifierBridgeA,
  AcxPinQualifierBridgeB,
  AcxPinQualifierBridgeDevice
} ACX_PIN_QUALIFIER;

typedef enum _ACX_PIN_CONFIG_FLAGS {
  AcxPinConfigNoFlags = 0x00000000,
  AcxPinConfigMicrophoneConfigSpecified = 0x00000001,
  AcxPinConfigNoDefaultDataFormatLists = 0x00000002,
  AcxPinConfigValidFlags = 0x00000003
} ACX_PIN_CONFIG_FLAGS;

typedef NTSTATUS EVT_ACX_PIN_SET_DATAFORMAT(ACXPIN Pin,
                                            ACXDATAFORMAT DataFormat);
typedef EVT_ACX_PIN_SET_DATAFORMAT *PFN_ACX_PIN_SET_DATAFORMAT;
typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_NAME(ACXPIN Pin, PUNICODE_STRING Name);
typedef EVT_ACX_PIN_RETRIEVE_NAME *PFN_ACX_PIN_RETRIEVE_NAME;
typedef VOID EVT_ACX_PIN_CONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit,
                                   ULONG TargetPinId);
typedef EVT_ACX_PIN_CONNECTED *PFN_ACX_PIN_CONNECTED;
typedef VOID EVT_ACX_PIN_DISCONNECTED(ACXPIN Pin,
                                      ACXTARGETCIRCUIT TargetCircuit,
                                      ULONG TargetPinId);
typedef EVT_ACX_PIN_DISCONNECTED *PFN_ACX_PIN_DISCONNECTED;
typedef VOID EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION(
    ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION
    *PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION;

/* What a jack's sink (an HDMI or DisplayPort monitor) reports. */
typedef enum _ACX_JACK_SINK_INFO_CONNECTION_TYPE {
  AcxJackSinkInfoConnectionTypeHdmi = 0,
  AcxJackSinkInfoConnectionTypeDisplayPort
} ACX_JACK_SINK_INFO_CONNECTION_TYPE;

/* The sink name's length, NUL included, as ksmedia.h's
   KSJACK_SINK_INFORMATION has it. */
#ifndef MAX_SINK_DESCRIPTION_NAME_LENGTH
#define MAX_SINK_DESCRIPTION_NAME_LENGTH 32
#endif
typedef struct _ACX_JACK_SINK_INFORMATION {
  ACX_JACK_SINK_INFO_CONNECTION_TYPE ConnType;
  USHORT ManufacturerId;
  USHORT ProductId;
  USHORT AudioLatency;
  BOOL HDCPCapable;
  BOOL AICapable;
  UCHAR SinkDescriptionLength;
  WCHAR SinkDescription[MAX_SINK_DESCRIPTION_NAME_LENGTH];
  LUID PortId;
} ACX_JACK_SINK_INFORMATION, *PACX_JACK_SINK_INFORMATION;

typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO(
    ACXPIN Pin, PACX_JACK_SINK_INFORMATION SinkInfo);
typedef EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO
    *PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO;

typedef struct _ACX_PIN_CALLBACKS {
  ULONG Size;
  PFN_ACX_PIN_SET_DATAFORMAT EvtAcxPinSetDataFormat;
  PFN_ACX_PIN_RETRIEVE_NAME EvtAcxPinRetrieveName;
  PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO EvtAcxPinRetrieveJackSinkInfo;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPinProcessJackRequest;
  PFN_ACX_PIN_CONNECTED EvtAcxPinConnected;
  PFN_ACX_PIN_DISCONNECTED EvtAcxPinDisconnected;
  PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION
      EvtAcxPinDataFormatChangeNotification;
} ACX_PIN_CALLBACKS, *PACX_PIN_CALLBACKS;

FORCEINLINE VOID ACX_PIN_CALLBACKS_INIT(PACX_PIN_CALLBACKS PinCallbacks) {
  RtlZeroMemory(PinCallbacks, sizeof(ACX_PIN_CALLBACKS));
  PinCallbacks->Size = sizeof(ACX_PIN_CALLBACKS);
}

/* Microphones and microphone arrays (the KSAUDIO_MIC_ARRAY_GEOMETRY of a
   capture pin). */
typedef enum _ACX_MICROPHONE_TYPE {
  AcxMicrophoneTypeOmniDirectional = 0,
  AcxMicrophoneTypeSubCardioid,
  AcxMicrophoneTypeCardioid,
  AcxMicrophoneTypeSuperCardioid,
  AcxMicrophoneTypeHyperCardioid,
  AcxMicrophoneType8Shaped,
  AcxMicrophoneTypeVendorDefined = 0x0F
} ACX_MICROPHONE_TYPE;

typedef enum _ACX_MIC_ARRAY_TYPE {
  AcxMicArrayTypeLinear = 0,
  AcxMicArrayTypePlanar,
  AcxMicArrayType3d
} ACX_MIC_ARRAY_TYPE;

typedef struct _ACX_MICROPHONE_COORDINATES {
  ACX_MICROPHONE_TYPE Type;
  SHORT XCoord;
  SHORT YCoord;
  SHORT ZCoord;
  SHORT VerticalAngle;
  SHORT HorizontalAngle;
} ACX_MICROPHONE_COORDINATES, *PACX_MICROPHONE_COORDINATES;

typedef struct _ACX_MIC_ARRAY_GEOMETRY {
  USHORT Version;
  ACX_MIC_ARRAY_TYPE MicArrayType;
  SHORT VerticalAngleBegin;
  SHORT VerticalAngleEnd;
  SHORT HorizontalAngleBegin;
  SHORT HorizontalAngleEnd;
  USHORT FrequencyBandLo;
  USHORT FrequencyBandHi;
} ACX_MIC_ARRAY_GEOMETRY, *PACX_MIC_ARRAY_GEOMETRY;

typedef struct _ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION {
  ULONG Size;
  ULONG PrimaryChannelCount;
  ULONG PrimaryChannelStartPosition;
  ULONG PrimaryChannelMask;
  ULONG InterleavedChannelCount;
  ULONG InterleavedChannelStartPosition;
  ULONG InterleavedChannelMask;
} ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION,
    *PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION;

FORCEINLINE VOID ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION_INIT(
    PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION format) {
  RtlZeroMemory(format, sizeof(ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION));
  format->Size = sizeof(ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION);
}

typedef enum _ACX_MICROPHONE_CONFIG_FLAGS {
  AcxMicrophoneConfigNoFlags = 0x00000000,
  AcxMicrophoneConfigValidFlags = 0x00000000
} ACX_MICROPHONE_CONFIG_FLAGS;

typedef struct _ACX_MICROPHONE_CONFIG {
  ULONG Size;
  ULONG Flags;
  LONG MicrophoneSnrDB;
  LONG MicrophoneSensitivityDB;
  PACX_MIC_ARRAY_GEOMETRY MicArrayGeometry;
  PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION InterleavedFormat;
} ACX_MICROPHONE_CONFIG, *PACX_MICROPHONE_CONFIG;

FORCEINLINE VOID ACX_MICROPHONE_CONFIG_INIT(PACX_MICROPHONE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_MICROPHONE_CONFIG));
  Config->Size = sizeof(ACX_MICROPHONE_CONFIG);
}

typedef enum _ACX_MICARRAYGEOMETRY_CONFIG_FLAGS {
  AcxMicArrayGeometryConfigNoFlags = 0x00000000,
  AcxMicArrayGeometryConfigValidFlags = 0x00000000
} ACX_MICARRAYGEOMETRY_CONFIG_FLAGS;

typedef struct _ACX_MICARRAYGEOMETRY_CONFIG {
  ULONG Size;
  ULONG Flags;
  ACX_MIC_ARRAY_GEOMETRY Geometry;
} ACX_MICARRAYGEOMETRY_CONFIG, *PACX_MICARRAYGEOMETRY_CONFIG;

FORCEINLINE VOID
ACX_MICARRAYGEOMETRY_CONFIG_INIT(PACX_MICARRAYGEOMETRY_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_MICARRAYGEOMETRY_CONFIG));
  Config->Size = sizeof(ACX_MICARRAYGEOMETRY_CONFIG);
}

typedef struct _ACX_PIN_CONFIG {
  ULONG Size;
  ULONG Flags;
  ULONG Id;
  ACX_PIN_TYPE Type;
  ACX_PIN_COMMUNICATION Communication;
  ACX_PIN_QUALIFIER Qualifier;
  const GUID *Category;
  const GUID *Name;
  PACX_PIN_CALLBACKS PinCallbacks;
  ULONG PropertiesCount;
  ULONG MethodsCount;
  PACX_PROPERTY_ITEM Properties;
  PACX_METHOD_ITEM Methods;
  union {
    PACX_MICROPHONE_CONFIG MicrophoneConfig;
  } u;
  ULONG MaxStreams;
} ACX_PIN_CONFIG, *PACX_PIN_CONFIG;

FORCEINLINE VOID ACX_PIN_CONFIG_INIT_ID(PACX_PIN_CONFIG Config, ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_PIN_CONFIG));
  Config->Size = sizeof(ACX_PIN_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_PIN_CONFIG_INIT(PACX_PIN_CONFIG cfg) {
  ACX_PIN_CONFIG_INIT_ID(cfg, AcxPinIdDefault);
}

/* Connections between pins (of a circuit's elements, or of a stream). */
typedef enum _ACX_CONNECTION_FLAGS {
  AcxConnectionNoFlags = 0x00000000,
  AcxConnectionFromPinId = 0x00000001,
  AcxConnectionFromPinObject = 0x00000002,
  AcxConnectionToPinId = 0x00000004,
  AcxConnectionToPinObject = 0x00000008,
  AcxConnectionValidFlags = 0x0000000F
} ACX_CONNECTION_FLAGS;

typedef struct _ACX_CONNECTION {
  ULONG Size;
  ULONG Flags;
  ACXOBJECT FromObject;
  union {
    ACXPIN Object;
    ULONG Id;
  } FromPin;
  ACXOBJECT ToObject;
  union {
    ACXPIN Object;
    ULONG Id;
  } ToPin;
} ACX_CONNECTION, *PACX_CONNECTION;

FORCEINLINE VOID ACX_CONNECTION_INIT(PACX_CONNECTION Connection,
                                     ACXOBJECT FromObject,
                                     ACXOBJECT ToObject) {
  RtlZeroMemory(Connection, sizeof(ACX_CONNECTION));
  Connection->Size = sizeof(ACX_CONNECTION);
  Connection->FromObject = FromObject;
  Connection->ToObject = ToObject;
}

typedef enum _ACX_PHYSICAL_CONNECTION_FLAGS {
  AcxPhysicalConnectionNoFlags = 0x00000000,
  AcxPhysicalConnectionFromPinId = 0x00000001,
  AcxPhysicalConnectionFromPinObject = 0x00000002,
  AcxPhysicalConnectionValidFlags = 0x00000003
} ACX_PHYSICAL_CONNECTION_FLAGS;

typedef struct _ACX_PHYSICAL_CONNECTION {
  ULONG Size;
  ULONG Flags;
  union {
    ACXPIN Object;
    ULONG Id;
  } FromPin;
  UNICODE_STRING TargetName;
  ULONG TargetPinId;
} ACX_PHYSICAL_CONNECTION, *PACX_PHYSICAL_CONNECTION;

FORCEINLINE VOID
ACX_PHYSICAL_CONNECTION_INIT(PACX_PHYSICAL_CONNECTION Connection) {
  RtlZeroMemory(Connection, sizeof(ACX_PHYSICAL_CONNECTION));
  Connection->Size = sizeof(ACX_PHYSICAL_CONNECTION);
}

NTSTATUS AcxCircuitAddConnections(ACXCIRCUIT Circuit,
                                  PACX_CONNECTION Connections,
                                  ULONG ConnectionsCount);
NTSTATUS AcxCircuitAddPhysicalConnections(ACXCIRCUIT Circuit,
                                          PACX_PHYSICAL_CONNECTION Connections,
                                          ULONG ConnectionsCount);
NTSTATUS AcxStreamAddConnections(ACXSTREAM Stream,
                                 PACX_CONNECTION Connections,
                                 ULONG ConnectionsCount);

/* Jacks: a pin's physical connector (the port class's
   KSJACK_DESCRIPTION, with the EPcx enumerations' values). */
typedef enum _ACX_JACK_CONNECTION_TYPE {
  AcxConnTypeUnknown = 0,
  AcxConnType3Point5mm,
  AcxConnTypeQuarter,
  AcxConnTypeAtapiInternal,
  AcxConnTypeRCA,
  AcxConnTypeOptical,
  AcxConnTypeOtherDigital,
  AcxConnTypeOtherAnalog,
  AcxConnTypeMultichannelAnalogDIN,
  AcxConnTypeXlrProfessional,
  AcxConnTypeRJ11Modem,
  AcxConnTypeCombination
} ACX_JACK_CONNECTION_TYPE;

typedef enum _ACX_JACK_GEO_LOCATION {
  AcxGeoLocRear = 0x1,
  AcxGeoLocFront,
  AcxGeoLocLeft,
  AcxGeoLocRight,
  AcxGeoLocTop,
  AcxGeoLocBottom,
  AcxGeoLocRearPanel,
  AcxGeoLocRiser,
  AcxGeoLocInsideMobileLid,
  AcxGeoLocDrivebay,
  AcxGeoLocHDMI,
  AcxGeoLocOutsideMobileLid,
  AcxGeoLocATAPI,
  AcxGeoLocNotApplicable,
  AcxGeoLocReserved6
} ACX_JACK_GEO_LOCATION;

typedef enum _ACX_JACK_GEN_LOCATION {
  AcxGenLocPrimaryBox = 0,
  AcxGenLocInternal,
  AcxGenLocSeparate,
  AcxGenLocOther
} ACX_JACK_GEN_LOCATION;

typedef enum _ACX_JACK_PORT_CONNECTION {
  AcxPortConnJack = 0,
  AcxPortConnIntegratedDevice,
  AcxPortConnBothIntegratedAndJack,
  AcxPortConnUnknown
} ACX_JACK_PORT_CONNECTION;

typedef struct _ACX_JACK_DESCRIPTION {
  ULONG ChannelMapping;
  ULONG Color;
  ACX_JACK_CONNECTION_TYPE ConnectionType;
  ACX_JACK_GEO_LOCATION GeoLocation;
  ACX_JACK_GEN_LOCATION GenLocation;
  ACX_JACK_PORT_CONNECTION PortConnection;
} ACX_JACK_DESCRIPTION, *PACX_JACK_DESCRIPTION;

typedef NTSTATUS EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE(ACXJACK Jack,
                                                      PBOOLEAN IsConnected);
typedef EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE
    *PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE;

typedef struct _ACX_JACK_CALLBACKS {
  ULONG Size;
  PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE EvtAcxJackRetrievePresenceState;
} ACX_JACK_CALLBACKS, *PACX_JACK_CALLBACKS;

FORCEINLINE VOID ACX_JACK_CALLBACKS_INIT(PACX_JACK_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_JACK_CALLBACKS));
  Callbacks->Size = sizeof(ACX_JACK_CALLBACKS);
}

typedef enum _ACX_JACK_CONFIG_FLAGS {
  AcxJackConfigNoFlags = 0x00000000,
  AcxJackConfigJackDetection = 0x00000001,
  AcxJackConfigValidFlags = 0x00000001
} ACX_JACK_CONFIG_FLAGS;

typedef struct _ACX_JACK_CONFIG {
  ULONG Size;
  ULONG Id;
  ULONG Flags;
  PACX_JACK_CALLBACKS Callbacks;
  ACX_JACK_DESCRIPTION Description;
} ACX_JACK_CONFIG, *PACX_JACK_CONFIG;

FORCEINLINE VOID ACX_JACK_CONFIG_INIT_ID(PACX_JACK_CONFIG Config, ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_JACK_CONFIG));
  Config->Size = sizeof(ACX_JACK_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_JACK_CONFIG_INIT(PACX_JACK_CONFIG cfg) {
  ACX_JACK_CONFIG_INIT_ID(cfg, AcxJackPropertiesIdDefault);
}

NTSTATUS AcxPinCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                      PACX_PIN_CONFIG Config, ACXPIN *Pin);
ACXCIRCUIT AcxPinGetCircuit(ACXPIN AcxPin);
ULONG AcxPinGetId(ACXPIN AcxPin);
ACX_PIN_TYPE AcxPinGetType(ACXPIN AcxPin);
ACXDATAFORMATLIST AcxPinGetRawDataFormatList(ACXPIN AcxPin);
NTSTATUS AcxPinAssignModeDataFormatList(ACXPIN AcxPin,
                                        const GUID *SignalProcessingMode,
                                        ACXDATAFORMATLIST DataFormatList);
NTSTATUS AcxPinRetrieveModeDataFormatList(ACXPIN AcxPin,
                                          const GUID *SignalProcessingMode,
                                          ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinRemoveModeDataFormatList(ACXPIN AcxPin,
                                        const GUID *SignalProcessingMode,
                                        ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinNotifyDataFormatChange(ACXPIN Pin);
NTSTATUS AcxPinAddEvents(ACXPIN Pin, ACXEVENT *Events, ULONG EventsCount);
NTSTATUS AcxPinAddJacks(ACXPIN Pin, ACXJACK *Jacks, ULONG jackCount);
NTSTATUS AcxPinAddStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges,
                                ULONG StreamBridgesCount);
NTSTATUS AcxPinRemoveStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges,
                                   ULONG StreamBridgesCount);
NTSTATUS AcxJackCreate(ACXPIN AcxPin, PWDF_OBJECT_ATTRIBUTES Attributes,
                       PACX_JACK_CONFIG Config, ACXJACK *Jack);
VOID AcxJackChangeStateNotification(ACXJACK Jack);
NTSTATUS AcxMicArrayGeometryCreate(ACXCIRCUIT AcxCircuit,
                                   PWDF_OBJECT_ATTRIBUTES Attributes,
                                   PACX_MICARRAYGEOMETRY_CONFIG Config,
                                   ACXMICARRAYGEOMETRY *MicArrayGeometry);
NTSTATUS AcxMicArrayGeometryAddMicrophoneCoordinates(
    ACXMICARRAYGEOMETRY MicArrayGeometry,
    PACX_MICROPHONE_COORDINATES MicrophoneCoordinates,
    ULONG MicrophoneCoordinatesCount);

/* ------------------------------------------------------------------ */
/* acxelements.h: the topology nodes of a circuit or a stream          */

typedef enum _ACX_ELEMENT_CONFIG_FLAGS {
  AcxElementConfigNoFlags = 0x00000000,
  AcxElementConfigValidFlags = 0x00000000
} ACX_ELEMENT_CONFIG_FLAGS;

typedef struct _ACX_ELEMENT_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Type;
  const GUID *Name;
  ULONG Flags;
  ULONG PropertiesCount;
  ULONG MethodsCount;
  PACX_PROPERTY_ITEM Properties;
  PACX_METHOD_ITEM Methods;
} ACX_ELEMENT_CONFIG, *PACX_ELEMENT_CONFIG;

FORCEINLINE VOID ACX_ELEMENT_CONFIG_INIT_ID(PACX_ELEMENT_CONFIG Config,
                                            ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_ELEMENT_CONFIG));
  Config->Size = sizeof(ACX_ELEMENT_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_ELEMENT_CONFIG_INIT(PACX_ELEMENT_CONFIG cfg) {
  ACX_ELEMENT_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxElementCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                          PACX_ELEMENT_CONFIG Config, ACXELEMENT *Element);
ULONG AcxElementGetId(ACXELEMENT Element);
ACXOBJECT AcxElementGetContainer(ACXELEMENT Element);
NTSTATUS AcxElementAddEvents(ACXELEMENT Element, ACXEVENT *Events,
                             ULONG EventsCount);

/* Volume (KSNODETYPE_VOLUME). Levels are in 1/65536 dB. */
typedef enum _ACX_VOLUME_CURVE_TYPE {
  AcxVolumeCurveTypeNone = 0,
  AcxVolumeCurveTypeFade
} ACX_VOLUME_CURVE_TYPE;

typedef NTSTATUS EVT_ACX_VOLUME_ASSIGN_LEVEL(ACXVOLUME Volume, ULONG Channel,
                                             LONG VolumeLevel);
typedef EVT_ACX_VOLUME_ASSIGN_LEVEL *PFN_ACX_VOLUME_ASSIGN_LEVEL;
typedef NTSTATUS EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL(
    ACXVOLUME Volume, ULONG Channel, LONG VolumeLevel,
    ACX_VOLUME_CURVE_TYPE CurveType, ULONGLONG CurveDuration);
typedef EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL
    *PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL;
typedef NTSTATUS EVT_ACX_VOLUME_RETRIEVE_LEVEL(ACXVOLUME Volume,
                                               ULONG Channel,
                                               LONG *VolumeLevel);
typedef EVT_ACX_VOLUME_RETRIEVE_LEVEL *PFN_ACX_VOLUME_RETRIEVE_LEVEL;

typedef struct _ACX_VOLUME_CALLBACKS {
  ULONG Size;
  PFN_ACX_VOLUME_ASSIGN_LEVEL EvtAcxVolumeAssignLevel;
  PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL EvtAcxRampedVolumeAssignLevel;
  PFN_ACX_VOLUME_RETRIEVE_LEVEL EvtAcxVolumeRetrieveLevel;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxVolumeProcessRequest;
} ACX_VOLUME_CALLBACKS, *PACX_VOLUME_CALLBACKS;

FORCEINLINE VOID ACX_VOLUME_CALLBACKS_INIT(PACX_VOLUME_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_VOLUME_CALLBACKS));
  Callbacks->Size = sizeof(ACX_VOLUME_CALLBACKS);
}

typedef enum _ACX_VOLUME_CONFIG_FLAGS {
  AcxVolumeConfigNoFlags = 0x00000000,
  AcxVolumeConfigValidFlags = 0x00000000
} ACX_VOLUME_CONFIG_FLAGS;

typedef struct _ACX_VOLUME_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ULONG ChannelsCount;
  LONG Maximum;
  LONG Minimum;
  ULONG SteppingDelta;
  PACX_VOLUME_CALLBACKS Callbacks;
} ACX_VOLUME_CONFIG, *PACX_VOLUME_CONFIG;

FORCEINLINE VOID ACX_VOLUME_CONFIG_INIT_ID(PACX_VOLUME_CONFIG Config,
                                           ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_VOLUME_CONFIG));
  Config->Size = sizeof(ACX_VOLUME_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_VOLUME_CONFIG_INIT(PACX_VOLUME_CONFIG cfg) {
  ACX_VOLUME_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxVolumeCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                         PACX_VOLUME_CONFIG Config, ACXVOLUME *Volume);
VOID AcxVolumeChangeLevelNotification(ACXVOLUME Volume);

/* Mute (KSNODETYPE_MUTE). */
typedef NTSTATUS EVT_ACX_MUTE_ASSIGN_STATE(ACXMUTE Mute, ULONG Channel,
                                           ULONG State);
typedef EVT_ACX_MUTE_ASSIGN_STATE *PFN_ACX_MUTE_ASSIGN_STATE;
typedef NTSTATUS EVT_ACX_MUTE_RETRIEVE_STATE(ACXMUTE Mute, ULONG Channel,
                                             ULONG *State);
typedef EVT_ACX_MUTE_RETRIEVE_STATE *PFN_ACX_MUTE_RETRIEVE_STATE;

typedef struct _ACX_MUTE_CALLBACKS {
  ULONG Size;
  PFN_ACX_MUTE_ASSIGN_STATE EvtAcxMuteAssignState;
  PFN_ACX_MUTE_RETRIEVE_STATE EvtAcxMuteRetrieveState;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxMuteProcessRequest;
} ACX_MUTE_CALLBACKS, *PACX_MUTE_CALLBACKS;

FORCEINLINE VOID ACX_MUTE_CALLBACKS_INIT(PACX_MUTE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_MUTE_CALLBACKS));
  Callbacks->Size = sizeof(ACX_MUTE_CALLBACKS);
}

typedef enum _ACX_MUTE_CONFIG_FLAGS {
  AcxMuteConfigNoFlags = 0x00000000,
  AcxMuteConfigValidFlags = 0x00000000
} ACX_MUTE_CONFIG_FLAGS;

typedef struct _ACX_MUTE_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ULONG ChannelsCount;
  PACX_MUTE_CALLBACKS Callbacks;
} ACX_MUTE_CONFIG, *PACX_MUTE_CONFIG;

FORCEINLINE VOID ACX_MUTE_CONFIG_INIT_ID(PACX_MUTE_CONFIG Config, ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_MUTE_CONFIG));
  Config->Size = sizeof(ACX_MUTE_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_MUTE_CONFIG_INIT(PACX_MUTE_CONFIG cfg) {
  ACX_MUTE_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxMuteCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                       PACX_MUTE_CONFIG Config, ACXMUTE *Mute);
VOID AcxMuteChangeStateNotification(ACXMUTE Mute);

/* Peak meter (KSNODETYPE_PEAKMETER). */
typedef NTSTATUS EVT_ACX_PEAKMETER_RETRIEVE_LEVEL(ACXPEAKMETER PeakMeter,
                                                  ULONG Channel, LONG *Level);
typedef EVT_ACX_PEAKMETER_RETRIEVE_LEVEL *PFN_ACX_PEAKMETER_RETRIEVE_LEVEL;

typedef struct _ACX_PEAKMETER_CALLBACKS {
  ULONG Size;
  PFN_ACX_PEAKMETER_RETRIEVE_LEVEL EvtAcxPeakMeterRetrieveLevel;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPeakMeterProcessRequest;
} ACX_PEAKMETER_CALLBACKS, *PACX_PEAKMETER_CALLBACKS;

FORCEINLINE VOID
ACX_PEAKMETER_CALLBACKS_INIT(PACX_PEAKMETER_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_PEAKMETER_CALLBACKS));
  Callbacks->Size = sizeof(ACX_PEAKMETER_CALLBACKS);
}

typedef enum _ACX_PEAKMETER_CONFIG_FLAGS {
  AcxPeakMeterConfigNoFlags = 0x00000000,
  AcxPeakMeterConfigValidFlags = 0x00000000
} ACX_PEAKMETER_CONFIG_FLAGS;

typedef struct _ACX_PEAKMETER_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ULONG ChannelsCount;
  LONG Maximum;
  LONG Minimum;
  ULONG SteppingDelta;
  PACX_PEAKMETER_CALLBACKS Callbacks;
} ACX_PEAKMETER_CONFIG, *PACX_PEAKMETER_CONFIG;

FORCEINLINE VOID ACX_PEAKMETER_CONFIG_INIT_ID(PACX_PEAKMETER_CONFIG Config,
                                              ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_PEAKMETER_CONFIG));
  Config->Size = sizeof(ACX_PEAKMETER_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_PEAKMETER_CONFIG_INIT(PACX_PEAKMETER_CONFIG cfg) {
  ACX_PEAKMETER_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxPeakMeterCreate(ACXOBJECT Object,
                            PWDF_OBJECT_ATTRIBUTES Attributes,
                            PACX_PEAKMETER_CONFIG Config,
                            ACXPEAKMETER *PeakMeter);

/* The hardware audio engine of an offload-capable render circuit
   (KSNODETYPE_AUDIO_ENGINE), and its per-stream part. */
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS(
    ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT Format,
    PULONG MinBufferSizeInBytes, PULONG MaxBufferSizeInBytes);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS
    *PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE(
    ACXAUDIOENGINE AudioEngine, ULONG State);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE
    *PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE(
    ACXAUDIOENGINE AudioEngine, PULONG State);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE
    *PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT(
    ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT *Format);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT
    *PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT(
    ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT Format);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT
    *PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT;

typedef struct _ACX_AUDIOENGINE_CALLBACKS {
  ULONG Size;
  PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS
      EvtAcxAudioEngineRetrieveBufferSizeLimits;
  PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxAudioEngineAssignEffectsState;
  PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE
      EvtAcxAudioEngineRetrieveEffectsState;
  PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT
      EvtAcxAudioEngineRetrieveEngineMixFormat;
  PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT
      EvtAcxAudioEngineAssignEngineDeviceFormat;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxAudioEngineProcessRequest;
} ACX_AUDIOENGINE_CALLBACKS, *PACX_AUDIOENGINE_CALLBACKS;

FORCEINLINE VOID
ACX_AUDIOENGINE_CALLBACKS_INIT(PACX_AUDIOENGINE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_AUDIOENGINE_CALLBACKS));
  Callbacks->Size = sizeof(ACX_AUDIOENGINE_CALLBACKS);
}

typedef enum _ACX_AUDIOENGINE_CONFIG_FLAGS {
  AcxAudioEngineConfigNoFlags = 0x00000000,
  AcxAudioEngineConfigValidFlags = 0x00000000
} ACX_AUDIOENGINE_CONFIG_FLAGS;

typedef struct _ACX_AUDIOENGINE_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ACXPIN HostPin;
  ACXPIN OffloadPin;
  ACXPIN LoopbackPin;
  ACXVOLUME VolumeElement;
  ACXMUTE MuteElement;
  ACXPEAKMETER PeakMeterElement;
  PACX_AUDIOENGINE_CALLBACKS Callbacks;
} ACX_AUDIOENGINE_CONFIG, *PACX_AUDIOENGINE_CONFIG;

FORCEINLINE VOID ACX_AUDIOENGINE_CONFIG_INIT_ID(PACX_AUDIOENGINE_CONFIG Config,
                                                ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_AUDIOENGINE_CONFIG));
  Config->Size = sizeof(ACX_AUDIOENGINE_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_AUDIOENGINE_CONFIG_INIT(PACX_AUDIOENGINE_CONFIG cfg) {
  ACX_AUDIOENGINE_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxAudioEngineCreate(ACXOBJECT Object,
                              PWDF_OBJECT_ATTRIBUTES Attributes,
                              PACX_AUDIOENGINE_CONFIG Config,
                              ACXAUDIOENGINE *AudioEngine);
ACXDATAFORMATLIST AcxAudioEngineGetDeviceFormatList(ACXAUDIOENGINE AudioEngine);

/* Loopback protection of a stream (the port class's
   CONSTRICTOR_OPTION). */
typedef enum _ACX_CONSTRICTOR_OPTION {
  AcxConstrictorOptionNone = 0,
  AcxConstrictorOptionMute
} ACX_CONSTRICTOR_OPTION;

typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG PositionInBlocks,
    PULONGLONG QPCPosition);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine,
    ACX_CONSTRICTOR_OPTION ConstrictorOption);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION;

typedef struct _ACX_STREAMAUDIOENGINE_CALLBACKS {
  ULONG Size;
  PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE
      EvtAcxStreamAudioEngineAssignEffectsState;
  PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE
      EvtAcxStreamAudioEngineRetrieveEffectsState;
  PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION
      EvtAcxStreamAudioEngineRetrievePresentationPosition;
  PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION
      EvtAcxStreamAudioEngineAssignCurrentWritePosition;
  PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION
      EvtAcxStreamAudioEngineRetrieveLinearBufferPosition;
  PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION
      EvtAcxStreamAudioEngineAssignLastBufferPosition;
  PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION
      EvtAcxStreamAudioEngineAssignLoopbackProtection;
  PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxStreamAudioEngineProcessRequest;
} ACX_STREAMAUDIOENGINE_CALLBACKS, *PACX_STREAMAUDIOENGINE_CALLBACKS;

FORCEINLINE VOID ACX_STREAMAUDIOENGINE_CALLBACKS_INIT(
    PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_STREAMAUDIOENGINE_CALLBACKS));
  Callbacks->Size = sizeof(ACX_STREAMAUDIOENGINE_CALLBACKS);
}

typedef enum _ACX_STREAMAUDIOENGINE_CONFIG_FLAGS {
  AcxStreamAudioEngineConfigNoFlags = 0x00000000,
  AcxStreamAudioEngineConfigValidFlags = 0x00000000
} ACX_STREAMAUDIOENGINE_CONFIG_FLAGS;

typedef struct _ACX_STREAMAUDIOENGINE_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ACXVOLUME VolumeElement;
  ACXMUTE MuteElement;
  ACXPEAKMETER PeakMeterElement;
  PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks;
} ACX_STREAMAUDIOENGINE_CONFIG, *PACX_STREAMAUDIOENGINE_CONFIG;

FORCEINLINE VOID ACX_STREAMAUDIOENGINE_CONFIG_INIT_ID(
    PACX_STREAMAUDIOENGINE_CONFIG Config, ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_STREAMAUDIOENGINE_CONFIG));
  Config->Size = sizeof(ACX_STREAMAUDIOENGINE_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID
ACX_STREAMAUDIOENGINE_CONFIG_INIT(PACX_STREAMAUDIOENGINE_CONFIG cfg) {
  ACX_STREAMAUDIOENGINE_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxStreamAudioEngineCreate(ACXSTREAM Stream,
                                    ACXAUDIOENGINE AudioEngine,
                                    PWDF_OBJECT_ATTRIBUTES Attributes,
                                    PACX_STREAMAUDIOENGINE_CONFIG Config,
                                    ACXSTREAMAUDIOENGINE *StreamAudioEngine);
ACXSTREAM
AcxStreamAudioEngineGetStream(ACXSTREAMAUDIOENGINE StreamAudioEngine);

/* Audio modules: a driver's configurable processing blocks, reached
   through KSPROPERTY_AUDIOMODULE_COMMAND. */
#define ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE 128

typedef struct _ACX_AUDIOMODULE_DESCRIPTOR {
  GUID ClassId;
  ULONG InstanceId;
  ULONG VersionMajor;
  ULONG VersionMinor;
  WCHAR Name[ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE];
} ACX_AUDIOMODULE_DESCRIPTOR, *PACX_AUDIOMODULE_DESCRIPTOR;

typedef NTSTATUS EVT_ACX_AUDIOMODULE_PROCESSCOMMAND(ACXAUDIOMODULE AudioModule,
                                                    PVOID InBuffer,
                                                    ULONG InBufferCb,
                                                    PVOID OutBuffer,
                                                    PULONG OutBufferCb);
typedef EVT_ACX_AUDIOMODULE_PROCESSCOMMAND
    *PFN_ACX_AUDIOMODULE_PROCESSCOMMAND;

typedef struct _ACX_AUDIOMODULE_CALLBACKS {
  ULONG Size;
  PFN_ACX_AUDIOMODULE_PROCESSCOMMAND EvtAcxAudioModuleProcessCommand;
} ACX_AUDIOMODULE_CALLBACKS, *PACX_AUDIOMODULE_CALLBACKS;

FORCEINLINE VOID
ACX_AUDIOMODULE_CALLBACKS_INIT(PACX_AUDIOMODULE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_AUDIOMODULE_CALLBACKS));
  Callbacks->Size = sizeof(ACX_AUDIOMODULE_CALLBACKS);
}

typedef enum _ACX_AUDIOMODULE_CONFIG_FLAGS {
  AcxAudioModuleConfigNoFlags = 0x00000000,
  AcxAudioModuleConfigValidFlags = 0x00000000
} ACX_AUDIOMODULE_CONFIG_FLAGS;

typedef struct _ACX_AUDIOMODULE_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  ACX_AUDIOMODULE_DESCRIPTOR Descriptor;
  PACX_AUDIOMODULE_CALLBACKS Callbacks;
} ACX_AUDIOMODULE_CONFIG, *PACX_AUDIOMODULE_CONFIG;

FORCEINLINE VOID ACX_AUDIOMODULE_CONFIG_INIT_ID(PACX_AUDIOMODULE_CONFIG Config,
                                                ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_AUDIOMODULE_CONFIG));
  Config->Size = sizeof(ACX_AUDIOMODULE_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_AUDIOMODULE_CONFIG_INIT(PACX_AUDIOMODULE_CONFIG cfg) {
  ACX_AUDIOMODULE_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxAudioModuleCreate(ACXOBJECT Object,
                              PWDF_OBJECT_ATTRIBUTES Attributes,
                              PACX_AUDIOMODULE_CONFIG Config,
                              ACXAUDIOMODULE *AudioModule);

/* Keyword spotters (KSNODETYPE_AUDIO_KEYWORDDETECTOR). */
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM(
    ACXKEYWORDSPOTTER KeywordSpotter, GUID EventId, PBOOLEAN Arm);
typedef EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM
    *PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM(
    ACXKEYWORDSPOTTER KeywordSpotter, GUID EventId, BOOLEAN Arm);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM *PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS(
    ACXKEYWORDSPOTTER KeywordSpotter, GUID EventId, PVOID Pattern,
    ULONG PatternSize);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS
    *PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET(
    ACXKEYWORDSPOTTER KeywordSpotter, GUID EventId);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET
    *PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET;

typedef struct _ACX_KEYWORDSPOTTER_CALLBACKS {
  ULONG Size;
  PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM EvtAcxKeywordSpotterRetrieveArm;
  PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM EvtAcxKeywordSpotterAssignArm;
  PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS EvtAcxKeywordSpotterAssignPatterns;
  PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET EvtAcxKeywordSpotterAssignReset;
} ACX_KEYWORDSPOTTER_CALLBACKS, *PACX_KEYWORDSPOTTER_CALLBACKS;

FORCEINLINE VOID
ACX_KEYWORDSPOTTER_CALLBACKS_INIT(PACX_KEYWORDSPOTTER_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(ACX_KEYWORDSPOTTER_CALLBACKS));
  Callbacks->Size = sizeof(ACX_KEYWORDSPOTTER_CALLBACKS);
}

typedef enum _ACX_KEYWORDSPOTTER_CONFIG_FLAGS {
  AcxKeywordSpotterConfigNoFlags = 0x00000000,
  AcxKeywordSpotterConfigValidFlags = 0x00000000
} ACX_KEYWORDSPOTTER_CONFIG_FLAGS;

typedef struct _ACX_KEYWORDSPOTTER_CONFIG {
  ULONG Size;
  ULONG Id;
  const GUID *Name;
  ULONG Flags;
  const GUID *Pattern;
  PACX_KEYWORDSPOTTER_CALLBACKS Callbacks;
} ACX_KEYWORDSPOTTER_CONFIG, *PACX_KEYWORDSPOTTER_CONFIG;

FORCEINLINE VOID
ACX_KEYWORDSPOTTER_CONFIG_INIT_ID(PACX_KEYWORDSPOTTER_CONFIG Config, ULONG Id) {
  RtlZeroMemory(Config, sizeof(ACX_KEYWORDSPOTTER_CONFIG));
  Config->Size = sizeof(ACX_KEYWORDSPOTTER_CONFIG);
  Config->Id = Id;
}
FORCEINLINE VOID ACX_KEYWORDSPOTTER_CONFIG_INIT(PACX_KEYWORDSPOTTER_CONFIG cfg) {
  ACX_KEYWORDSPOTTER_CONFIG_INIT_ID(cfg, AcxElementIdDefault);
}

NTSTATUS AcxKeywordSpotterCreate(ACXOBJECT Object,
                                 PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACX_KEYWORDSPOTTER_CONFIG Config,
                                 ACXKEYWORDSPOTTER *KeywordSpotter);

/* ------------------------------------------------------------------ */
/* acxtargets.h: another driver's circuit, pin, element or stream, as  */
/* seen through a WDF I/O target.                                      */

typedef enum _ACX_TARGET_CIRCUIT_CONFIG_FLAGS {
  AcxTargetCircuitConfigNoFlags = 0x00000000,
  AcxTargetCircuitConfigLazyDataLoad = 0x00000001,
  AcxTargetCircuitConfigValidFlags = 0x00000001
} ACX_TARGET_CIRCUIT_CONFIG_FLAGS;

typedef struct _ACX_TARGET_CIRCUIT_CONFIG {
  ULONG Size;
  ULONG Flags;
  WDFSTRING SymbolicLinkName;
} ACX_TARGET_CIRCUIT_CONFIG, *PACX_TARGET_CIRCUIT_CONFIG;

FORCEINLINE VOID
ACX_TARGET_CIRCUIT_CONFIG_INIT(PACX_TARGET_CIRCUIT_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_TARGET_CIRCUIT_CONFIG));
  Config->Size = sizeof(ACX_TARGET_CIRCUIT_CONFIG);
}

typedef enum _ACX_TARGET_FACTORY_CIRCUIT_CONFIG_FLAGS {
  AcxTargetFactoryCircuitConfigNoFlags = 0x00000000,
  AcxTargetFactoryCircuitConfigValidFlags = 0x00000000
} ACX_TARGET_FACTORY_CIRCUIT_CONFIG_FLAGS;

typedef struct _ACX_TARGET_FACTORY_CIRCUIT_CONFIG {
  ULONG Size;
  ULONG Flags;
  WDFIOTARGET IoTarget;
  WDFSTRING SymbolicLinkName;
} ACX_TARGET_FACTORY_CIRCUIT_CONFIG, *PACX_TARGET_FACTORY_CIRCUIT_CONFIG;

FORCEINLINE VOID ACX_TARGET_FACTORY_CIRCUIT_CONFIG_INIT(
    PACX_TARGET_FACTORY_CIRCUIT_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_TARGET_FACTORY_CIRCUIT_CONFIG));
  Config->Size = sizeof(ACX_TARGET_FACTORY_CIRCUIT_CONFIG);
}

typedef enum _ACX_TARGET_STREAM_CONFIG_FLAGS {
  AcxTargetStreamConfigNoFlags = 0x00000000,
  AcxTargetStreamConfigValidFlags = 0x00000000
} ACX_TARGET_STREAM_CONFIG_FLAGS;

typedef struct _ACX_TARGET_STREAM_CONFIG {
  ULONG Size;
  ULONG Flags;
  ACXTARGETCIRCUIT TargetCircuit;
  ULONG PinId;
  ACXDATAFORMAT DataFormat;
  GUID SignalProcessingMode;
  ACXOBJECTBAG OptionalParameters;
} ACX_TARGET_STREAM_CONFIG, *PACX_TARGET_STREAM_CONFIG;

FORCEINLINE VOID
ACX_TARGET_STREAM_CONFIG_INIT(PACX_TARGET_STREAM_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_TARGET_STREAM_CONFIG));
  Config->Size = sizeof(ACX_TARGET_STREAM_CONFIG);
}

NTSTATUS AcxTargetCircuitCreate(WDFDEVICE Device,
                                PWDF_OBJECT_ATTRIBUTES Attributes,
                                PACX_TARGET_CIRCUIT_CONFIG Config,
                                ACXTARGETCIRCUIT *TargetCircuit);
WDFIOTARGET AcxTargetCircuitGetWdfIoTarget(ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetPinsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETPIN AcxTargetCircuitGetTargetPin(ACXTARGETCIRCUIT TargetCircuit,
                                          ULONG PinIndex);
ULONG AcxTargetCircuitGetElementsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETELEMENT
AcxTargetCircuitGetTargetElement(ACXTARGETCIRCUIT TargetCircuit,
                                 ULONG ElementIndex);
NTSTATUS AcxTargetCircuitFormatRequestForProperty(
    ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request,
    PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetCircuitFormatRequestForMethod(ACXTARGETCIRCUIT TargetCircuit,
                                                WDFREQUEST Request,
                                                PACX_REQUEST_PARAMETERS Params);

ULONG AcxTargetPinGetId(ACXTARGETPIN TargetPin);
WDFIOTARGET AcxTargetPinGetWdfIoTarget(ACXTARGETPIN TargetPin);
NTSTATUS AcxTargetPinRetrieveModeDataFormatList(
    ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode,
    ACXDATAFORMATLIST *DataFormatList);
VOID AcxTargetPinFlushModeDataFormatListCache(
    ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode);
NTSTATUS AcxTargetPinFormatRequestForProperty(ACXTARGETPIN TargetPin,
                                              WDFREQUEST Request,
                                              PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetPinFormatRequestForMethod(ACXTARGETPIN TargetPin,
                                            WDFREQUEST Request,
                                            PACX_REQUEST_PARAMETERS Params);

ULONG AcxTargetElementGetId(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetType(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetNameTag(ACXTARGETELEMENT TargetElement);
WDFIOTARGET AcxTargetElementGetWdfIoTarget(ACXTARGETELEMENT TargetElement);
NTSTATUS AcxTargetElementFormatRequestForProperty(
    ACXTARGETELEMENT TargetElement, WDFREQUEST Request,
    PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetElementFormatRequestForMethod(ACXTARGETELEMENT TargetElement,
                                                WDFREQUEST Request,
                                                PACX_REQUEST_PARAMETERS Params);

NTSTATUS AcxTargetFactoryCircuitCreate(
    WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
    PACX_TARGET_FACTORY_CIRCUIT_CONFIG Config,
    ACXTARGETFACTORYCIRCUIT *TargetFactoryCircuit);
WDFIOTARGET AcxTargetFactoryCircuitGetWdfIoTarget(
    ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit);
NTSTATUS AcxTargetFactoryCircuitFormatRequestForProperty(
    ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit, WDFREQUEST Request,
    PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetFactoryCircuitFormatRequestForMethod(
    ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit, WDFREQUEST Request,
    PACX_REQUEST_PARAMETERS Params);

NTSTATUS AcxTargetStreamCreate(WDFDEVICE Device,
                               PWDF_OBJECT_ATTRIBUTES Attributes,
                               PACX_TARGET_STREAM_CONFIG Config,
                               ACXTARGETSTREAM *TargetStream);
WDFIOTARGET AcxTargetStreamGetWdfIoTarget(ACXTARGETSTREAM TargetStream);
ULONG AcxTargetStreamGetElementsCount(ACXTARGETSTREAM TargetStream);
ACXTARGETELEMENT AcxTargetStreamGetTargetElement(ACXTARGETSTREAM TargetStream,
                                                 ULONG ElementIndex);
NTSTATUS AcxTargetStreamAssignDrmContentId(ACXTARGETSTREAM TargetStream,
                                           ULONG ContentId,
                                           PACXDRMRIGHTS DrmRights);
NTSTATUS AcxTargetStreamFormatRequestForProperty(ACXTARGETSTREAM TargetStream,
                                                 WDFREQUEST Request,
                                                 PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetStreamFormatRequestForMethod(ACXTARGETSTREAM TargetStream,
                                               WDFREQUEST Request,
                                               PACX_REQUEST_PARAMETERS Params);

/* ------------------------------------------------------------------ */
/* acxmanager.h: the composite manager, which joins circuits of        */
/* several drivers into one endpoint.                                  */

typedef enum _ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS {
  AcxCircuitTemplateConfigNoFlags = 0x00000000,
  AcxCircuitTemplateCircuitOnDemand = 0x00000001,
  AcxCircuitTemplateConfigValidFlags = 0x00000001
} ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS;

typedef struct _ACX_CIRCUIT_TEMPLATE_CONFIG {
  ULONG Size;
  ULONG Flags;
  const GUID *ContainerId;
  ACXOBJECTBAG FactoryProperties;
  const GUID *FactoryId;
  PCUNICODE_STRING FactoryUri;
  PCUNICODE_STRING FactoryName;
  ACXOBJECTBAG CircuitProperties;
  const GUID *CircuitId;
  PCUNICODE_STRING CircuitUri;
  PCUNICODE_STRING CircuitName;
} ACX_CIRCUIT_TEMPLATE_CONFIG, *PACX_CIRCUIT_TEMPLATE_CONFIG;

FORCEINLINE VOID
ACX_CIRCUIT_TEMPLATE_CONFIG_INIT(PACX_CIRCUIT_TEMPLATE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_CIRCUIT_TEMPLATE_CONFIG));
  Config->Size = sizeof(ACX_CIRCUIT_TEMPLATE_CONFIG);
}

typedef enum _ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS {
  AcxCompositeTemplateConfigNoFlags = 0x00000000,
  AcxCompositeTemplateConfigPrivate = 0x00000001,
  AcxCompositeTemplateConfigSingleton = 0x00000002,
  AcxCompositeTemplateConfigValidFlags = 0x00000003
} ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS;

typedef struct _ACX_COMPOSITE_TEMPLATE_CONFIG {
  ULONG Size;
  ULONG Flags;
  ACXOBJECTBAG Properties;
} ACX_COMPOSITE_TEMPLATE_CONFIG, *PACX_COMPOSITE_TEMPLATE_CONFIG;

FORCEINLINE VOID
ACX_COMPOSITE_TEMPLATE_CONFIG_INIT(PACX_COMPOSITE_TEMPLATE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(ACX_COMPOSITE_TEMPLATE_CONFIG));
  Config->Size = sizeof(ACX_COMPOSITE_TEMPLATE_CONFIG);
}

ACXMANAGER AcxGetManager(PVOID Context);
NTSTATUS AcxCircuitTemplateCreate(WDFDRIVER Driver,
                                  PWDF_OBJECT_ATTRIBUTES Attributes,
                                  PACX_CIRCUIT_TEMPLATE_CONFIG Config,
                                  ACXCIRCUITTEMPLATE *Template);
NTSTATUS AcxCompositeTemplateCreate(WDFDRIVER Driver,
                                    PWDF_OBJECT_ATTRIBUTES Attributes,
                                    PACX_COMPOSITE_TEMPLATE_CONFIG Config,
                                    ACXCOMPOSITETEMPLATE *Template);
NTSTATUS AcxCompositeTemplateAssignCircuits(
    ACXCOMPOSITETEMPLATE CompositeTemplate,
    ACXCIRCUITTEMPLATE *CircuitTemplates, ULONG CircuitTemplatesCount);
VOID AcxCompositeTemplateSetCoreCircuit(ACXCOMPOSITETEMPLATE CompositeTemplate,
                                        ACXCIRCUITTEMPLATE CircuitTemplates);
NTSTATUS AcxManagerAddCompositeTemplate(ACXMANAGER Manager,
                                        ACXCOMPOSITETEMPLATE Template);
NTSTATUS AcxManagerRemoveCompositeTemplate(ACXMANAGER Manager,
                                           ACXCOMPOSITETEMPLATE Template);

#ifdef __cplusplus
}
#endif

#endif /* _ACX_H_ */
