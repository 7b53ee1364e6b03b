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

#endif /* WSKCHECK_WDK_KSMEDIA_AUDIO_IDS_H */
