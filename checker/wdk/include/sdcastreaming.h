/* wskcheck WDK profile: sdcastreaming.h, the SDCA (SoundWire Device Class
 * for Audio) streaming paths an ACX DSP driver asks the SDCA class driver
 * to create, start, stop and destroy: path kinds, path descriptors and the
 * audio functions they run through.
 *
 * Undocumented: the DDI reference has no page for this header. Everything
 * here is declared from its use in a driver (the names, the members the
 * code reads and writes); the values are stand-ins, distinct from each
 * other. Only the SDCA class driver reads them.
 */
#ifndef _WSKCHECK_SDCASTREAMING_H_
#define _WSKCHECK_SDCASTREAMING_H_

#include <SoundWireController.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _SDCA_PATH {
  SdcaPathDefault = 0,
  SdcaPathUltrasoundRender,
  SdcaPathUltrasoundCapture,
  SdcaPathReferenceStream,
  SdcaPathIvSense,
} SDCA_PATH;

/* Which of a descriptor's data port entries are used. */
typedef enum _SDCA_DATAPORT_MAP {
  SdcaDataPortMapIndexA = 0x1,
} SDCA_DATAPORT_MAP;

/* One audio function of a path as the class driver reports it: followed
   in memory by its formats and data ports, Size bytes in all. */
typedef struct _SDCA_PATH_DESCRIPTOR {
  ULONG Size;
  ULONG FunctionInformationId;
  ULONG TerminalEntityId;
  ULONG FormatCount;
  ULONG DataPortCount;
  WAVEFORMATEXTENSIBLE Formats[ANYSIZE_ARRAY];
} SDCA_PATH_DESCRIPTOR, *PSDCA_PATH_DESCRIPTOR;

/* A path's descriptors, one SDCA_PATH_DESCRIPTOR per function after it. */
typedef struct _SDCA_PATH_DESCRIPTORS {
  ULONG Size;
  ULONG EndpointId;
  SDCA_PATH SdcaPath;
  ULONG DescriptorCount;
} SDCA_PATH_DESCRIPTORS, *PSDCA_PATH_DESCRIPTORS;

#define SDCA_PATH_DESCRIPTOR2_VERSION_1 1

/* The fixed-size form: one format for the whole path, one data port entry
   per function. */
typedef struct _SDCA_PATH_DESCRIPTOR2 {
  ULONG Size;
  ULONG Version;
  ULONG FunctionInformationId;
  ULONG TerminalEntityId;
  ULONG DataPortMap;
  SOUNDWIRE_DATAPORT_CONFIGURATION DataPortConfig[1];
} SDCA_PATH_DESCRIPTOR2, *PSDCA_PATH_DESCRIPTOR2;

typedef struct _SDCA_PATH_DESCRIPTORS2 {
  ULONG Size;
  ULONG Version;
  ULONG EndpointId;
  SDCA_PATH SdcaPath;
  WAVEFORMATEXTENSIBLE SpecialPathFormat;
  ULONG DescriptorCount;
  SDCA_PATH_DESCRIPTOR2 Descriptor[ANYSIZE_ARRAY];
} SDCA_PATH_DESCRIPTORS2, *PSDCA_PATH_DESCRIPTORS2;

/* The object bag key under which a DSP driver hands a stream bridge its
   SDCA_PATH_DESCRIPTORS2. */
extern const UNICODE_STRING SdcaPropertyPathDescriptors2;

/* The audio functions behind an endpoint. */
typedef struct _SDCA_FUNCTION_INFORMATION {
  ULONG FunctionId;
  ULONG UniqueId;
  ULONG FunctionInformationId;
} SDCA_FUNCTION_INFORMATION, *PSDCA_FUNCTION_INFORMATION;

typedef struct _SDCA_FUNCTION_INFORMATION_LIST {
  ULONG Size;
  ULONG FunctionCount;
  SDCA_FUNCTION_INFORMATION FunctionInfoList[ANYSIZE_ARRAY];
} SDCA_FUNCTION_INFORMATION_LIST, *PSDCA_FUNCTION_INFORMATION_LIST;

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_SDCASTREAMING_H_ */
