/* wskcheck WDK profile: mingw-w64's kbdmou.h (keyboard and mouse class
 * driver interface), made to compile in kernel mode.
 *
 * mingw-w64 declares PSERVICE_CALLBACK_ROUTINE, the class service callback
 * a keyboard or mouse filter calls, with STDAPICALLTYPE, which its winnt.h
 * defines as WINAPI, a name only the user-mode minwindef.h defines; without
 * it no filter driver compiled ("expected ')'" in kbdmou.h). For the header
 * both are minwindef.h's __stdcall (nothing on x64).
 */
#ifndef WSKCHECK_WDK_KBDMOU_H
#define WSKCHECK_WDK_KBDMOU_H

#ifndef STDAPICALLTYPE
#define STDAPICALLTYPE __stdcall
#define WSKCHECK_WDK_KBDMOU_STDAPICALLTYPE
#endif
#ifndef WINAPI
#define WINAPI __stdcall
#define WSKCHECK_WDK_KBDMOU_WINAPI
#endif

#include_next <kbdmou.h>

#ifdef WSKCHECK_WDK_KBDMOU_STDAPICALLTYPE
#undef STDAPICALLTYPE
#undef WSKCHECK_WDK_KBDMOU_STDAPICALLTYPE
#endif
#ifdef WSKCHECK_WDK_KBDMOU_WINAPI
#undef WINAPI
#undef WSKCHECK_WDK_KBDMOU_WINAPI
#endif

#endif /* WSKCHECK_WDK_KBDMOU_H */
