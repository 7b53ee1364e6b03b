/* wskcheck WDK profile: net/extension.h -- packet and fragment extensions, the
 * per-descriptor data a queue's NET_EXTENSION locates -- written from the
 * NetAdapterCx documentation.
 */
#ifndef WSKCHECK_NET_EXTENSION_H
#define WSKCHECK_NET_EXTENSION_H

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_EXTENSION_TYPE {
  NetExtensionTypePacket = 1,
  NetExtensionTypeFragment,
  NetExtensionTypeBuffer
} NET_EXTENSION_TYPE;

typedef struct _NET_EXTENSION {
  void *Reserved[4];
  union {
    BOOLEAN Enabled;
    void *Reserved1;
  };
} NET_EXTENSION;

void *NetExtensionGetData(NET_EXTENSION const *Extension, UINT32 Index);

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NET_EXTENSION_H */
