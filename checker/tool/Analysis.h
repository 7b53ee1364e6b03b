//===- Analysis.h - Run the WSK checkers on one source file -----*- C++ -*-===//
//
// Each source file is analysed on its own, with its own file system view and
// result, so files can later be analysed in parallel.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_ANALYSIS_H
#define WSKCHECK_TOOL_ANALYSIS_H

#include "Findings.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang {
namespace tooling {
class CompilationDatabase;
} // namespace tooling
} // namespace clang

namespace wsk {
namespace tool {

struct AnalysisSettings {
  /// Full names of rules to leave off.
  std::vector<std::string> DisabledRules;
  /// Arguments added to every compile command (--extra-arg[-before]).
  std::vector<std::string> ExtraArgsBefore;
  std::vector<std::string> ExtraArgs;
  /// Clang's resource directory (builtin headers such as stddef.h); used
  /// unless the command line names one. Empty: leave it to clang.
  std::string ResourceDir;
  /// How to name the compilation database in messages; empty when the
  /// commands come from "--".
  std::string DatabaseName;
};

/// Analyses \p Source with the compile commands \p DB has for it (all of
/// them, if it has several). Compiler errors are printed to standard error
/// as clang prints them; the outcome and a message for it are in the result.
FileResult analyzeFile(const clang::tooling::CompilationDatabase &DB,
                       llvm::StringRef Source,
                       const AnalysisSettings &Settings);

/// Clang's resource directory for a wskcheck binary at \p Argv0: the one
/// beside the binary if it is installed alongside clang, else the one of the
/// clang it was built against; empty if neither exists.
std::string findResourceDir(const char *Argv0, void *MainAddr);

} // namespace tool
} // namespace wsk

#endif
