/* wskcheck WDK profile: mingw-w64's ntifs.h, then what it lacks. */
#include_next <ntifs.h>
#include <wskcheck_wdk_gaps.h>
