/* wskcheck WDK profile: dontuse.h, which in the WDK marks the C library's
 * unsafe string routines deprecated for drivers (use ntstrsafe.h instead).
 * Deprecation changes nothing the analysis sees, so this one is empty.
 */
#ifndef WSKCHECK_WDK_DONTUSE_H
#define WSKCHECK_WDK_DONTUSE_H
#endif
