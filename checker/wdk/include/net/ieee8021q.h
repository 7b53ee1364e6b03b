/* wskcheck WDK profile: net/ieee8021q.h -- the 802.1Q tag packet extension --
 * written from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_IEEE8021Q_H
#define WSKCHECK_NET_IEEE8021Q_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_PACKET_TX_IEEE8021Q_ACTION_FLAGS {
  NetPacketTxIeee8021qActionFlagPriorityRequired = 1,
  NetPacketTxIeee8021qActionFlagVlanRequired = 2
} NET_PACKET_TX_IEEE8021Q_ACTION_FLAGS;

typedef struct _NET_PACKET_IEEE8021Q {
  UINT16 PriorityCodePoint : 3;
  UINT16 VlanIdentifier : 12;
  UINT8 TxTagging : 2;
} NET_PACKET_IEEE8021Q;

NET_PACKET_IEEE8021Q *NetExtensionGetPacketIeee8021Q(
    NET_EXTENSION const *Extension, UINT32 Index);

#define NET_PACKET_EXTENSION_IEEE8021Q_NAME L"ms_packet_ieee8021q"
#define NET_PACKET_EXTENSION_IEEE8021Q_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_IEEE8021Q_H */
