//===- Ctu.h - Cross translation unit analysis for wskcheck -----*- C++ -*-===//
//
// `wskcheck -p <dir> --ctu` lets the analysis follow calls into the other
// files of the compilation database, through clang's own cross translation
// unit analysis: an index of external definitions (clang-extdef-mapping)
// and on-demand parsing of the file that holds a called definition.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_CTU_H
#define WSKCHECK_TOOL_CTU_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

struct CtuSetup {
  /// Temporary directory holding the index and the invocation list.
  std::string Dir;
  /// Compiler arguments that switch the analysis to use them.
  std::vector<std::string> Arguments;
};

/// Indexes every file of \p DB with \p ExtdefMapping (the clang-extdef-mapping
/// program) into a fresh temporary directory. Every command gets
/// \p ArgsBefore after the compiler's name and \p ArgsAfter at its end, as
/// the analysis's own commands do; \p ResourceDir (if not empty) is clang's
/// builtin header directory for parsing the other files. With
/// \p WindowsCommands, commands recorded on Windows are cleaned up as for
/// the analysis (withoutWindowsOnlyArguments). The error is one line.
llvm::Expected<CtuSetup>
prepareCtu(const clang::tooling::CompilationDatabase &DB,
           llvm::StringRef ExtdefMapping,
           llvm::ArrayRef<std::string> ArgsBefore,
           llvm::ArrayRef<std::string> ArgsAfter, llvm::StringRef ResourceDir,
           bool WindowsCommands);

/// The clang-extdef-mapping to index with: beside wskcheck (an installation
/// next to clang), else the one of the clang wskcheck was built against,
/// else the first on PATH.
std::string findExtdefMapping(const char *Argv0, void *MainAddr);

/// Removes the temporary directory of \p Setup.
void removeCtu(const CtuSetup &Setup);

} // namespace tool
} // namespace wsk

#endif
