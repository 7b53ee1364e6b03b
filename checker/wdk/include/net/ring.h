/* wskcheck WDK profile: net/ring.h -- the NET_RING a NetAdapterCx
 * client driver's packet queues hand it packets and fragments in --
 * written from the NetAdapterCx documentation. The WDK implements the
 * accessors inline; here they are declarations.
 */
#ifndef WSKCHECK_NET_RING_H
#define WSKCHECK_NET_RING_H

#include <net/packet.h>
#include <net/fragment.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_RING {
  UINT16 OSReserved1;
  UINT16 ElementStride;
  UINT32 NumberOfElements;
  UINT32 ElementIndexMask;
  UINT32 EndIndex;
  union {
    UINT32 OSReserved0;
    void *OSReserved2[4];
  };
  UINT32 BeginIndex;
  UINT32 NextIndex;
  void *Scratch;
  unsigned char Buffer[ANYSIZE_ARRAY];
} NET_RING;

UINT32 NetRingIncrementIndex(NET_RING const *Ring, UINT32 Index);
UINT32 NetRingAdvanceIndex(NET_RING const *Ring, UINT32 Index,
                           INT32 Distance);
UINT32 NetRingGetRangeCount(NET_RING const *Ring, UINT32 StartIndex,
                            UINT32 EndIndex);
void *NetRingGetElementAtIndex(NET_RING const *Ring, UINT32 Index);
NET_PACKET *NetRingGetPacketAtIndex(NET_RING const *Ring, UINT32 Index);
NET_FRAGMENT *NetRingGetFragmentAtIndex(NET_RING const *Ring, UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_RING_H */
