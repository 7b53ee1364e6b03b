/* A Bluetooth L2CAP profile driver's use of bthddi.h, bthguid.h,
   bthioctl.h, bthsdpddi.h and sdpnode.h: the profile driver interface and
   its BRBs, an L2CAP server and its indication callback, an ACL transfer,
   an SDP record built with the node interface and read back with the parse
   interface; and a transport driver's use of BthXDDI.h. */
#include <ntddk.h>
#include <initguid.h>
#include <bthdef.h>
#include <bthguid.h>
#include <bthioctl.h>
#include <sdpnode.h>
#include <bthddi.h>
#include <bthsdpddi.h>
#include <bthsdpdef.h>
#include <BthXDDI.h>

static BTH_PROFILE_DRIVER_INTERFACE g_Profile;
static BTHDDI_SDP_NODE_INTERFACE g_Node;
static BTHDDI_SDP_PARSE_INTERFACE g_Parse;

static void Indication(PVOID Context, INDICATION_CODE Indication,
                       PINDICATION_PARAMETERS Parameters) {
  (void)Context;
  if (Indication == IndicationRemoteConnect)
    (void)Parameters->Parameters.Connect.Request.PSM;
  else if (Indication == IndicationRemoteDisconnect)
    (void)Parameters->Parameters.Disconnect.Reason;
}

static PBRB RegisterServer(USHORT Psm) {
  PBRB Brb = g_Profile.BthAllocateBrb(BRB_L2CA_REGISTER_SERVER, 'tbtB');
  struct _BRB_L2CA_REGISTER_SERVER *Server;
  if (Brb == NULL)
    return NULL;
  Server = &Brb->BrbL2caRegisterServer;
  Server->BtAddress = BTH_ADDR_NULL;
  Server->PSM = Psm;
  Server->IndicationCallback = Indication;
  Server->IndicationFlags = 0;
  return Brb;
}

static void Transfer(PBRB Brb, L2CAP_CHANNEL_HANDLE Channel, PVOID Buffer,
                     ULONG Length) {
  struct _BRB_L2CA_ACL_TRANSFER *Acl = &Brb->BrbL2caAclTransfer;
  g_Profile.BthReuseBrb(Brb, BRB_L2CA_ACL_TRANSFER);
  Acl->ChannelHandle = Channel;
  Acl->TransferFlags = ACL_TRANSFER_DIRECTION_IN | ACL_SHORT_TRANSFER_OK;
  Acl->Buffer = Buffer;
  Acl->BufferSize = Length;
}

static NTSTATUS BuildRecord(const GUID *Service, PUCHAR *Stream,
                            ULONG *Size) {
  PSDP_TREE_ROOT_NODE Tree = g_Node.SdpCreateNodeTree('tbtB');
  PSDP_NODE List, Uuid;
  NTSTATUS Status;
  if (Tree == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  List = g_Node.SdpCreateNodeSequence('tbtB');
  Uuid = g_Node.SdpCreateNodeUuid128(Service, 'tbtB');
  Status = g_Node.SdpAppendNodeToContainerNode(List, Uuid);
  if (NT_SUCCESS(Status))
    Status = g_Node.SdpAddAttributeToTree(Tree, SDP_ATTRIB_CLASS_ID_LIST,
                                          List, 'tbtB');
  if (NT_SUCCESS(Status))
    Status = g_Parse.SdpConvertTreeToStream(Tree, Stream, Size, 'tbtB');
  g_Node.SdpFreeTree(Tree);
  return Status;
}

static USHORT PsmFromRecord(PUCHAR Stream, ULONG Size) {
  PSDP_TREE_ROOT_NODE Tree;
  PSDP_NODE Attribute;
  ULONG_PTR ErrorByte;
  USHORT Psm = 0;
  if (!NT_SUCCESS(g_Parse.SdpValidateStream(Stream, Size, &ErrorByte)) ||
      !NT_SUCCESS(g_Parse.SdpConvertStreamToTree(Stream, Size, &Tree,
                                                 'tbtB')))
    return 0;
  if (NT_SUCCESS(g_Parse.SdpFindAttributeInTree(
          Tree, SDP_ATTRIB_PROTOCOL_DESCRIPTOR_LIST, &Attribute)) &&
      Attribute->hdr.Type == SDP_TYPE_UINT &&
      Attribute->hdr.SpecificType == SDP_ST_UINT16)
    Psm = Attribute->u.uint16;
  g_Parse.SdpFreeTree(Tree);
  return Psm;
}

ULONG UseBluetooth(BTH_SDP_CONNECT *Connect, PUCHAR Stream, ULONG Size) {
  PBRB Brb;
  BTH_HOST_FEATURE_MASK Features;
  BTHX_CAPABILITIES Caps = {0};
  BTHX_HCI_READ_WRITE_CONTEXT *Packet = NULL;
  (void)g_Profile.Interface.Version;
  (void)GUID_BTHDDI_PROFILE_DRIVER_INTERFACE;
  Connect->fSdpConnect = 0;
  Connect->requestTimeout = SDP_REQUEST_TO_DEFAULT;
  Connect->hConnection = HANDLE_SDP_NULL;
  Features.Mask = BTH_HOST_FEATURE_ENHANCED_RETRANSMISSION_MODE;
  Brb = RegisterServer(PsmFromRecord(Stream, Size));
  if (Brb != NULL) {
    Transfer(Brb, NULL, Stream, Size);
    g_Profile.BthFreeBrb(Brb);
  }
  (void)BuildRecord(&GUID_BTHPORT_DEVICE_INTERFACE, &Stream, &Size);
  Caps.MaxAclTransferInSize = 1021;
  Caps.ScoSupport = ScoSupportNone;
  (void)Packet;
  return IOCTL_INTERNAL_BTH_SUBMIT_BRB + IOCTL_BTH_SDP_CONNECT +
         IOCTL_BTHX_READ_HCI + (ULONG)Features.Mask +
         (Microsoft_BTHX_DDI_Version.Version == BTHX_DDI_VERSION_1) +
         HciPacketEvent;
}
