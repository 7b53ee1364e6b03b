/* An audio driver's Bluetooth headset, HDMI and loopback pins and its
   resource group and Bluetooth property handlers: the ksmedia.h names the
   documentation gives without a value, and the interleaved loopback and
   packet constraints of Windows 10. In C and in C++. */
#include <ntddk.h>

#include <windef.h>

#include <ks.h>
#include <ksmedia.h>

static const GUID *const Categories[] = {
    &KSNODETYPE_HEADSET_MICROPHONE, &KSNODETYPE_HEADSET_SPEAKERS,
    &KSNODETYPE_HDMI_INTERFACE, &KSNODETYPE_AUDIO_LOOPBACK};

static WCHAR SinkName[MAX_SINK_DESCRIPTION_NAME_LENGTH];

NTSTATUS HandleProperty(const GUID *Set, ULONG Id, PVOID Value, ULONG Cb) {
  if (RtlEqualMemory(Set, &KSPROPSETID_BtAudio, sizeof(GUID))) {
    switch ((KSPROPERTY_BTAUDIO)Id) {
    case KSPROPERTY_ONESHOT_RECONNECT:
    case KSPROPERTY_ONESHOT_DISCONNECT:
      return STATUS_SUCCESS;
    }
  }
  if (RtlEqualMemory(Set, &KSPROPSETID_AudioResourceManagement, sizeof(GUID)) &&
      Id == KSPROPERTY_AUDIORESOURCEMANAGEMENT_RESOURCEGROUP) {
    PAUDIORESOURCEMANAGEMENT_RESOURCEGROUP Group =
        (PAUDIORESOURCEMANAGEMENT_RESOURCEGROUP)Value;
    if (Cb < sizeof(*Group))
      return STATUS_BUFFER_TOO_SMALL;
    Group->ResourceGroupAcquired = TRUE;
    SinkName[0] = Group->ResourceGroupName[0];
    return STATUS_SUCCESS;
  }
  return Categories[0] == Set ? STATUS_SUCCESS : STATUS_NOT_SUPPORTED;
}

/* A keyword detector pin's interleaved loopback and the WaveRT packet
   constraints a driver publishes as a device interface property. */
static struct {
  KSAUDIO_PACKETSIZE_CONSTRAINTS2 Constraints;
  KSAUDIO_PACKETSIZE_PROCESSINGMODE_CONSTRAINT More[1];
} Packets = {{20000,
              FILE_BYTE_ALIGNMENT,
              0,
              2,
              {{{STATIC_AUDIO_SIGNALPROCESSINGMODE_DEFAULT}, 128, 0}}},
             {{{STATIC_AUDIO_SIGNALPROCESSINGMODE_MOVIE}, 1024, 0}}};

NTSTATUS InterleavedFormat(const KSPROPERTY *Property, PVOID Value) {
  INTERLEAVED_AUDIO_FORMAT_INFORMATION *Info =
      (INTERLEAVED_AUDIO_FORMAT_INFORMATION *)Value;
  if (!RtlEqualMemory(&Property->Set, &KSPROPSETID_InterleavedAudio,
                      sizeof(GUID)) ||
      Property->Id != KSPROPERTY_INTERLEAVEDAUDIO_FORMATINFORMATION)
    return STATUS_NOT_SUPPORTED;
  Info->Size = sizeof(*Info);
  Info->PrimaryChannelCount = 2;
  Info->InterleavedChannelCount = 2;
  Info->InterleavedChannelStartPosition = 2;
  return Packets.Constraints.NumProcessingModeConstraints == 2
             ? STATUS_SUCCESS
             : STATUS_UNSUCCESSFUL;
}

static const DEVPROPKEY *const Keys[] = {
    &DEVPKEY_KsAudio_PacketSize_Constraints,
    &DEVPKEY_KsAudio_PacketSize_Constraints2};
static const GUID *const Detector = &KSNODETYPE_AUDIO_KEYWORDDETECTOR;
