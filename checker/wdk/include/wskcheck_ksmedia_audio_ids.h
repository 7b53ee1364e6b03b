/* wskcheck WDK profile: audio property sets and node categories of
 * ksmedia.h whose identifiers the documentation names without stating
 * their value (the resource management and Bluetooth audio property sets,
 * the headset, HDMI and loopback pin categories), with the property
 * enumerations that go with them and the jack sink name length.
 *
 * Each GUID is declared by name only (DEFINE_GUIDEX, as ks.h declares
 * every KS GUID): a driver refers to it by address or compares against
 * it, which compiles and analyses the same without the value. Their
 * STATIC_ initialisers are left out, since no documentation page states
 * the bytes. The enumerations follow the declaration order of their
 * learn.microsoft.com pages (ne-ksmedia-ksproperty_btaudio,
 * ne-ksmedia-ksproperty_audioresourcemanagement), whose first member is 0
 * as the windows-sys crate's reference also states.
 */
#ifndef WSKCHECK_WDK_KSMEDIA_AUDIO_IDS_H
#define WSKCHECK_WDK_KSMEDIA_AUDIO_IDS_H

/* Resource groups an audio driver shares with other drivers (Windows 11,
   version 22H2). */
DEFINE_GUIDEX(KSPROPSETID_AudioResourceManagement);
#define KSPROPSETID_AudioResourceManagement                                    \
  DEFINE_GUIDNAMED(KSPROPSETID_AudioResourceManagement)

typedef enum {
  KSPROPERTY_AUDIORESOURCEMANAGEMENT_RESOURCEGROUP
} KSPROPERTY_AUDIORESOURCEMANAGEMENT;

/* Bluetooth audio filters: connect and disconnect on request. */
DEFINE_GUIDEX(KSPROPSETID_BtAudio);
#define KSPROPSETID_BtAudio DEFINE_GUIDNAMED(KSPROPSETID_BtAudio)

typedef enum {
  KSPROPERTY_ONESHOT_RECONNECT,
  KSPROPERTY_ONESHOT_DISCONNECT
} KSPROPERTY_BTAUDIO;

/* Pin categories of Bluetooth headsets and HDMI outputs. */
DEFINE_GUIDEX(KSNODETYPE_HEADSET_MICROPHONE);
#define KSNODETYPE_HEADSET_MICROPHONE                                          \
  DEFINE_GUIDNAMED(KSNODETYPE_HEADSET_MICROPHONE)
DEFINE_GUIDEX(KSNODETYPE_HEADSET_SPEAKERS);
#define KSNODETYPE_HEADSET_SPEAKERS                                            \
  DEFINE_GUIDNAMED(KSNODETYPE_HEADSET_SPEAKERS)
DEFINE_GUIDEX(KSNODETYPE_HDMI_INTERFACE);
#define KSNODETYPE_HDMI_INTERFACE DEFINE_GUIDNAMED(KSNODETYPE_HDMI_INTERFACE)

/* The loopback pin's category: the mix of a hardware audio engine's
   output, captured back (documented with KSPROPSETID_AudioLoopback). */
DEFINE_GUIDEX(KSNODETYPE_AUDIO_LOOPBACK);
#define KSNODETYPE_AUDIO_LOOPBACK DEFINE_GUIDNAMED(KSNODETYPE_AUDIO_LOOPBACK)

/* The length of KSJACK_SINK_INFORMATION's SinkDescription, in wide
   characters (its page states 32). */
#ifndef MAX_SINK_DESCRIPTION_NAME_LENGTH
#define MAX_SINK_DESCRIPTION_NAME_LENGTH 32
#endif

/* The keyword detector pin's category (KSPROPSETID_SoundDetector2). */
DEFINE_GUIDEX(KSNODETYPE_AUDIO_KEYWORDDETECTOR);
#define KSNODETYPE_AUDIO_KEYWORDDETECTOR                                       \
  DEFINE_GUIDNAMED(KSNODETYPE_AUDIO_KEYWORDDETECTOR)

/* Loopback audio interleaved with a keyword detector pin's microphone
   audio (Windows 10, version 19H1): the set's value is on its
   kspropsetid-interleavedaudio page, the property's (1) in the windows-sys
   crate's reference. */
#define STATIC_KSPROPSETID_InterleavedAudio                                    \
  0xe9ebe550, 0xd619, 0x4c0a, 0x97, 0x6b, 0x70, 0x62, 0x32, 0x2b, 0x30, 0x06
DEFINE_GUIDSTRUCT("E9EBE550-D619-4C0A-976B-7062322B3006",
                  KSPROPSETID_InterleavedAudio);
#define KSPROPSETID_InterleavedAudio                                           \
  DEFINE_GUIDNAMED(KSPROPSETID_InterleavedAudio)

typedef enum {
  KSPROPERTY_INTERLEAVEDAUDIO_FORMATINFORMATION = 1
} KSPROPERTY_INTERLEAVEDAUDIO;

typedef struct {
  ULONG Size;
  DWORD PrimaryChannelCount;
  DWORD PrimaryChannelStartPosition;
  DWORD PrimaryChannelMask;
  DWORD InterleavedChannelCount;
  DWORD InterleavedChannelStartPosition;
  DWORD InterleavedChannelMask;
} INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PINTERLEAVED_AUDIO_FORMAT_INFORMATION;

/* A WaveRT filter's packet size constraints, set as a device interface
   property before the filter is registered. */
#ifndef WSKCHECK_KSAUDIO_PACKETSIZE_CONSTRAINTS2
#define WSKCHECK_KSAUDIO_PACKETSIZE_CONSTRAINTS2
typedef struct _KSAUDIO_PACKETSIZE_SIGNALPROCESSINGMODE_CONSTRAINT {
  GUID ProcessingMode;
  ULONG SamplesPerProcessingPacket;
  ULONG ProcessingPacketDurationInHns;
} KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT,
    *PKSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT;

typedef struct _KSAUDIO_PACKETSIZE_CONSTRAINTS {
  ULONG MinPacketPeriodInHns;
  ULONG PacketSizeFileAlignment;
  ULONG Reserved;
  ULONG NumProcessingModeConstraints;
  KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT
  ProcessingModeConstraints[ANYSIZE_ARRAY];
} KSAUDIO_PACKETSIZE_CONSTRAINTS, *PKSAUDIO_PACKETSIZE_CONSTRAINTS;

typedef struct _KSAUDIO_PACKETSIZE_CONSTRAINTS2 {
  ULONG MinPacketPeriodInHns;
  ULONG PacketSizeFileAlignment;
  ULONG MaxPacketSizeInBytes;
  ULONG NumProcessingModeConstraints;
  KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT
  ProcessingModeConstraints[ANYSIZE_ARRAY];
} KSAUDIO_PACKETSIZE_CONSTRAINTS2, *PKSAUDIO_PACKETSIZE_CONSTRAINTS2;

/* The device interface properties that carry them, by name only. */
#include <devpropdef.h>
EXTERN_C const DEVPROPKEY DEVPKEY_KsAudio_PacketSize_Constraints;
EXTERN_C const DEVPROPKEY DEVPKEY_KsAudio_PacketSize_Constraints2;
#endif

#endif /* WSKCHECK_WDK_KSMEDIA_AUDIO_IDS_H */
