/* wskcheck WDK profile: mstcpip.h's INETADDR_ helpers, which work on a
 * SOCKADDR of either family (AF_INET or AF_INET6, read from sa_family),
 * written from their documented signatures and purpose. Included by the
 * profile's mstcpip.h and at the end of its ws2ipdef.h: WFP callout drivers
 * use them with only the kernel headers (fwpsk.h) included.
 */
#ifndef WSKCHECK_INETADDR_H
#define WSKCHECK_INETADDR_H

#ifndef MSTCPIP_INLINE
#ifdef __cplusplus
#define MSTCPIP_INLINE inline
#else
#define MSTCPIP_INLINE __inline
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The address bytes inside the socket address (4 for IPv4, 16 for IPv6). */
MSTCPIP_INLINE PUCHAR INETADDR_ADDRESS(const SOCKADDR *a) {
  if (a->sa_family == AF_INET6)
    return (PUCHAR) & ((SOCKADDR_IN6 *)a)->sin6_addr;
  return (PUCHAR) & ((SOCKADDR_IN *)a)->sin_addr;
}

/* Port is in network byte order, as the socket address holds it. */
MSTCPIP_INLINE VOID INETADDR_SET_PORT(PSOCKADDR a, USHORT Port) {
  if (a->sa_family == AF_INET6)
    ((SOCKADDR_IN6 *)a)->sin6_port = Port;
  else
    ((SOCKADDR_IN *)a)->sin_port = Port;
}

/* Replaces the address with the one at Address, of the family a has. */
MSTCPIP_INLINE VOID INETADDR_SET_ADDRESS(PSOCKADDR a, const UCHAR *Address) {
  if (a->sa_family == AF_INET6)
    ((SOCKADDR_IN6 *)a)->sin6_addr = *(const IN6_ADDR *)Address;
  else
    ((SOCKADDR_IN *)a)->sin_addr = *(const IN_ADDR *)Address;
}

/* Whether the address is the unspecified one (0.0.0.0 or ::). */
MSTCPIP_INLINE BOOLEAN INETADDR_ISANY(const SOCKADDR *a) {
  ULONG Length = a->sa_family == AF_INET6 ? 16 : 4;
  const UCHAR *Bytes = INETADDR_ADDRESS(a);
  ULONG i;
  for (i = 0; i < Length; i++)
    if (Bytes[i] != 0)
      return FALSE;
  return TRUE;
}

/* Makes the address the loopback one (127.0.0.1 or ::1), port 0 (and for
   IPv6 no flow information or scope). */
MSTCPIP_INLINE VOID INETADDR_SETLOOPBACK(PSOCKADDR a) {
  if (a->sa_family == AF_INET6) {
    SOCKADDR_IN6 *In6 = (SOCKADDR_IN6 *)a;
    ULONG i;
    In6->sin6_port = 0;
    In6->sin6_flowinfo = 0;
    In6->sin6_scope_id = 0;
    for (i = 0; i < 16; i++)
      In6->sin6_addr.s6_addr[i] = i == 15 ? 1 : 0;
  } else {
    SOCKADDR_IN *In4 = (SOCKADDR_IN *)a;
    In4->sin_port = 0;
    In4->sin_addr.s_addr = 0x0100007f; /* 127.0.0.1 in network order */
  }
}

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_INETADDR_H */
