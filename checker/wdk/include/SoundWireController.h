/* wskcheck WDK profile: SoundWireController.h, the SoundWire controller
 * and SDCA (SoundWire Device Class for Audio) names an ACX audio driver of
 * a SoundWire device uses: the SDCA class driver's KS property sets and the
 * keyword spotter (KWS) and voice activity detection (VAD) structures
 * they carry, and the data port configuration.
 *
 * Undocumented: the DDI reference has no page for this header. Everything
 * here is declared from its use in a driver (the names, the members the
 * code reads and writes); the values are stand-ins, distinct from each
 * other. Only the SDCA class driver reads them.
 */
#ifndef _WSKCHECK_SOUNDWIRECONTROLLER_H_
#define _WSKCHECK_SOUNDWIRECONTROLLER_H_

#include <wdm.h>
/* The KWS structures hold WAVEFORMATEXTENSIBLE, which ksmedia.h declares
   only after mmsystem.h. */
#include <windef.h>
#include <mmsystem.h>
#include <ks.h>
#include <ksmedia.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The SDCA class driver's property sets. */
extern const GUID KSPROPERTYSETID_Sdca;
extern const GUID KSPROPERTYSETID_SdcaKws;

typedef enum _KSPROPERTY_SDCA {
  KSPROPERTY_SDCA_VENDOR_SPECIFIC = 1,
  KSPROPERTY_SDCA_FUNCTION_INFORMATION,
  KSPROPERTY_SDCA_PATH_DESCRIPTORS,
  KSPROPERTY_SDCA_CREATE_PATH,
  KSPROPERTY_SDCA_CREATE_PATH2,
  KSPROPERTY_SDCA_DESTROY_PATH,
  KSPROPERTY_SDCA_START_PATH,
  KSPROPERTY_SDCA_STOP_PATH,
  KSPROPERTY_SDCA_FUNCTION_CAPABILITY,
} KSPROPERTY_SDCA;

typedef enum _KSPROPERTY_SDCAKWS {
  KSPROPERTY_SDCAKWS_DEVICE_CAPABILITY = 1,
  KSPROPERTY_SDCAKWS_VAD_CAPABILITY,
  KSPROPERTY_SDCAKWS_VAD_ENTITIES,
  KSPROPERTY_SDCAKWS_ACCESS_EVENTS,
  KSPROPERTY_SDCAKWS_CONFIGURE_VAD_PORT,
  KSPROPERTY_SDCAKWS_CLEANUP_VAD_PORT,
} KSPROPERTY_SDCAKWS;

/* The keyword detection data paths a device supports. */
typedef enum _SUPPORTED_DATA_PATHS {
  SupportedDataPathsBufferedRaw = 0x1,
} SUPPORTED_DATA_PATHS;

typedef struct _DEVICE_KWS_CAPABILITY_DESCRIPTOR {
  ULONG Size;
  ULONG DataPathsSupported;
} DEVICE_KWS_CAPABILITY_DESCRIPTOR, *PDEVICE_KWS_CAPABILITY_DESCRIPTOR;

/* The formats of the voice activity detection stream. */
typedef struct _VAD_DESCRIPTOR {
  ULONG Size;
  ULONG FormatCount;
  WAVEFORMATEXTENSIBLE Format[ANYSIZE_ARRAY];
} VAD_DESCRIPTOR, *PVAD_DESCRIPTOR;

/* The SDCA entities of the voice activity detection path. */
typedef struct _ENTITY_INFO {
  ULONG FunctionInformationId;
  ULONG EntityId;
} ENTITY_INFO, *PENTITY_INFO;

typedef struct _VAD_ENTITIES {
  ULONG EntitiesCount;
  ENTITY_INFO Entities[ANYSIZE_ARRAY];
} VAD_ENTITIES, *PVAD_ENTITIES;

/* The events the class driver signals when keyword detection is suspended
   and resumed. */
typedef struct _SDCA_KWS_NOTIFICATIONS {
  KEVENT Suspend;
  KEVENT Resume;
} SDCA_KWS_NOTIFICATIONS, *PSDCA_KWS_NOTIFICATIONS;

typedef enum _VAD_MODE {
  VadModeStreaming = 1,
} VAD_MODE;

/* The detection stream's endpoint, mode and format, to prepare the VAD
   port with. */
typedef struct _SDCA_KWS_PREPARE_PARAMS {
  ULONG Size;
  ULONG EndpointId;
  VAD_MODE VadMode;
  WAVEFORMATEXTENSIBLE DetectionFormat;
} SDCA_KWS_PREPARE_PARAMS, *PSDCA_KWS_PREPARE_PARAMS;

/* SoundWire data port transfer modes. */
typedef enum _SOUNDWIRE_DATA_PORT_MODE {
  SoundWireDataPortModeIsochronous = 0x1,
} SOUNDWIRE_DATA_PORT_MODE;

/* A data port of an SDCA path: its number, modes and channels. */
typedef struct _SOUNDWIRE_DATAPORT_CONFIGURATION {
  ULONG Size;
  ULONG EndpointId;
  ULONG DataPortNumber;
  ULONG Modes;
  ULONG ChannelMask;
} SOUNDWIRE_DATAPORT_CONFIGURATION, *PSOUNDWIRE_DATAPORT_CONFIGURATION;

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_SOUNDWIRECONTROLLER_H_ */
