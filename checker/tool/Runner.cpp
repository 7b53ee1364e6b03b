//===- Runner.cpp - Analyse many files at once ----------------------------===//

#include "Runner.h"
#include "Processes.h"
#include "ResultFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <mutex>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

class OrderedRun {
public:
  OrderedRun(std::vector<FileJob> &Jobs, const RunSettings &Run,
             function_ref<void(const FileResult &)> Emit)
      : Jobs(Jobs), Done(Jobs.size(), false), Run(Run), Emit(Emit) {}

  void started(size_t I) {
    std::lock_guard<std::mutex> Lock(M);
    ++Started;
    if (!Run.ShowProgress)
      return;
    Progress = "[" + std::to_string(Started) + "/" +
               std::to_string(Jobs.size()) + "] " + Jobs[I].Result.Source;
    drawProgress();
  }

  void finished(size_t I) {
    std::lock_guard<std::mutex> Lock(M);
    Done[I] = true;
    bool Cleared = false;
    for (; Next < Jobs.size() && Done[Next]; ++Next) {
      if (Run.ShowProgress && !Cleared)
        clearProgress();
      Cleared = true;
      Emit(Jobs[Next].Result);
    }
    if (Cleared && Run.ShowProgress && Next < Jobs.size())
      drawProgress();
  }

  void end() {
    std::lock_guard<std::mutex> Lock(M);
    if (Run.ShowProgress)
      clearProgress();
  }

private:
  void drawProgress() {
    errs() << "\r\x1b[K" << Progress;
    errs().flush();
  }
  void clearProgress() {
    errs() << "\r\x1b[K";
    errs().flush();
  }

  std::vector<FileJob> &Jobs;
  std::vector<bool> Done;
  const RunSettings &Run;
  function_ref<void(const FileResult &)> Emit;
  std::mutex M;
  size_t Next = 0;
  size_t Started = 0;
  std::string Progress;
};

/// Writes \p R for the parent; 0, or 2 if it cannot be written.
int writeResult(const FileResult &R, StringRef Path) {
  std::error_code EC;
  raw_fd_ostream Out(Path, EC, sys::fs::OF_Text);
  if (EC)
    return 2;
  Out << resultToJson(R);
  Out.close();
  if (Out.has_error()) {
    Out.clear_error();
    return 2;
  }
  return 0;
}

void analyzeInChild(FileJob &Job, const AnalysisSettings &Settings,
                    const RunSettings &Run) {
  FileResult &R = Job.Result;
  Expected<TempPath> Result = TempPath::file("wskcheck", "json");
  Expected<TempPath> Errors = Result ? TempPath::file("wskcheck", "txt")
                                     : Expected<TempPath>(Result.takeError());
  if (!Errors) {
    R.Status = FileResult::Crashed;
    R.Detail = "internal error while analysing " + R.Source +
               "; not analysed (" + toString(Errors.takeError()) + ")";
    return;
  }
#ifndef _WIN32
  // A copy of this process, which has read the database and set everything
  // up already, analyses the file and writes the result for this one.
  ChildExit Exit = runForked(
      [&] {
        FileJob Copy = Job;
        analyzeFile(Copy, Settings);
        return writeResult(Copy.Result, Result->path());
      },
      Errors->path(), Run.TimeoutSeconds);
#else
  std::vector<std::string> Args = {Run.Self,
                                   "--internal-result=" + Result->path().str()};
  if (Job.ReachesWsk)
    Args.push_back("--internal-reaches-wsk");
  llvm::append_range(Args, Run.ChildArgs);
  // As an option's value, a file named "-x.c" or "--format=html.c" is a
  // file name, never an option; it goes before "--" and the compiler
  // arguments, if any.
  Args.insert(std::find(Args.begin() + 1, Args.end(), "--"),
              "--internal-source=" + R.Source);
  ChildExit Exit = runChild(Args, Errors->path(), Run.TimeoutSeconds);
#endif
  FileResult Child;
  if (Exit.Kind == ChildExit::Exited && Exit.Code == 0 &&
      resultFromJson(Result->read(), Child)) {
    Child.Source = R.Source;
    Child.AbsolutePath = R.AbsolutePath;
    R = std::move(Child);
    return;
  }
  if (Exit.Kind == ChildExit::TimedOut) {
    R.Status = FileResult::TimedOut;
    R.Detail = R.Source + " timed out after " +
               std::to_string(Run.TimeoutSeconds) +
               " s (--timeout); not analysed";
    return;
  }
  // The child died where the crash recovery inside it could not help (a
  // stack overflow, for one); what it printed is all there is to show.
  R.Status = FileResult::Crashed;
  R.Detail = "internal error while analysing " + R.Source + "; not analysed";
  R.CompilerOutput = Errors->read();
  if (!Exit.Message.empty())
    R.CompilerOutput += "wskcheck: " + Exit.Message + "\n";
}

} // namespace

void runJobs(std::vector<FileJob> &Jobs, const AnalysisSettings &Settings,
             const RunSettings &Run,
             function_ref<void(const FileResult &)> Emit) {
  OrderedRun Order(Jobs, Run, Emit);
  std::vector<size_t> Runnable;
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (Jobs[I].runnable())
      Runnable.push_back(I);

  unsigned Workers = std::min<size_t>(Run.Jobs, Runnable.size());
  auto RunOne = [&](size_t I) {
    Order.started(I);
    analyzeInChild(Jobs[I], Settings, Run);
    Order.finished(I);
  };
  // Files that cannot be analysed at all are done already; their messages
  // come out in order with the others.
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (!Jobs[I].runnable()) {
      Order.started(I);
      Order.finished(I);
    }

  if (Workers <= 1) {
    for (size_t I : Runnable)
      RunOne(I);
  } else {
    // The threads only wait for the children.
    DefaultThreadPool Pool(hardware_concurrency(Workers));
    for (size_t I : Runnable)
      Pool.async([&RunOne, I] { RunOne(I); });
    Pool.wait();
  }
  Order.end();
}

} // namespace tool
} // namespace wsk
