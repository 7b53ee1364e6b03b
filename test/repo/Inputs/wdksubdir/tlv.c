/* Finds the WDI TLV parser in the WDK folder its project names
   ($(DDK_INC_PATH)wlan\1.0), as the WDK's Wi-Fi samples do. */
#include <ntddk.h>

#include "TLVGeneratorParser.hpp"

ULONG PeerVersion(const TLV_CONTEXT *Context) { return Context->PeerVersion; }
