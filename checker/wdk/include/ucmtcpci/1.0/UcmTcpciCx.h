/* wskcheck WDK profile: the UcmTcpciCx header where the WDK keeps it. */
#include <UcmTcpciCx.h>
