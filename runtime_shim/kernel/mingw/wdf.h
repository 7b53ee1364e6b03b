/* mingw-w64 kernel build only (wskcheck-confirm --kernel under Wine):
 * mingw-w64 has no KMDF headers and Wine no Wdf01000.sys, so a KMDF driver
 * gets the project's subset of the framework (runtime_shim/include/wdf.h:
 * the driver object, EvtDriverUnload, the cleanup and destroy callbacks),
 * declared on top of mingw-w64's wdm.h and implemented in the image itself
 * by the kernel shim (../wskshim_kmdf.c). The WDK has its own wdf.h and
 * never sees this file.
 */
#ifndef WSKSHIM_MINGW_WDF_H
#define WSKSHIM_MINGW_WDF_H
#include <wdm.h>
/* The WDK's ntdef.h has these; mingw-w64's has not. */
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif
#ifndef WSKSHIM_INLINE
#define WSKSHIM_INLINE static __inline__
#endif
#include "../../include/wdf.h"
#endif
