/* wskcheck WDK profile: <new.h>, Microsoft's C++ header for placement new
 * (and its new-handler routines, which kernel mode has no use for): the
 * profile's <new>. mingw-w64's new.h declares C runtime imports a kernel
 * driver does not link against.
 */
#ifndef WSKCHECK_WDK_NEW_H
#define WSKCHECK_WDK_NEW_H
#ifdef __cplusplus
#include <new>
#endif
#endif
