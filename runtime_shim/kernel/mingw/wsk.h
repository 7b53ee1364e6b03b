/* mingw-w64 kernel build only: mingw-w64's DDK headers have no wsk.h, so
 * the project's own declarations (runtime_shim/include) fill in, on top of
 * mingw-w64's ntddk.h. The WDK has its own wsk.h and never sees this file.
 */
#ifndef WSKSHIM_MINGW_WSK_H
#define WSKSHIM_MINGW_WSK_H
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
#include "../../include/wsk.h"
#endif
