/* wskcheck WDK profile: net/rsc.h -- the receive segment coalescing packet
 * extensions -- written from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_RSC_H
#define WSKCHECK_NET_RSC_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_PACKET_RSC {
  union {
    struct {
      UINT16 CoalescedSegmentCount;
      UINT16 DuplicateAckCount;
    } TCP;
    struct {
      UINT16 CoalescedSegmentCount;
      UINT16 CoalescedSegmentSize;
    } UDP;
  };
} NET_PACKET_RSC;

typedef struct _NET_PACKET_RSC_TIMESTAMP {
  union {
    struct {
      UINT32 RscTcpTimestampDelta;
    } TCP;
  };
} NET_PACKET_RSC_TIMESTAMP;

NET_PACKET_RSC *NetExtensionGetPacketRsc(NET_EXTENSION const *Extension,
                                         UINT32 Index);
NET_PACKET_RSC_TIMESTAMP *NetExtensionGetPacketRscTimestamp(
    NET_EXTENSION const *Extension, UINT32 Index);

#define NET_PACKET_EXTENSION_RSC_NAME L"ms_packet_rsc"
#define NET_PACKET_EXTENSION_RSC_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_VERSION_2 2U
#define NET_PACKET_EXTENSION_RSC_TIMESTAMP_NAME L"ms_packet_rsc_timestamp"
#define NET_PACKET_EXTENSION_RSC_TIMESTAMP_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_RSC_H */
