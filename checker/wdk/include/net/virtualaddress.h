/* wskcheck WDK profile: net/virtualaddress.h -- the fragment extension that
 * holds a fragment's buffer address -- written from the NetAdapterCx
 * documentation.
 */
#ifndef WSKCHECK_NET_VIRTUALADDRESS_H
#define WSKCHECK_NET_VIRTUALADDRESS_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_FRAGMENT_VIRTUAL_ADDRESS {
  void *VirtualAddress;
} NET_FRAGMENT_VIRTUAL_ADDRESS;

NET_FRAGMENT_VIRTUAL_ADDRESS *NetExtensionGetFragmentVirtualAddress(
    NET_EXTENSION const *Extension, UINT32 Index);

#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME L"ms_fragment_virtualaddress"
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_VIRTUALADDRESS_H */
