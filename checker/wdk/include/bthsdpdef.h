/* wskcheck WDK profile: mingw-w64's bthsdpdef.h (the Bluetooth SDP element
 * types), usable in a kernel-mode file, with the pointer types the kernel
 * SDP interfaces (bthsdpddi.h) take.
 *
 * mingw-w64's header uses LPBYTE, which a kernel-mode file has only from
 * minwindef.h; that header compiles after the kernel headers (ntintsafe.h
 * includes it too), so it is included first here.
 */
#ifndef WSKCHECK_WDK_BTHSDPDEF_H
#define WSKCHECK_WDK_BTHSDPDEF_H

#if defined(_NTDEF_) && !defined(_WINNT_)
#include <minwindef.h>
#endif
#include_next <bthsdpdef.h>

typedef SDP_LARGE_INTEGER_16 *PSDP_LARGE_INTEGER_16, *LPSDP_LARGE_INTEGER_16;
typedef SDP_ULARGE_INTEGER_16 *PSDP_ULARGE_INTEGER_16,
    *LPSDP_ULARGE_INTEGER_16;

#endif /* WSKCHECK_WDK_BTHSDPDEF_H */
