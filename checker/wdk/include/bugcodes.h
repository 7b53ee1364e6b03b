/* wskcheck WDK profile: mingw-w64's bugcodes.h (the bug check codes up to
 * 0xFC), then the later ones drivers pass to KeBugCheckEx, with the values
 * the bug check reference gives. mingw-w64's ntddk.h and ntifs.h include it.
 */
#ifndef WSKCHECK_WDK_BUGCODES_H
#define WSKCHECK_WDK_BUGCODES_H

#include_next <bugcodes.h>

#ifndef WDF_VIOLATION
#define WDF_VIOLATION ((ULONG)0x0000010D)
#endif
#ifndef DRIVER_VIOLATION
#define DRIVER_VIOLATION ((ULONG)0x00000121)
#endif
#ifndef KERNEL_SECURITY_CHECK_FAILURE
#define KERNEL_SECURITY_CHECK_FAILURE ((ULONG)0x00000139)
#endif

#endif /* WSKCHECK_WDK_BUGCODES_H */
