/* wskcheck WDK profile: wdfdmatransaction.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- DMA transactions: cancel --- */
#ifndef WSKCHECK_WDF_DMA_CANCEL
#define WSKCHECK_WDF_DMA_CANCEL
#ifdef __cplusplus
extern "C" {
#endif

BOOLEAN WdfDmaTransactionCancel(WDFDMATRANSACTION DmaTransaction);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_DMA_CANCEL */
/* --- end DMA transactions --- */
