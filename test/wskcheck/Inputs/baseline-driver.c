#include <wsk.h>

WSK_REGISTRATION g_Reg;

static void StopNetworking(int Really) {
  if (Really)
    WskDeregister(&g_Reg);
}

void Unload(void) {
  StopNetworking(1);
  WskDeregister(&g_Reg);
}

void Cleanup(void) {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}
