/* Host build: ntddk.h. Everything a non-PnP driver needs lives in wdm.h. */
#ifndef WSKSHIM_HOST_NTDDK_H
#define WSKSHIM_HOST_NTDDK_H

#include <wdm.h>

#endif /* WSKSHIM_HOST_NTDDK_H */
