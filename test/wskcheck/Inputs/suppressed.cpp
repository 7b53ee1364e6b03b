// C++ scopes of [[clang::suppress]]: a class covers its inline member
// functions, a namespace covers what is written inside it.
#include <wsk.h>
WSK_REGISTRATION g_Reg;

class [[clang::suppress]] Quiet {
  void Inline() {
    WskDeregister(&g_Reg);
    WskDeregister(&g_Reg);
  }
  void OutOfLine();
};

// Outside the class body: not covered.
void Quiet::OutOfLine() {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}

namespace [[clang::suppress]] quiet {
void Helper() {
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
}
} // namespace quiet
