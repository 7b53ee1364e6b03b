// A WaveRT miniport's use of the port class interfaces of Windows 8 and
// later (portcls.h): packet streams, signal processing modes, the port
// class's ETW, power and notification helpers, stream resources, jacks and
// the IMP_ macros.
#include <portcls.h>
#include <ksmedia.h>

class CStream : public IMiniportWaveRTInputStream,
                public IMiniportWaveRTOutputStream,
                public IMiniportStreamAudioEngineNode {
public:
  IMP_IMiniportWaveRTInputStream;
  IMP_IMiniportWaveRTOutputStream;
  IMP_IMiniportStreamAudioEngineNode;
};

class CEngine : public IMiniportAudioEngineNode,
                public IMiniportAudioSignalProcessing {
public:
  IMP_IMiniportAudioEngineNode;
  IMP_IMiniportAudioSignalProcessing;
};

STDMETHODIMP_(NTSTATUS)
CEngine::GetAudioEngineDescriptor(ULONG NodeId,
                                  KSAUDIOENGINE_DESCRIPTOR *Descriptor) {
  UNREFERENCED_PARAMETER(NodeId);
  Descriptor->nHostPinId = 0;
  Descriptor->nOffloadPinId = 1;
  Descriptor->nLoopbackPinId = 2;
  return STATUS_SUCCESS;
}

STDMETHODIMP_(NTSTATUS)
CEngine::GetModes(ULONG Pin, GUID *Modes, ULONG *Count) {
  UNREFERENCED_PARAMETER(Pin);
  if (Modes != NULL && *Count >= 1)
    Modes[0] = AUDIO_SIGNALPROCESSINGMODE_DEFAULT;
  *Count = 1;
  return STATUS_SUCCESS;
}

STDMETHODIMP_(NTSTATUS)
CStream::GetReadPacket(ULONG *PacketNumber, DWORD *Flags, ULONG64 *Qpc,
                       BOOL *MoreData) {
  *PacketNumber = 0;
  *Flags = 0;
  *Qpc = 0;
  *MoreData = FALSE;
  return STATUS_SUCCESS;
}
STDMETHODIMP_(NTSTATUS)
CStream::SetWritePacket(ULONG PacketNumber, DWORD Flags, ULONG EosLength) {
  UNREFERENCED_PARAMETER(PacketNumber);
  UNREFERENCED_PARAMETER(Flags);
  UNREFERENCED_PARAMETER(EosLength);
  return STATUS_SUCCESS;
}
STDMETHODIMP_(NTSTATUS)
CStream::GetOutputStreamPresentationPosition(
    KSAUDIO_PRESENTATION_POSITION *Position) {
  Position->u64PositionInBlocks = 0;
  Position->u64QPCPosition = 0;
  return STATUS_SUCCESS;
}
STDMETHODIMP_(NTSTATUS) CStream::GetPacketCount(ULONG *Count) {
  *Count = 0;
  return STATUS_SUCCESS;
}

static NTSTATUS PowerControl(LPCGUID Code, PVOID In, SIZE_T InSize, PVOID Out,
                             SIZE_T OutSize, PSIZE_T Returned, PVOID Context) {
  UNREFERENCED_PARAMETER(Code);
  UNREFERENCED_PARAMETER(In);
  UNREFERENCED_PARAMETER(InSize);
  UNREFERENCED_PARAMETER(Out);
  UNREFERENCED_PARAMETER(OutSize);
  UNREFERENCED_PARAMETER(Returned);
  UNREFERENCED_PARAMETER(Context);
  return STATUS_SUCCESS;
}

extern "C" NTSTATUS UsePortCls(PDEVICE_OBJECT DeviceObject, PUNKNOWN Port,
                               PUNKNOWN Adapter) {
  PPORTCLSETWHELPER EtwHelper = NULL;
  PPORTCLSPOWER Power = NULL;
  PPORTCLSRUNTIMEPOWER RuntimePower = NULL;
  PPORTCLSNOTIFICATIONS Notifications = NULL;
  IPortClsStreamResourceManager2 *Resources = NULL;
  PCSTREAMRESOURCE_DESCRIPTOR Descriptor;
  PCSTREAMRESOURCE Resource = NULL;
  PDEVICE_OBJECT Pdo = NULL;
  KSAUDIO_MIC_ARRAY_GEOMETRY Geometry;
  KSAUDIOMODULE_NOTIFICATION Module;
  KSJACK_DESCRIPTION3 Jack;
  NTSTATUS Status;

  Status = PcGetPhysicalDeviceObject(DeviceObject, &Pdo);
  if (NT_SUCCESS(Port->QueryInterface(IID_IPortClsEtwHelper,
                                      (PVOID *)&EtwHelper))) {
    EtwHelper->MiniportWriteEtwEvent(eMINIPORT_PIN_STATE, 0, 0, 0, 0);
    EtwHelper->Release();
  }
  if (NT_SUCCESS(Port->QueryInterface(IID_IPortClsPower, (PVOID *)&Power))) {
    Power->SetIdlePowerManagement(DeviceObject, TRUE);
    Power->Release();
  }
  if (NT_SUCCESS(Port->QueryInterface(IID_IPortClsRuntimePower,
                                      (PVOID *)&RuntimePower))) {
    RuntimePower->RegisterPowerControlCallback(DeviceObject, PowerControl,
                                               Adapter);
    RuntimePower->Release();
  }
  if (NT_SUCCESS(Port->QueryInterface(IID_IPortClsNotifications,
                                      (PVOID *)&Notifications))) {
    PPCNOTIFICATION_BUFFER Buffer = NULL;
    if (NT_SUCCESS(Notifications->AllocNotificationBuffer(NonPagedPoolNx, 16,
                                                          &Buffer))) {
      Notifications->SendNotification(&KSEVENTSETID_PinCapsChange, Buffer);
      Notifications->FreeNotificationBuffer(Buffer);
    }
    Notifications->Release();
  }
  if (NT_SUCCESS(Port->QueryInterface(IID_IPortClsStreamResourceManager2,
                                      (PVOID *)&Resources))) {
    PCSTREAMRESOURCE_DESCRIPTOR_INIT(&Descriptor);
    Descriptor.Pdo = Pdo;
    Descriptor.Type = ePcStreamResourceThread;
    if (NT_SUCCESS(Resources->AddStreamResource2(Pdo, NULL, &Descriptor,
                                                 &Resource)))
      Resources->RemoveStreamResource(Resource);
    Resources->Release();
  }
  Geometry.usMicArrayType = KSMICARRAY_MICARRAYTYPE_LINEAR;
  Module.ProviderId.ClassId = KSPROPSETID_AudioModule;
  Module.ProviderId.InstanceId = AUDIOMODULE_MAX_NAME_CCH_SIZE;
  Jack.ConfigId = AUDIOPOSTURE_ORIENTATION_NOTROTATED +
                  KSPROPERTY_AUDIOENGINE_DESCRIPTOR;
  Geometry.KsMicCoord[0].usType = KSMICARRAY_MICTYPE_CARDIOID;
  return KSPROPERTY_AUDIO_PEAKMETER2 == 55 &&
                 KSPROPERTY_JACK_DESCRIPTION2 == 2 &&
                 (JACKDESC2_PRESENCE_DETECT_CAPABILITY &
                  KSEVENT_PINCAPS_JACKINFOCHANGE)
             ? Status
             : STATUS_UNSUCCESSFUL;
}
