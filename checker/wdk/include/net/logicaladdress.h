/* wskcheck WDK profile: net/logicaladdress.h -- the fragment extension that
 * holds a fragment's DMA logical address -- written from the NetAdapterCx
 * documentation.
 */
#ifndef WSKCHECK_NET_LOGICALADDRESS_H
#define WSKCHECK_NET_LOGICALADDRESS_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_FRAGMENT_LOGICAL_ADDRESS {
  UINT64 LogicalAddress;
} NET_FRAGMENT_LOGICAL_ADDRESS;

NET_FRAGMENT_LOGICAL_ADDRESS *NetExtensionGetFragmentLogicalAddress(
    NET_EXTENSION const *Extension, UINT32 Index);

#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_NAME L"ms_fragment_logicaladdress"
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_LOGICALADDRESS_H */
