/* wskcheck WDK profile: mingw-w64's wdm.h, then what it lacks. */
#include_next <wdm.h>
#include <wskcheck_wdk_gaps.h>
