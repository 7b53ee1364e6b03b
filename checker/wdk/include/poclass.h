/* wskcheck WDK profile: poclass.h, the power policy interface of battery,
 * thermal, lid and button drivers.
 *
 * mingw-w64 has two: include/poclass.h, which matches the WDK's (battery
 * information levels, status and the thermal interface), and an older
 * ddk/poclass.h with only the thermal part, which includes batclass.h for
 * the battery types. On the profile's include path ddk/ comes first, so
 * batclass.h's "#include <poclass.h>" found the old one, and BatteryClass
 * miniclass drivers failed in batclass.h (unknown type name
 * BATTERY_QUERY_INFORMATION_LEVEL). The WDK's is the one drivers see here:
 * found as ../poclass.h from mingw-w64's ddk directory.
 */
#ifndef WSKCHECK_WDK_POCLASS_H
#define WSKCHECK_WDK_POCLASS_H

#include <../poclass.h>

#endif /* WSKCHECK_WDK_POCLASS_H */
