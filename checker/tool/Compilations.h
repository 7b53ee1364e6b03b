//===- Compilations.h - Where compile commands come from --------*- C++ -*-===//

#ifndef WSKCHECK_TOOL_COMPILATIONS_H
#define WSKCHECK_TOOL_COMPILATIONS_H

#include "Options.h"
#include "Vcxproj.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace wsk {
namespace tool {

struct Compilations {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  /// The compile_commands.json read (as the user named it), or empty when
  /// the commands come from "--" or the defaults. With --vcxproj, how to
  /// name the projects in messages.
  std::string DatabaseFile;
  /// --vcxproj: every project read, whether its commands are used or not.
  std::vector<ProjectOutcome> Projects;
};

/// The compile commands selected by -p and --vcxproj, by "--", or the host
/// defaults. The error message is one line without the "wskcheck: error: "
/// prefix.
llvm::Expected<Compilations> loadCompilations(const ToolOptions &Opts);

/// Every file a compilation database lists, sorted, so that `-p build` with
/// no sources analyses the whole build in a stable order.
std::vector<std::string> allFiles(const Compilations &C);

} // namespace tool
} // namespace wsk

#endif
