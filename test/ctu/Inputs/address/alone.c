/* Uses nothing of the other files: its first analysis is its result. */
#include <wsk.h>

WSK_REGISTRATION g_AloneReg;

VOID AloneCleanup(VOID)
{
  WskDeregister(&g_AloneReg);
  WskDeregister(&g_AloneReg);
}
