/* Duplicate deregistrations, most of them inside [[clang::suppress]]. */
#include <wsk.h>
WSK_REGISTRATION g_Reg;

void OnStatement(void) {
  WskDeregister(&g_Reg);
  [[clang::suppress]] WskDeregister(&g_Reg);
}

[[clang::suppress]] void OnFunction(void) {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}

void OnBlock(void) {
  WskDeregister(&g_Reg);
  [[clang::suppress]] {
    WskDeregister(&g_Reg);
  }
}

void GnuSpelling(void) __attribute__((suppress)) {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}

/* The analyzer does not act on arguments (rule names) yet: reported. */
void WithArgument(void) {
  WskDeregister(&g_Reg);
  [[clang::suppress("wsk.DuplicateDeregister")]] WskDeregister(&g_Reg);
}

/* Not suppressed at all. */
void Plain(void) {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}
