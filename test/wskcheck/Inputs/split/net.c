#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_SplitDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                    NULL};
static WSK_REGISTRATION g_SplitReg;

NTSTATUS NetStart(void)
{
  WSK_CLIENT_NPI client = {NULL, &g_SplitDispatch};
  return WskRegister(&client, &g_SplitReg);
}

void NetStop(void) { WskDeregister(&g_SplitReg); }
