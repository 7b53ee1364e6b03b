/* wskcheck WDK profile: net/gso.h -- the generic segmentation offload packet
 * extension -- written from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_GSO_H
#define WSKCHECK_NET_GSO_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_PACKET_GSO {
  union {
    struct {
      UINT32 Mss : 20;
      UINT32 Reserved0 : 12;
    } TCP;
    struct {
      UINT32 Mss : 20;
      UINT32 Reserved0 : 12;
    } UDP;
  };
} NET_PACKET_GSO;

NET_PACKET_GSO *NetExtensionGetPacketGso(NET_EXTENSION const *Extension,
                                         UINT32 Index);

#define NET_PACKET_EXTENSION_GSO_NAME L"ms_packet_gso"
#define NET_PACKET_EXTENSION_GSO_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_GSO_H */
