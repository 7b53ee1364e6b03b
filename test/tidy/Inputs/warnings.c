// Compiles with a warning, and has one WSK bug.
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_WarnReg;

VOID WarnStopTwice(VOID)
{
  int unused;
  WskDeregister(&g_WarnReg);
  WskDeregister(&g_WarnReg);
}
