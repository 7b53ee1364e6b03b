/* wskcheck WDK profile: mingw-w64's excpt.h, plus the keyword spellings of
 * structured exception handling that the Microsoft C runtime's excpt.h
 * gives C code (try, except, finally, leave: the WDK's older samples write
 * them), written from its documentation.
 */
#ifndef WSKCHECK_WDK_EXCPT_H
#define WSKCHECK_WDK_EXCPT_H

#include_next <excpt.h>

#ifndef __cplusplus
#ifndef try
#define try __try
#endif
#ifndef except
#define except __except
#endif
#ifndef finally
#define finally __finally
#endif
#ifndef leave
#define leave __leave
#endif
#endif

#endif /* WSKCHECK_WDK_EXCPT_H */
