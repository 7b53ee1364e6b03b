/* wskcheck WDK profile: net/returncontext.h -- the fragment extension that
 * carries a driver-managed receive buffer's return context -- written
 * from the NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_RETURNCONTEXT_H
#define WSKCHECK_NET_RETURNCONTEXT_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

DECLARE_HANDLE(NET_FRAGMENT_RETURN_CONTEXT_HANDLE);

typedef struct _NET_FRAGMENT_RETURN_CONTEXT {
  NET_FRAGMENT_RETURN_CONTEXT_HANDLE Handle;
} NET_FRAGMENT_RETURN_CONTEXT;

NET_FRAGMENT_RETURN_CONTEXT *NetExtensionGetFragmentReturnContext(
    NET_EXTENSION const *Extension, UINT32 Index);

#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME L"ms_fragment_returncontext"
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_RETURNCONTEXT_H */
