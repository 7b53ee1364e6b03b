/* wskcheck WDK profile: setjmp.h in the Microsoft C runtime's shape.
 *
 * clang's <intrin.h> declares _setjmp(jmp_buf) for MSVC targets and pulls in
 * <setjmp.h>; mingw-w64's own setjmp.h declares a two-argument _setjmp for
 * its GNU runtime, and the two clash. Kernel drivers do not use setjmp, so
 * the profile answers with the Microsoft layout instead.
 */
#ifndef WSKCHECK_WDK_SETJMP_H
#define WSKCHECK_WDK_SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __declspec(align(16)) _SETJMP_FLOAT128 {
  unsigned __int64 Part[2];
} SETJMP_FLOAT128;

#define _JBLEN 16
typedef SETJMP_FLOAT128 _JBTYPE;
typedef _JBTYPE jmp_buf[_JBLEN];

int __cdecl _setjmp(jmp_buf);
__declspec(noreturn) void __cdecl longjmp(jmp_buf, int);
#define setjmp _setjmp

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SETJMP_H */
