/* wskcheck WDK profile: wdfdmaenabler.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- DMA: fragment length --- */
#ifndef WSKCHECK_WDF_DMA_FRAGMENT
#define WSKCHECK_WDF_DMA_FRAGMENT
#ifdef __cplusplus
extern "C" {
#endif

size_t WdfDmaEnablerGetFragmentLength(WDFDMAENABLER DmaEnabler,
                                      WDF_DMA_DIRECTION DmaDirection);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_DMA_FRAGMENT */
/* --- end DMA --- */
