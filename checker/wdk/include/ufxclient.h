/* wskcheck WDK profile: ufxclient.h, the USB function class extension
 * (UFX) a function controller's KMDF client driver programs against: the
 * UFX device and endpoint objects, the client's event callbacks and the
 * notifications it sends UFX, written from the UFX documentation. A whole
 * header mingw-w64 does not have.
 *
 * The WDK reaches the class extension's routines through a function table
 * and implements the *_INIT helpers inline; here the routines are plain
 * declarations, so the analysis sees calls of the documented routines.
 * Object handles are distinct pointer types, as WDF handles are.
 */
#ifndef _UFXCLIENT_H_
#define _UFXCLIENT_H_

/* The framework (and the kernel headers) first: drivers include
   ufxclient.h before anything else. */
#include <wdf.h>

#include <ufxbase.h>
#include <ufxproprietarycharger.h>
#include <usbfnioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct UFXDEVICE__ *UFXDEVICE;
typedef struct UFXENDPOINT__ *UFXENDPOINT;

/* The opaque endpoint initialisation UFX passes to the endpoint-add
   callbacks. */
typedef struct UFXENDPOINT_INIT *PUFXENDPOINT_INIT;

/* --- The client's device event callbacks --- */
typedef VOID EVT_UFX_DEVICE_HOST_CONNECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_CONNECT *PFN_UFX_DEVICE_HOST_CONNECT;
typedef VOID EVT_UFX_DEVICE_HOST_DISCONNECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_DISCONNECT *PFN_UFX_DEVICE_HOST_DISCONNECT;
typedef VOID EVT_UFX_DEVICE_ADDRESSED(UFXDEVICE UfxDevice,
                                      USHORT DeviceAddress);
typedef EVT_UFX_DEVICE_ADDRESSED *PFN_UFX_DEVICE_ADDRESSED;
typedef NTSTATUS
EVT_UFX_DEVICE_ENDPOINT_ADD(UFXDEVICE UfxDevice,
                            const PUSB_ENDPOINT_DESCRIPTOR EndpointDescriptor,
                            PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_ENDPOINT_ADD *PFN_UFX_DEVICE_ENDPOINT_ADD;
typedef VOID
EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD(UFXDEVICE UfxDevice, USHORT MaxPacketSize,
                                    PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD
    *PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD;
typedef VOID EVT_UFX_DEVICE_USB_STATE_CHANGE(UFXDEVICE UfxDevice,
                                             USBFN_DEVICE_STATE NewState);
typedef EVT_UFX_DEVICE_USB_STATE_CHANGE *PFN_UFX_DEVICE_USB_STATE_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_CHANGE(UFXDEVICE UfxDevice,
                                        USBFN_PORT_TYPE NewPort);
typedef EVT_UFX_DEVICE_PORT_CHANGE *PFN_UFX_DEVICE_PORT_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_DETECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PORT_DETECT *PFN_UFX_DEVICE_PORT_DETECT;
typedef VOID EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL
    *PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL;
typedef VOID EVT_UFX_DEVICE_CONTROLLER_RESET(
    UFXDEVICE UfxDevice, PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
typedef EVT_UFX_DEVICE_CONTROLLER_RESET *PFN_UFX_DEVICE_CONTROLLER_RESET;
typedef VOID EVT_UFX_DEVICE_TEST_MODE_SET(UFXDEVICE UfxDevice, ULONG TestMode);
typedef EVT_UFX_DEVICE_TEST_MODE_SET *PFN_UFX_DEVICE_TEST_MODE_SET;
/* Reserved: clients set it to NULL. */
typedef NTSTATUS EVT_UFX_DEVICE_TESTHOOK(UFXDEVICE UfxDevice, ULONG Command,
                                         PVOID InputBuffer, PVOID OutputBuffer,
                                         ULONG BufferLength);
typedef EVT_UFX_DEVICE_TESTHOOK *PFN_UFX_DEVICE_TESTHOOK;
typedef VOID EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE(UFXDEVICE UfxDevice,
                                                      USHORT Feature,
                                                      BOOLEAN Set);
typedef EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE
    *PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE;
typedef VOID EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT
    *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT;
typedef NTSTATUS
EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY(UFXDEVICE UfxDevice,
                                                WDFREQUEST Request);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY
    *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY;
typedef VOID EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET
    *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET;

typedef struct _UFX_DEVICE_CALLBACKS {
  ULONG Size;
  PFN_UFX_DEVICE_HOST_CONNECT EvtDeviceHostConnect;
  PFN_UFX_DEVICE_HOST_DISCONNECT EvtDeviceHostDisconnect;
  PFN_UFX_DEVICE_ADDRESSED EvtDeviceAddressed;
  PFN_UFX_DEVICE_ENDPOINT_ADD EvtDeviceEndpointAdd;
  PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD EvtDeviceDefaultEndpointAdd;
  PFN_UFX_DEVICE_USB_STATE_CHANGE EvtDeviceUsbStateChange;
  PFN_UFX_DEVICE_PORT_CHANGE EvtDevicePortChange;
  PFN_UFX_DEVICE_PORT_DETECT EvtDevicePortDetect;
  PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL EvtDeviceRemoteWakeupSignal;
  PFN_UFX_DEVICE_CONTROLLER_RESET EvtDeviceControllerReset;
  PFN_UFX_DEVICE_TEST_MODE_SET EvtDeviceTestModeSet;
  PFN_UFX_DEVICE_TESTHOOK EvtDeviceTestHook;
  PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE EvtDeviceSuperSpeedPowerFeature;
  PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT EvtDeviceProprietaryChargerDetect;
  PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY
  EvtDeviceProprietaryChargerSetProperty;
  PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET EvtDeviceProprietaryChargerReset;
} UFX_DEVICE_CALLBACKS, *PUFX_DEVICE_CALLBACKS;

/* Endpoint callbacks: the documented structure carries only its size. */
typedef struct _UFX_ENDPOINT_CALLBACKS {
  ULONG Size;
} UFX_ENDPOINT_CALLBACKS, *PUFX_ENDPOINT_CALLBACKS;

FORCEINLINE VOID UFX_DEVICE_CALLBACKS_INIT(PUFX_DEVICE_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(UFX_DEVICE_CALLBACKS));
  Callbacks->Size = sizeof(UFX_DEVICE_CALLBACKS);
}

FORCEINLINE VOID
UFX_DEVICE_CAPABILITIES_INIT(PUFX_DEVICE_CAPABILITIES Capabilities) {
  RtlZeroMemory(Capabilities, sizeof(UFX_DEVICE_CAPABILITIES));
  Capabilities->Size = sizeof(UFX_DEVICE_CAPABILITIES);
}

FORCEINLINE VOID
UFX_ENDPOINT_CALLBACKS_INIT(PUFX_ENDPOINT_CALLBACKS Callbacks) {
  RtlZeroMemory(Callbacks, sizeof(UFX_ENDPOINT_CALLBACKS));
  Callbacks->Size = sizeof(UFX_ENDPOINT_CALLBACKS);
}

/* --- Routines --- */
NTSTATUS UfxFdoInit(WDFDRIVER WdfDriver, PWDFDEVICE_INIT DeviceInit,
                    PWDF_OBJECT_ATTRIBUTES FdoAttributes);
NTSTATUS UfxDeviceCreate(WDFDEVICE WdfDevice, PUFX_DEVICE_CALLBACKS Callbacks,
                         PUFX_DEVICE_CAPABILITIES Capabilities,
                         PWDF_OBJECT_ATTRIBUTES Attributes,
                         UFXDEVICE *UfxDevice);
VOID UfxDeviceEventComplete(UFXDEVICE UfxDevice, NTSTATUS Status);
VOID UfxDeviceNotifyHardwareReady(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyAttach(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyDetach(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifySuspend(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyResume(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyReset(UFXDEVICE UfxDevice, USB_DEVICE_SPEED DeviceSpeed);
VOID UfxDeviceNotifyFinalExit(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyHardwareFailure(
    UFXDEVICE UfxDevice, PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
VOID UfxDevicePortDetectComplete(UFXDEVICE UfxDevice, USBFN_PORT_TYPE PortType);
VOID UfxDevicePortDetectCompleteEx(UFXDEVICE UfxDevice,
                                   USBFN_PORT_TYPE PortType,
                                   USBFN_ACTION Action);
VOID UfxDeviceProprietaryChargerDetectComplete(
    UFXDEVICE UfxDevice, PUFX_PROPRIETARY_CHARGER DetectedCharger);
BOOLEAN UfxDeviceIoControl(UFXDEVICE UfxDevice, WDFREQUEST Request,
                           size_t OutputBufferLength, size_t InputBufferLength,
                           ULONG IoControlCode);
BOOLEAN UfxDeviceIoInternalControl(UFXDEVICE UfxDevice, WDFREQUEST Request,
                                   size_t OutputBufferLength,
                                   size_t InputBufferLength,
                                   ULONG IoControlCode);
NTSTATUS UfxEndpointCreate(UFXDEVICE UfxDevice, PUFXENDPOINT_INIT EndpointInit,
                           PWDF_OBJECT_ATTRIBUTES Attributes,
                           PWDF_IO_QUEUE_CONFIG TransferQueueConfig,
                           PWDF_OBJECT_ATTRIBUTES TransferQueueAttributes,
                           PWDF_IO_QUEUE_CONFIG CommandQueueConfig,
                           PWDF_OBJECT_ATTRIBUTES CommandQueueAttributes,
                           UFXENDPOINT *UfxEndpoint);
VOID UfxEndpointInitSetEventCallbacks(PUFXENDPOINT_INIT EndpointInit,
                                      PUFX_ENDPOINT_CALLBACKS Callbacks);
VOID UfxEndpointNotifySetup(UFXENDPOINT UfxEndpoint,
                            PUSB_DEFAULT_PIPE_SETUP_PACKET SetupInfo);
WDFQUEUE UfxEndpointGetTransferQueue(UFXENDPOINT UfxEndpoint);
WDFQUEUE UfxEndpointGetCommandQueue(UFXENDPOINT UfxEndpoint);

#ifdef __cplusplus
}
#endif

#endif /* _UFXCLIENT_H_ */
