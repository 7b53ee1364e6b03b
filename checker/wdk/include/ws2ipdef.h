/* wskcheck WDK profile: mingw-w64's ws2ipdef.h (IPv4 and IPv6 options and
 * addresses), made self-contained, plus the address initialisers it lacks.
 *
 * mingw-w64's version expects winsock2.h to have been included first; the
 * profile's ws2def.h supplies what it uses instead.
 */
#ifndef WSKCHECK_WDK_WS2IPDEF_H
#define WSKCHECK_WDK_WS2IPDEF_H

#include <ws2def.h>
#include_next <ws2ipdef.h>

/* Initialisers for IN6_ADDR (sixteen bytes, network order). */
#ifndef IN6ADDR_ANY_INIT
#define IN6ADDR_ANY_INIT                                                       \
  {                                                                            \
    { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } }                     \
  }
#define IN6ADDR_LOOPBACK_INIT                                                  \
  {                                                                            \
    { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 } }                     \
  }
#define IN6ADDR_ALLNODESONNODE_INIT                                            \
  {                                                                            \
    { { 0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 } }            \
  }
#define IN6ADDR_ALLNODESONLINK_INIT                                            \
  {                                                                            \
    { { 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 } }            \
  }
#define IN6ADDR_ALLROUTERSONLINK_INIT                                          \
  {                                                                            \
    { { 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02 } }            \
  }
#define IN6ADDR_V4MAPPEDPREFIX_INIT                                            \
  {                                                                            \
    { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0 } }               \
  }
#define IN6ADDR_6TO4PREFIX_INIT                                                \
  {                                                                            \
    { { 0x20, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } }               \
  }
#endif

#ifndef IN4ADDR_ANY
#define IN4ADDR_ANY INADDR_ANY
#define IN4ADDR_LOOPBACK 0x0100007f
#define IN4ADDR_BROADCAST INADDR_BROADCAST
#define IN4ADDR_ANY_INIT {0}
#endif


/* Ancillary data of IP_PKTINFO, IPV6_PKTINFO and IP_RECVERR (user-mode
   code has them from mingw-w64's ws2tcpip.h). */
#if !defined(WSKCHECK_WDK_PKTINFO) && !defined(_MINGW_IP_TYPES_H)
#define WSKCHECK_WDK_PKTINFO
typedef struct in_pktinfo {
  IN_ADDR ipi_addr;
  ULONG ipi_ifindex;
} IN_PKTINFO, *PIN_PKTINFO;

typedef struct in6_pktinfo {
  IN6_ADDR ipi6_addr;
  ULONG ipi6_ifindex;
} IN6_PKTINFO, *PIN6_PKTINFO;

typedef struct in_recverr {
  IPPROTO protocol;
  ULONG info;
  UINT8 type;
  UINT8 code;
} IN_RECVERR, *PIN_RECVERR;
#endif

/* ---- Begin: the text lengths of an IPv4 and an IPv6 address (with scope
   and port), which WFP callout drivers size their RtlIpv*AddressToString
   buffers with. ---- */
#ifndef INET_ADDRSTRLEN
#define INET_ADDRSTRLEN 22
#endif
#ifndef INET6_ADDRSTRLEN
#define INET6_ADDRSTRLEN 65
#endif
/* ---- End: address text lengths. ---- */

/* mstcpip.h's INETADDR_ helpers, visible here as WFP callouts use them. */
#include <wskcheck_inetaddr.h>

#endif /* WSKCHECK_WDK_WS2IPDEF_H */
