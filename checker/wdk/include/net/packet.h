/* wskcheck WDK profile: net/packet.h -- the NET_PACKET descriptor and its layout
 * -- written from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_PACKET_H
#define WSKCHECK_NET_PACKET_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_PACKET_LAYER2_TYPE {
  NetPacketLayer2TypeUnspecified,
  NetPacketLayer2TypeNull,
  NetPacketLayer2TypeEthernet,
  NetPacketLayer2TypeIeee80211
} NET_PACKET_LAYER2_TYPE;

typedef enum _NET_PACKET_LAYER3_TYPE {
  NetPacketLayer3TypeUnspecified,
  NetPacketLayer3TypeIPv4UnspecifiedOptions,
  NetPacketLayer3TypeIPv4WithOptions,
  NetPacketLayer3TypeIPv4NoOptions,
  NetPacketLayer3TypeIPv6UnspecifiedExtensions,
  NetPacketLayer3TypeIPv6WithExtensions,
  NetPacketLayer3TypeIPv6NoExtensions
} NET_PACKET_LAYER3_TYPE;

typedef enum _NET_PACKET_LAYER4_TYPE {
  NetPacketLayer4TypeUnspecified,
  NetPacketLayer4TypeTcp,
  NetPacketLayer4TypeUdp,
  NetPacketLayer4TypeIPFragment,
  NetPacketLayer4TypeIPNotFragment
} NET_PACKET_LAYER4_TYPE;

/* Packed to one byte, as the WDK has it: four bytes in all. */
#pragma pack(push, 1)
typedef struct _NET_PACKET_LAYOUT {
  UINT16 Layer2HeaderLength : 7;
  UINT16 Layer3HeaderLength : 9;
  UINT8 Layer4HeaderLength : 8;
  UINT8 Layer2Type : 4;
  UINT8 Layer3Type : 4;
  UINT8 Layer4Type : 4;
  UINT8 Reserved0 : 4;
} NET_PACKET_LAYOUT;
#pragma pack(pop)

typedef struct _NET_PACKET {
  UINT32 FragmentIndex;
  UINT16 FragmentCount;
  NET_PACKET_LAYOUT Layout;
  UINT8 Ignore : 1;
  UINT8 Scratch : 1;
  UINT8 Reserved1 : 6;
} NET_PACKET;

BOOLEAN NetPacketIsIpv4(NET_PACKET const *Packet);
BOOLEAN NetPacketIsIpv6(NET_PACKET const *Packet);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_PACKET_H */
