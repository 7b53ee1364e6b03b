/* A WiFiCx client driver: it initializes its device with the class
   extension, reports device, station, band and PHY capabilities, creates
   its station adapter with a peer demultiplexer and wake sources, and
   answers the class extension's commands with indications. */
#include <ntddk.h>
#include <wdf.h>

#include <wificx.h>

EVT_WIFI_DEVICE_SEND_COMMAND SampleSendCommand;
EVT_WIFI_DEVICE_CREATE_ADAPTER SampleCreateAdapter;
EVT_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE SampleCreateWifiDirectDevice;

static const DOT11_AUTH_CIPHER_PAIR UnicastPairs[] = {
    {DOT11_AUTH_ALGO_RSNA_PSK, DOT11_CIPHER_ALGO_CCMP}};
static WDI_PHY_TYPE Phys24[] = {WDI_PHY_TYPE_ERP, WDI_PHY_TYPE_HE};
static WDI_CHANNEL_MAPPING_ENTRY Channels24[] = {{1, 2412}, {6, 2437}};
static UINT32 Width20 = 20;

NTSTATUS SampleDeviceAdd(PWDFDEVICE_INIT DeviceInit) {
  WDFDEVICE Device;
  WIFI_DEVICE_CONFIG Config;
  NTSTATUS Status;

  Status = WifiDeviceInitConfig(DeviceInit);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  WIFI_DEVICE_CONFIG_INIT(&Config, WDI_VERSION_LATEST, SampleSendCommand,
                          SampleCreateAdapter, SampleCreateWifiDirectDevice);
  Status = WifiDeviceInitialize(Device, &Config);
  if (!NT_SUCCESS(Status))
    return Status;
  return WifiDeviceGetOsWdiVersion(Device) >= WDI_VERSION_1_0
             ? STATUS_SUCCESS
             : STATUS_NOT_SUPPORTED;
}

NTSTATUS SampleSetCapabilities(WDFDEVICE Device) {
  WIFI_DEVICE_CAPABILITIES DeviceCaps;
  WIFI_STATION_CAPABILITIES StationCaps;
  WIFI_BAND_CAPABILITIES BandCaps;
  WIFI_BAND_INFO Band;
  WIFI_PHY_CAPABILITIES PhyCaps;
  WIFI_PHY_INFO Phy;
  NTSTATUS Status;

  WIFI_DEVICE_CAPABILITIES_INIT(&DeviceCaps);
  DeviceCaps.HardwareRadioState = 1;
  DeviceCaps.NumRxStreams = 2;
  DeviceCaps.MACAddressRandomizationMask.Address[3] = 0xFF;
  DeviceCaps.BluetoothCoexistenceSupport =
      WDI_BLUETOOTH_COEXISTENCE_PERFORMANCE_MAINTAINED;
  Status = WifiDeviceSetDeviceCapabilities(Device, &DeviceCaps);
  if (!NT_SUCCESS(Status))
    return Status;

  WIFI_STATION_CAPABILITIES_INIT(&StationCaps);
  StationCaps.ScanSSIDListSize = 4;
  StationCaps.MFPCapable = 1;
  StationCaps.NumSupportedUnicastAlgorithms = 1;
  StationCaps.UnicastAlgorithmsList = (PDOT11_AUTH_CIPHER_PAIR)UnicastPairs;
  if (WIFI_IS_FIELD_AVAILABLE(WIFI_STATION_CAPABILITIES, MSCSSupported))
    StationCaps.MSCSSupported = 1;
  Status = WifiDeviceSetStationCapabilities(Device, &StationCaps);
  if (!NT_SUCCESS(Status))
    return Status;

  RtlZeroMemory(&Band, sizeof(Band));
  Band.BandID = WDI_BAND_ID_2400;
  Band.BandState = TRUE;
  Band.NumValidPhyTypes = ARRAYSIZE(Phys24);
  Band.ValidPhyTypeList = Phys24;
  Band.NumValidChannelTypes = ARRAYSIZE(Channels24);
  Band.ValidChannelTypes = Channels24;
  Band.NumChannelWidths = 1;
  Band.ChannelWidthList = &Width20;
  WIFI_BAND_CAPABILITIES_INIT(&BandCaps);
  BandCaps.NumBands = 1;
  BandCaps.BandInfoList = &Band;
  Status = WifiDeviceSetBandCapabilities(Device, &BandCaps);
  if (!NT_SUCCESS(Status))
    return Status;

  Phy.PhyType = WDI_PHY_TYPE_EHT;
  Phy.NumberDataRateEntries = 1;
  Phy.DataRateList[0].DataRateFlag =
      WDI_DATA_RATE_RX_RATE | WDI_DATA_RATE_TX_RATE;
  Phy.DataRateList[0].DataRateValue = 108;
  WIFI_PHY_CAPABILITIES_INIT(&PhyCaps);
  PhyCaps.NumPhyTypes = 1;
  PhyCaps.PhyInfoList = &Phy;
  return WifiDeviceSetPhyCapabilities(Device, &PhyCaps);
}

NTSTATUS SampleCreateAdapter(WDFDEVICE Device, NETADAPTER_INIT *AdapterInit) {
  WIFI_ADAPTER_TX_DEMUX Demux;
  WIFI_ADAPTER_WAKE_CAPABILITIES Wake;
  NETADAPTER Adapter;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Device);

  if (WifiAdapterInitGetType(AdapterInit) != WIFI_ADAPTER_EXTENSIBLE_STATION)
    return STATUS_NOT_SUPPORTED;
  WIFI_ADAPTER_TX_PEER_ADDRESS_DEMUX_INIT(&Demux, 8);
  WifiAdapterInitAddTxDemux(AdapterInit, &Demux);
  Status = NetAdapterCreate(AdapterInit, WDF_NO_OBJECT_ATTRIBUTES, &Adapter);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WifiAdapterInitialize(Adapter);
  if (!NT_SUCCESS(Status))
    return Status;
  WIFI_ADAPTER_WAKE_CAPABILITIES_INIT(&Wake);
  Wake.NloDiscovery = TRUE;
  WifiAdapterSetWakeCapabilities(Adapter, &Wake);
  return WifiAdapterGetPortId(Adapter) == 0 ? NetAdapterStart(Adapter)
                                            : STATUS_SUCCESS;
}

NTSTATUS SampleCreateWifiDirectDevice(WDFDEVICE Device,
                                      WIFIDIRECT_DEVICE_INIT *Init) {
  WIFIDIRECTDEVICE WifiDirect;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Device);
  Status = WifiDirectDeviceCreate(Init, WDF_NO_OBJECT_ATTRIBUTES, &WifiDirect);
  if (!NT_SUCCESS(Status))
    return Status;
  return WifiDirectDeviceInitialize(WifiDirect);
}

VOID SampleSendCommand(WDFDEVICE Device, WIFIREQUEST Request) {
  UINT InLength = 0, OutLength = 0;
  PWDI_MESSAGE_HEADER Header = (PWDI_MESSAGE_HEADER)WifiRequestGetInOutBuffer(
      Request, &InLength, &OutLength);
  UINT16 MessageId = WifiRequestGetMessageId(Request);
  WDFMEMORY Indication;
  PVOID Buffer;

  if (OutLength < sizeof(WDI_MESSAGE_HEADER)) {
    WifiRequestSetBytesNeeded(Request, sizeof(WDI_MESSAGE_HEADER));
    WifiRequestComplete(Request, STATUS_BUFFER_TOO_SMALL, 0);
    return;
  }
  Header->Status = NDIS_STATUS_SUCCESS;
  WifiRequestComplete(Request, STATUS_SUCCESS, sizeof(WDI_MESSAGE_HEADER));
  if (NT_SUCCESS(WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx,
                                 WIFI_DRIVER_DEFAULT_POOL_TAG,
                                 sizeof(WDI_MESSAGE_HEADER), &Indication,
                                 &Buffer))) {
    RtlCopyMemory(Buffer, Header, sizeof(WDI_MESSAGE_HEADER));
    WifiDeviceReceiveIndication(Device, MessageId, Indication);
  }
}
