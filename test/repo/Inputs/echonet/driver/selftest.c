/* Built in the Debug configuration only. */
#include "driver.h"

#ifndef ECHO_DEBUG
#error "selftest.c is excluded from the Release build"
#endif

VOID EchoSelfTest(VOID) {}
