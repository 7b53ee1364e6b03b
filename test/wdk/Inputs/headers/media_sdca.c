/* ACX drivers of a SoundWire (SDCA) audio device: an extension unit (XU)
   driver exposing its interface to the SDCA class driver and calling back
   into it, a codec driver handing it a circuit configuration and answering
   the keyword spotter properties, and a DSP driver reading path
   descriptors, the audio functions behind an endpoint and the aggregated
   devices. In C and in C++. */
#include <ntddk.h>
#include <wdf.h>
#include <acx.h>
#include <AudioAggregation.h>
#include <SoundWireController.h>
#include <sdcastreaming.h>
#include <SdcaXu.h>

/* The XU driver's side of the interface. */
static NTSTATUS XuSetHwConfig(PVOID Context, SDCAXU_HW_CONFIG_TYPE Type,
                              PVOID Data, ULONG Size) {
  UNREFERENCED_PARAMETER(Context);
  if (Type != SdcaXuHwConfigTypeAcpiBlob || Data == NULL || Size == 0)
    return STATUS_INVALID_PARAMETER;
  return STATUS_SUCCESS;
}

static NTSTATUS XuSetEndpointConfig(PVOID Context,
                                    SDCAXU_ENDPOINT_CONFIG_TYPE Type,
                                    PVOID Data, ULONG Size) {
  PSDCAXU_ACX_CIRCUIT_CONFIG Config = (PSDCAXU_ACX_CIRCUIT_CONFIG)Data;
  UNREFERENCED_PARAMETER(Context);
  if (Type != SdcaXuEndpointConfigTypeAcxCircuitConfig || Config == NULL ||
      Size < sizeof(SDCAXU_ACX_CIRCUIT_CONFIG) ||
      Config->cbSize < sizeof(SDCAXU_ACX_CIRCUIT_CONFIG))
    return STATUS_INVALID_PARAMETER;
  if (Config->CircuitType == AcxCircuitTypeRender &&
      Config->ComponentUri.Length == 0 &&
      RtlEqualMemory(&Config->ComponentID, &Config->ContainerID, sizeof(GUID)))
    return STATUS_NOT_SUPPORTED;
  return STATUS_SUCCESS;
}

static NTSTATUS XuInterrupt(PVOID Context, PSDCAXU_INTERRUPT_INFO Info) {
  UNREFERENCED_PARAMETER(Context);
  return Info->SDCAInterruptMask | Info->SCPInterruptMask |
                 Info->DataPortInterrupts[0]
             ? STATUS_SUCCESS
             : STATUS_UNSUCCESSFUL;
}

static NTSTATUS XuNotify(PVOID Context, SDCAXU_NOTIFICATION_TYPE Type,
                         PVOID Data, ULONG Size) {
  UNREFERENCED_PARAMETER(Context);
  switch (Type) {
  case SdcaXuNotificationTypeJackDetect:
    if (Size < sizeof(SDCAXU_NOTIFICATION_JACK_DETECT))
      return STATUS_INVALID_PARAMETER;
    return ((PSDCAXU_NOTIFICATION_JACK_DETECT)Data)->DetectedMode
               ? STATUS_SUCCESS
               : STATUS_NOT_FOUND;
  case SdcaXuNotificationTypePowerPre:
  case SdcaXuNotificationTypePowerPost:
    return ((PSDCAXU_NOTIFICATION_POWER)Data)->NewState ==
                   ((PSDCAXU_NOTIFICATION_POWER)Data)->OldState
               ? STATUS_SUCCESS
               : STATUS_PENDING;
  case SdcaXuNotificationTypeFdlEnd:
    return ((PSDCAXU_NOTIFICATION_FDL_END)Data)->FdlStatus;
  default:
    return STATUS_SUCCESS;
  }
}

static NTSTATUS XuSwft(PVOID Context, USHORT VendorID, ULONG FileID,
                       USHORT Version, ULONG Length, PUSHORT NewVersion,
                       PULONG NewLength, ULONG BufferLength, PVOID Buffer) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(VendorID);
  UNREFERENCED_PARAMETER(FileID);
  UNREFERENCED_PARAMETER(Length);
  UNREFERENCED_PARAMETER(BufferLength);
  UNREFERENCED_PARAMETER(Buffer);
  *NewVersion = Version;
  *NewLength = 0;
  return STATUS_NOT_FOUND;
}

NTSTATUS XuQueryInterface(WDFDEVICE Device, LPGUID Type, PINTERFACE Exposed,
                          PVOID SpecificData, PSDCAXU_INTERFACE_V0101 Saved,
                          PVOID *SdcaContext) {
  if (!RtlEqualMemory(Type, &SDCAXU_INTERFACE, sizeof(GUID)))
    return STATUS_NOT_SUPPORTED;
  if (Exposed->Version == SDCAXU_INTERFACE_VERSION_0102 &&
      Exposed->Size >= sizeof(SDCAXU_INTERFACE_V0102)) {
    PSDCAXU_INTERFACE_V0102 Xu = (PSDCAXU_INTERFACE_V0102)Exposed;
    Xu->EvtRetrieveSwftFileOverride = XuSwft;
  }
  if (Exposed->Version < SDCAXU_INTERFACE_VERSION_0101 ||
      Exposed->Size < sizeof(SDCAXU_INTERFACE_V0101))
    return STATUS_NOT_SUPPORTED;
  {
    PSDCAXU_INTERFACE_V0101 Xu = (PSDCAXU_INTERFACE_V0101)Exposed;
    Xu->InterfaceHeader.Context = Device;
    Xu->EvtSetHwConfig = XuSetHwConfig;
    Xu->EvtSetEndpointConfig = XuSetEndpointConfig;
    Xu->EvtRemoveEndpointConfig = XuSetEndpointConfig;
    Xu->EvtInterruptHandler = XuInterrupt;
    Xu->EvtChangeNotification = XuNotify;
    if (Xu->EvtSetXUEntities && Xu->EvtRegisterForInterrupts &&
        Xu->EvtSetJackOverride && Xu->EvtSetJackSelectedMode &&
        Xu->EvtPDEPowerReferenceAcquire && Xu->EvtPDEPowerReferenceRelease &&
        Xu->EvtReadDeferredAudioControls &&
        Xu->EvtWriteDeferredAudioControls) {
      *Saved = *Xu;
      *SdcaContext = SpecificData;
    }
  }
  return STATUS_SUCCESS;
}

/* The XU driver calling back into the class driver. */
NTSTATUS XuConfigure(PSDCAXU_INTERFACE_V0101 Sdca, PVOID SdcaContext) {
  ULONG Entities[2] = {0};
  SDCAXU_INTERRUPT_INFO Interrupts;
  NTSTATUS Status;
  RtlZeroMemory(&Interrupts, sizeof(Interrupts));
  Interrupts.Size = sizeof(Interrupts);
  SDCA_INTERRUPT_DEFINE_MASK(Interrupts.SDCAInterruptMask, 0, 3);
  Status = Sdca->EvtSetXUEntities(SdcaContext, 0, Entities);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = Sdca->EvtRegisterForInterrupts(SdcaContext, &Interrupts);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = Sdca->EvtSetJackOverride(SdcaContext, TRUE);
  if (!NT_SUCCESS(Status))
    return Status;
  return Sdca->EvtSetJackSelectedMode(SdcaContext, 1, 2);
}

/* The codec handing the XU driver a circuit to build. */
NTSTATUS CodecAddXuCircuit(PSDCAXU_INTERFACE_V0101 Xu, ACXCIRCUIT Circuit,
                           PCUNICODE_STRING Name, const GUID *Container) {
  NTSTATUS Status;
  ULONG Size = sizeof(SDCAXU_ACX_CIRCUIT_CONFIG) + Name->MaximumLength;
  PSDCAXU_ACX_CIRCUIT_CONFIG Config = (PSDCAXU_ACX_CIRCUIT_CONFIG)
      ExAllocatePool2(POOL_FLAG_NON_PAGED, Size, 'xcdS');
  if (Config == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  Config->cbSize = Size;
  Config->CircuitName = *Name;
  Config->CircuitName.Buffer = (PWCH)(Config + 1);
  RtlCopyMemory(Config->CircuitName.Buffer, Name->Buffer,
                Name->MaximumLength);
  Config->CircuitContext = Circuit;
  Config->CircuitType = AcxCircuitTypeCapture;
  Config->ContainerID = *Container;
  Config->ComponentID = *Container;
  RtlInitUnicodeString(&Config->ComponentUri, L"test:uri");
  Status = Xu->EvtSetEndpointConfig(Xu->InterfaceHeader.Context,
                                    SdcaXuEndpointConfigTypeAcxCircuitConfig,
                                    Config, Config->cbSize);
  ExFreePoolWithTag(Config, 'xcdS');
  return Status;
}

/* The keyword spotter properties a codec answers. */
static EVT_ACX_OBJECT_PROCESS_REQUEST CodecKwsCapability;
static ACX_PROPERTY_ITEM KwsProperties[] = {
    {&KSPROPERTYSETID_SdcaKws, KSPROPERTY_SDCAKWS_DEVICE_CAPABILITY,
     ACX_PROPERTY_ITEM_FLAG_GET, CodecKwsCapability, NULL, 0,
     sizeof(DEVICE_KWS_CAPABILITY_DESCRIPTOR), 0},
    {&KSPROPERTYSETID_SdcaKws, KSPROPERTY_SDCAKWS_VAD_CAPABILITY,
     ACX_PROPERTY_ITEM_FLAG_GET, CodecKwsCapability, NULL, 0,
     sizeof(VAD_DESCRIPTOR), 0},
    {&KSPROPERTYSETID_SdcaKws, KSPROPERTY_SDCAKWS_VAD_ENTITIES,
     ACX_PROPERTY_ITEM_FLAG_GET, CodecKwsCapability, NULL, 0,
     sizeof(VAD_ENTITIES), 0},
    {&KSPROPERTYSETID_SdcaKws, KSPROPERTY_SDCAKWS_ACCESS_EVENTS,
     ACX_PROPERTY_ITEM_FLAG_SET, CodecKwsCapability, NULL, 0,
     sizeof(SDCA_KWS_NOTIFICATIONS), 0},
    {&KSPROPERTYSETID_SdcaKws, KSPROPERTY_SDCAKWS_CONFIGURE_VAD_PORT,
     ACX_PROPERTY_ITEM_FLAG_SET, CodecKwsCapability, NULL, 0,
     sizeof(SDCA_KWS_PREPARE_PARAMS), 0},
    {&KSPROPERTYSETID_Sdca, KSPROPERTY_SDCA_VENDOR_SPECIFIC,
     ACX_PROPERTY_ITEM_FLAG_GET, CodecKwsCapability, NULL, 0, 0, 0},
};

static VOID CodecKwsCapability(ACXOBJECT Object, WDFREQUEST Request) {
  ACX_REQUEST_PARAMETERS Params;
  UNREFERENCED_PARAMETER(Object);
  ACX_REQUEST_PARAMETERS_INIT(&Params);
  AcxRequestGetParameters(Request, &Params);
  if (Params.Parameters.Property.Id == KSPROPERTY_SDCAKWS_DEVICE_CAPABILITY) {
    PDEVICE_KWS_CAPABILITY_DESCRIPTOR Caps =
        (PDEVICE_KWS_CAPABILITY_DESCRIPTOR)Params.Parameters.Property.Value;
    Caps->DataPathsSupported = SupportedDataPathsBufferedRaw;
  } else if (Params.Parameters.Property.Id ==
             KSPROPERTY_SDCAKWS_VAD_CAPABILITY) {
    PVAD_DESCRIPTOR Vad = (PVAD_DESCRIPTOR)Params.Parameters.Property.Value;
    Vad->FormatCount = 1;
    Vad->Format[0].Format.nChannels = 1;
  } else if (Params.Parameters.Property.Id ==
             KSPROPERTY_SDCAKWS_CONFIGURE_VAD_PORT) {
    PSDCA_KWS_PREPARE_PARAMS Prepare =
        (PSDCA_KWS_PREPARE_PARAMS)Params.Parameters.Property.Value;
    if (Prepare->VadMode != VadModeStreaming ||
        Prepare->DetectionFormat.Format.cbSize >
            sizeof(WAVEFORMATEXTENSIBLE) - sizeof(WAVEFORMATEX)) {
      WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
      return;
    }
  }
  WdfRequestComplete(Request, STATUS_SUCCESS);
}

ULONG KwsPropertyCount(void) {
  return sizeof(KwsProperties) / sizeof(KwsProperties[0]);
}

/* The DSP driver: a fixed-size path descriptor for a special stream, the
   functions behind an endpoint, the variable-size descriptors the class
   driver returns, and the aggregated devices. */
VOID DspFillPath(PSDCA_PATH_DESCRIPTORS2 Path, ULONG Functions) {
  ULONG I;
  Path->Size = sizeof(*Path);
  Path->Version = SDCA_PATH_DESCRIPTOR2_VERSION_1;
  Path->SdcaPath = SdcaPathUltrasoundRender;
  Path->SpecialPathFormat.Format.wFormatTag = WAVE_FORMAT_EXTENSIBLE;
  Path->SpecialPathFormat.SubFormat = KSDATAFORMAT_SUBTYPE_PCM;
  Path->DescriptorCount = Functions;
  for (I = 0; I < Functions; ++I) {
    Path->Descriptor[I].Size = sizeof(Path->Descriptor[0]);
    Path->Descriptor[I].Version = SDCA_PATH_DESCRIPTOR2_VERSION_1;
    Path->Descriptor[I].FunctionInformationId = I;
    Path->Descriptor[I].TerminalEntityId = 0;
    Path->Descriptor[I].DataPortMap = SdcaDataPortMapIndexA;
    Path->Descriptor[I].DataPortConfig[0].Size =
        sizeof(SOUNDWIRE_DATAPORT_CONFIGURATION);
    Path->Descriptor[I].DataPortConfig[0].EndpointId = Path->EndpointId;
    Path->Descriptor[I].DataPortConfig[0].Modes =
        SoundWireDataPortModeIsochronous;
    Path->Descriptor[I].DataPortConfig[0].DataPortNumber = 1;
    Path->Descriptor[I].DataPortConfig[0].ChannelMask = 3;
  }
}

ULONG DspFunctionMask(PSDCA_FUNCTION_INFORMATION_LIST List,
                      PSDCA_PATH_DESCRIPTORS Paths) {
  ULONG Mask = 0, I;
  PSDCA_PATH_DESCRIPTOR Desc = (PSDCA_PATH_DESCRIPTOR)(Paths + 1);
  for (I = 0; I < List->FunctionCount; ++I)
    if (List->FunctionInfoList[I].UniqueId ==
        List->FunctionInfoList[I].FunctionId)
      Mask |= 1u << List->FunctionInfoList[I].FunctionInformationId;
  for (I = 0; I < Paths->DescriptorCount; ++I) {
    if (Desc->FormatCount > 0 && Desc->DataPortCount > 0 &&
        Desc->Formats[0].Format.nSamplesPerSec == 48000)
      Mask |= 1u << Desc->FunctionInformationId;
    Desc = (PSDCA_PATH_DESCRIPTOR)((PUCHAR)Desc + Desc->Size);
  }
  return Mask;
}

typedef struct {
  SDCA_AGGREGATION_DEVICES Devices;
  SDCA_AGGREGATION_DEVICE Extra[3];
} DSP_AGGREGATION;

ULONG DspAggregated(DSP_AGGREGATION *Agg, PSDCA_AGGREGATION_DEVICE Out) {
  ULONG I;
  Agg->Devices.Size = sizeof(*Agg);
  for (I = 0; I < Agg->Devices.FunctionCount && I < 4; ++I)
    RtlCopyMemory(&Out[I], &Agg->Devices.FunctionIds[I],
                  sizeof(SDCA_AGGREGATION_DEVICE));
  return KSPROPERTY_SDCAAGG_AGGREGATED_DEVICES + KSPROPERTY_SDCA_CREATE_PATH2 +
         (RtlEqualMemory(&KSPROPERTYSETID_SdcaAgg, &KSPROPERTYSETID_Sdca, sizeof(GUID)) ? 1
                                                                      : 0);
}

/* A stream bridge's object bag carrying the path descriptors. */
NTSTATUS DspBagPath(ACXOBJECTBAG Bag, WDFMEMORY Descriptors) {
  return AcxObjectBagAddBlob(Bag, &SdcaPropertyPathDescriptors2, Descriptors);
}
