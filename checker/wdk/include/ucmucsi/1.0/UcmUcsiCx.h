/* wskcheck WDK profile: the UcmUcsiCx header where the WDK keeps it. */
#include <UcmUcsiCx.h>
