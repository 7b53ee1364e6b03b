/* An ACX audio driver's use of acx.h: driver and device initialisation,
   a render circuit with a pin, a volume element and a real-time stream,
   data formats, requests and object bags. In C and in C++. */
#include <ntddk.h>
#include <wdf.h>
#include <ksmedia.h>
#include <acx.h>

static EVT_ACX_CIRCUIT_CREATE_STREAM EvtCreateStream;
static EVT_ACX_STREAM_ALLOCATE_RTPACKETS EvtAllocatePackets;
static EVT_ACX_VOLUME_ASSIGN_LEVEL EvtAssignLevel;
static EVT_ACX_OBJECT_PREPROCESS_REQUEST EvtPreprocess;
static EVT_ACX_OBJECT_PROCESS_REQUEST EvtProperty;

static ACX_PROPERTY_ITEM Properties[] = {
    {&KSPROPSETID_General, 1, ACX_PROPERTY_ITEM_FLAG_GET, EvtProperty, NULL,
     0, sizeof(ULONG), 0},
};

static VOID EvtProperty(ACXOBJECT Object, WDFREQUEST Request) {
  ACX_REQUEST_PARAMETERS Params;
  UNREFERENCED_PARAMETER(Object);
  ACX_REQUEST_PARAMETERS_INIT(&Params);
  AcxRequestGetParameters(Request, &Params);
  if (Params.Parameters.Property.Verb == AcxPropertyVerbGet &&
      Params.Parameters.Property.ValueCb >= sizeof(ULONG))
    *(PULONG)Params.Parameters.Property.Value = 0;
  WdfRequestComplete(Request, STATUS_SUCCESS);
}

static VOID EvtPreprocess(ACXOBJECT Object, ACXCONTEXT DriverContext,
                          WDFREQUEST Request) {
  UNREFERENCED_PARAMETER(DriverContext);
  (VOID)AcxCircuitDispatchAcxRequest((ACXCIRCUIT)Object, Request);
}

static NTSTATUS EvtAssignLevel(ACXVOLUME Volume, ULONG Channel, LONG Level) {
  UNREFERENCED_PARAMETER(Volume);
  UNREFERENCED_PARAMETER(Channel);
  UNREFERENCED_PARAMETER(Level);
  return STATUS_SUCCESS;
}

static NTSTATUS EvtAllocatePackets(ACXSTREAM Stream, ULONG PacketCount,
                                   ULONG PacketSize, PACX_RTPACKET *Packets) {
  ACX_RTPACKET *Packet;
  UNREFERENCED_PARAMETER(Stream);
  Packet = (ACX_RTPACKET *)ExAllocatePool2(
      POOL_FLAG_NON_PAGED, sizeof(ACX_RTPACKET) * PacketCount, 'xcaM');
  if (Packet == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  ACX_RTPACKET_INIT(Packet);
  Packet->RtPacketSize = PacketSize;
  *Packets = Packet;
  return STATUS_SUCCESS;
}

static NTSTATUS EvtCreateStream(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                ACXPIN Pin, PACXSTREAM_INIT StreamInit,
                                ACXDATAFORMAT StreamFormat,
                                const GUID *SignalProcessingMode,
                                ACXOBJECTBAG VarArguments) {
  ACX_RT_STREAM_CALLBACKS RtCallbacks;
  ACXSTREAM Stream;
  ULONG BlockAlign = AcxDataFormatGetBlockAlign(StreamFormat);
  UNREFERENCED_PARAMETER(Pin);
  UNREFERENCED_PARAMETER(SignalProcessingMode);
  UNREFERENCED_PARAMETER(VarArguments);
  UNREFERENCED_PARAMETER(BlockAlign);
  ACX_RT_STREAM_CALLBACKS_INIT(&RtCallbacks);
  RtCallbacks.EvtAcxStreamAllocateRtPackets = EvtAllocatePackets;
  (VOID)AcxStreamInitAssignAcxRtStreamCallbacks(StreamInit, &RtCallbacks);
  return AcxRtStreamCreate(Device, Circuit, WDF_NO_OBJECT_ATTRIBUTES,
                           &StreamInit, &Stream);
}

NTSTATUS AddRenderCircuit(WDFDEVICE Device, PKSDATAFORMAT Format) {
  DECLARE_CONST_UNICODE_STRING(Name, L"Speaker0");
  DECLARE_CONST_ACXOBJECTBAG_SYSTEM_PROPERTY_NAME(UniqueID);
  PACXCIRCUIT_INIT CircuitInit = AcxCircuitInitAllocate(Device);
  ACX_PIN_CONFIG PinConfig;
  ACX_VOLUME_CALLBACKS VolumeCallbacks;
  ACX_VOLUME_CONFIG VolumeConfig;
  ACX_DATAFORMAT_CONFIG FormatConfig;
  ACX_CONNECTION Connection;
  ACXCIRCUIT Circuit;
  ACXPIN Pin;
  ACXVOLUME Volume;
  ACXDATAFORMAT DataFormat;
  NTSTATUS Status;

  if (CircuitInit == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  (VOID)AcxCircuitInitAssignName(CircuitInit, &Name);
  AcxCircuitInitSetCircuitType(CircuitInit, AcxCircuitTypeRender);
  (VOID)AcxCircuitInitAssignProperties(CircuitInit, Properties,
                                       ARRAYSIZE(Properties));
  (VOID)AcxCircuitInitAssignAcxRequestPreprocessCallback(
      CircuitInit, EvtPreprocess, NULL, AcxRequestTypeAny, NULL,
      AcxItemIdNone);
  (VOID)AcxCircuitInitAssignAcxCreateStreamCallback(CircuitInit,
                                                    EvtCreateStream);
  Status = AcxCircuitCreate(Device, WDF_NO_OBJECT_ATTRIBUTES, &CircuitInit,
                            &Circuit);
  if (!NT_SUCCESS(Status)) {
    AcxCircuitInitFree(CircuitInit);
    return Status;
  }

  ACX_PIN_CONFIG_INIT(&PinConfig);
  PinConfig.Type = AcxPinTypeSink;
  PinConfig.Communication = AcxPinCommunicationSink;
  PinConfig.Category = &KSCATEGORY_AUDIO;
  Status = AcxPinCreate(Circuit, WDF_NO_OBJECT_ATTRIBUTES, &PinConfig, &Pin);
  if (!NT_SUCCESS(Status))
    return Status;

  ACX_DATAFORMAT_CONFIG_INIT_KS(&FormatConfig, Format);
  Status = AcxDataFormatCreate(Device, WDF_NO_OBJECT_ATTRIBUTES,
                               &FormatConfig, &DataFormat);
  if (NT_SUCCESS(Status))
    Status = AcxDataFormatListAddDataFormat(AcxPinGetRawDataFormatList(Pin),
                                            DataFormat);

  ACX_VOLUME_CALLBACKS_INIT(&VolumeCallbacks);
  VolumeCallbacks.EvtAcxVolumeAssignLevel = EvtAssignLevel;
  ACX_VOLUME_CONFIG_INIT(&VolumeConfig);
  VolumeConfig.ChannelsCount = 2;
  VolumeConfig.Callbacks = &VolumeCallbacks;
  Status = AcxVolumeCreate(Circuit, WDF_NO_OBJECT_ATTRIBUTES, &VolumeConfig,
                           &Volume);
  if (NT_SUCCESS(Status))
    Status = AcxCircuitAddElements(Circuit, (ACXELEMENT *)&Volume, 1);
  ACX_CONNECTION_INIT(&Connection, Circuit, Volume);
  Connection.FromPin.Id = AcxPinGetId(Pin);
  (VOID)AcxCircuitAddConnections(Circuit, &Connection, 1);
  (VOID)UniqueID;
  return AcxDeviceAddCircuit(Device, Circuit);
}

NTSTATUS InitAcxDevice(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit,
                       WDFDEVICE *Device) {
  ACX_DRIVER_CONFIG DriverConfig;
  ACX_DEVICEINIT_CONFIG InitConfig;
  ACX_DEVICE_CONFIG DeviceConfig;
  ACX_DRIVER_VERSION_AVAILABLE_PARAMS Version;
  NTSTATUS Status;

  ACX_DRIVER_CONFIG_INIT(&DriverConfig);
  Status = AcxDriverInitialize(Driver, &DriverConfig);
  ACX_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(&Version, ACX_VERSION_MAJOR,
                                           ACX_VERSION_MINOR);
  if (!NT_SUCCESS(Status) || !AcxDriverIsVersionAvailable(Driver, &Version) ||
      !ACX_IS_FUNCTION_AVAILABLE(AcxCircuitCreate))
    return STATUS_NOT_SUPPORTED;
  ACX_DEVICEINIT_CONFIG_INIT(&InitConfig);
  Status = AcxDeviceInitInitialize(DeviceInit, &InitConfig);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, Device);
  if (!NT_SUCCESS(Status))
    return Status;
  ACX_DEVICE_CONFIG_INIT(&DeviceConfig);
  return AcxDeviceInitialize(*Device, &DeviceConfig);
}
