/* wskcheck WDK profile: wificx.h, the Wi-Fi class extension (WiFiCx) a
 * NetAdapterCx client driver of a Wi-Fi device programs against: device
 * initialization and the command callback, the command requests
 * (WIFIREQUEST) and the indications the driver sends back, the device,
 * station, band, PHY and Wi-Fi Direct capabilities, the adapters and their
 * transmit demultiplexing, peers and wake sources, written from the WiFiCx
 * documentation. The WDI types they carry are dot11wificxtypes.hpp's. A
 * whole header mingw-w64 does not have.
 *
 * The WDK reaches the class extension's routines through a function table
 * and implements the *_INIT helpers inline; here the routines are
 * declarations, so the analysis sees calls of the documented routines.
 * The documentation gives FirmwareVersion no length and
 * WIFI_DRIVER_DEFAULT_POOL_TAG no value: stand-ins serve.
 * WIFI_IS_FIELD_AVAILABLE and the capability members the documentation
 * does not list yet (ClientDriverDiagnostic, MSCSSupported,
 * DSCPToUPMappingSupported) are undocumented: declared from their use.
 */
#ifndef _WIFICX_H_
#define _WIFICX_H_

#include <netadaptercx.h>

#include <dot11wificxtypes.hpp>

#ifdef __cplusplus
extern "C" {
#endif

/* Objects of the class extension. */
typedef struct WIFIREQUEST__ *WIFIREQUEST;
typedef struct WIFIDIRECTDEVICE__ *WIFIDIRECTDEVICE;
typedef struct WIFIDIRECT_DEVICE_INIT WIFIDIRECT_DEVICE_INIT;

/* Stand-in: documented without its value. */
#define WIFI_DRIVER_DEFAULT_POOL_TAG 'xCiW'
#define WSKCHECK_WIFI_FIRMWARE_VERSION_LENGTH 32
#define WSKCHECK_WIFI_MAX_DATA_RATES 255

/* Undocumented: declared from its use (whether the structure the driver
   was built with has the member). */
#define WIFI_IS_FIELD_AVAILABLE(Type, Field)                                   \
  (FIELD_OFFSET(Type, Field) < sizeof(Type))

/* ------------------------------------------------------------------ */
/* The device and its command requests                                 */

typedef NTSTATUS EVT_WIFI_DEVICE_CREATE_ADAPTER(WDFDEVICE Device,
                                                NETADAPTER_INIT *AdapterInit);
typedef EVT_WIFI_DEVICE_CREATE_ADAPTER *PFN_WIFI_DEVICE_CREATE_ADAPTER;
typedef NTSTATUS EVT_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE(
    WDFDEVICE Device, WIFIDIRECT_DEVICE_INIT *WifiDirectDeviceInit);
typedef EVT_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE
    *PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE;
typedef VOID EVT_WIFI_DEVICE_SEND_COMMAND(WDFDEVICE Device,
                                          WIFIREQUEST SendRequest);
typedef EVT_WIFI_DEVICE_SEND_COMMAND *PFN_WIFI_DEVICE_SEND_COMMAND;

typedef struct _WIFI_DEVICE_CONFIG {
  ULONG Size;
  ULONG WdiVersion;
  PFN_WIFI_DEVICE_SEND_COMMAND SendCommand;
  PFN_WIFI_DEVICE_CREATE_ADAPTER CreateAdapter;
  PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE CreateWifiDirectDevice;
} WIFI_DEVICE_CONFIG;

FORCEINLINE VOID WIFI_DEVICE_CONFIG_INIT(
    WIFI_DEVICE_CONFIG *Config, ULONG WdiVersion,
    PFN_WIFI_DEVICE_SEND_COMMAND SendCommand,
    PFN_WIFI_DEVICE_CREATE_ADAPTER CreateAdapter,
    PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE CreateWifiDirectDevice) {
  RtlZeroMemory(Config, sizeof(WIFI_DEVICE_CONFIG));
  Config->Size = sizeof(WIFI_DEVICE_CONFIG);
  Config->WdiVersion = WdiVersion;
  Config->SendCommand = SendCommand;
  Config->CreateAdapter = CreateAdapter;
  Config->CreateWifiDirectDevice = CreateWifiDirectDevice;
}

NTSTATUS WifiDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS WifiDeviceInitialize(WDFDEVICE Device,
                              const WIFI_DEVICE_CONFIG *Config);
ULONG WifiDeviceGetOsWdiVersion(WDFDEVICE Device);
VOID WifiDeviceReceiveIndication(WDFDEVICE Device, UINT16 MessageId,
                                 WDFMEMORY Data);

PVOID WifiRequestGetInOutBuffer(WIFIREQUEST Request, UINT *InputBufferLength,
                                UINT *OutBufferLength);
UINT16 WifiRequestGetMessageId(WIFIREQUEST Request);
VOID WifiRequestComplete(WIFIREQUEST Request, NTSTATUS NtStatus,
                         UINT BytesWritten);
VOID WifiRequestSetBytesNeeded(WIFIREQUEST Request, UINT BytesNeeded);

/* ------------------------------------------------------------------ */
/* Capabilities                                                        */

typedef struct _WIFI_DEVICE_CAPABILITIES {
  ULONG Size;
  UINT8 HardwareRadioState;
  UINT8 SoftwareRadioState;
  UINT8 FirmwareVersion[WSKCHECK_WIFI_FIRMWARE_VERSION_LENGTH];
  UINT8 ActionFramesSupported;
  UINT8 NumRxStreams;
  UINT8 NumTxStreams;
  UINT8 Support_eCSA;
  UINT8 MACAddressRandomization;
  WDI_MAC_ADDRESS MACAddressRandomizationMask;
  WDI_BLUETOOTH_COEXISTENCE_SUPPORT BluetoothCoexistenceSupport;
  UINT8 SupportsNonWdiOidRequests;
  UINT8 FastTransitionSupported;
  UINT8 MU_MIMOSupported;
  UINT8 BSSTransitionSupported;
  UINT8 SAEAuthenticationSupported;
  UINT8 MBOSupported;
  UINT8 BeaconReportsImplemented;
} WIFI_DEVICE_CAPABILITIES;

typedef struct _WIFI_STA_BANDS_COMBINATION {
  UINT32 NumStaBands;
  WDI_BAND_ID BandIDs[2];
} WIFI_STA_BANDS_COMBINATION;

typedef struct _WIFI_STATION_CAPABILITIES {
  ULONG Size;
  UINT32 ScanSSIDListSize;
  UINT32 DesiredSSIDListSize;
  UINT32 PrivacyExemptionListSize;
  UINT32 KeyMappingTableSize;
  UINT32 DefaultKeyTableSize;
  UINT32 WEPKeyValueMaxLength;
  UINT32 MaxNumPerSTA;
  UINT8 SupportedQOSFlags;
  UINT8 HostFIPSModeImplemented;
  UINT8 MFPCapable;
  UINT8 AutoPowerSaveMode;
  UINT8 BSSListCachemanagement;
  UINT8 ConnectBSSSelectionOverride;
  UINT32 MaxNetworkOffloadListSize;
  UINT8 HESSIDConnectionSupported;
  UINT8 FTMAsInitiatorSupport;
  UINT32 FTMNumberOfSupportedTargets;
  UINT8 HostWPA3FIPSModeEnabled;
  UINT32 NumSupportedUnicastAlgorithms;
  PDOT11_AUTH_CIPHER_PAIR UnicastAlgorithmsList;
  UINT32 NumSupportedMulticastDataAlgorithms;
  PDOT11_AUTH_CIPHER_PAIR MulticastDataAlgorithmsList;
  UINT32 NumSupportedMulticastMgmtAlgorithms;
  PDOT11_AUTH_CIPHER_PAIR MulticastMgmtAlgorithmsList;
  UINT32 NumSecondaryStaBandCombinations;
  WIFI_STA_BANDS_COMBINATION *SecondaryStaBandsCombinations;
  UINT8 MaxMultiLinkConnectionsSupported;
  UINT8 MultiLinkConnectionsEnabled;
  WDI_MAC_ADDRESS *MultiLinkAddressesList;
  /* Undocumented: declared from their use. */
  UINT8 MSCSSupported;
  UINT8 DSCPToUPMappingSupported;
} WIFI_STATION_CAPABILITIES;

typedef struct _WIFI_BAND_INFO {
  WDI_BAND_ID BandID;
  BOOLEAN BandState;
  UINT32 NumValidPhyTypes;
  WDI_PHY_TYPE *ValidPhyTypeList;
  UINT32 NumValidChannelTypes;
  WDI_CHANNEL_MAPPING_ENTRY *ValidChannelTypes;
  UINT32 NumChannelWidths;
  UINT32 *ChannelWidthList;
} WIFI_BAND_INFO;

typedef struct _WIFI_BAND_CAPABILITIES {
  ULONG Size;
  UINT32 NumBands;
  WIFI_BAND_INFO *BandInfoList;
} WIFI_BAND_CAPABILITIES;

typedef struct _WIFI_PHY_INFO {
  WDI_PHY_TYPE PhyType;
  UINT16 NumberDataRateEntries;
  WDI_DATA_RATE_ENTRY DataRateList[WSKCHECK_WIFI_MAX_DATA_RATES];
} WIFI_PHY_INFO;

typedef struct _WIFI_PHY_CAPABILITIES {
  ULONG Size;
  UINT32 NumPhyTypes;
  WIFI_PHY_INFO *PhyInfoList;
} WIFI_PHY_CAPABILITIES;

typedef struct _WIFI_WIFIDIRECT_CAPABILITIES {
  ULONG Size;
  UINT8 WFDRoleCount;
  UINT8 ConcurrentGOCount;
  UINT8 ConcurrentClientCount;
  BOOLEAN ServiceDiscoverySupported;
  BOOLEAN ServiceNameDiscoverySupported;
  BOOLEAN ServiceInformationDiscoverySupported;
  UINT32 ServiceNameAdvertisementsMaxBytesSupported;
  UINT32 ServiceInformationAdvertisementsMaxBytesSupported;
  BOOLEAN BackgroundDiscoverySupported;
  BOOLEAN ClientDiscoverabilitySupported;
  BOOLEAN InfrastructureManagementSupported;
  UINT8 DeviceAddress[6];
  UINT32 DiscoveryFilterListSize;
  UINT8 GOClientTableSize;
  UINT32 MaxVendorSpecificExtensionIESize;
  BOOLEAN PassiveAvailabilityListenStateSupported;
  BOOLEAN OperatingChannelUpdatesSupported;
  BOOLEAN GOon5GHzBandSupported;
  UINT32 ScanSSIDListSize;
  UINT32 DesiredSSIDListSize;
  UINT32 PrivacyExemptionListSize;
  UINT32 AssociationTableSize;
  UINT32 DefaultKeyTableSize;
  UINT32 WEPKeyValueMaxLength;
  UINT32 NumSupportedUnicastAlgorithms;
  PDOT11_AUTH_CIPHER_PAIR UnicastAlgorithms;
  UINT32 NumSupportedMulticastDataAlgorithms;
  PDOT11_AUTH_CIPHER_PAIR MulticastDataAlgorithms;
  UINT32 NumInterfaceAddresses;
  WDI_MAC_ADDRESS *InterfaceAddressList;
  BOOLEAN GOon6GHzBandSupported;
} WIFI_WIFIDIRECT_CAPABILITIES;

#define WSKCHECK_WIFI_SIZED_INIT(Name, Type)                                   \
  FORCEINLINE VOID Name(Type *Capabilities) {                                  \
    RtlZeroMemory(Capabilities, sizeof(Type));                                 \
    Capabilities->Size = sizeof(Type);                                         \
  }
WSKCHECK_WIFI_SIZED_INIT(WIFI_DEVICE_CAPABILITIES_INIT,
                         WIFI_DEVICE_CAPABILITIES)
WSKCHECK_WIFI_SIZED_INIT(WIFI_STATION_CAPABILITIES_INIT,
                         WIFI_STATION_CAPABILITIES)
WSKCHECK_WIFI_SIZED_INIT(WIFI_BAND_CAPABILITIES_INIT, WIFI_BAND_CAPABILITIES)
WSKCHECK_WIFI_SIZED_INIT(WIFI_PHY_CAPABILITIES_INIT, WIFI_PHY_CAPABILITIES)
WSKCHECK_WIFI_SIZED_INIT(WIFI_WIFIDIRECT_CAPABILITIES_INIT,
                         WIFI_WIFIDIRECT_CAPABILITIES)

NTSTATUS
WifiDeviceSetDeviceCapabilities(WDFDEVICE Device,
                                const WIFI_DEVICE_CAPABILITIES *Capabilities);
NTSTATUS WifiDeviceSetStationCapabilities(
    WDFDEVICE Device, const WIFI_STATION_CAPABILITIES *StationCapabilities);
NTSTATUS
WifiDeviceSetBandCapabilities(WDFDEVICE Device,
                              const WIFI_BAND_CAPABILITIES *BandCapabilities);
NTSTATUS
WifiDeviceSetPhyCapabilities(WDFDEVICE Device,
                             const WIFI_PHY_CAPABILITIES *PhyCapabilities);
NTSTATUS WifiDeviceSetWiFiDirectCapabilities(
    WDFDEVICE Device,
    const WIFI_WIFIDIRECT_CAPABILITIES *WiFiDirectCapabilities);

/* ------------------------------------------------------------------ */
/* Adapters                                                            */

typedef enum _WIFI_ADAPTER_TYPE {
  WIFI_ADAPTER_EXTENSIBLE_STATION,
  WIFI_ADAPTER_WIFI_DIRECT_ROLE,
  WIFI_ADAPTER_SECONDARY_STATION
} WIFI_ADAPTER_TYPE;

typedef enum _WIFI_ADAPTER_TX_DEMUX_TYPE {
  WifiAdapterTxDemuxTypePeerAddress = 2,
  WifiAdapterTxDemuxTypeWmmInfo = 3
} WIFI_ADAPTER_TX_DEMUX_TYPE;

typedef struct _WIFI_ADAPTER_TX_DEMUX {
  ULONG Size;
  WIFI_ADAPTER_TX_DEMUX_TYPE Type;
  UINT32 Range;
} WIFI_ADAPTER_TX_DEMUX;

FORCEINLINE VOID WIFI_ADAPTER_TX_PEER_ADDRESS_DEMUX_INIT(
    WIFI_ADAPTER_TX_DEMUX *Demux, UINT32 Range) {
  RtlZeroMemory(Demux, sizeof(WIFI_ADAPTER_TX_DEMUX));
  Demux->Size = sizeof(WIFI_ADAPTER_TX_DEMUX);
  Demux->Type = WifiAdapterTxDemuxTypePeerAddress;
  Demux->Range = Range;
}

FORCEINLINE VOID
WIFI_ADAPTER_TX_WMMINFO_DEMUX_INIT(WIFI_ADAPTER_TX_DEMUX *Demux) {
  RtlZeroMemory(Demux, sizeof(WIFI_ADAPTER_TX_DEMUX));
  Demux->Size = sizeof(WIFI_ADAPTER_TX_DEMUX);
  Demux->Type = WifiAdapterTxDemuxTypeWmmInfo;
}

typedef enum _WIFI_WAKE_REASON_TYPE {
  WifiWakeReasonTypeNloDiscovery,
  WifiWakeReasonTypeApAssociationlost,
  WifiWakeReasonTypeGtkHandshakeError,
  WifiWakeReasonTypeFourWayHandshakeRequest
} WIFI_WAKE_REASON_TYPE;

typedef struct _WIFI_ADAPTER_WAKE_CAPABILITIES {
  ULONG Size;
  BOOLEAN NloDiscovery;
  BOOLEAN ApAssociationLost;
  BOOLEAN GtkHandshakeError;
  BOOLEAN FourWayHandshakeRequest;
  /* Undocumented: declared from its use. */
  BOOLEAN ClientDriverDiagnostic;
} WIFI_ADAPTER_WAKE_CAPABILITIES;

WSKCHECK_WIFI_SIZED_INIT(WIFI_ADAPTER_WAKE_CAPABILITIES_INIT,
                         WIFI_ADAPTER_WAKE_CAPABILITIES)

typedef struct _WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES {
  ULONG Size;
  BOOLEAN Enabled;
} WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES;

WSKCHECK_WIFI_SIZED_INIT(WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES_INIT,
                         WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES)
#undef WSKCHECK_WIFI_SIZED_INIT

WIFI_ADAPTER_TYPE WifiAdapterInitGetType(NETADAPTER_INIT *AdapterInit);
VOID WifiAdapterInitAddTxDemux(NETADAPTER_INIT *Adapter,
                               const WIFI_ADAPTER_TX_DEMUX *Demux);
NTSTATUS WifiAdapterInitialize(NETADAPTER Adapter);
WIFI_ADAPTER_TYPE WifiAdapterGetType(NETADAPTER Adapter);
UINT16 WifiAdapterGetPortId(NETADAPTER Adapter);
NTSTATUS WifiAdapterAddPeer(NETADAPTER Adapter, const WDI_MAC_ADDRESS *Address);
VOID WifiAdapterRemovePeer(NETADAPTER Adapter, const WDI_MAC_ADDRESS *Address);
VOID WifiAdapterSetWakeCapabilities(
    NETADAPTER Adapter, const WIFI_ADAPTER_WAKE_CAPABILITIES *Capabilities);
VOID WifiAdapterReportWakeReason(NETADAPTER Adapter,
                                 WIFI_WAKE_REASON_TYPE Reason);
VOID WifiAdapterPowerOffloadSetRsnRekeyCapabilities(
    NETADAPTER Adapter,
    const WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES *Capabilities);
const WDI_MAC_ADDRESS *WifiTxQueueGetDemuxPeerAddress(NETPACKETQUEUE Queue);
UINT8 WifiTxQueueGetDemuxWmmInfo(NETPACKETQUEUE Queue);

/* ------------------------------------------------------------------ */
/* Wi-Fi Direct devices                                                */

NTSTATUS
WifiDirectDeviceCreate(WIFIDIRECT_DEVICE_INIT *WifiDirectDeviceInit,
                       WDF_OBJECT_ATTRIBUTES *WifiDirectDeviceAttributes,
                       WIFIDIRECTDEVICE *WifiDirectDevice);
NTSTATUS WifiDirectDeviceInitialize(WIFIDIRECTDEVICE WifiDirectDevice);
UINT32 WifiDirectDeviceGetPortId(WIFIDIRECTDEVICE WifiDirectDevice);

#ifdef __cplusplus
}
#endif

#endif /* _WIFICX_H_ */
