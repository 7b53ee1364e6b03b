// Does not compile, and would have one WSK bug.
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_BrokenReg;

VOID BrokenStopTwice(VOID)
{
  WskDeregister(&g_BrokenReg);
  WskDeregister(&g_BrokenReg);
  undeclared_identifier = 1;
}
