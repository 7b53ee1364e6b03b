//===- Ctu.h - Cross translation unit analysis for wskcheck -----*- C++ -*-===//
//
// `wskcheck -p <dir> --ctu` lets the analysis follow calls into the other
// files of the compilation database, through clang's own cross translation
// unit analysis: an index of external definitions, made by parsing every
// file of the database, and on-demand parsing of the file that holds a
// called definition.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_CTU_H
#define WSKCHECK_TOOL_CTU_H

#include "Analysis.h"
#include "Options.h"
#include "Processes.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wsk {
namespace tool {

struct CtuSetup {
  /// Temporary directory holding the index and the invocation list,
  /// removed with this.
  TempPath Owner;
  std::string Dir;
  /// Compiler arguments that switch the analysis to use them.
  std::vector<std::string> Arguments;
  /// Files of the database left out of the index because they do not
  /// compile, each with clang's first error.
  std::vector<std::pair<std::string, std::string>> NotIndexed;
  /// Files (absolute) whose functions make WSK calls or call, in other
  /// files, functions that may: worth analysing even without a WSK call of
  /// their own.
  std::set<std::string> ReachesWsk;
  /// Files (absolute) parsed for the index in this run, and those whose
  /// index --ctu-cache had.
  std::vector<std::string> Indexed, Reused;
  /// Cache entries that were ignored, and why (one line each).
  std::vector<std::string> CacheNotes;
};

/// Indexes every file of \p DB into a fresh temporary directory, each file
/// parsed with the command the analysis uses (shapeCommand on
/// Opts.Analysis), --timeout seconds at most and -j files at a time, and
/// reusing the index of a file from --ctu-cache when nothing it read
/// changed. Files that do not compile are left out of the index
/// (CtuSetup::NotIndexed); the error, one line, is for an index that cannot
/// be made at all.
llvm::Expected<CtuSetup>
prepareCtu(const clang::tooling::CompilationDatabase &DB,
           const ToolOptions &Opts);
} // namespace tool
} // namespace wsk

#endif
