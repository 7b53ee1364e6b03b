//===- CaseOverlay.h - Windows file names on a Linux checkout ---*- C++ -*-===//
//
// Driver sources are written for a file system that ignores case and takes
// '\' for a separator: `#include "Driver.h"` finds driver.h, `<Windows.h>`
// finds windows.h. Clang already reads '\' in an include as a separator in
// Microsoft mode; for case, wskcheck writes a virtual file system overlay
// (clang's -ivfsoverlay) that maps each include name the checkout's files
// spell differently from the file on disk to that file, in every directory
// the compile may search. The checkout itself is never changed.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_CASEOVERLAY_H
#define WSKCHECK_TOOL_CASEOVERLAY_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace wsk {
namespace tool {

/// \p Path (absolute, '/' or '\' separated) as it is spelled on disk, each
/// component matched exactly or else ignoring case; std::nullopt when some
/// component matches nothing.
std::optional<std::string> findIgnoringCase(llvm::StringRef Path);

struct CaseOverlay {
  /// The overlay file; empty when no include needs one.
  std::string File;
  /// Compiler arguments that apply it, in either driver mode.
  std::vector<std::string> Arguments;
  /// How many include names it maps.
  unsigned Mappings = 0;
};

/// Writes the overlay for \p Commands into \p Dir: every quoted and angled
/// include of their sources, and of the checkout's headers these reach, is
/// looked up ignoring case in the sources' directories, the commands'
/// include directories (-I, /I, -isystem, ...) and \p SystemDirs.
llvm::Expected<CaseOverlay>
writeCaseOverlay(llvm::ArrayRef<clang::tooling::CompileCommand> Commands,
                 llvm::ArrayRef<std::string> SystemDirs, llvm::StringRef Dir);

} // namespace tool
} // namespace wsk

#endif
