/* wskcheck WDK profile: spbcx.h, the simple peripheral bus framework
 * extension (SpbCx) an SPB controller's KMDF driver programs against: the
 * target and request handles, the controller's configuration and event
 * callbacks, and the request, target and transfer routines, written from
 * the SpbCx documentation. A whole header mingw-w64 does not have.
 *
 * SpbCx documents SPBREQUEST as a handle whose object class derives from
 * WDFREQUEST, so that the WdfRequest methods accept it; here it is
 * WDFREQUEST itself. The routines are plain declarations and the *_INIT
 * helpers inline; enumeration members count up from zero, in documented
 * order.
 */
#ifndef _SPBCX_H_
#define _SPBCX_H_

/* The framework (and the kernel headers) before spb.h, which needs them. */
#include <wdf.h>

#include <spb.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef WDFREQUEST SPBREQUEST;
typedef struct SPBTARGET__ *SPBTARGET;

typedef enum _SPB_REQUEST_TYPE {
  SpbRequestTypeUndefined,
  SpbRequestTypeRead,
  SpbRequestTypeWrite,
  SpbRequestTypeSequence,
  SpbRequestTypeLockController,
  SpbRequestTypeUnlockController,
  SpbRequestTypeLockConnection,
  SpbRequestTypeUnlockConnection,
  SpbRequestTypeOther,
  SpbRequestTypeMax
} SPB_REQUEST_TYPE;

typedef enum _SPB_REQUEST_SEQUENCE_POSITION {
  SpbRequestSequencePositionInvalid,
  SpbRequestSequencePositionSingle,
  SpbRequestSequencePositionFirst,
  SpbRequestSequencePositionContinue,
  SpbRequestSequencePositionLast,
  SpbRequestSequencePositionMax
} SPB_REQUEST_SEQUENCE_POSITION;

typedef NTSTATUS EVT_SPB_TARGET_CONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_CONNECT *PFN_SPB_TARGET_CONNECT;
typedef VOID EVT_SPB_TARGET_DISCONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_DISCONNECT *PFN_SPB_TARGET_DISCONNECT;
typedef VOID EVT_SPB_CONTROLLER_LOCK(WDFDEVICE Controller, SPBTARGET Target,
                                     SPBREQUEST LockRequest);
typedef EVT_SPB_CONTROLLER_LOCK *PFN_SPB_CONTROLLER_LOCK;
typedef VOID EVT_SPB_CONTROLLER_UNLOCK(WDFDEVICE Controller, SPBTARGET Target,
                                       SPBREQUEST UnlockRequest);
typedef EVT_SPB_CONTROLLER_UNLOCK *PFN_SPB_CONTROLLER_UNLOCK;
typedef VOID EVT_SPB_CONTROLLER_READ(WDFDEVICE Controller, SPBTARGET Target,
                                     SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_READ *PFN_SPB_CONTROLLER_READ;
typedef VOID EVT_SPB_CONTROLLER_WRITE(WDFDEVICE Controller, SPBTARGET Target,
                                      SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_WRITE *PFN_SPB_CONTROLLER_WRITE;
typedef VOID EVT_SPB_CONTROLLER_SEQUENCE(WDFDEVICE Controller, SPBTARGET Target,
                                         SPBREQUEST Request,
                                         ULONG TransferCount);
typedef EVT_SPB_CONTROLLER_SEQUENCE *PFN_SPB_CONTROLLER_SEQUENCE;
typedef VOID EVT_SPB_CONTROLLER_OTHER(WDFDEVICE Controller, SPBTARGET Target,
                                      SPBREQUEST Request,
                                      size_t OutputBufferLength,
                                      size_t InputBufferLength,
                                      ULONG IoControlCode);
typedef EVT_SPB_CONTROLLER_OTHER *PFN_SPB_CONTROLLER_OTHER;

typedef struct _SPB_CONTROLLER_CONFIG {
  ULONG Size;
  WDF_IO_QUEUE_DISPATCH_TYPE ControllerDispatchType;
  WDF_TRI_STATE PowerManaged;
  PFN_SPB_TARGET_CONNECT EvtSpbTargetConnect;
  PFN_SPB_TARGET_DISCONNECT EvtSpbTargetDisconnect;
  PFN_SPB_CONTROLLER_LOCK EvtSpbControllerLock;
  PFN_SPB_CONTROLLER_UNLOCK EvtSpbControllerUnlock;
  PFN_SPB_CONTROLLER_READ EvtSpbIoRead;
  PFN_SPB_CONTROLLER_WRITE EvtSpbIoWrite;
  PFN_SPB_CONTROLLER_SEQUENCE EvtSpbIoSequence;
} SPB_CONTROLLER_CONFIG, *PSPB_CONTROLLER_CONFIG;

/* Sequential dispatch and a power-managed queue, as documented. */
FORCEINLINE VOID SPB_CONTROLLER_CONFIG_INIT(PSPB_CONTROLLER_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(SPB_CONTROLLER_CONFIG));
  Config->Size = sizeof(SPB_CONTROLLER_CONFIG);
  Config->ControllerDispatchType = WdfIoQueueDispatchSequential;
  Config->PowerManaged = WdfUseDefault;
}

typedef struct _SPB_CONNECTION_PARAMETERS {
  ULONG Size;
  PCWSTR ConnectionTag;
  PVOID ConnectionParameters;
} SPB_CONNECTION_PARAMETERS, *PSPB_CONNECTION_PARAMETERS;

FORCEINLINE VOID
SPB_CONNECTION_PARAMETERS_INIT(PSPB_CONNECTION_PARAMETERS Parameters) {
  RtlZeroMemory(Parameters, sizeof(SPB_CONNECTION_PARAMETERS));
  Parameters->Size = sizeof(SPB_CONNECTION_PARAMETERS);
}

typedef struct _SPB_REQUEST_PARAMETERS {
  ULONG Size;
  SPB_REQUEST_SEQUENCE_POSITION Position;
  SPB_REQUEST_TYPE Type;
  size_t Length;
  ULONG SequenceTransferCount;
} SPB_REQUEST_PARAMETERS, *PSPB_REQUEST_PARAMETERS;

FORCEINLINE VOID
SPB_REQUEST_PARAMETERS_INIT(PSPB_REQUEST_PARAMETERS Parameters) {
  RtlZeroMemory(Parameters, sizeof(SPB_REQUEST_PARAMETERS));
  Parameters->Size = sizeof(SPB_REQUEST_PARAMETERS);
}

typedef struct _SPB_TRANSFER_DESCRIPTOR {
  ULONG Size;
  SPB_TRANSFER_DIRECTION Direction;
  size_t TransferLength;
  ULONG DelayInUs;
} SPB_TRANSFER_DESCRIPTOR, *PSPB_TRANSFER_DESCRIPTOR;

FORCEINLINE VOID
SPB_TRANSFER_DESCRIPTOR_INIT(PSPB_TRANSFER_DESCRIPTOR Descriptor) {
  RtlZeroMemory(Descriptor, sizeof(SPB_TRANSFER_DESCRIPTOR));
  Descriptor->Size = sizeof(SPB_TRANSFER_DESCRIPTOR);
}

NTSTATUS SpbDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS SpbDeviceInitialize(WDFDEVICE FxDevice, PSPB_CONTROLLER_CONFIG Config);
VOID SpbControllerSetIoOtherCallback(
    WDFDEVICE FxDevice, PFN_SPB_CONTROLLER_OTHER EvtSpbControllerIoOther,
    PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID SpbControllerSetRequestAttributes(
    WDFDEVICE FxDevice, PWDF_OBJECT_ATTRIBUTES RequestAttributes);
VOID SpbControllerSetTargetAttributes(WDFDEVICE FxDevice,
                                      PWDF_OBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS SpbRequestCaptureIoOtherTransferList(SPBREQUEST Request);
VOID SpbRequestComplete(SPBREQUEST Request, NTSTATUS CompletionStatus);
WDFDEVICE SpbRequestGetController(SPBREQUEST SpbRequest);
VOID SpbRequestGetParameters(SPBREQUEST SpbRequest,
                             PSPB_REQUEST_PARAMETERS Parameters);
SPBTARGET SpbRequestGetTarget(SPBREQUEST SpbRequest);
VOID SpbRequestGetTransferParameters(
    SPBREQUEST SpbRequest, ULONG Index,
    PSPB_TRANSFER_DESCRIPTOR TransferDescriptor, PMDL *TransferBuffer);
VOID SpbTargetGetConnectionParameters(
    SPBTARGET Target, PSPB_CONNECTION_PARAMETERS ConnectionParameters);
WDFFILEOBJECT SpbTargetGetFileObject(SPBTARGET Target);

#ifdef __cplusplus
}
#endif

#endif /* _SPBCX_H_ */
