/* mingw-w64 kernel build only: mingw-w64's DDK headers have no netioddk.h, so
 * the project's own declarations (runtime_shim/include) fill in, on top of
 * mingw-w64's ntddk.h. The WDK has its own netioddk.h and never sees this file.
 */
#ifndef WSKSHIM_MINGW_NETIODDK_H
#define WSKSHIM_MINGW_NETIODDK_H
#include "../../include/netioddk.h"
#endif
