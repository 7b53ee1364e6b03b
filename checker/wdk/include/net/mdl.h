/* wskcheck WDK profile: net/mdl.h -- the fragment extension that holds the MDL
 * describing a fragment's buffer -- written from the NetAdapterCx
 * documentation.
 */
#ifndef WSKCHECK_NET_MDL_H
#define WSKCHECK_NET_MDL_H

#include <net/extension.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_FRAGMENT_MDL {
  PMDL Mdl;
} NET_FRAGMENT_MDL;

NET_FRAGMENT_MDL *NetExtensionGetFragmentMdl(NET_EXTENSION const *Extension,
                                             UINT32 Index);

#define NET_FRAGMENT_EXTENSION_MDL_NAME L"ms_fragment_mdl"
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1 1U

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_MDL_H */
