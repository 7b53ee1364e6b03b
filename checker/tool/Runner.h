//===- Runner.h - Analyse many files at once --------------------*- C++ -*-===//
//
// Each file is analysed in a child process, with -j1 too: a crash
// or a stack overflow in clang then takes down one file, not the run (a
// thread with crash recovery cannot survive a stack overflow, nor be
// stopped after --timeout), and the analyzer's process-wide state (LLVM
// 22's entry-point statistics, for one) is never shared. Whatever a file
// prints (clang's errors, its "not analysed" line) is printed whole and in
// the order the files were given, so the output does not depend on which
// file finished first.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_RUNNER_H
#define WSKCHECK_TOOL_RUNNER_H

#include "Analysis.h"
#include "Options.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>

namespace wsk {
namespace tool {

/// Called when a stop signal ends the run (see setStopAction) with the
/// results of the files that finished, in job order, the number of files,
/// and why the run stopped; returns words for the "stopped by" line.
using StoppedRun = std::function<std::string(
    std::vector<FileResult> Finished, size_t Total, llvm::StringRef Why)>;

/// Analyses every runnable job with the settings of \p Opts: -j files at a
/// time, each stopped after --timeout, and unless --quiet (or --explain), a
/// line on standard error as each file finishes, in the order they finish
/// ("[3/40] driver.c: 2 findings"), so that a log shows how far a run got;
/// on a terminal also a "[3/40] driver.c" line redrawn as files start.
/// \p ChildCommand is used where there is no fork: this program and the
/// arguments that make it analyse one source as this run does
/// (childArguments); the source is added as "--internal-source=" and the
/// result file as "--internal-result=".
/// \p Emit is called once per job, in job order, as soon as it and all jobs
/// before it are done, with standard error free of the progress line; it
/// runs on any thread, one call at a time. Each result is also kept in a
/// temporary directory as it comes in, for \p Stopped.
///
/// With \p Between (--ctu, Ctu.h) the run has two passes: the runnable jobs
/// not FileJob::Deferred first; then \p Between, which returns the jobs to
/// run in the second pass (readied for it: the deferred ones, and first-pass
/// jobs to analyse again), and the others' first results are final. An
/// error from \p Between ends the run there, with nothing emitted.
using BetweenPasses =
    std::function<llvm::Expected<std::vector<size_t>>(std::vector<FileJob> &)>;
llvm::Error runJobs(std::vector<FileJob> &Jobs, const ToolOptions &Opts,
                    llvm::ArrayRef<std::string> ChildCommand,
                    llvm::function_ref<void(const FileResult &)> Emit,
                    StoppedRun Stopped = nullptr,
                    BetweenPasses Between = nullptr);

} // namespace tool
} // namespace wsk

#endif
