/* An audio driver's use of the newer ksmedia.h names (signal processing
   modes, effect types, the keyword detector, WAVEFORMATEXTENSIBLE data
   formats, IEC 61937 subtypes), MsApoFxProxy.h, the in-flight trace
   recorder and the kernel names audio drivers add. In C and in C++. */
#include <ntddk.h>
#include <windef.h>
#include <mmsystem.h>
#include <ks.h>
#include <ksmedia.h>
#include <MsApoFxProxy.h>
#include <WppRecorder.h>

static KSDATAFORMAT_WAVEFORMATEXTENSIBLE Format = {
    {sizeof(KSDATAFORMAT_WAVEFORMATEXTENSIBLE), 0, 0, 0,
     {STATICGUIDOF(KSDATAFORMAT_TYPE_AUDIO)},
     {STATICGUIDOF(KSDATAFORMAT_SUBTYPE_IEC61937_DOLBY_DIGITAL_PLUS)},
     {STATICGUIDOF(KSDATAFORMAT_SPECIFIER_WAVEFORMATEX)}},
    {{WAVE_FORMAT_EXTENSIBLE, 2, 48000, 192000, 4, 16,
      sizeof(WAVEFORMATEXTENSIBLE) - sizeof(WAVEFORMATEX)},
     {16},
     KSAUDIO_SPEAKER_STEREO,
     {STATICGUIDOF(KSDATAFORMAT_SUBTYPE_PCM)}}};

static const GUID *Modes[] = {&AUDIO_SIGNALPROCESSINGMODE_DEFAULT,
                              &AUDIO_SIGNALPROCESSINGMODE_RAW};
static const GUID Effects[] = {
    {STATIC_AUDIO_SIGNALPROCESSINGMODE_COMMUNICATIONS}};

NTSTATUS EffectsList(PKSP_PINMODE Request, GUID *Value, ULONG ValueCb) {
  PCGUID Mode = &Request->AudioProcessingMode;
  KSATTRIBUTE_AUDIOSIGNALPROCESSING_MODE Attribute;
  SOUNDDETECTOR_PATTERNHEADER Pattern;
  KSSOUNDDETECTORPROPERTY Detector;
  KFLOATING_SAVE FloatSave;
  NTSTATUS Status;

  if (Request->PinProperty.Property.Id !=
          KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST ||
      ValueCb < sizeof(GUID))
    return STATUS_INVALID_STATE_TRANSITION;
  Attribute.AttributeHeader.Attribute = KSATTRIBUTEID_AUDIOSIGNALPROCESSING_MODE;
  Attribute.SignalProcessingMode = *Mode;
  Pattern.Size = sizeof(Pattern);
  Pattern.PatternType = KSNOTIFICATIONID_SoundDetector;
  Detector.Property.Set = KSPROPSETID_SoundDetector2;
  Detector.Property.Id = KSPROPERTY_SOUNDDETECTOR_ARMED;
  Detector.EventId = KSEVENTSETID_SoundDetector;
  *Value = AUDIO_EFFECT_TYPE_ACOUSTIC_ECHO_CANCELLATION;
  Status = KeSaveFloatingPointState(&FloatSave);
  if (NT_SUCCESS(Status))
    KeRestoreFloatingPointState(&FloatSave);
  (VOID)Modes;
  (VOID)Effects;
  (VOID)Format;
  (VOID)Detector;
  return RTL_QUERY_REGISTRY_TYPECHECK
             ? (KSEVENT_SOUNDDETECTOR_MATCHDETECTED == 1 ? Status : 0)
             : 0;
}

NTSTATUS StartRecorder(RECORDER_LOG *Log) {
  RECORDER_CONFIGURE_PARAMS Configure;
  RECORDER_LOG_CREATE_PARAMS Create;
  RECORDER_CONFIGURE_PARAMS_INIT(&Configure);
  Configure.CreateDefaultLog = FALSE;
  WppRecorderConfigure(&Configure);
  RECORDER_LOG_CREATE_PARAMS_INIT(&Create, "audio");
  Create.TotalBufferSize = 4096;
  Create.ErrorPartitionSize = 1024;
  return WppRecorderLogCreate(&Create, Log);
}
