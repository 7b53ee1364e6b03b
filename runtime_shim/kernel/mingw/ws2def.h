/* mingw-w64 kernel build only: mingw-w64's DDK headers have no ws2def.h, so
 * the project's own declarations (runtime_shim/include) fill in, on top of
 * mingw-w64's ntddk.h. The WDK has its own ws2def.h and never sees this file.
 */
#ifndef WSKSHIM_MINGW_WS2DEF_H
#define WSKSHIM_MINGW_WS2DEF_H
#include "../../include/ws2def.h"
#endif
