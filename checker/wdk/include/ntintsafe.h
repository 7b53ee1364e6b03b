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

#endif /* WSKCHECK_WDK_NTINTSAFE_H */
