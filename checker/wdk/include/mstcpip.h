/* wskcheck WDK profile: mingw-w64's mstcpip.h (Microsoft-specific TCP/IP
 * socket options and I/O controls), made self-contained, plus the I/O
 * controls it lacks, written from their documentation.
 */
#ifndef WSKCHECK_WDK_MSTCPIP_H
#define WSKCHECK_WDK_MSTCPIP_H

#include <ws2def.h>
/* mingw-w64 declares the ip2string.h routines here when ws2ipdef.h was
   included, with a Terminator of type LPSTR * where the documented one is
   PCSTR *: take them from ip2string.h instead. */
#pragma push_macro("_WS2IPDEF_")
#undef _WS2IPDEF_
#include_next <mstcpip.h>
#pragma pop_macro("_WS2IPDEF_")
#ifdef _WS2IPDEF_
#include <ip2string.h>
#endif
#ifdef _WS2IPDEF_
#include <wskcheck_inetaddr.h>
#endif

/* Whether receive-side scaling is on for the socket's interface. */
#ifndef SIO_QUERY_RSS_SCALABILITY_INFO
#define SIO_QUERY_RSS_SCALABILITY_INFO _WSAIOR(IOC_VENDOR, 210)
typedef struct _RSS_SCALABILITY_INFO {
  BOOLEAN RssEnabled;
} RSS_SCALABILITY_INFO, *PRSS_SCALABILITY_INFO;
#endif

#endif /* WSKCHECK_WDK_MSTCPIP_H */
