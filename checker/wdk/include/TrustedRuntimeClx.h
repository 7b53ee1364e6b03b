/* wskcheck WDK profile: TrustedRuntimeClx.h, the trusted execution
 * environment (TrEE) class extension a KMDF miniport for a secure
 * environment programs against: handing its master device and its secure
 * service devices to the class extension, the callbacks of both, the
 * description of each secure service it enumerates, and the class
 * extension's services (logging, calling an OS service, completing an
 * asynchronous request), written from the TrEE documentation. The service
 * requests themselves are trustedrt.h's. A whole header mingw-w64 does not
 * have.
 *
 * The documentation names the structures' members without their types and
 * the flags without their values: the types here are the ones the members'
 * use implies, and the flags are distinct stand-ins. The WDK reaches the
 * class extension's routines through a function table (TRFUNCENUM); here
 * they are declarations, so the analysis sees calls of the documented
 * routines.
 */
#ifndef _TRUSTEDRUNTIMECLX_H_
#define _TRUSTEDRUNTIMECLX_H_

#include <trustedrt.h>
#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Stand-ins: documented without their values. */
#define TR_DEVICE_SERIALIZE_ALL_REQUESTS 0x00000001
#define TR_DEVICE_STACK_RESERVE_8K 0x00000002
#define TR_SERVICE_REQUEST_FROM_USERMODE 0x00000001
#define TR_SECURE_SERVICE_EXTENSION_VERSION 1

/* ------------------------------------------------------------------ */
/* Secure service descriptions                                         */

typedef enum _TR_SECURE_DEPENDENCY_TYPE {
  TRSecureOSDependency,
  TRSecureResourceDependency
} TR_SECURE_DEPENDENCY_TYPE;

typedef struct _TR_SECURE_DEPENDENCY_V1 {
  TR_SECURE_DEPENDENCY_TYPE Type;
  ULONG MaxRequired;
  GUID Id;
} TR_SECURE_DEPENDENCY_V1, *PTR_SECURE_DEPENDENCY_V1;

typedef struct _TR_SECURE_SERVICE_EXTENSION_V1 {
  ULONG ExtensionVersion;
  ULONG SecurityDescriptorStringOffset;
} TR_SECURE_SERVICE_EXTENSION_V1, *PTR_SECURE_SERVICE_EXTENSION_V1;

typedef struct _TR_SECURE_SERVICE_V1 {
  ULONG DescriptionSize;
  GUID ServiceGuid;
  ULONG MajorVersion;
  ULONG MinorVersion;
  ULONG ExtensionOffset;
  ULONG CountDependencies;
  TR_SECURE_DEPENDENCY_V1 Dependencies[ANYSIZE_ARRAY];
} TR_SECURE_SERVICE_V1, *PTR_SECURE_SERVICE_V1;

typedef TR_SECURE_DEPENDENCY_V1 TR_SECURE_DEPENDENCY, *PTR_SECURE_DEPENDENCY;
typedef TR_SECURE_SERVICE_EXTENSION_V1 TR_SECURE_SERVICE_EXTENSION,
    *PTR_SECURE_SERVICE_EXTENSION;
typedef TR_SECURE_SERVICE_V1 TR_SECURE_SERVICE, *PTR_SECURE_SERVICE;

/* ------------------------------------------------------------------ */
/* Callbacks of a secure service device                                */

typedef NTSTATUS EVT_TR_CREATE_SECURE_SERVICE_CONTEXT(WDFDEVICE MasterDevice,
                                                      LPCGUID ServiceGuid,
                                                      WDFDEVICE ServiceDevice);
typedef EVT_TR_CREATE_SECURE_SERVICE_CONTEXT
    *PFN_TR_CREATE_SECURE_SERVICE_CONTEXT;
typedef NTSTATUS EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT(WDFDEVICE ServiceDevice);
typedef EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT
    *PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT;
typedef NTSTATUS EVT_TR_CONNECT_SECURE_SERVICE(WDFDEVICE ServiceDevice);
typedef EVT_TR_CONNECT_SECURE_SERVICE *PFN_TR_CONNECT_SECURE_SERVICE;
typedef NTSTATUS EVT_TR_DISCONNECT_SECURE_SERVICE(WDFDEVICE ServiceDevice);
typedef EVT_TR_DISCONNECT_SECURE_SERVICE *PFN_TR_DISCONNECT_SECURE_SERVICE;
typedef NTSTATUS
EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT(WDFDEVICE ServiceDevice,
                                             WDFOBJECT *SessionContextObject);
typedef EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT
    *PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT;
typedef NTSTATUS
EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT(WDFDEVICE ServiceDevice,
                                              WDFOBJECT *SessionContextObject);
typedef EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT
    *PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT;
typedef NTSTATUS EVT_TR_PROCESS_SECURE_SERVICE_REQUEST(
    WDFDEVICE ServiceDevice, WDFOBJECT SessionContext, PVOID RequestHandle,
    KPRIORITY Priority, PTR_SERVICE_REQUEST Request, ULONG Flags,
    PULONG_PTR BytesWritten, PVOID *RequestContext);
typedef EVT_TR_PROCESS_SECURE_SERVICE_REQUEST
    *PFN_TR_PROCESS_SECURE_SERVICE_REQUEST;
typedef VOID EVT_TR_CANCEL_SECURE_SERVICE_REQUEST(WDFDEVICE ServiceDevice,
                                                  WDFOBJECT SessionContext,
                                                  PVOID RequestHandle,
                                                  PVOID *RequestContext);
typedef EVT_TR_CANCEL_SECURE_SERVICE_REQUEST
    *PFN_TR_CANCEL_SECURE_SERVICE_REQUEST;
typedef VOID EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO(WDFDEVICE ServiceDevice,
                                                    WDFOBJECT SessionContext,
                                                    WDFREQUEST Request);
typedef EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO
    *PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO;

typedef struct _TR_SECURE_SERVICE_CALLBACKS_V1 {
  ULONG Flags;
  PFN_TR_CREATE_SECURE_SERVICE_CONTEXT EvtTrCreateSecureServiceContext;
  PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT EvtTrDestroySecureServiceContext;
  PFN_TR_CONNECT_SECURE_SERVICE EvtTrConnectSecureService;
  PFN_TR_DISCONNECT_SECURE_SERVICE EvtTrDisconnectSecureService;
  PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT
  EvtTrCreateSecureSessionContext;
  PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT
  EvtTrDestroySecureSessionContext;
  PFN_TR_PROCESS_SECURE_SERVICE_REQUEST EvtTrProcessSecureServiceRequest;
  PFN_TR_CANCEL_SECURE_SERVICE_REQUEST EvtTrCancelSecureServiceRequest;
  PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO EvtTrProcessOtherSecureServiceIo;
} TR_SECURE_SERVICE_CALLBACKS_V1, *PTR_SECURE_SERVICE_CALLBACKS_V1;

typedef TR_SECURE_SERVICE_CALLBACKS_V1 TR_SECURE_SERVICE_CALLBACKS,
    *PTR_SECURE_SERVICE_CALLBACKS;

/* ------------------------------------------------------------------ */
/* Callbacks of the master device                                      */

typedef NTSTATUS EVT_TR_CREATE_SECURE_DEVICE_CONTEXT(WDFDEVICE MasterDevice);
typedef EVT_TR_CREATE_SECURE_DEVICE_CONTEXT
    *PFN_TR_CREATE_SECURE_DEVICE_CONTEXT;
typedef NTSTATUS EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT(WDFDEVICE MasterDevice);
typedef EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT
    *PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT;
typedef NTSTATUS
EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT(WDFDEVICE MasterDevice,
                                           WDFCMRESLIST RawResources,
                                           WDFCMRESLIST TranslatedResources);
typedef EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT
    *PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT;
typedef NTSTATUS
EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT(WDFDEVICE MasterDevice,
                                           WDFCMRESLIST TranslatedResources);
typedef EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT
    *PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT;
typedef NTSTATUS EVT_TR_CONNECT_SECURE_ENVIRONMENT(WDFDEVICE MasterDevice);
typedef EVT_TR_CONNECT_SECURE_ENVIRONMENT *PFN_TR_CONNECT_SECURE_ENVIRONMENT;
typedef NTSTATUS EVT_TR_DISCONNECT_SECURE_ENVIRONMENT(WDFDEVICE MasterDevice);
typedef EVT_TR_DISCONNECT_SECURE_ENVIRONMENT
    *PFN_TR_DISCONNECT_SECURE_ENVIRONMENT;
typedef NTSTATUS
EVT_TR_ENUMERATE_SECURE_SERVICES(WDFDEVICE MasterDevice, ULONG Index,
                                 PUCHAR SecureServiceDescription,
                                 ULONG *DescriptionSize);
typedef EVT_TR_ENUMERATE_SECURE_SERVICES *PFN_TR_ENUMERATE_SECURE_SERVICES;
typedef VOID EVT_TR_PROCESS_OTHER_DEVICE_IO(WDFDEVICE MasterDevice,
                                            WDFREQUEST Request);
typedef EVT_TR_PROCESS_OTHER_DEVICE_IO *PFN_TR_PROCESS_OTHER_DEVICE_IO;
typedef PTR_SECURE_SERVICE_CALLBACKS
EVT_TR_QUERY_SERVICE_CALLBACKS(WDFDEVICE MasterDevice, LPGUID ServiceGuid);
typedef EVT_TR_QUERY_SERVICE_CALLBACKS *PFN_TR_QUERY_SERVICE_CALLBACKS;

typedef struct _TR_SECURE_DEVICE_CALLBACKS_V1 {
  ULONG Flags;
  PFN_TR_CREATE_SECURE_DEVICE_CONTEXT EvtTrCreateSecureDeviceContext;
  PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT EvtTrDestroySecureDeviceContext;
  PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT
  EvtTrPrepareHardwareSecureEnvironment;
  PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT
  EvtTrReleaseHardwareSecureEnvironment;
  PFN_TR_CONNECT_SECURE_ENVIRONMENT EvtTrConnectSecureEnvironment;
  PFN_TR_DISCONNECT_SECURE_ENVIRONMENT EvtTrDisconnectSecureEnvironment;
  PFN_TR_ENUMERATE_SECURE_SERVICES EvtTrEnumerateSecureServices;
  PFN_TR_PROCESS_OTHER_DEVICE_IO EvtTrProcessOtherDeviceIo;
  PFN_TR_QUERY_SERVICE_CALLBACKS EvtTrQueryServiceCallbacks;
} TR_SECURE_DEVICE_CALLBACKS_V1, *PTR_SECURE_DEVICE_CALLBACKS_V1;

typedef TR_SECURE_DEVICE_CALLBACKS_V1 TR_SECURE_DEVICE_CALLBACKS,
    *PTR_SECURE_DEVICE_CALLBACKS;

/* ------------------------------------------------------------------ */
/* The class extension's routines                                      */

typedef enum _TRFUNCENUM {
  TrSecureDeviceHandoffMasterDeviceControlTableIndex,
  TrSecureDeviceHandoffServiceDeviceControlTableIndex,
  TrSecureDeviceLogMessageTableIndex,
  TrSecureDeviceQueryOSServiceTableIndex,
  TrSecureDeviceCallOSServiceTableIndex,
  TrSecureDeviceCompleteAsyncRequestTableIndex,
  TrFunctionTableNumEntries
} TRFUNCENUM;

NTSTATUS
TrSecureDeviceHandoffMasterDeviceControl(PWDFDEVICE_INIT DeviceInit,
                                         PTR_SECURE_DEVICE_CALLBACKS Callbacks,
                                         WDFDEVICE *MasterDevice);
NTSTATUS TrSecureDeviceHandoffServiceDeviceControl(
    PWDFDEVICE_INIT DeviceInit, LPGUID ServiceGuid,
    PTR_SECURE_SERVICE_CALLBACKS Callbacks, WDFDEVICE *ServiceDevice);
NTSTATUS TrSecureDeviceLogMessage(WDFDEVICE Device, ULONG Severity,
                                  PCSTR Message, ...);
NTSTATUS TrSecureDeviceQueryOSService(WDFDEVICE Device, LPCGUID OSServiceGuid,
                                      PTR_SERVICE_INFORMATION Information);
NTSTATUS TrSecureDeviceCallOSService(WDFDEVICE Device, LPCGUID OSServiceGuid,
                                     PTR_SERVICE_REQUEST CallData,
                                     ULONG_PTR *BytesWritten);
NTSTATUS TrSecureDeviceCompleteAsyncRequest(PVOID RequestHandle,
                                            NTSTATUS Result,
                                            ULONG_PTR BytesWritten);

#ifdef __cplusplus
}
#endif

#endif /* _TRUSTEDRUNTIMECLX_H_ */
