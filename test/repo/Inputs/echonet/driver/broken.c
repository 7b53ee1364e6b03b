/* Needs the header the message compiler writes during the build. */
#include "driver.h"
#include "EchoEvents.h"

VOID EchoLogStart(VOID) { EventWriteEchoStart(NULL); }
