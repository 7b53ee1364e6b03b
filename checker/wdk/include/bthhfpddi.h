/* wskcheck WDK profile: bthhfpddi.h, the Bluetooth Hands-Free Profile
 * (HFP) audio bypass interface an audio driver uses with the HFP driver,
 * written from its documentation: the device interface, the descriptors,
 * the codec ID and the audio device capabilities, and the I/O control
 * codes.
 *
 * The documentation names the structure members without their types; the
 * types here are the ones the member descriptions imply (a GUID for a pin
 * category or container ID, a UNICODE_STRING for a friendly name, BOOL for
 * a "supports" flag). It gives no values for the I/O control codes, the
 * device interface GUID or the codec ID version: those are distinct
 * stand-ins, which only the HFP driver reads.
 * IOCTL_BTHHFP_DEVICE_INDICATE_AUDIO_DEVICE_CAPABILITIES, which takes a
 * BTHHFP_AUDIO_DEVICE_CAPABILTIES, has no page of its own: it is declared
 * from its use.
 */
#ifndef _WSKCHECK_BTHHFPDDI_H_
#define _WSKCHECK_BTHHFPDDI_H_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The device interface of an HFP device's synchronous connection (SCO)
   bypass. */
extern const GUID GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS;

typedef struct _BTHHFP_DESCRIPTOR {
  GUID InputPinCategory;
  GUID OutputPinCategory;
  GUID ContainerId;
  BOOL SupportsVolume;
  ULONG VolumePropertyValuesSize;
  UNICODE_STRING FriendlyName;
} BTHHFP_DESCRIPTOR, *PBTHHFP_DESCRIPTOR;

typedef struct _BTHHFP_DESCRIPTOR2 {
  GUID InputPinCategory;
  GUID OutputPinCategory;
  GUID ContainerId;
  BOOL SupportsVolume;
  ULONG VolumePropertyValuesSize;
  UNICODE_STRING FriendlyName;
  BOOL SupportsNREC;
} BTHHFP_DESCRIPTOR2, *PBTHHFP_DESCRIPTOR2;

typedef enum _HFP_BYPASS_CODEC_ID_VERSION {
  REQ_HFP_BYPASS_CODEC_ID_V1 = 1,
} HFP_BYPASS_CODEC_ID_VERSION,
    *PHFP_BYPASS_CODEC_ID_VERSION;

typedef struct _HFP_BYPASS_CODEC_ID_V1 {
  UCHAR CodecId;
} HFP_BYPASS_CODEC_ID_V1, *PHFP_BYPASS_CODEC_ID_V1;

/* The spelling is the documented one. */
typedef struct _BTHHFP_AUDIO_DEVICE_CAPABILTIES {
  ULONG Version;
  BOOL Supports16kHzSampling;
} BTHHFP_AUDIO_DEVICE_CAPABILTIES, *PBTHHFP_AUDIO_DEVICE_CAPABILTIES;

#define BTHHFP_AUDIO_DEVICE_CAPABILTIES_VERSION_1 1

/* Zeroes the capabilities and sets their version. */
FORCEINLINE VOID
BTHHFP_AUDIO_DEVICE_CAPABILTIES_INIT(PBTHHFP_AUDIO_DEVICE_CAPABILTIES Caps) {
  RtlZeroMemory(Caps, sizeof(*Caps));
  Caps->Version = BTHHFP_AUDIO_DEVICE_CAPABILTIES_VERSION_1;
}

/* I/O control codes (stand-in values, distinct from each other). */
#define WSKCHECK_BTHHFP_IOCTL(Index)                                           \
  CTL_CODE(FILE_DEVICE_BLUETOOTH, 0x400 + (Index), METHOD_BUFFERED,            \
           FILE_ANY_ACCESS)
#define IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR WSKCHECK_BTHHFP_IOCTL(0)
#define IOCTL_BTHHFP_DEVICE_GET_VOLUMEPROPERTYVALUES WSKCHECK_BTHHFP_IOCTL(1)
#define IOCTL_BTHHFP_DEVICE_GET_KSNODETYPES WSKCHECK_BTHHFP_IOCTL(2)
#define IOCTL_BTHHFP_DEVICE_GET_CONTAINERID WSKCHECK_BTHHFP_IOCTL(3)
#define IOCTL_BTHHFP_DEVICE_REQUEST_CONNECT WSKCHECK_BTHHFP_IOCTL(4)
#define IOCTL_BTHHFP_DEVICE_REQUEST_DISCONNECT WSKCHECK_BTHHFP_IOCTL(5)
#define IOCTL_BTHHFP_DEVICE_GET_CONNECTION_STATUS_UPDATE                       \
  WSKCHECK_BTHHFP_IOCTL(6)
#define IOCTL_BTHHFP_SPEAKER_SET_VOLUME WSKCHECK_BTHHFP_IOCTL(7)
#define IOCTL_BTHHFP_SPEAKER_GET_VOLUME_STATUS_UPDATE WSKCHECK_BTHHFP_IOCTL(8)
#define IOCTL_BTHHFP_MIC_SET_VOLUME WSKCHECK_BTHHFP_IOCTL(9)
#define IOCTL_BTHHFP_MIC_GET_VOLUME_STATUS_UPDATE WSKCHECK_BTHHFP_IOCTL(10)
#define IOCTL_BTHHFP_STREAM_OPEN WSKCHECK_BTHHFP_IOCTL(11)
#define IOCTL_BTHHFP_STREAM_CLOSE WSKCHECK_BTHHFP_IOCTL(12)
#define IOCTL_BTHHFP_STREAM_GET_STATUS_UPDATE WSKCHECK_BTHHFP_IOCTL(13)
#define IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR2 WSKCHECK_BTHHFP_IOCTL(14)
#define IOCTL_BTHHFP_DEVICE_GET_NRECDISABLE_STATUS_UPDATE                      \
  WSKCHECK_BTHHFP_IOCTL(15)
#define IOCTL_BTHHFP_DEVICE_GET_CODEC_ID WSKCHECK_BTHHFP_IOCTL(16)
#define IOCTL_BTHHFP_DEVICE_INDICATE_AUDIO_DEVICE_CAPABILITIES                 \
  WSKCHECK_BTHHFP_IOCTL(17)

#ifdef __cplusplus
}
#endif

#endif /* _WSKCHECK_BTHHFPDDI_H_ */
