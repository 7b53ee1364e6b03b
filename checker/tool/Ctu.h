//===- Ctu.h - Cross translation unit analysis for wskcheck -----*- C++ -*-===//
//
// `wskcheck -p <dir> --ctu` lets the analysis follow calls into the other
// files of the compilation database, through clang's own cross translation
// unit analysis: an index of external definitions, and on-demand parsing of
// the file that holds a called definition.
//
// Each file is parsed once for both the index and its own analysis: a first
// pass analyses the files without the index, each analysis recording the
// file's part of the index (what it defines, what it uses without defining
// it). The files that use a definition of another file are analysed again,
// with the index, in a second pass; the others keep their first result,
// which the index could not have changed. Files whose part --ctu-cache
// holds are analysed once, with or without the index as their part says.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_CTU_H
#define WSKCHECK_TOOL_CTU_H

#include "Analysis.h"
#include "Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace wsk {
namespace tool {

/// Fills \p Part from a unit that compiled.
void collectCtuIndex(clang::ASTContext &Ctx, CtuIndexPart &Part);

class CtuRun {
public:
  /// Starts --ctu for \p Jobs, prepared without the --ctu arguments: reads
  /// --ctu-cache, marks the jobs that record their file's part of the index
  /// in the first pass (FileJob::CollectCtuIndex) and those that wait for
  /// the second (FileJob::Deferred), and indexes, -j at a time and each
  /// --timeout seconds at most, the files of \p DB that no job analyses.
  /// The error, one line, is for an index that cannot be made at all.
  static llvm::Expected<std::unique_ptr<CtuRun>>
  start(const clang::tooling::CompilationDatabase &DB, const ToolOptions &Opts,
        std::vector<FileJob> &Jobs);
  ~CtuRun();

  /// The arguments that make an analysis read the index.
  const std::vector<std::string> &arguments() const;

  /// Whether some job records its part of the index: finish must wait for
  /// the first pass.
  bool needsFirstPass() const;

  /// Completes the index with the parts the first pass recorded and readies
  /// the jobs of the second pass (with the index's arguments if they use a
  /// definition of another file); returns their positions in \p Jobs.
  llvm::Expected<std::vector<size_t>> finish(std::vector<FileJob> &Jobs);

  /// For the run's messages, filled by finish: files left out of the index
  /// because they do not compile, each with clang's first error; files
  /// parsed for the index in this run and those whose part --ctu-cache had;
  /// ignored cache entries (one line each); files analysed with the index.
  std::vector<std::pair<std::string, std::string>> NotIndexed;
  std::vector<std::string> Indexed, Reused, CacheNotes, FollowingCalls;

private:
  struct State;
  explicit CtuRun(std::unique_ptr<State> S);
  std::unique_ptr<State> S;
};

} // namespace tool
} // namespace wsk

#endif
