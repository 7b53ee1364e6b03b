/* An audio driver's Bluetooth headset, HDMI and loopback pins and its
   resource group and Bluetooth property handlers: the ksmedia.h names the
   documentation gives without a value. In C and in C++. */
#include <ks.h>
#include <ksmedia.h>
#include <ntddk.h>
#include <windef.h>

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
