/* wskcheck WDK profile: suppress.h, the WDK's helpers for suppressing code
 * analysis (PREfast) warnings in driver source. They mean nothing to
 * clang's analysis and expand to nothing.
 */
#ifndef WSKCHECK_WDK_SUPPRESS_H
#define WSKCHECK_WDK_SUPPRESS_H
#endif
