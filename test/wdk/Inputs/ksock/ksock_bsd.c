/* Berkeley-style names over the library, with the C library's fixed-size
   integer types. */
#include "ksock.h"
#include <stdint.h>

typedef int ksock_socklen_t;

uint16_t ksock_htons(uint16_t value) {
  return (uint16_t)((value << 8) | (value >> 8));
}

int ksock_getaddrinfo(const char *node, const char *service,
                      const struct addrinfo *hints, struct addrinfo **res) {
  UNREFERENCED_PARAMETER(node);
  UNREFERENCED_PARAMETER(service);
  UNREFERENCED_PARAMETER(hints);
  *res = NULL;
  return -1;
}

int ksock_bind(PKSOCK sock, const struct sockaddr *addr, ksock_socklen_t len) {
  UNREFERENCED_PARAMETER(sock);
  UNREFERENCED_PARAMETER(len);
  return addr->sa_family == AF_INET ? 0 : -1;
}
