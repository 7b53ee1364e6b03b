/* wskcheck WDK profile: mingw-w64's ntddk.h, then what it lacks. */
#include_next <ntddk.h>
#include <wskcheck_wdk_gaps.h>
