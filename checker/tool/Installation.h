//===- Installation.h - Where wskcheck is, and what lies beside it -*- C++ -*-//
//
// wskcheck finds files relative to its own executable: clang's builtin
// headers (an install beside clang) and the WDK profile's headers (an
// install under <prefix>/share). The executable is located once, and every
// such file is found through this class, so that an install layout is
// described in one place.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_INSTALLATION_H
#define WSKCHECK_TOOL_INSTALLATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace wsk {
namespace tool {

class Installation {
public:
  /// The running program, located from \p Argv0 and the address of a
  /// function in it (as llvm::sys::fs::getMainExecutable takes them).
  static Installation locate(const char *Argv0, void *MainAddr);

  /// The program itself, for the children where there is no fork.
  llvm::StringRef program() const { return Program; }

  /// The first of \p Relative (paths relative to the program's directory)
  /// that \p Accept takes, absolute and without "..": empty if none does.
  std::string
  findBeside(llvm::ArrayRef<llvm::StringRef> Relative,
             llvm::function_ref<bool(llvm::StringRef)> Accept) const;

  /// Clang's resource directory (builtin headers such as stddef.h): the one
  /// of a clang installed beside the program, else the one of the clang it
  /// was built against; empty if neither exists.
  std::string clangResourceDir() const;

private:
  std::string Program;
  std::string Dir;
};

} // namespace tool
} // namespace wsk

#endif
