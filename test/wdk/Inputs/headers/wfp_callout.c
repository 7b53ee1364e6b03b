/* A WFP callout driver's use of fwpmk.h and fwpsk.h: the engine session
   and the callout, sublayer and filter it adds, the callout it registers
   with its classify, notify and flow-delete functions, the incoming values
   and metadata a classify reads, a flow context, a pended classification,
   stream data, and a transport injection with its completion. */
#include <ntddk.h>
#include <fwpmk.h>
#include <fwpsk.h>

DEFINE_GUID(WFP_TEST_CALLOUT_KEY, 0x1c9b2f10, 0x7d2e, 0x4b1a, 0x9a, 0x11, 0x2b,
            0x3c, 0x4d, 0x5e, 0x6f, 0x70);
DEFINE_GUID(WFP_TEST_SUBLAYER_KEY, 0x1c9b2f11, 0x7d2e, 0x4b1a, 0x9a, 0x11,
            0x2b, 0x3c, 0x4d, 0x5e, 0x6f, 0x71);

static HANDLE g_Engine;
static HANDLE g_Injection;
static UINT32 g_CalloutId;
static UINT64 g_ClassifyHandle;

static void NTAPI InjectComplete(void *Context, NET_BUFFER_LIST *Nbl,
                                 BOOLEAN DispatchLevel) {
  (void)Context;
  FwpsFreeCloneNetBufferList(Nbl, 0);
  (void)DispatchLevel;
}

static void NTAPI Classify(const FWPS_INCOMING_VALUES *InFixedValues,
                           const FWPS_INCOMING_METADATA_VALUES *InMetaValues,
                           void *LayerData, const void *ClassifyContext,
                           const FWPS_FILTER *Filter, UINT64 FlowContext,
                           FWPS_CLASSIFY_OUT *ClassifyOut) {
  UINT32 Remote;
  NET_BUFFER_LIST *Clone = NULL;
  (void)FlowContext;
  if (!(ClassifyOut->rights & FWPS_RIGHT_ACTION_WRITE))
    return;
  if (FWPS_IS_METADATA_FIELD_PRESENT(InMetaValues,
                                     FWPS_METADATA_FIELD_DISCARD_REASON) &&
      InMetaValues->discardMetadata.discardModule ==
          FWPS_DISCARD_MODULE_NETWORK &&
      (IP_DISCARD_REASON)InMetaValues->discardMetadata.discardReason ==
          IpDiscardInspectionDrop)
    return;
  if (InFixedValues->layerId == FWPS_LAYER_STREAM_V4) {
    FWPS_STREAM_CALLOUT_IO_PACKET *Packet =
        (FWPS_STREAM_CALLOUT_IO_PACKET *)LayerData;
    UCHAR Buffer[16];
    SIZE_T Copied;
    if (Packet->streamData->flags & FWPS_STREAM_FLAG_RECEIVE)
      FwpsCopyStreamDataToBuffer(Packet->streamData, Buffer, sizeof(Buffer),
                                 &Copied);
    Packet->streamAction = FWPS_STREAM_ACTION_NONE;
    ClassifyOut->actionType = FWP_ACTION_PERMIT;
    return;
  }
  Remote = InFixedValues
               ->incomingValue[FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS]
               .value.uint32;
  if (FWPS_IS_METADATA_FIELD_PRESENT(InMetaValues,
                                     FWPS_METADATA_FIELD_FLOW_HANDLE))
    FwpsFlowAssociateContext(InMetaValues->flowHandle,
                             FWPS_LAYER_STREAM_V4, g_CalloutId, Remote);
  if (Remote == 0 &&
      NT_SUCCESS(FwpsAcquireClassifyHandle((void *)ClassifyContext, 0,
                                           &g_ClassifyHandle)) &&
      NT_SUCCESS(FwpsPendClassify(g_ClassifyHandle, Filter->filterId, 0,
                                  ClassifyOut))) {
    ClassifyOut->actionType = FWP_ACTION_BLOCK;
    ClassifyOut->flags |= FWPS_CLASSIFY_OUT_FLAG_ABSORB;
    return;
  }
  if (LayerData != NULL &&
      FwpsQueryPacketInjectionState(g_Injection, (NET_BUFFER_LIST *)LayerData,
                                    NULL) == FWPS_PACKET_NOT_INJECTED &&
      NT_SUCCESS(FwpsAllocateCloneNetBufferList((NET_BUFFER_LIST *)LayerData,
                                                NULL, NULL, 0, &Clone))) {
    FWPS_TRANSPORT_SEND_PARAMS Send = {0};
    Send.remoteAddress = (UCHAR *)&Remote;
    if (!NT_SUCCESS(FwpsInjectTransportSendAsync(
            g_Injection, NULL, InMetaValues->transportEndpointHandle, 0,
            &Send, AF_INET, (COMPARTMENT_ID)InMetaValues->compartmentId, Clone,
            InjectComplete, NULL)))
      FwpsFreeCloneNetBufferList(Clone, 0);
  }
  ClassifyOut->actionType = FWP_ACTION_PERMIT;
}

static NTSTATUS NTAPI Notify(FWPS_CALLOUT_NOTIFY_TYPE NotifyType,
                             const GUID *FilterKey, FWPS_FILTER *Filter) {
  (void)FilterKey;
  (void)Filter;
  return NotifyType == FWPS_CALLOUT_NOTIFY_ADD_FILTER ? STATUS_SUCCESS
                                                      : STATUS_SUCCESS;
}

static void NTAPI FlowDelete(UINT16 LayerId, UINT32 CalloutId,
                             UINT64 FlowContext) {
  (void)LayerId;
  (void)CalloutId;
  (void)FlowContext;
}

NTSTATUS RegisterCallout(PDEVICE_OBJECT DeviceObject) {
  FWPS_CALLOUT sCallout = {0};
  FWPM_CALLOUT mCallout = {0};
  FWPM_SUBLAYER SubLayer = {0};
  FWPM_FILTER Filter = {0};
  FWPM_FILTER_CONDITION Condition[1] = {0};
  FWPM_SESSION Session = {0};
  NTSTATUS Status;

  Session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  Status = FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &Session, &g_Engine);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = FwpsInjectionHandleCreate(AF_INET, FWPS_INJECTION_TYPE_TRANSPORT,
                                     &g_Injection);
  if (!NT_SUCCESS(Status))
    goto Close;
  Status = FwpmTransactionBegin(g_Engine, 0);
  if (!NT_SUCCESS(Status))
    goto Close;

  sCallout.calloutKey = WFP_TEST_CALLOUT_KEY;
  sCallout.classifyFn = Classify;
  sCallout.notifyFn = Notify;
  sCallout.flowDeleteFn = FlowDelete;
  Status = FwpsCalloutRegister(DeviceObject, &sCallout, &g_CalloutId);
  if (!NT_SUCCESS(Status))
    goto Abort;

  mCallout.calloutKey = WFP_TEST_CALLOUT_KEY;
  mCallout.displayData.name = (wchar_t *)L"Test callout";
  mCallout.applicableLayer = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  Status = FwpmCalloutAdd(g_Engine, &mCallout, NULL, NULL);
  if (!NT_SUCCESS(Status))
    goto Abort;

  SubLayer.subLayerKey = WFP_TEST_SUBLAYER_KEY;
  SubLayer.weight = FWP_EMPTY;
  Status = FwpmSubLayerAdd(g_Engine, &SubLayer, NULL);
  if (!NT_SUCCESS(Status))
    goto Abort;

  Condition[0].fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  Condition[0].matchType = FWP_MATCH_EQUAL;
  Condition[0].conditionValue.type = FWP_UINT16;
  Condition[0].conditionValue.uint16 = 80;
  Filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  Filter.subLayerKey = WFP_TEST_SUBLAYER_KEY;
  Filter.action.type = FWP_ACTION_CALLOUT_TERMINATING;
  Filter.action.calloutKey = WFP_TEST_CALLOUT_KEY;
  Filter.weight.type = FWP_EMPTY;
  Filter.numFilterConditions = 1;
  Filter.filterCondition = Condition;
  Status = FwpmFilterAdd(g_Engine, &Filter, NULL, NULL);
  if (!NT_SUCCESS(Status))
    goto Abort;
  return FwpmTransactionCommit(g_Engine);

Abort:
  FwpmTransactionAbort(g_Engine);
Close:
  FwpmEngineClose(g_Engine);
  return Status;
}

void UnregisterCallout(void) {
  FWPS_CLASSIFY_OUT Out = {0};
  Out.actionType = FWP_ACTION_PERMIT;
  FwpsCompleteClassify(g_ClassifyHandle, 0, &Out);
  FwpsReleaseClassifyHandle(g_ClassifyHandle);
  FwpsCalloutUnregisterById(g_CalloutId);
  FwpsInjectionHandleDestroy(g_Injection);
  if (FwpmBfeStateGet() == FWPM_SERVICE_RUNNING)
    FwpmEngineClose(g_Engine);
}
