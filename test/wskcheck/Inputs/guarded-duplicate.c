/* Deregisters twice only when WSKCHECK_TEST_DUPLICATE is defined, so that
   compiler arguments visibly change the result. */
#include <wsk.h>
WSK_REGISTRATION g_Reg;
void Cleanup(void) {
  WskDeregister(&g_Reg);
#ifdef WSKCHECK_TEST_DUPLICATE
  WskDeregister(&g_Reg);
#endif
}
