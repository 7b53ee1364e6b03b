#include <wsk.h>
WSK_REGISTRATION g_Reg;
void Cleanup(void) { WskDeregister(&g_Reg); WskDeregister(&g_Reg); }
