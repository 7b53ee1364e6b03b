/* wskcheck WDK profile: SdcaXu.h, the interface between the SDCA class
 * driver of a SoundWire audio function and its extension unit (XU) driver.
 *
 * Undocumented: the DDI reference has no page for this header. Everything
 * here is declared from its use in a driver (the names, the arguments the
 * callbacks take, the members the code reads and writes); the values are
 * stand-ins, distinct from each other. Only the class driver reads them.
 */
#ifndef _WSKCHECK_SDCAXU_H_
#define _WSKCHECK_SDCAXU_H_

#include <wdf.h>
#include <acx.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The interface a class driver queries from the XU driver. */
extern const GUID SDCAXU_INTERFACE;

#define SDCAXU_INTERFACE_VERSION_0100 0x0100
#define SDCAXU_INTERFACE_VERSION_0101 0x0101
#define SDCAXU_INTERFACE_VERSION_0102 0x0102

typedef enum _SDCAXU_HW_CONFIG_TYPE {
  SdcaXuHwConfigTypeAcpiBlob = 1,
} SDCAXU_HW_CONFIG_TYPE;

typedef enum _SDCAXU_ENDPOINT_CONFIG_TYPE {
  SdcaXuEndpointConfigTypeAcxCircuitConfig = 1,
} SDCAXU_ENDPOINT_CONFIG_TYPE;

/* A power domain's state and a jack event, as the class driver numbers
   them; drivers pass them on without naming a value. */
typedef ULONG SDCAXU_POWER_STATE;
typedef ULONG SDCAXU_JACK_EVENT;

typedef enum _SDCAXU_NOTIFICATION_TYPE {
  SdcaXuNotificationTypeJackDetect = 1,
  SdcaXuNotificationTypePowerPre,
  SdcaXuNotificationTypePowerPost,
  SdcaXuNotificationTypeHardwareReset,
  SdcaXuNotificationTypeFunctionNeedsInitialization,
  SdcaXuNotificationTypeFunctionFault,
  SdcaXuNotificationTypeUMPSequenceFault,
  SdcaXuNotificationTypeStreamingStoppedAbnormally,
  SdcaXuNotificationTypeCommitGroup,
  SdcaXuNotificationTypePosture,
  SdcaXuNotificationTypeFdlBegin,
  SdcaXuNotificationTypeFdlEnd,
} SDCAXU_NOTIFICATION_TYPE;

typedef struct _SDCAXU_NOTIFICATION_JACK_DETECT {
  ULONG GroupEntityId;
  ULONG DetectedMode;
  SDCAXU_JACK_EVENT JackEvent;
} SDCAXU_NOTIFICATION_JACK_DETECT, *PSDCAXU_NOTIFICATION_JACK_DETECT;

typedef struct _SDCAXU_NOTIFICATION_POWER {
  ULONG PowerDomainEntityId;
  SDCAXU_POWER_STATE OldState;
  SDCAXU_POWER_STATE NewState;
} SDCAXU_NOTIFICATION_POWER, *PSDCAXU_NOTIFICATION_POWER;

typedef struct _SDCAXU_NOTIFICATION_COMMIT_GROUP {
  ULONG CommitGroupHandle;
} SDCAXU_NOTIFICATION_COMMIT_GROUP, *PSDCAXU_NOTIFICATION_COMMIT_GROUP;

typedef struct _SDCAXU_NOTIFICATION_POSTURE {
  ULONG Posture;
} SDCAXU_NOTIFICATION_POSTURE, *PSDCAXU_NOTIFICATION_POSTURE;

typedef struct _SDCAXU_NOTIFICATION_FDL_BEGIN {
  ULONG FdlEntityId;
} SDCAXU_NOTIFICATION_FDL_BEGIN, *PSDCAXU_NOTIFICATION_FDL_BEGIN;

typedef struct _SDCAXU_NOTIFICATION_FDL_END {
  ULONG FdlEntityId;
  NTSTATUS FdlStatus;
} SDCAXU_NOTIFICATION_FDL_END, *PSDCAXU_NOTIFICATION_FDL_END;

/* The interrupts an XU driver registers for: one bit per interrupt source
   of the SDCA function, the SoundWire control port and each data port. */
#define SDCAXU_MAX_DATA_PORTS 15
typedef struct _SDCAXU_INTERRUPT_INFO {
  ULONG Size;
  ULONG SDCAInterruptMask;
  ULONG SCPInterruptMask;
  UCHAR DataPortInterrupts[SDCAXU_MAX_DATA_PORTS];
} SDCAXU_INTERRUPT_INFO, *PSDCAXU_INTERRUPT_INFO;

/* Sets the bits given after the mask in the mask. */
#define SDCA_INTERRUPT_DEFINE_MASK(Mask, ...)                                  \
  do {                                                                         \
    const ULONG WskcheckSdcaBits_[] = {__VA_ARGS__};                           \
    for (ULONG WskcheckSdcaI_ = 0;                                             \
         WskcheckSdcaI_ < sizeof(WskcheckSdcaBits_) / sizeof(ULONG);           \
         ++WskcheckSdcaI_)                                                     \
      (Mask) |= (1u << WskcheckSdcaBits_[WskcheckSdcaI_]);                     \
  } while (0)

/* An SDCA control value the class driver reads or writes for the XU. */
typedef struct _SDCA_AUDIO_CONTROL {
  ULONG EntityId;
  ULONG ControlSelector;
  ULONG ControlNumber;
  ULONG Value;
  NTSTATUS Status;
} SDCA_AUDIO_CONTROL, *PSDCA_AUDIO_CONTROL;

typedef struct _SDCA_AUDIO_CONTROLS {
  ULONG Size;
  ULONG Count;
  SDCA_AUDIO_CONTROL Controls[1];
} SDCA_AUDIO_CONTROLS, *PSDCA_AUDIO_CONTROLS;

/* A circuit the class driver asks the XU driver to build beside its own. */
typedef struct _SDCAXU_ACX_CIRCUIT_CONFIG {
  ULONG cbSize;
  UNICODE_STRING CircuitName;
  PVOID CircuitContext;
  ACX_CIRCUIT_TYPE CircuitType;
  GUID ContainerID;
  GUID ComponentID;
  UNICODE_STRING ComponentUri;
} SDCAXU_ACX_CIRCUIT_CONFIG, *PSDCAXU_ACX_CIRCUIT_CONFIG;

/* Implemented by the XU driver, called by the class driver. */
typedef NTSTATUS (*PFN_SDCAXU_SET_HW_CONFIG)(PVOID Context,
                                             SDCAXU_HW_CONFIG_TYPE HwConfigType,
                                             PVOID HwConfigData,
                                             ULONG HwConfigDataSize);
typedef NTSTATUS (*PFN_SDCAXU_SET_ENDPOINT_CONFIG)(
    PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType,
    PVOID EndpointConfigData, ULONG EndpointConfigDataSize);
typedef NTSTATUS (*PFN_SDCAXU_REMOVE_ENDPOINT_CONFIG)(
    PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType,
    PVOID EndpointConfigData, ULONG EndpointConfigDataSize);
typedef NTSTATUS (*PFN_SDCAXU_INTERRUPT_HANDLER)(
    PVOID Context, PSDCAXU_INTERRUPT_INFO Interrupt);
typedef NTSTATUS (*PFN_SDCAXU_CHANGE_NOTIFICATION)(
    PVOID Context, SDCAXU_NOTIFICATION_TYPE NotificationType,
    PVOID NotificationData, ULONG NotificationDataSize);
typedef NTSTATUS (*PFN_SDCAXU_RETRIEVE_SWFT_FILE_OVERRIDE)(
    PVOID Context, USHORT VendorID, ULONG FileID, USHORT SwftFileVersion,
    ULONG SwftFileLength, PUSHORT NewFileVersion, PULONG NewFileLength,
    ULONG NewFileBufferLength, PVOID NewFileBuffer);

/* Implemented by the class driver, called by the XU driver. */
typedef NTSTATUS (*PFN_SDCAXU_SET_XU_ENTITIES)(PVOID Context,
                                               ULONG NumEntities,
                                               ULONG EntityIDs[]);
typedef NTSTATUS (*PFN_SDCAXU_REGISTER_FOR_INTERRUPTS)(
    PVOID Context, PSDCAXU_INTERRUPT_INFO InterruptInfo);
typedef NTSTATUS (*PFN_SDCAXU_SET_JACK_OVERRIDE)(PVOID Context,
                                                 BOOLEAN Override);
typedef NTSTATUS (*PFN_SDCAXU_SET_JACK_SELECTED_MODE)(PVOID Context,
                                                      ULONG GroupEntityId,
                                                      ULONG SelectedMode);
typedef NTSTATUS (*PFN_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE)(
    PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE RequiredState);
typedef NTSTATUS (*PFN_SDCAXU_PDE_POWER_REFERENCE_RELEASE)(
    PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE ReleasedState);
typedef NTSTATUS (*PFN_SDCAXU_READ_DEFERRED_AUDIO_CONTROLS)(
    PVOID Context, PSDCA_AUDIO_CONTROLS Controls);
typedef NTSTATUS (*PFN_SDCAXU_WRITE_DEFERRED_AUDIO_CONTROLS)(
    PVOID Context, PSDCA_AUDIO_CONTROLS Controls);

#define WSKCHECK_SDCAXU_INTERFACE_V0101_MEMBERS                                \
  INTERFACE InterfaceHeader;                                                   \
  PFN_SDCAXU_SET_HW_CONFIG EvtSetHwConfig;                                     \
  PFN_SDCAXU_SET_ENDPOINT_CONFIG EvtSetEndpointConfig;                         \
  PFN_SDCAXU_REMOVE_ENDPOINT_CONFIG EvtRemoveEndpointConfig;                   \
  PFN_SDCAXU_INTERRUPT_HANDLER EvtInterruptHandler;                            \
  PFN_SDCAXU_CHANGE_NOTIFICATION EvtChangeNotification;                        \
  PFN_SDCAXU_SET_XU_ENTITIES EvtSetXUEntities;                                 \
  PFN_SDCAXU_REGISTER_FOR_INTERRUPTS EvtRegisterForInterrupts;                 \
  PFN_SDCAXU_SET_JACK_OVERRIDE EvtSetJackOverride;                             \
  PFN_SDCAXU_SET_JACK_SELECTED_MODE EvtSetJackSelectedMode;                    \
  PFN_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE EvtPDEPowerReferenceAcquire;          \
  PFN_SDCAXU_PDE_POWER_REFERENCE_RELEASE EvtPDEPowerReferenceRelease;          \
  PFN_SDCAXU_READ_DEFERRED_AUDIO_CONTROLS EvtReadDeferredAudioControls;        \
  PFN_SDCAXU_WRITE_DEFERRED_AUDIO_CONTROLS EvtWriteDeferredAudioControls;

typedef struct _SDCAXU_INTERFACE_V0101 {
  WSKCHECK_SDCAXU_INTERFACE_V0101_MEMBERS
} SDCAXU_INTERFACE_V0101, *PSDCAXU_INTERFACE_V0101;

/* Version 1.2 adds the SoundWire file table (SWFT) override. */
typedef struct _SDCAXU_INTERFACE_V0102 {
  WSKCHECK_SDCAXU_INTERFACE_V0101_MEMBERS
  PFN_SDCAXU_RETRIEVE_SWFT_FILE_OVERRIDE EvtRetrieveSwftFileOverride;
} SDCAXU_INTERFACE_V0102, *PSDCAXU_INTERFACE_V0102;

#undef WSKCHECK_SDCAXU_INTERFACE_V0101_MEMBERS

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_SDCAXU_H_ */
