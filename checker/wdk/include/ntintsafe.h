/* wskcheck WDK profile: mingw-w64's ntintsafe.h (the kernel's safe integer
 * arithmetic), plus the fixed-width integer limits the WDK's ntintsafe.h
 * defines for code that does not include <stdint.h> (UINT32_MAX and the
 * like). They are spelt as mingw-w64's <stdint.h> spells them, so a later
 * <stdint.h> redefines them identically; each is guarded, so an earlier one
 * wins.
 */
#ifndef WSKCHECK_WDK_NTINTSAFE_H
#define WSKCHECK_WDK_NTINTSAFE_H

#include_next <ntintsafe.h>

#ifndef INT8_MIN
#define INT8_MIN (-128)
#endif
#ifndef INT16_MIN
#define INT16_MIN (-32768)
#endif
#ifndef INT32_MIN
#define INT32_MIN (-2147483647 - 1)
#endif
#ifndef INT64_MIN
#define INT64_MIN (-9223372036854775807LL - 1)
#endif
#ifndef INT8_MAX
#define INT8_MAX 127
#endif
#ifndef INT16_MAX
#define INT16_MAX 32767
#endif
#ifndef INT32_MAX
#define INT32_MAX 2147483647
#endif
#ifndef INT64_MAX
#define INT64_MAX 9223372036854775807LL
#endif
#ifndef UINT8_MAX
#define UINT8_MAX 255
#endif
#ifndef UINT16_MAX
#define UINT16_MAX 65535
#endif
#ifndef UINT32_MAX
#define UINT32_MAX 0xffffffffU
#endif
#ifndef UINT64_MAX
#define UINT64_MAX 0xffffffffffffffffULL
#endif
/* The limit named after the Windows type, as the WDK's ntintsafe.h has
   it beside its USHORT arithmetic. */
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif

/* The other limits and the error values (what a failed conversion stores)
   named after the Windows types, as the WDK's ntintsafe.h defines them
   (drivers compare against LONGLONG_MAX, return LONG64_ERROR). */
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807LL - 1)
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807LL
#endif
#ifndef LONG64_MIN
#define LONG64_MIN (-9223372036854775807LL - 1)
#endif
#ifndef LONG64_MAX
#define LONG64_MAX 9223372036854775807LL
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORDLONG_MAX
#define DWORDLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORD64_MAX
#define DWORD64_MAX 0xffffffffffffffffULL
#endif
#ifndef INT8_ERROR
#define INT8_ERROR (-1)
#endif
#ifndef UINT8_ERROR
#define UINT8_ERROR 0xff
#endif
#ifndef BYTE_ERROR
#define BYTE_ERROR 0xff
#endif
#ifndef SHORT_ERROR
#define SHORT_ERROR (-1)
#endif
#ifndef INT16_ERROR
#define INT16_ERROR (-1)
#endif
#ifndef USHORT_ERROR
#define USHORT_ERROR 0xffff
#endif
#ifndef UINT16_ERROR
#define UINT16_ERROR 0xffff
#endif
#ifndef WORD_ERROR
#define WORD_ERROR 0xffff
#endif
#ifndef INT_ERROR
#define INT_ERROR (-1)
#endif
#ifndef INT32_ERROR
#define INT32_ERROR (-1)
#endif
#ifndef UINT_ERROR
#define UINT_ERROR 0xffffffffU
#endif
#ifndef UINT32_ERROR
#define UINT32_ERROR 0xffffffffU
#endif
#ifndef LONG_ERROR
#define LONG_ERROR (-1L)
#endif
#ifndef ULONG_ERROR
#define ULONG_ERROR 0xffffffffUL
#endif
#ifndef DWORD_ERROR
#define DWORD_ERROR 0xffffffffUL
#endif
#ifndef LONGLONG_ERROR
#define LONGLONG_ERROR (-1LL)
#endif
#ifndef LONG64_ERROR
#define LONG64_ERROR (-1LL)
#endif
#ifndef INT64_ERROR
#define INT64_ERROR (-1LL)
#endif
#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xffffffffffffffffULL
#endif
#ifndef DWORDLONG_ERROR
#define DWORDLONG_ERROR 0xffffffffffffffffULL
#endif
#ifndef ULONG64_ERROR
#define ULONG64_ERROR 0xffffffffffffffffULL
#endif
#ifndef DWORD64_ERROR
#define DWORD64_ERROR 0xffffffffffffffffULL
#endif
#ifndef UINT64_ERROR
#define UINT64_ERROR 0xffffffffffffffffULL
#endif
/* The pointer-sized ones follow the target. */
#ifdef _WIN64
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-9223372036854775807LL - 1)
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 9223372036854775807LL
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-9223372036854775807LL - 1)
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 9223372036854775807LL
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffffffffffULL
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffffffffffULL
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-9223372036854775807LL - 1)
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 9223372036854775807LL
#endif
#ifndef INT_PTR_ERROR
#define INT_PTR_ERROR (-1LL)
#endif
#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR 0xffffffffffffffffULL
#endif
#ifndef LONG_PTR_ERROR
#define LONG_PTR_ERROR (-1LL)
#endif
#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR 0xffffffffffffffffULL
#endif
#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR 0xffffffffffffffffULL
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR 0xffffffffffffffffULL
#endif
#ifndef SSIZE_T_ERROR
#define SSIZE_T_ERROR (-1LL)
#endif
#else
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-2147483647 - 1)
#endif
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 2147483647
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffffU
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-2147483647L - 1)
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 2147483647L
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffUL
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffUL
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffU
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-2147483647L - 1)
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 2147483647L
#endif
#ifndef INT_PTR_ERROR
#define INT_PTR_ERROR (-1)
#endif
#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR 0xffffffffU
#endif
#ifndef LONG_PTR_ERROR
#define LONG_PTR_ERROR (-1L)
#endif
#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR 0xffffffffUL
#endif
#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR 0xffffffffUL
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR 0xffffffffU
#endif
#ifndef SSIZE_T_ERROR
#define SSIZE_T_ERROR (-1L)
#endif
#endif

#endif /* WSKCHECK_WDK_NTINTSAFE_H */
