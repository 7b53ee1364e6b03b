//===- Runner.h - Analyse many files at once --------------------*- C++ -*-===//
//
// With more than one job, each file is analysed by a child wskcheck process:
// the analyzer keeps process-wide state (LLVM 22's entry-point statistics,
// for one), so two analyses must not share a process, and a crash then
// takes down one file, not the run. Whatever a file prints (clang's errors,
// its "not analysed" line) is printed whole and in the order the files were
// given, so the output does not depend on which file finished first.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_RUNNER_H
#define WSKCHECK_TOOL_RUNNER_H

#include "Analysis.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace wsk {
namespace tool {

struct RunSettings {
  /// Files analysed at a time (at least 1).
  unsigned Jobs = 1;
  /// Redraw a "[3/40] driver.c" line on standard error as files start
  /// (only sensible when it is a terminal).
  bool ShowProgress = false;
  /// For Jobs > 1: this program, and the arguments that make it analyse
  /// one source (appended last) and write its result as JSON to the file
  /// named by the "--internal-result=" argument appended first.
  std::string Self;
  std::vector<std::string> ChildArgs;
};

/// Analyses every runnable job. \p Emit is called once per job, in job
/// order, as soon as it and all jobs before it are done, with standard error
/// free of the progress line; it runs on any thread, one call at a time.
void runJobs(std::vector<FileJob> &Jobs, const AnalysisSettings &Settings,
             const RunSettings &Run,
             llvm::function_ref<void(const FileResult &)> Emit);

} // namespace tool
} // namespace wsk

#endif
