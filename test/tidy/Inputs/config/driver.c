// One bug of each of two rules, for the DisabledRules tests.
#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_CfgClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_CfgReg;
static WSK_REGISTRATION g_CfgReg2;

VOID CfgStopTwice(VOID)
{
  WskDeregister(&g_CfgReg);
  WskDeregister(&g_CfgReg);
}

VOID CfgStartTwice(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_CfgClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_CfgReg2)))
    return;
  WskRegister(&clientNpi, &g_CfgReg2);
}
