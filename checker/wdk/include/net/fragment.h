/* wskcheck WDK profile: net/fragment.h -- the NET_FRAGMENT descriptor -- written
 * from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_FRAGMENT_H
#define WSKCHECK_NET_FRAGMENT_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_FRAGMENT {
  UINT64 ValidLength : 26;
  UINT64 Capacity : 26;
  UINT64 Offset : 10;
  UINT64 Scratch : 1;
  UINT64 OsReserved_Bounced : 1;
} NET_FRAGMENT;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_FRAGMENT_H */
