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
