/* A WDI Wi-Fi miniport's use of dot11wdi.h, wditypes.hpp and the TLV
   generator/parser (wlan/1.0/TLVGeneratorParser.hpp), and of an SDIO bus
   (ntddsd.h): registration, the control-path handlers, the data path's
   handlers and NDIS indications, a task parsed from its TLVs and an
   indication generated into them, adapter capabilities, and a CMD52 read.
   In C and in C++. */
#include <dot11wdi.h>
#include <ndis.h>
#include <ntddsd.h>
#include <wditypes.hpp>
#include <wlan\1.0\TLVGeneratorParser.hpp>

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportHandle;
  NDIS_HANDLE DataPathHandle;
  NDIS_WDI_DATA_API DataApi;
  TLV_CONTEXT TlvContext;
  SDBUS_INTERFACE_STANDARD SdBus;
  WDI_BAND_INFO_CONTAINER BandInfo[1];
  NDIS_MINIPORT_TIMER Timer;
} ADAPTER, *PADAPTER;

static NDIS_HANDLE DriverHandle;
static ADAPTER TheAdapter;

static MINIPORT_WDI_ALLOCATE_ADAPTER AllocateAdapter;
static MINIPORT_WDI_FREE_ADAPTER FreeAdapter;
static MINIPORT_WDI_OPEN_ADAPTER OpenAdapter;
static MINIPORT_WDI_CLOSE_ADAPTER CloseAdapter;
static MINIPORT_WDI_START_ADAPTER_OPERATION StartOperation;
static MINIPORT_WDI_STOP_ADAPTER_OPERATION StopOperation;
static MINIPORT_WDI_ADAPTER_HANG_DIAGNOSE HangDiagnose;
static MINIPORT_WDI_TAL_TXRX_INITIALIZE TalTxRxInitialize;
static MINIPORT_WDI_TAL_TXRX_DEINITIALIZE TalTxRxDeinitialize;
static MINIPORT_WDI_TX_DATA_SEND TxDataSend;
static MINIPORT_WDI_RX_GET_MPDUS RxGetMpdus;
static MINIPORT_WDI_TAL_TXRX_PEER_CONFIG PeerConfig;

static NDIS_STATUS AllocateAdapter(
    NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters,
    PNDIS_WDI_INIT_PARAMETERS NdisWdiInitParameters,
    PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes) {
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  UNREFERENCED_PARAMETER(RegistrationAttributes);
  TheAdapter.MiniportHandle = NdisMiniportHandle;
  TheAdapter.TlvContext.PeerVersion = NdisWdiInitParameters->WdiVersion;
  TheAdapter.TlvContext.AllocationContext = 0;
  return NDIS_STATUS_SUCCESS;
}

static VOID FreeAdapter(NDIS_HANDLE MiniportAdapterContext) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
}

static NDIS_STATUS
OpenAdapter(NDIS_HANDLE MiniportAdapterContext,
            PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS CloseAdapter(NDIS_HANDLE MiniportAdapterContext) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS StartOperation(NDIS_HANDLE MiniportAdapterContext) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  return NDIS_STATUS_SUCCESS;
}

static VOID StopOperation(NDIS_HANDLE MiniportAdapterContext) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
}

static NDIS_STATUS HangDiagnose(NDIS_HANDLE MiniportDriverContext,
                                eDiagnoseLevel DiagnoseLevel, UINT32 BufferSize,
                                UINT8 *FirmwareBlob, UINT32 *pOutputSize) {
  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(FirmwareBlob);
  UNREFERENCED_PARAMETER(BufferSize);
  *pOutputSize = 0;
  return DiagnoseLevel == DiagnoseLevelHardwareRegisters
             ? NDIS_STATUS_SUCCESS
             : NDIS_STATUS_NOT_SUPPORTED;
}

/* Transmit: take what the TxMgr has queued, and hand it back as
   transferred. */
static VOID TxDataSend(TAL_TXRX_HANDLE MiniportTalTxRxContext,
                       WDI_PORT_ID PortId, WDI_PEER_ID PeerId,
                       WDI_EXTENDED_TID ExTid, UINT16 NumQueueFrames,
                       UINT32 NumActiveFrames, BOOLEAN bRobustnessFlag) {
  PADAPTER Adapter = (PADAPTER)MiniportTalTxRxContext;
  PNET_BUFFER_LIST Nbls = NULL;
  UNREFERENCED_PARAMETER(PeerId);
  UNREFERENCED_PARAMETER(ExTid);
  UNREFERENCED_PARAMETER(NumQueueFrames);
  UNREFERENCED_PARAMETER(NumActiveFrames);
  UNREFERENCED_PARAMETER(bRobustnessFlag);
  Adapter->DataApi.TxDequeueIndication(
      Adapter->DataPathHandle, WDI_QUANTUM_INVALID,
      WDI_TX_MAX_FRAME_COUNT_INVALID, 8, &Nbls);
  if (Nbls == NULL) {
    Adapter->DataApi.TxSendPauseIndication(Adapter->DataPathHandle, PortId,
                                           WDI_PEER_ANY, WDI_EXT_TID_UNKNOWN,
                                           WDI_TX_PAUSE_REASON_CREDIT);
    return;
  }
  Adapter->DataApi.TxTransferCompleteIndication(Adapter->DataPathHandle,
                                                WDI_TxFrameStatus_Ok, Nbls);
}

/* Receive: tag a frame with WDI's metadata, then indicate it. */
static VOID RxGetMpdus(TAL_TXRX_HANDLE MiniportTalTxRxContext,
                       WDI_PEER_ID PeerId, WDI_EXTENDED_TID ExTid,
                       PNET_BUFFER_LIST *ppNBL) {
  PADAPTER Adapter = (PADAPTER)MiniportTalTxRxContext;
  PWDI_FRAME_METADATA Meta =
      Adapter->DataApi.AllocateWiFiFrameMetaData(Adapter->DataPathHandle);
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  *ppNBL = NULL;
  if (Meta == NULL)
    return;
  Meta->u.rxMetaData.PayloadType = WDI_FRAME_MSDU;
  Meta->pNBL = NULL;
  Adapter->DataApi.FreeWiFiFrameMetaData(Adapter->DataPathHandle, Meta);
  Adapter->DataApi.RxInorderDataIndication(Adapter->DataPathHandle,
                                           WDI_RX_INDICATION_PASSIVE, PeerId,
                                           ExTid, NULL, &Status);
}

static VOID PeerConfig(TAL_TXRX_HANDLE MiniportTalTxRxContext,
                       WDI_PORT_ID PortId, WDI_PEER_ID PeerId,
                       PWDI_TXRX_PEER_CFG pPeerCfg) {
  PADAPTER Adapter = (PADAPTER)MiniportTalTxRxContext;
  WDI_MAC_ADDRESS PeerAddr = {{0, 1, 2, 3, 4, 5}};
  UNREFERENCED_PARAMETER(pPeerCfg);
  Adapter->DataApi.PeerCreateIndication(Adapter->DataPathHandle, PortId, PeerId,
                                        PeerAddr);
}

static NDIS_STATUS
TalTxRxInitialize(NDIS_HANDLE MiniportAdapterContext,
                  NDIS_HANDLE NdisMiniportDataPathHandle,
                  PNDIS_WDI_DATA_API NdisWdiDataPathApi,
                  PTAL_TXRX_HANDLE pMiniportTalTxRxContext,
                  PNDIS_MINIPORT_WDI_DATA_HANDLERS pMiniportDataHandlers,
                  UINT32 *pMiniportWdiFrameMetaDataExtraSpace) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  Adapter->DataPathHandle = NdisMiniportDataPathHandle;
  Adapter->DataApi = *NdisWdiDataPathApi;
  *pMiniportTalTxRxContext = Adapter;
  pMiniportDataHandlers->Header.Type =
      NDIS_OBJECT_TYPE_MINIPORT_WDI_DATA_HANDLERS;
  pMiniportDataHandlers->Header.Revision =
      NDIS_OBJECT_TYPE_MINIPORT_WDI_DATA_HANDLERS_REVISION_1;
  pMiniportDataHandlers->Header.Size =
      NDIS_SIZEOF_MINIPORT_WDI_DATA_HANDLERS_REVISION_1;
  pMiniportDataHandlers->TxDataSendHandler = TxDataSend;
  pMiniportDataHandlers->RxGetMpdusHandler = RxGetMpdus;
  pMiniportDataHandlers->TalTxRxPeerConfigHandler = PeerConfig;
  *pMiniportWdiFrameMetaDataExtraSpace = 0;
  return NDIS_STATUS_SUCCESS;
}

static VOID TalTxRxDeinitialize(TAL_TXRX_HANDLE MiniportTalTxRxContext) {
  UNREFERENCED_PARAMETER(MiniportTalTxRxContext);
}

/* OID_WDI_TASK_CONNECT: parse the TLVs after the message header. */
static NDIS_STATUS TaskConnect(PADAPTER Adapter, PNDIS_OID_REQUEST Request) {
  PWDI_MESSAGE_HEADER Header =
      (PWDI_MESSAGE_HEADER)Request->DATA.METHOD_INFORMATION.InformationBuffer;
  WDI_TASK_CONNECT_PARAMETERS Connect;
  NDIS_STATUS Status;
  UINT32 i;
  Status = ParseWdiTaskConnect(
      Request->DATA.METHOD_INFORMATION.InputBufferLength -
          sizeof(WDI_MESSAGE_HEADER),
      (UINT8 *)(Header + 1), &Adapter->TlvContext, &Connect);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  for (i = 0;
       i < Connect.ConnectParameters.AuthenticationAlgorithms.ElementCount; i++)
    if (Connect.ConnectParameters.AuthenticationAlgorithms.pElements[i] ==
        WDI_AUTH_ALGO_RSNA_PSK)
      break;
  for (i = 0; i < Connect.PreferredBSSEntryList.ElementCount; i++) {
    WDI_CONNECT_BSS_ENTRY_CONTAINER *Entry =
        &Connect.PreferredBSSEntryList.pElements[i];
    if (Entry->Optional.PMKID_IsPresent && Entry->PMKID.ElementCount != 16)
      Status = NDIS_STATUS_INVALID_DATA;
  }
  CleanupParsedWdiTaskConnect(&Connect);
  Header->Status = Status;
  return Status;
}

/* NDIS_STATUS_WDI_INDICATION_BSS_ENTRY_LIST: generate the TLVs. */
static VOID IndicateBss(PADAPTER Adapter, const UINT8 *Beacon, UINT32 Length) {
  WDI_INDICATION_BSS_ENTRY_LIST_PARAMETERS List;
  WDI_BSS_ENTRY_CONTAINER Entry;
  UINT8 *Tlvs = NULL;
  ULONG TlvLength = 0;
  RtlZeroMemory(&Entry, sizeof(Entry));
  Entry.BeaconFrame.pElements = (UINT8 *)Beacon;
  Entry.BeaconFrame.ElementCount = Length;
  Entry.Optional.BeaconFrame_IsPresent = TRUE;
  Entry.SignalInfo.RSSI = -50;
  Entry.ChannelInfo.ChannelNumber = 6;
  Entry.ChannelInfo.BandId = WDI_BAND_ID_2400;
  List.BSSEntryList.ElementCount = 1;
  List.BSSEntryList.pElements = &Entry;
  if (GenerateWdiIndicationBssEntryList(&List, sizeof(WDI_MESSAGE_HEADER),
                                        &Adapter->TlvContext, &TlvLength,
                                        &Tlvs) == NDIS_STATUS_SUCCESS)
    FreeGenerated(Tlvs);
}

/* OID_WDI_GET_ADAPTER_CAPABILITIES: the band the adapter supports. */
static VOID FillBands(PADAPTER Adapter,
                      WDI_GET_ADAPTER_CAPABILITIES_PARAMETERS *Caps) {
  static WDI_CHANNEL_MAPPING_ENTRY Channels[] = {{1, 2412}, {6, 2437}};
  static WDI_PHY_TYPE Phys[] = {WDI_PHY_TYPE_ERP, WDI_PHY_TYPE_HT};
  Adapter->BandInfo[0].BandCapabilities.BandID = WDI_BAND_ID_2400;
  Adapter->BandInfo[0].BandCapabilities.BandState = TRUE;
  Adapter->BandInfo[0].ValidPhyTypes.ElementCount = 2;
  Adapter->BandInfo[0].ValidPhyTypes.pElements = Phys;
  Adapter->BandInfo[0].ValidChannelTypes.ElementCount = 2;
  Adapter->BandInfo[0].ValidChannelTypes.pElements = Channels;
  Caps->BandInfo.ElementCount = 1;
  Caps->BandInfo.pElements = Adapter->BandInfo;
  Caps->Optional.BandInfo_IsPresent = TRUE;
  Caps->InterfaceAttributes.InterfaceCapabilities.MTUSize = 1500;
  Caps->DatapathAttributes.DataPathCapabilities.InterconnectType =
      WDI_INTERCONNECT_MESSAGE_BASED;
}

/* CMD52: read one byte of the card's function 1. */
static NTSTATUS ReadByte(PADAPTER Adapter, ULONG Address, UCHAR *Value) {
  SDBUS_REQUEST_PACKET Packet;
  SD_RW_DIRECT_ARGUMENT Argument;
  const SDCMD_DESCRIPTOR ReadDirect = {SDCMD_IO_RW_DIRECT, SDCC_STANDARD,
                                       SDTD_READ, SDTT_CMD_ONLY, SDRT_5};
  NTSTATUS Status;
  RtlZeroMemory(&Packet, sizeof(Packet));
  Argument.u.AsULONG = 0;
  Argument.u.bits.Address = Address;
  Argument.u.bits.Function = 1;
  Packet.RequestFunction = SDRF_DEVICE_COMMAND;
  Packet.Parameters.DeviceCommand.CmdDesc = ReadDirect;
  Packet.Parameters.DeviceCommand.Argument = Argument.u.AsULONG;
  Status = SdBusSubmitRequest(Adapter->SdBus.Context, &Packet);
  if (NT_SUCCESS(Status))
    *Value = Packet.ResponseData.AsUCHAR[0];
  return Status;
}

/* Status indications a Wi-Fi miniport forwards, and the error it logs
   when no adapter answers. */
static BOOLEAN IsWakeOrOffloadIndication(NDIS_STATUS Status) {
  return Status == NDIS_STATUS_PM_WAKE_REASON ||
         Status == NDIS_STATUS_DOT11_OFFLOAD_NETWORK_STATUS_CHANGED;
}

static UINT32 FrameCredits(const WDI_FRAME_METADATA *Frame) {
  return Frame->u.txMetaData.IsUnicast ? Frame->u.txMetaData.TxCost : 0;
}

static NDIS_ERROR_CODE NoAdapterError(void) {
  return NDIS_ERROR_CODE_ADAPTER_NOT_FOUND;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NDIS_MINIPORT_DRIVER_WDI_CHARACTERISTICS WdiChars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  NdisZeroMemory(&WdiChars, sizeof(WdiChars));
  WdiChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_WDI_CHARACTERISTICS;
  WdiChars.Header.Revision =
      NDIS_MINIPORT_DRIVER_WDI_CHARACTERISTICS_REVISION_1;
  WdiChars.Header.Size =
      NDIS_SIZEOF_MINIPORT_DRIVER_WDI_CHARACTERISTICS_REVISION_1;
  WdiChars.WdiVersion = WDI_VERSION_LATEST;
  WdiChars.AllocateAdapterHandler = AllocateAdapter;
  WdiChars.FreeAdapterHandler = FreeAdapter;
  WdiChars.OpenAdapterHandler = OpenAdapter;
  WdiChars.CloseAdapterHandler = CloseAdapter;
  WdiChars.StartOperationHandler = StartOperation;
  WdiChars.StopOperationHandler = StopOperation;
  WdiChars.HangDiagnoseHandler = HangDiagnose;
  WdiChars.TalTxRxInitializeHandler = TalTxRxInitialize;
  WdiChars.TalTxRxDeinitializeHandler = TalTxRxDeinitialize;
  (void)TaskConnect;
  (void)IndicateBss;
  (void)FillBands;
  (void)ReadByte;
  (void)IsWakeOrOffloadIndication;
  (void)NoAdapterError;
  (void)FrameCredits;
  return NdisMRegisterWdiMiniportDriver(DriverObject, RegistryPath, NULL,
                                        &Chars, &WdiChars, &DriverHandle);
}
