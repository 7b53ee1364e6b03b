/* The NDIS 6 driver interfaces of the profile's ndis.h: a protocol driver,
   a filter driver and a miniport driver registering their characteristics,
   and the calls each makes on its data and control paths. The NDIS version
   is the driver's to name, as a WDK project does (the RUN lines try
   others). */
#if !defined(NDIS60) && !defined(NDIS630) && !defined(NDIS680)
#define NDIS630 1
#define NDIS630_MINIPORT 1
#endif
#include <ndis.h>

/* Protocol driver. */
static NDIS_HANDLE g_Protocol;
static NDIS_HANDLE g_Binding;
PROTOCOL_BIND_ADAPTER_EX ProtBind;
PROTOCOL_UNBIND_ADAPTER_EX ProtUnbind;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX ProtOpenComplete;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX ProtCloseComplete;
PROTOCOL_NET_PNP_EVENT ProtPnp;
PROTOCOL_OID_REQUEST_COMPLETE ProtOidComplete;
PROTOCOL_STATUS_EX ProtStatus;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS ProtReceive;
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE ProtSendComplete;

NDIS_STATUS ProtBind(NDIS_HANDLE DriverContext, NDIS_HANDLE BindContext,
                     PNDIS_BIND_PARAMETERS BindParameters) {
  NDIS_OPEN_PARAMETERS Open;
  NDIS_MEDIUM Medium = NdisMedium802_3;
  UINT Selected;
  NET_FRAME_TYPE FrameType = 0x88B5;
  (void)DriverContext;
  NdisZeroMemory(&Open, sizeof(Open));
  Open.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
  Open.Header.Revision = NDIS_OPEN_PARAMETERS_REVISION_1;
  Open.Header.Size = NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1;
  Open.AdapterName = BindParameters->AdapterName;
  Open.MediumArray = &Medium;
  Open.MediumArraySize = 1;
  Open.SelectedMediumIndex = &Selected;
  Open.FrameTypeArray = &FrameType;
  Open.FrameTypeArraySize = 1;
  return NdisOpenAdapterEx(g_Protocol, NULL, &Open, BindContext, &g_Binding);
}

NDIS_STATUS ProtUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE Binding) {
  (void)UnbindContext;
  (void)Binding;
  return NdisCloseAdapterEx(g_Binding);
}

VOID ProtOpenComplete(NDIS_HANDLE Binding, NDIS_STATUS Status) {
  (void)Binding;
  (void)Status;
}

VOID ProtCloseComplete(NDIS_HANDLE Binding) { (void)Binding; }

NDIS_STATUS ProtPnp(NDIS_HANDLE Binding,
                    PNET_PNP_EVENT_NOTIFICATION Notification) {
  (void)Binding;
  if (Notification->NetPnPEvent.NetEvent == NetEventSetPower &&
      *(PNET_DEVICE_POWER_STATE)Notification->NetPnPEvent.Buffer ==
          NetDeviceStateD0)
    return NDIS_STATUS_SUCCESS;
  return NDIS_STATUS_NOT_SUPPORTED;
}

VOID ProtOidComplete(NDIS_HANDLE Binding, PNDIS_OID_REQUEST Request,
                     NDIS_STATUS Status) {
  (void)Binding;
  (void)Request;
  (void)Status;
}

VOID ProtStatus(NDIS_HANDLE Binding, PNDIS_STATUS_INDICATION Indication) {
  (void)Binding;
  if (Indication->StatusCode == NDIS_STATUS_LINK_STATE)
    (void)((PNDIS_LINK_STATE)Indication->StatusBuffer)->MediaConnectState;
}

VOID ProtReceive(NDIS_HANDLE Binding, PNET_BUFFER_LIST Nbls,
                 NDIS_PORT_NUMBER Port, ULONG Count, ULONG Flags) {
  ULONG ReturnFlags = 0;
  (void)Binding;
  (void)Port;
  (void)Count;
  if (NDIS_TEST_RECEIVE_CANNOT_PEND(Flags))
    return;
  if (NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(Flags))
    NDIS_SET_RETURN_FLAG(ReturnFlags, NDIS_RETURN_FLAGS_DISPATCH_LEVEL);
  NdisReturnNetBufferLists(g_Binding, Nbls, ReturnFlags);
}

VOID ProtSendComplete(NDIS_HANDLE Binding, PNET_BUFFER_LIST Nbl,
                      ULONG Flags) {
  (void)Binding;
  (void)Flags;
  NdisFreeNetBufferList(Nbl);
}

NDIS_STATUS QueryMtu(PULONG Mtu) {
  NDIS_OID_REQUEST Request;
  NdisZeroMemory(&Request, sizeof(Request));
  Request.Header.Type = NDIS_OBJECT_TYPE_OID_REQUEST;
  Request.Header.Revision = NDIS_OID_REQUEST_REVISION_1;
  Request.Header.Size = NDIS_SIZEOF_OID_REQUEST_REVISION_1;
  Request.RequestType = NdisRequestQueryInformation;
  Request.DATA.QUERY_INFORMATION.Oid = OID_GEN_MAXIMUM_FRAME_SIZE;
  Request.DATA.QUERY_INFORMATION.InformationBuffer = Mtu;
  Request.DATA.QUERY_INFORMATION.InformationBufferLength = sizeof(*Mtu);
  return NdisOidRequest(g_Binding, &Request);
}

NDIS_STATUS RegisterProtocol(void) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;
  NDIS_STRING Name = NDIS_STRING_CONST("SAMPLEPROT");
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
  Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
  Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
  Chars.MajorNdisVersion = 6;
  Chars.Name = Name;
  Chars.BindAdapterHandlerEx = ProtBind;
  Chars.UnbindAdapterHandlerEx = ProtUnbind;
  Chars.OpenAdapterCompleteHandlerEx = ProtOpenComplete;
  Chars.CloseAdapterCompleteHandlerEx = ProtCloseComplete;
  Chars.NetPnPEventHandler = ProtPnp;
  Chars.OidRequestCompleteHandler = ProtOidComplete;
  Chars.StatusHandlerEx = ProtStatus;
  Chars.ReceiveNetBufferListsHandler = ProtReceive;
  Chars.SendNetBufferListsCompleteHandler = ProtSendComplete;
  return NdisRegisterProtocolDriver(NULL, &Chars, &g_Protocol);
}

/* Filter driver. */
static NDIS_HANDLE g_FilterDriver;
FILTER_ATTACH FltAttach;
FILTER_DETACH FltDetach;
FILTER_RESTART FltRestart;
FILTER_PAUSE FltPause;
FILTER_SEND_NET_BUFFER_LISTS FltSend;
FILTER_OID_REQUEST FltOid;
FILTER_DEVICE_PNP_EVENT_NOTIFY FltDevicePnp;

NDIS_STATUS FltAttach(NDIS_HANDLE Filter, NDIS_HANDLE DriverContext,
                      PNDIS_FILTER_ATTACH_PARAMETERS Params) {
  NDIS_FILTER_ATTRIBUTES Attributes;
  (void)DriverContext;
  if (Params->MiniportMediaType != NdisMedium802_3)
    return NDIS_STATUS_INVALID_PARAMETER;
  NdisZeroMemory(&Attributes, sizeof(Attributes));
  Attributes.Header.Type = NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES;
  Attributes.Header.Revision = NDIS_FILTER_ATTRIBUTES_REVISION_1;
  Attributes.Header.Size = NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1;
  return NdisFSetAttributes(Filter, Filter, &Attributes);
}

VOID FltDetach(NDIS_HANDLE Module) { (void)Module; }

NDIS_STATUS FltRestart(NDIS_HANDLE Module,
                       PNDIS_FILTER_RESTART_PARAMETERS Params) {
  PNDIS_RESTART_ATTRIBUTES Attr;
  (void)Module;
  for (Attr = Params->RestartAttributes; Attr; Attr = Attr->Next)
    if (Attr->Oid == OID_GEN_MINIPORT_RESTART_ATTRIBUTES)
      ((PNDIS_RESTART_GENERAL_ATTRIBUTES)Attr->Data)->LookaheadSize = 128;
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS FltPause(NDIS_HANDLE Module, PNDIS_FILTER_PAUSE_PARAMETERS Params) {
  (void)Module;
  (void)Params;
  return NDIS_STATUS_SUCCESS;
}

VOID FltSend(NDIS_HANDLE Module, PNET_BUFFER_LIST Nbls, NDIS_PORT_NUMBER Port,
             ULONG Flags) {
  NdisFSendNetBufferLists(Module, Nbls, Port, Flags);
}

NDIS_STATUS FltOid(NDIS_HANDLE Module, PNDIS_OID_REQUEST Request) {
  PNDIS_OID_REQUEST Clone;
  NDIS_STATUS Status =
      NdisAllocateCloneOidRequest(Module, Request, 'tlfS', &Clone);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = NdisFOidRequest(Module, Clone);
  if (Status != NDIS_STATUS_PENDING)
    NdisFreeCloneOidRequest(Module, Clone);
  return Status;
}

VOID FltDevicePnp(NDIS_HANDLE Module, PNET_DEVICE_PNP_EVENT Event) {
  if (Event->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved)
    return;
  NdisFDevicePnPEventNotify(Module, Event);
}

NDIS_STATUS RegisterFilter(PDRIVER_OBJECT DriverObject) {
  NDIS_FILTER_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.Header.Type = NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS;
  Chars.Header.Revision = NDIS_FILTER_CHARACTERISTICS_REVISION_2;
  Chars.Header.Size = NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2;
  Chars.MajorNdisVersion = NDIS_FILTER_MAJOR_VERSION;
  Chars.MinorNdisVersion = NDIS_FILTER_MINOR_VERSION;
  Chars.AttachHandler = FltAttach;
  Chars.DetachHandler = FltDetach;
  Chars.RestartHandler = FltRestart;
  Chars.PauseHandler = FltPause;
  Chars.SendNetBufferListsHandler = FltSend;
  Chars.OidRequestHandler = FltOid;
  Chars.DevicePnPEventNotifyHandler = FltDevicePnp;
  return NdisFRegisterFilterDriver(DriverObject, DriverObject, &Chars,
                                   &g_FilterDriver);
}

/* Miniport driver. */
static NDIS_HANDLE g_MiniportDriver;
MINIPORT_INITIALIZE MpInitialize;
MINIPORT_HALT MpHalt;
MINIPORT_UNLOAD MpUnload;
MINIPORT_OID_REQUEST MpOid;
MINIPORT_SEND_NET_BUFFER_LISTS MpSend;
NDIS_TIMER_FUNCTION MpTimer;

typedef struct _ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE Timer;
  NDIS_RW_LOCK Lock;
  NDIS_SPIN_LOCK SendLock;
  LIST_ENTRY Pending;
} ADAPTER, *PADAPTER;

VOID MpTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  (void)S1;
  (void)Context;
  (void)S2;
  (void)S3;
}

NDIS_STATUS MpInitialize(NDIS_HANDLE Miniport, NDIS_HANDLE DriverContext,
                         PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Reg;
  NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES General;
  NDIS_TIMER_CHARACTERISTICS Timer;
  PADAPTER Adapter;
  NDIS_STATUS Status;
  (void)DriverContext;
  (void)Params;
  Adapter = (PADAPTER)NdisAllocateMemoryWithTagPriority(
      Miniport, sizeof(*Adapter), 'pmpS', NormalPoolPriority);
  if (!Adapter)
    return NDIS_STATUS_RESOURCES;
  Adapter->Handle = Miniport;
  NdisInitializeReadWriteLock(&Adapter->Lock);
  NdisAllocateSpinLock(&Adapter->SendLock);
  NdisInitializeListHead(&Adapter->Pending);

  NdisZeroMemory(&Reg, sizeof(Reg));
  Reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
  Reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
  Reg.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
  Reg.MiniportAdapterContext = Adapter;
  Reg.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM;
  Reg.InterfaceType = NdisInterfaceInternal;
  Status = NdisMSetMiniportAttributes(
      Miniport, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Reg);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  NdisZeroMemory(&General, sizeof(General));
  General.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
  General.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
  General.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1;
  General.MediaType = NdisMedium802_3;
  General.MtuSize = 1500;
  General.SupportedStatistics = NDIS_STATISTICS_XMIT_OK_SUPPORTED |
                                NDIS_STATISTICS_RCV_OK_SUPPORTED;
  Status = NdisMSetMiniportAttributes(
      Miniport, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&General);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  NdisZeroMemory(&Timer, sizeof(Timer));
  Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
  Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
  Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
  Timer.AllocationTag = 'mtpS';
  Timer.TimerFunction = MpTimer;
  Timer.FunctionContext = Adapter;
  Status = NdisAllocateTimerObject(g_MiniportDriver, &Timer, &Adapter->Timer);
  if (Status == NDIS_STATUS_SUCCESS)
    return Status;
Fail:
  NdisFreeSpinLock(&Adapter->SendLock);
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

VOID MpHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  PADAPTER Adapter = (PADAPTER)Context;
  (void)Action;
  NdisCancelTimerObject(Adapter->Timer);
  NdisFreeTimerObject(Adapter->Timer);
  NdisFreeSpinLock(&Adapter->SendLock);
  NdisFreeMemory(Adapter, 0, 0);
}

VOID MpUnload(PDRIVER_OBJECT DriverObject) {
  (void)DriverObject;
  NdisMDeregisterMiniportDriver(g_MiniportDriver);
}

NDIS_STATUS MpOid(NDIS_HANDLE Context, PNDIS_OID_REQUEST Request) {
  PADAPTER Adapter = (PADAPTER)Context;
  LOCK_STATE State;
  NDIS_STATUS Status = NDIS_STATUS_NOT_SUPPORTED;
  NdisAcquireReadWriteLock(&Adapter->Lock, FALSE, &State);
  if (Request->RequestType == NdisRequestSetInformation &&
      Request->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER)
    Status = NDIS_STATUS_SUCCESS;
  NdisReleaseReadWriteLock(&Adapter->Lock, &State);
  return Status;
}

VOID MpSend(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, NDIS_PORT_NUMBER Port,
            ULONG Flags) {
  PADAPTER Adapter = (PADAPTER)Context;
  PNET_BUFFER_LIST Nbl;
  ULONG CompleteFlags = 0;
  (void)Port;
  for (Nbl = Nbls; Nbl; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
    NDIS_NET_BUFFER_LIST_8021Q_INFO Tag;
    Tag.Value = NET_BUFFER_LIST_INFO(Nbl, Ieee8021QNetBufferListInfo);
    NET_BUFFER_LIST_STATUS(Nbl) =
        Tag.TagHeader.VlanId ? NDIS_STATUS_INVALID_PACKET : NDIS_STATUS_SUCCESS;
  }
  if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(Flags))
    NDIS_SET_SEND_COMPLETE_FLAG(CompleteFlags,
                                NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
  NdisMSendNetBufferListsComplete(Adapter->Handle, Nbls, CompleteFlags);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
  Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
  Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
  Chars.MajorNdisVersion = 6;
  Chars.MinorNdisVersion = 30;
  Chars.InitializeHandlerEx = MpInitialize;
  Chars.HaltHandlerEx = MpHalt;
  Chars.UnloadHandler = MpUnload;
  Chars.OidRequestHandler = MpOid;
  Chars.SendNetBufferListsHandler = MpSend;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                     &g_MiniportDriver);
}

/* A Hyper-V extensible switch extension (a filter driver in the switch's
   stack) getting the switch's handlers and reading a packet's source. */
static NDIS_SWITCH_CONTEXT g_Switch;
static NDIS_SWITCH_OPTIONAL_HANDLERS g_SwitchHandlers;

NDIS_STATUS GetSwitchHandlers(NDIS_HANDLE Filter) {
  g_SwitchHandlers.Header.Type = NDIS_OBJECT_TYPE_SWITCH_OPTIONAL_HANDLERS;
  g_SwitchHandlers.Header.Revision = NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1;
  g_SwitchHandlers.Header.Size = NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1;
  return NdisFGetOptionalSwitchHandlers(Filter, &g_Switch, &g_SwitchHandlers);
}

BOOLEAN FromExternalPort(PNET_BUFFER_LIST Nbl, NDIS_SWITCH_PORT_ID External) {
  PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO Detail =
      NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(Nbl);
  PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations;
  g_SwitchHandlers.GetNetBufferListDestinations(g_Switch, Nbl, &Destinations);
  if (Destinations->NumDestinations > 0 &&
      NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(Destinations, 0)->IsExcluded)
    return FALSE;
  return Detail->SourcePortId == External &&
         Detail->SourceNicIndex == NDIS_SWITCH_DEFAULT_NIC_INDEX;
}
