/* A WFP callout that proxies connections and clones the packets it
   injects, as a driver does it: the redirect of a connect request with the
   INETADDR_ helpers (no mstcpip.h include: the kernel headers bring them),
   a NET_BUFFER pool with the parameters NDIS documents, and the copy of a
   cloned list's send and receive information. In C and in C++. */
#include <ntddk.h>
#include <ndis.h>
#include <fwpmk.h>
#include <fwpsk.h>

static NDIS_HANDLE g_NbPool;

NTSTATUS CreatePool(NDIS_HANDLE NdisHandle) {
  NET_BUFFER_POOL_PARAMETERS Params;
  RtlZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params.PoolTag = 'lpBN';
  Params.DataSize = 0;
  g_NbPool = NdisAllocateNetBufferPool(NdisHandle, &Params);
  return g_NbPool ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

void DestroyPool(void) {
  if (g_NbPool)
    NdisFreeNetBufferPool(g_NbPool);
  g_NbPool = NULL;
}

void CopyInfo(NET_BUFFER_LIST *Clone, NET_BUFFER_LIST *Original,
              BOOLEAN Outbound) {
  NET_BUFFER *Nb = NET_BUFFER_LIST_FIRST_NB(Original);
  if (NdisGetPoolFromNetBuffer(Nb) == g_NbPool)
    return;
  if (Outbound)
    NdisCopySendNetBufferListInfo(Clone, Original);
  else
    NdisCopyReceiveNetBufferListInfo(Clone, Original);
}

/* Send a connection to the proxy: loopback when the local address is the
   unspecified one, the local address otherwise; the port in network order. */
void Redirect(FWPS_CONNECT_REQUEST *Request, USHORT ProxyPort,
              const UCHAR *ProxyAddress) {
  PSOCKADDR Remote = (PSOCKADDR)&Request->remoteAddressAndPort;
  PSOCKADDR Local = (PSOCKADDR)&Request->localAddressAndPort;
  if (ProxyAddress)
    INETADDR_SET_ADDRESS(Remote, ProxyAddress);
  else if (INETADDR_ISANY(Local))
    INETADDR_SETLOOPBACK(Remote);
  else
    INETADDR_SET_ADDRESS(Remote, INETADDR_ADDRESS(Local));
  INETADDR_SET_PORT(Remote, RtlUshortByteSwap(ProxyPort));
}
