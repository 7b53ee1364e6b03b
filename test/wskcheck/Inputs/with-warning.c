/* Draws a compiler warning (unused variable) and a finding. */
#include <wsk.h>
WSK_REGISTRATION g_Reg;
void Cleanup(void) {
  int Unused;
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}
