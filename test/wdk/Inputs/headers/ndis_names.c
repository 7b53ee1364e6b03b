/* The NDIS names protocol and filter drivers use beside the profile's first
   ndis.h: events, Ethernet address helpers, configuration parameters. */
#include <ndis.h>

static NDIS_EVENT g_Event;

BOOLEAN UseNdis(PUCHAR Address, NDIS_HANDLE Configuration) {
  NDIS_STATUS Status;
  PNDIS_CONFIGURATION_PARAMETER Parameter;
  NDIS_STRING Keyword = RTL_CONSTANT_STRING(L"MTU");
  UCHAR Copy[ETH_LENGTH_OF_ADDRESS];
  NdisInitializeEvent(&g_Event);
  NdisMoveMemory(Copy, Address, ETH_LENGTH_OF_ADDRESS);
  NdisReadConfiguration(&Status, &Parameter, Configuration, &Keyword,
                        NdisParameterInteger);
  NdisSetEvent(&g_Event);
  return ETH_IS_MULTICAST(Copy) || NdisWaitEvent(&g_Event, 0);
}

/* A callout asks the stack to compute the checksums of a packet it made. */
VOID AskForChecksums(PNET_BUFFER_LIST List) {
  NDIS_TCP_IP_CHECKSUM_PACKET_INFO Info = {0};
  Info.Transmit.NdisPacketChecksumV4 = 1;
  Info.Transmit.NdisPacketTcpChecksum = 1;
  NET_BUFFER_LIST_INFO(List, TcpIpChecksumNetBufferListInfo) =
      (PVOID)(ULONG_PTR)Info.Value;
}
