/* wskcheck WDK profile: net/ringcollection.h -- the rings of one packet
 * queue -- written from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_RINGCOLLECTION_H
#define WSKCHECK_NET_RINGCOLLECTION_H

#include <net/ring.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_RING_TYPE {
  NetRingTypePacket = 0,
  NetRingTypeFragment = 1,
  NetRingTypeDataBuffer
} NET_RING_TYPE;

typedef struct _NET_RING_COLLECTION {
  NET_RING *Rings[NetRingTypeDataBuffer + 1];
} NET_RING_COLLECTION;

NET_RING *NetRingCollectionGetPacketRing(NET_RING_COLLECTION const *Rings);
NET_RING *NetRingCollectionGetFragmentRing(NET_RING_COLLECTION const *Rings);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_RINGCOLLECTION_H */
