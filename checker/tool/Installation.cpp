//===- Installation.cpp - Where wskcheck is, and what lies beside it ------===//

#include "Installation.h"
#include "clang/Driver/Driver.h"
#if __has_include("clang/Options/OptionUtils.h")
#include "clang/Options/OptionUtils.h"
#endif
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace wsk {
namespace tool {

Installation Installation::locate(const char *Argv0, void *MainAddr) {
  Installation I;
  I.Program = sys::fs::getMainExecutable(Argv0, MainAddr);
  I.Dir = sys::path::parent_path(I.Program).str();
  return I;
}

std::string
Installation::findBeside(ArrayRef<StringRef> Relative,
                         function_ref<bool(StringRef)> Accept) const {
  if (Dir.empty())
    return std::string();
  for (StringRef R : Relative) {
    SmallString<256> P(Dir);
    sys::path::append(P, R);
    sys::fs::make_absolute(P);
    sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    if (Accept(P))
      return std::string(P);
  }
  return std::string();
}

std::string Installation::clangResourceDir() const {
  auto HasBuiltinHeaders = [](StringRef D) {
    SmallString<256> P(D);
    sys::path::append(P, "include", "stddef.h");
    return !D.empty() && sys::fs::exists(P);
  };
  // Where clang itself, installed as this program is, would look (clang's
  // own rule, which knows how the LLVM it belongs to was configured).
#if __has_include("clang/Options/OptionUtils.h")
  std::string Beside = clang::GetResourcesPath(Program);
#else
  std::string Beside = clang::driver::Driver::GetResourcesPath(Program);
#endif
  if (HasBuiltinHeaders(Beside))
    return Beside;
#ifdef WSKCHECK_CLANG_RESOURCE_DIR
  if (HasBuiltinHeaders(WSKCHECK_CLANG_RESOURCE_DIR))
    return WSKCHECK_CLANG_RESOURCE_DIR;
#endif
  return std::string();
}

} // namespace tool
} // namespace wsk
