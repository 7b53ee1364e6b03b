/* wskcheck WDK profile: wtypesbase.h. The Windows SDK's intsafe.h, which
 * kernel drivers include too, takes its base types from here; mingw-w64's
 * pulls in the user-mode RPC and windows.h headers, which cannot compile
 * after the kernel headers. In a kernel-mode file (ntdef.h seen, winnt.h
 * not) this supplies the Windows base integer types instead; elsewhere it
 * is mingw-w64's.
 */
#if defined(_NTDEF_) && !defined(_WINNT_)
#ifndef WSKCHECK_WDK_WTYPESBASE_H
#define WSKCHECK_WDK_WTYPESBASE_H
/* A kernel-mode file may have seen mingw-w64's minwindef.h (ntintsafe.h
   and the WFP type headers include it), which has the first six; it is
   still a kernel-mode file, where mingw-w64's wtypesbase.h cannot
   compile. */
#ifndef _MINWINDEF_
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef int BOOL;
typedef int INT;
typedef unsigned int UINT;
#endif
typedef ULONGLONG DWORDLONG, *PDWORDLONG;
#endif
#else
#include_next <wtypesbase.h>
#endif
