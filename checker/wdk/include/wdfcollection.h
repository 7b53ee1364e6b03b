/* wskcheck WDK profile: wdfcollection.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Collections: first and last item --- */
#ifndef WSKCHECK_WDF_COLLECTION_ENDS
#define WSKCHECK_WDF_COLLECTION_ENDS
#ifdef __cplusplus
extern "C" {
#endif

WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);
WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_COLLECTION_ENDS */
/* --- end Collections --- */
