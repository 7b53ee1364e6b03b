/* wskcheck WDK profile: the ks.h names of camera drivers that mingw-w64's
 * ks.h lacks: the metadata buffer a camera fills beside each frame
 * (KSSTREAM_METADATA_INFO, after the frame's KS_FRAME_INFO), the UVC
 * timestamps of that metadata, the stream header flags that announce them,
 * and the filter flag of camera profiles. Written from their
 * learn.microsoft.com pages (ns-ks-ksstream_metadata_info,
 * ns-ks-ksstream_uvc_metadata, ns-ks-ksstream_uvc_metadatatype_timestamp,
 * ns-ks-ksstream_header, ksfilter_descriptor), with the flag values the
 * windows-sys crate's API reference states.
 *
 * Included from the profile's ksmedia.h, which every camera driver
 * includes after ks.h.
 */
#ifndef WSKCHECK_WDK_KS_CAMERA_H
#define WSKCHECK_WDK_KS_CAMERA_H

/* KSSTREAM_HEADER.OptionsFlags of Windows 8.1 and later. */
#ifndef KSSTREAM_HEADER_OPTIONSF_METADATA
#define KSSTREAM_HEADER_OPTIONSF_METADATA 0x00001000
#define KSSTREAM_HEADER_OPTIONSF_ENDOFPHOTOSEQUENCE 0x00002000
#define KSSTREAM_HEADER_OPTIONSF_FRAMEINFO 0x00004000
#endif

/* A filter whose ReferenceGuid names its camera profiles. */
#ifndef KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID
#define KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID 0x00000010
#endif

/* The metadata buffer of a frame (KSSTREAM_HEADER_OPTIONSF_METADATA). */
typedef struct {
  ULONG BufferSize;
  ULONG UsedSize;
  PVOID Data;
  PVOID SystemVa;
  ULONG Flags;
  ULONG Reserved;
} KSSTREAM_METADATA_INFO, *PKSSTREAM_METADATA_INFO;

/* A USB video class payload header's clock and timestamps. */
typedef struct {
  ULONG PresentationTimeStamp;
  ULONG SourceClockReference;
  union {
    struct {
      USHORT Counter : 11;
      USHORT Reserved : 5;
    };
    USHORT SCRToken;
  };
  USHORT Reserved0;
  ULONG Reserved1;
} KSSTREAM_UVC_METADATATYPE_TIMESTAMP, *PKSSTREAM_UVC_METADATATYPE_TIMESTAMP;

typedef struct {
  KSSTREAM_UVC_METADATATYPE_TIMESTAMP StartOfFrameTimestamp;
  KSSTREAM_UVC_METADATATYPE_TIMESTAMP EndOfFrameTimestamp;
} KSSTREAM_UVC_METADATA, *PKSSTREAM_UVC_METADATA;

#endif /* WSKCHECK_WDK_KS_CAMERA_H */
