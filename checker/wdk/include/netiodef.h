/* wskcheck WDK profile: netiodef.h, the network stack's wire-format
 * definitions that WFP callout drivers and NDIS lightweight filters use to
 * read the packets in their net buffer lists -- the Ethernet, IPv4, IPv6,
 * ICMP and TCP headers and their constants -- written from their
 * documentation and the protocols' RFCs.
 */
#ifndef WSKCHECK_WDK_NETIODEF_H
#define WSKCHECK_WDK_NETIODEF_H

#include <ws2def.h>
#include <ws2ipdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Ethernet. */
#define DL_ADDRESS_LENGTH_MAXIMUM 32
#define DL_HEADER_LENGTH_MAXIMUM 64
#define ETHERNET_TYPE_MINIMUM 0x0600
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#define ETHERNET_TYPE_802_1AD 0x88a8

typedef union _DL_EUI48 {
  UINT8 Byte[6];
} DL_EUI48, *PDL_EUI48;

#include <pshpack1.h>
typedef struct _ETHERNET_HEADER {
  DL_EUI48 Destination;
  DL_EUI48 Source;
  union {
    USHORT Type;   /* network byte order */
    USHORT Length; /* an IEEE 802.3 length */
  };
} ETHERNET_HEADER, UNALIGNED *PETHERNET_HEADER;
#include <poppack.h>

/* IPv4 (RFC 791). */
#define IPV4_VERSION 4
#define IPV4_DEFAULT_MTU 576
#define IPV4_MINIMUM_MTU 576

typedef struct _IPV4_HEADER {
  union {
    UINT8 VersionAndHeaderLength;
    struct {
      UINT8 HeaderLength : 4; /* in 32-bit words */
      UINT8 Version : 4;
    };
  };
  union {
    UINT8 TypeOfServiceAndEcnField;
    struct {
      UINT8 EcnField : 2;
      UINT8 TypeOfService : 6;
    };
  };
  USHORT TotalLength;
  USHORT Identification;
  union {
    USHORT FlagsAndOffset;
    struct {
      USHORT DontUse1 : 5;
      USHORT MoreFragments : 1;
      USHORT DontFragment : 1;
      USHORT Reserved : 1;
      USHORT DontUse2 : 8;
    };
  };
  UINT8 TimeToLive;
  UINT8 Protocol;
  USHORT HeaderChecksum;
  IN_ADDR SourceAddress;
  IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;

#define Ip4HeaderLengthInBytes(Header)                                         \
  ((UINT8)(((Header)->HeaderLength) << 2))

/* IPv6 (RFC 8200). */
#define IPV6_VERSION 0x60
#define IPV6_MINIMUM_MTU 1280

typedef struct _IPV6_HEADER {
  union {
    UINT32 VersionClassFlow; /* version, traffic class and flow label */
    struct {
      UINT32 : 4;
      UINT32 Version : 4;
      UINT32 : 24;
    };
  };
  USHORT PayloadLength;
  UINT8 NextHeader;
  UINT8 HopLimit;
  IN6_ADDR SourceAddress;
  IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

typedef struct _IPV6_EXTENSION_HEADER {
  UINT8 NextHeader;
  UINT8 Length; /* in 8-byte units, not counting the first 8 */
} IPV6_EXTENSION_HEADER, *PIPV6_EXTENSION_HEADER;

/* ICMP (RFC 792, RFC 4443). */
typedef struct _ICMP_HEADER {
  UINT8 Type;
  UINT8 Code;
  UINT16 Checksum;
} ICMP_HEADER, *PICMP_HEADER;

typedef struct _ICMP_MESSAGE {
  ICMP_HEADER Header;
  union {
    UINT32 Data32[1];
    UINT16 Data16[2];
    UINT8 Data8[4];
  } Data;
} ICMP_MESSAGE, *PICMP_MESSAGE;

#define ICMP4_ECHO_REPLY 0
#define ICMP4_DST_UNREACH 3
#define ICMP4_SOURCE_QUENCH 4
#define ICMP4_REDIRECT 5
#define ICMP4_ECHO_REQUEST 8
#define ICMP4_TIME_EXCEEDED 11
#define ICMP4_PARAM_PROB 12
#define ICMP6_DST_UNREACH 1
#define ICMP6_PACKET_TOO_BIG 2
#define ICMP6_TIME_EXCEEDED 3
#define ICMP6_PARAM_PROB 4
#define ICMP6_ECHO_REQUEST 128
#define ICMP6_ECHO_REPLY 129

/* TCP (RFC 793). */
#define TH_FIN 0x01
#define TH_SYN 0x02
#define TH_RST 0x04
#define TH_PSH 0x08
#define TH_ACK 0x10
#define TH_URG 0x20
#define TH_ECE 0x40
#define TH_CWR 0x80
#define TH_ALL (TH_FIN | TH_SYN | TH_RST | TH_PSH | TH_ACK | TH_URG | TH_ECE | TH_CWR)

typedef UINT32 SEQ_NUM, *PSEQ_NUM;

#include <pshpack1.h>
typedef struct _TCP_HDR {
  USHORT th_sport;
  USHORT th_dport;
  SEQ_NUM th_seq;
  SEQ_NUM th_ack;
  UINT8 th_x2 : 4;
  UINT8 th_len : 4; /* data offset, in 32-bit words */
  UINT8 th_flags;
  USHORT th_win;
  USHORT th_sum;
  USHORT th_urp;
} TCP_HDR, UNALIGNED *PTCP_HDR;
#include <poppack.h>

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_NETIODEF_H */
