/* A NetAdapterCx client driver's own code against the profile's
   netadaptercx.h, the net/ ring and extension headers and mbbcx.h: device
   and adapter set-up, link state and capabilities, a transmit queue that
   drains its packet ring, and an MBBCx modem's MBIM fragment callbacks. */
#include <ntddk.h>
#include <wdf.h>
#include <netadaptercx.h>
#include <net/virtualaddress.h>
#include <net/checksum.h>
#include <net/returncontext.h>
#include <mbbcx.h>

typedef struct _TXQ {
  NET_RING_COLLECTION const *Rings;
  NET_EXTENSION VirtualAddress;
} TXQ;

EVT_NET_ADAPTER_CREATE_TXQUEUE CreateTxQueue;
EVT_NET_ADAPTER_CREATE_RXQUEUE CreateRxQueue;
EVT_PACKET_QUEUE_ADVANCE TxAdvance;
EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED TxSetNotification;
EVT_PACKET_QUEUE_CANCEL TxCancel;
EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT SendFragment;
EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveFragment;
EVT_MBB_DEVICE_CREATE_ADAPTER CreateAdapter;

static TXQ g_Txq;

void TxAdvance(NETPACKETQUEUE Queue) {
  NET_RING *Packets = NetRingCollectionGetPacketRing(g_Txq.Rings);
  NET_RING *Fragments = NetRingCollectionGetFragmentRing(g_Txq.Rings);
  UINT32 Index = Packets->BeginIndex;
  (void)Queue;
  while (Index != Packets->EndIndex) {
    NET_PACKET *Packet = NetRingGetPacketAtIndex(Packets, Index);
    if (!Packet->Ignore) {
      NET_FRAGMENT *Fragment =
          NetRingGetFragmentAtIndex(Fragments, Packet->FragmentIndex);
      NET_FRAGMENT_VIRTUAL_ADDRESS *Va = NetExtensionGetFragmentVirtualAddress(
          &g_Txq.VirtualAddress, Packet->FragmentIndex);
      RtlZeroMemory((PUCHAR)Va->VirtualAddress + Fragment->Offset,
                    (SIZE_T)Fragment->ValidLength);
    }
    Index = NetRingIncrementIndex(Packets, Index);
  }
  Packets->BeginIndex = Index;
}

void TxSetNotification(NETPACKETQUEUE Queue, BOOLEAN Enabled) {
  if (Enabled)
    NetTxQueueNotifyMoreCompletedPacketsAvailable(Queue);
}

void TxCancel(NETPACKETQUEUE Queue) { (void)Queue; }

NTSTATUS CreateTxQueue(NETADAPTER Adapter, NETTXQUEUE_INIT *Init) {
  NET_PACKET_QUEUE_CONFIG Config;
  NET_EXTENSION_QUERY Query;
  NETPACKETQUEUE Queue;
  NTSTATUS Status;
  (void)Adapter;
  NET_PACKET_QUEUE_CONFIG_INIT(&Config, TxAdvance, TxSetNotification,
                               TxCancel);
  Status = NetTxQueueCreate(Init, WDF_NO_OBJECT_ATTRIBUTES, &Config, &Queue);
  if (!NT_SUCCESS(Status))
    return Status;
  g_Txq.Rings = NetTxQueueGetRingCollection(Queue);
  NET_EXTENSION_QUERY_INIT(&Query, NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME,
                           NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1,
                           NetExtensionTypeFragment);
  NetTxQueueGetExtension(Queue, &Query, &g_Txq.VirtualAddress);
  return STATUS_SUCCESS;
}

NTSTATUS CreateRxQueue(NETADAPTER Adapter, NETRXQUEUE_INIT *Init) {
  (void)Adapter;
  (void)Init;
  return STATUS_NOT_SUPPORTED;
}

NTSTATUS StartAdapter(NETADAPTER Adapter) {
  NET_ADAPTER_LINK_LAYER_CAPABILITIES LinkCaps;
  NET_ADAPTER_TX_CAPABILITIES TxCaps;
  NET_ADAPTER_RX_CAPABILITIES RxCaps;
  NET_ADAPTER_LINK_STATE LinkState;
  NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(&LinkCaps, 1000000000ULL,
                                           1000000000ULL);
  NetAdapterSetLinkLayerCapabilities(Adapter, &LinkCaps);
  NetAdapterSetLinkLayerMtuSize(Adapter, 1500);
  NET_ADAPTER_TX_CAPABILITIES_INIT(&TxCaps, 1);
  NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(&RxCaps, 2048, 1);
  NetAdapterSetDataPathCapabilities(Adapter, &TxCaps, &RxCaps);
  NET_ADAPTER_LINK_STATE_INIT(&LinkState, 1000000000ULL,
                              MediaConnectStateConnected,
                              MediaDuplexStateFull,
                              NetAdapterPauseFunctionTypeUnsupported,
                              NetAdapterAutoNegotiationFlagNone);
  NetAdapterSetLinkState(Adapter, &LinkState);
  return NetAdapterStart(Adapter);
}

NTSTATUS CreateAdapter(WDFDEVICE Device, NETADAPTER_INIT *AdapterInit) {
  NET_ADAPTER_DATAPATH_CALLBACKS Callbacks;
  NETADAPTER Adapter;
  NTSTATUS Status;
  (void)Device;
  NET_ADAPTER_DATAPATH_CALLBACKS_INIT(&Callbacks, CreateTxQueue,
                                      CreateRxQueue);
  NetAdapterInitSetDatapathCallbacks(AdapterInit, &Callbacks);
  Status = NetAdapterCreate(AdapterInit, WDF_NO_OBJECT_ATTRIBUTES, &Adapter);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = MbbAdapterInitialize(Adapter);
  if (!NT_SUCCESS(Status))
    return Status;
  return StartAdapter(Adapter);
}

void SendFragment(WDFDEVICE Device, MBBREQUEST Request) {
  size_t Size = 0;
  PVOID Buffer = MbbRequestGetBuffer(Request, &Size);
  (void)Device;
  MbbRequestComplete(Request, Buffer && Size ? STATUS_SUCCESS
                                             : STATUS_INVALID_PARAMETER);
}

void ReceiveFragment(WDFDEVICE Device, MBBREQUEST Request) {
  (void)Device;
  MbbRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
}

NTSTATUS AddDevice(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
  MBB_DEVICE_CONFIG Config;
  MBB_DEVICE_MBIM_PARAMETERS Mbim;
  WDFDEVICE Device;
  NTSTATUS Status;
  (void)Driver;
  Status = NetDeviceInitConfig(DeviceInit);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = MbbDeviceInitConfig(DeviceInit);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  MBB_DEVICE_CONFIG_INIT(&Config, SendFragment, ReceiveFragment, NULL,
                         CreateAdapter);
  Status = MbbDeviceInitialize(Device, &Config);
  if (!NT_SUCCESS(Status))
    return Status;
  MBB_DEVICE_MBIM_PARAMETERS_INIT(&Mbim, MbbMbimVersion1Dot0, 4096,
                                  MbbMbimExtendedVersion2Dot0);
  MbbDeviceSetMbimParameters(Device, &Mbim);
  return STATUS_SUCCESS;
}
