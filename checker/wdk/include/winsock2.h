/* wskcheck WDK profile: winsock2.h, mingw-w64's user-mode Winsock header.
 *
 * The profile is for kernel-mode code. A file that includes ws2def.h (or a
 * header that includes it, such as ws2ipdef.h or mstcpip.h) before
 * windows.h and winsock2.h gets the kernel's socket definitions, which
 * mingw-w64's winsock2.h then defines again: say so in one line rather
 * than with a screen of redefinitions. With windows.h or winsock2.h first,
 * as user-mode programs include them, both work.
 */
#if defined(WSKCHECK_KERNEL_WS2DEF) && !defined(_WINSOCK2API_)
#error "wskcheck WDK profile: winsock2.h after the kernel-mode ws2def.h; a user-mode file must include windows.h or winsock2.h first (the profile is for kernel-mode code)"
#else
#include_next <winsock2.h>
#endif
