/* wskcheck WDK profile: the UcmCx header where the WDK keeps it. */
#include <UcmCx.h>
