/* wskcheck WDK profile: NET_BUFFER pools, and the copies of a net buffer
 * list's send or receive information into another list (nblapi.h in the
 * WDK, which ndis.h includes), written from their documentation. Included
 * at the end of the profile's ndis.h.
 */
#ifndef WSKCHECK_NDIS_NBPOOL_H
#define WSKCHECK_NDIS_NBPOOL_H

#ifdef __cplusplus
extern "C" {
#endif

/* What NdisAllocateNetBufferPool is told: the object header (type
   NDIS_OBJECT_TYPE_DEFAULT, revision 1), the pool tag of the NET_BUFFER
   structures, and the default data size for NdisAllocateNetBufferMdlAndData. */
#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1

typedef struct _NET_BUFFER_POOL_PARAMETERS {
  NDIS_OBJECT_HEADER Header;
  ULONG PoolTag;
  ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1                      \
  RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)

NDIS_HANDLE NDIS_API NdisAllocateNetBufferPool(
    NDIS_HANDLE NdisHandle, PNET_BUFFER_POOL_PARAMETERS Parameters);
VOID NDIS_API NdisFreeNetBufferPool(NDIS_HANDLE PoolHandle);
PNET_BUFFER NDIS_API NdisAllocateNetBufferMdlAndData(NDIS_HANDLE PoolHandle);
NDIS_HANDLE NDIS_API NdisGetPoolFromNetBuffer(PNET_BUFFER NetBuffer);

/* A driver that clones a list to pass a send (or receive) on copies the
   list's out-of-band information, NDIS's private part included, with these. */
VOID NDIS_API
NdisCopySendNetBufferListInfo(NET_BUFFER_LIST *DestNetBufferList,
                              NET_BUFFER_LIST const *SrcNetBufferList);
VOID NDIS_API
NdisCopyReceiveNetBufferListInfo(NET_BUFFER_LIST *DestNetBufferList,
                                 NET_BUFFER_LIST const *SrcNetBufferList);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NDIS_NBPOOL_H */
