/* wskcheck WDK profile: SidebandAudio.h, the sideband audio interface an
 * audio driver uses with a sideband-capable device's driver (USB or
 * Bluetooth A2DP offload), written from its documentation: the device and
 * endpoint descriptors, the volume, mute, sidetone, connection, error and
 * stream status parameters, the parameter headers of SIOP requests, stream
 * opening, and the I/O control codes.
 *
 * The documentation names the structure members without all their types;
 * the types here are the ones the member descriptions imply (a GUID for a
 * container ID, KS pin category or parameter set, a
 * UNICODE_STRING for a friendly name, LONG for a dB value, BOOL for a
 * flag). It gives no values for the I/O control codes: those are distinct
 * stand-ins built with SIDEBANDAUDIO_IOCTL, which only the sideband
 * driver reads.
 */
#ifndef _WSKCHECK_SIDEBANDAUDIO_H_
#define _WSKCHECK_SIDEBANDAUDIO_H_

#include <wdm.h>
#include <ks.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Microsoft's parameter types (the parameter set's own types start after
   the reserved range). */
typedef enum _SIDEBANDAUDIO_PARAMS_MSFT_TYPE_ID {
  SBAUD_PARAMS_TYPE_RESERVED = 0,
} SIDEBANDAUDIO_PARAMS_MSFT_TYPE_ID;

/* The header of a sideband I/O parameter (SIOP). */
typedef struct _SIDEBANDAUDIO_IO_PARAM_HEADER {
  union {
    struct {
      GUID ParamSet;
      ULONG TypeId;
      ULONG Size;
    };
    ULONGLONG Alignment;
  };
} SIDEBANDAUDIO_IO_PARAM_HEADER, *PSIDEBANDAUDIO_IO_PARAM_HEADER;

typedef struct _SIDEBANDAUDIO_SIOP_REQUEST_PARAM {
  union {
    struct {
      ULONG EpIndex;
      SIDEBANDAUDIO_IO_PARAM_HEADER RequestedSiop;
    };
    ULONGLONG Alignment;
  };
} SIDEBANDAUDIO_SIOP_REQUEST_PARAM, *PSIDEBANDAUDIO_SIOP_REQUEST_PARAM;

typedef struct _SIDEBANDAUDIO_STREAM_OPEN_PARAMS {
  union {
    struct {
      ULONG EpIndex;
      PKSDATAFORMAT Format;
      ULONG SiopCount;
    };
    ULONGLONG Alignment;
  };
} SIDEBANDAUDIO_STREAM_OPEN_PARAMS, *PSIDEBANDAUDIO_STREAM_OPEN_PARAMS;

typedef struct _SIDEBANDAUDIO_DEVICE_DESCRIPTOR {
  ULONG NumberOfEndpoints;
} SIDEBANDAUDIO_DEVICE_DESCRIPTOR, *PSIDEBANDAUDIO_DEVICE_DESCRIPTOR;

typedef struct _SIDEBANDAUDIO_ENDPOINT_CAPABILITIES {
  BOOL Volume;
  BOOL Mute;
  BOOL Sidetone;
  BOOL Feedback;
} SIDEBANDAUDIO_ENDPOINT_CAPABILITIES, *PSIDEBANDAUDIO_ENDPOINT_CAPABILITIES;

typedef struct _SIDEBANDAUDIO_SIDETONE_DESCRIPTOR {
  BOOL Volume;
  BOOL Mute;
} SIDEBANDAUDIO_SIDETONE_DESCRIPTOR, *PSIDEBANDAUDIO_SIDETONE_DESCRIPTOR;

typedef struct _SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR {
  ULONG CbSize;
  GUID ContainerId;
  GUID Category;
  KSPIN_DATAFLOW Direction;
  SIDEBANDAUDIO_ENDPOINT_CAPABILITIES Capabilities;
  UNICODE_STRING FriendlyName;
  ULONG VolumePropertyValuesSize;
  ULONG SidetoneVolumePropertyValueSize;
  ULONG MutePropertyValuesSize;
} SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR, *PSIDEBANDAUDIO_ENDPOINT_DESCRIPTOR;

typedef struct _SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2 {
  ULONG CbSize;
  GUID ContainerId;
  GUID Category;
  KSPIN_DATAFLOW Direction;
  SIDEBANDAUDIO_ENDPOINT_CAPABILITIES Capabilities;
  UNICODE_STRING FriendlyName;
  ULONG VolumePropertyValuesSize;
  ULONG SidetoneVolumePropertyValueSize;
  ULONG MutePropertyValuesSize;
  ULONG FilterInterfacePropertyCount;
  /* DEVPROPERTY entries (devfiltertypes.h, which kernel mode lacks). */
  struct _DEVPROPERTY *FilterInterfaceProperties;
} SIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2, *PSIDEBANDAUDIO_ENDPOINT_DESCRIPTOR2;

/* The formats an endpoint supports: an array of NumFormats pointers, whose
   storage after the structure CbSize counts. */
typedef struct _SIDEBANDAUDIO_SUPPORTED_FORMATS {
  ULONG CbSize;
  ULONG EpIndex;
  ULONG NumFormats;
  PKSDATAFORMAT *Formats;
} SIDEBANDAUDIO_SUPPORTED_FORMATS, *PSIDEBANDAUDIO_SUPPORTED_FORMATS;

typedef struct _SIDEBANDAUDIO_VOLUME_PARAMS {
  ULONG EpIndex;
  BOOL Immediate;
  ULONG Channel;
  LONG Value;
} SIDEBANDAUDIO_VOLUME_PARAMS, *PSIDEBANDAUDIO_VOLUME_PARAMS;

typedef struct _SIDEBANDAUDIO_MUTE_PARAMS {
  ULONG EpIndex;
  BOOL Immediate;
  ULONG Channel;
  LONG Value;
} SIDEBANDAUDIO_MUTE_PARAMS, *PSIDEBANDAUDIO_MUTE_PARAMS;

typedef struct _SIDEBANDAUDIO_SIDETONE_PARAMS {
  ULONG EpIndex;
  BOOL Immediate;
  ULONG Channel;
  LONG Sidetone;
} SIDEBANDAUDIO_SIDETONE_PARAMS, *PSIDEBANDAUDIO_SIDETONE_PARAMS;

typedef struct _SIDEBANDAUDIO_CONNECTION_PARAMS {
  ULONG EpIndex;
  BOOL Immediate;
  BOOL Connected;
} SIDEBANDAUDIO_CONNECTION_PARAMS, *PSIDEBANDAUDIO_CONNECTION_PARAMS;

typedef struct _SIDEBANDAUDIO_DEVICE_ERROR {
  ULONG EpIndex;
  BOOL Immediate;
  NTSTATUS Status;
} SIDEBANDAUDIO_DEVICE_ERROR, *PSIDEBANDAUDIO_DEVICE_ERROR;

typedef struct _SIDEBANDAUDIO_STREAM_STATUS_PARAMS {
  ULONG EpIndex;
  BOOL Immediate;
  NTSTATUS Status;
} SIDEBANDAUDIO_STREAM_STATUS_PARAMS, *PSIDEBANDAUDIO_STREAM_STATUS_PARAMS;

/* A sideband I/O control code; _index_ keeps the codes distinct (the
   device type and function base are stand-ins). */
#define SIDEBANDAUDIO_IOCTL(_index_)                                           \
  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x500 + (_index_), METHOD_BUFFERED,            \
           FILE_ANY_ACCESS)

#define IOCTL_SBAUD_GET_DEVICE_DESCRIPTOR SIDEBANDAUDIO_IOCTL(0)
#define IOCTL_SBAUD_GET_ENDPOINT_DESCRIPTOR SIDEBANDAUDIO_IOCTL(1)
#define IOCTL_SBAUD_GET_VOLUMEPROPERTYVALUES SIDEBANDAUDIO_IOCTL(2)
#define IOCTL_SBAUD_SET_VOLUME SIDEBANDAUDIO_IOCTL(3)
#define IOCTL_SBAUD_GET_VOLUME_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(4)
#define IOCTL_SBAUD_GET_MUTEPROPERTYVALUES SIDEBANDAUDIO_IOCTL(5)
#define IOCTL_SBAUD_SET_MUTE SIDEBANDAUDIO_IOCTL(6)
#define IOCTL_SBAUD_GET_MUTE_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(7)
#define IOCTL_SBAUD_GET_SIDETONE_VOLUMEPROPERTYVALUES SIDEBANDAUDIO_IOCTL(8)
#define IOCTL_SBAUD_SET_SIDETONE_PROPERTY SIDEBANDAUDIO_IOCTL(9)
#define IOCTL_SBAUD_GET_SIDETONE_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(10)
#define IOCTL_SBAUD_GET_CONNECTION_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(11)
#define IOCTL_SBAUD_GET_ERROR_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(12)
#define IOCTL_SBAUD_GET_SUPPORTED_FORMATS SIDEBANDAUDIO_IOCTL(13)
#define IOCTL_SBAUD_STREAM_OPEN SIDEBANDAUDIO_IOCTL(14)
#define IOCTL_SBAUD_STREAM_START SIDEBANDAUDIO_IOCTL(15)
#define IOCTL_SBAUD_STREAM_SUSPEND SIDEBANDAUDIO_IOCTL(16)
#define IOCTL_SBAUD_STREAM_CLOSE SIDEBANDAUDIO_IOCTL(17)
#define IOCTL_SBAUD_GET_STREAM_STATUS_UPDATE SIDEBANDAUDIO_IOCTL(18)
#define IOCTL_SBAUD_SET_DEVICE_CLAIMED SIDEBANDAUDIO_IOCTL(19)
#define IOCTL_SBAUD_GET_SIOP SIDEBANDAUDIO_IOCTL(20)
#define IOCTL_SBAUD_SET_SIOP SIDEBANDAUDIO_IOCTL(21)
#define IOCTL_SBAUD_GET_SIOP_UPDATE SIDEBANDAUDIO_IOCTL(22)
#define IOCTL_SBAUD_GET_ENDPOINT_DESCRIPTOR2 SIDEBANDAUDIO_IOCTL(23)

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_SIDEBANDAUDIO_H_ */
