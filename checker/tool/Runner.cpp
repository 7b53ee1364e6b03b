//===- Runner.cpp - Analyse many files at once ----------------------------===//

#include "Runner.h"
#include "Processes.h"
#include "ResultFile.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <mutex>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

class OrderedRun {
public:
  OrderedRun(std::vector<FileJob> &Jobs, const ToolOptions &Opts,
             function_ref<void(const FileResult &)> Emit, StringRef Kept)
      : Jobs(Jobs), Done(Jobs.size(), false), WasStarted(Jobs.size(), false),
        // --explain analyses nothing: there is no outcome to tell.
        ShowFinished(!Opts.Quiet && !Opts.Analysis.ExplainOnly),
        ShowProgress(ShowFinished && sys::Process::StandardErrIsDisplayed()),
        Emit(Emit), Kept(Kept) {}

  void started(size_t I) {
    std::lock_guard<std::mutex> Lock(M);
    // A job of the second pass may have run in the first already.
    if (!WasStarted[I]) {
      WasStarted[I] = true;
      ++Started;
    }
    if (!ShowProgress)
      return;
    Progress = "[" + std::to_string(Started) + "/" +
               std::to_string(Jobs.size()) + "] " + Jobs[I].Result.Source;
    drawProgress();
  }

  /// A result that may still be replaced (a first pass's): kept for a stop
  /// signal, nothing said about it yet.
  void keepOnly(size_t I) {
    if (!Kept.empty())
      keep(I);
  }

  void finished(size_t I) {
    // Kept before anything is said about it: a stop signal from here on
    // finds it among the finished files.
    if (!Kept.empty())
      keep(I);
    std::lock_guard<std::mutex> Lock(M);
    Done[I] = true;
    ++Finished;
    if (ShowFinished) {
      if (ShowProgress)
        clearProgress();
      errs() << "[" << Finished << "/" << Jobs.size() << "] "
             << Jobs[I].Result.Source << ": " << outcome(Jobs[I].Result)
             << '\n';
      if (ShowProgress && Finished < Jobs.size())
        drawProgress();
      errs().flush();
    }
    bool Cleared = false;
    for (; Next < Jobs.size() && Done[Next]; ++Next) {
      if (ShowProgress && !Cleared)
        clearProgress();
      Cleared = true;
      Emit(Jobs[Next].Result);
    }
    if (Cleared && ShowProgress && Next < Jobs.size())
      drawProgress();
  }

  void end() {
    std::lock_guard<std::mutex> Lock(M);
    if (ShowProgress)
      clearProgress();
  }

private:
  /// Writes the result to <Kept>/<I>.json, whole or not at all.
  void keep(size_t I) {
    std::string Target = (Kept + "/" + Twine(I) + ".json").str();
    Expected<TempPath> Temp = TempPath::beside(Target);
    if (!Temp) {
      consumeError(Temp.takeError());
      return;
    }
    {
      std::error_code EC;
      raw_fd_ostream Out(Temp->path(), EC, sys::fs::OF_Text);
      if (EC)
        return;
      Out << resultToJson(Jobs[I].Result);
      Out.close();
      if (Out.has_error()) {
        Out.clear_error();
        return;
      }
    }
    std::string Message;
    Temp->renameTo(Target, Message);
  }

  static std::string outcome(const FileResult &R) {
    switch (R.Status) {
    case FileResult::Analysed: {
      unsigned N = llvm::count_if(
          R.Findings, [](const Finding &F) { return !F.Suppressed; });
      return std::to_string(N) + (N == 1 ? " finding" : " findings");
    }
    case FileResult::NothingToCheck:
      return "nothing to check";
    case FileResult::TimedOut:
      return "timed out";
    default:
      return "not analysed: " + skipReason(R);
    }
  }

  void drawProgress() {
    errs() << "\r\x1b[K" << Progress;
    errs().flush();
  }
  void clearProgress() {
    errs() << "\r\x1b[K";
    errs().flush();
  }

  std::vector<FileJob> &Jobs;
  std::vector<bool> Done, WasStarted;
  /// A line as each file finishes; a progress line redrawn as they start.
  const bool ShowFinished;
  const bool ShowProgress;
  function_ref<void(const FileResult &)> Emit;
  std::string Kept;
  std::mutex M;
  size_t Next = 0;
  size_t Started = 0;
  size_t Finished = 0;
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

void analyzeInChild(FileJob &Job, const ToolOptions &Opts,
                    ArrayRef<std::string> ChildCommand) {
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
        analyzeFile(Copy, Opts.Analysis);
        return writeResult(Copy.Result, Result->path());
      },
      Errors->path(), Opts.TimeoutSeconds);
#else
  std::vector<std::string> Args = {ChildCommand.front(),
                                   "--internal-result=" + Result->path().str()};
  if (Job.ReachesWsk)
    Args.push_back("--internal-reaches-wsk");
  llvm::append_range(Args, ChildCommand.drop_front());
  // As an option's value, a file named "-x.c" or "--format=html.c" is a
  // file name, never an option; it goes before "--" and the compiler
  // arguments, if any.
  Args.insert(std::find(Args.begin() + 1, Args.end(), "--"),
              "--internal-source=" + R.Source);
  ChildExit Exit = runChild(Args, Errors->path(), Opts.TimeoutSeconds);
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
               std::to_string(Opts.TimeoutSeconds) +
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

/// The results kept in \p Dir so far, in job order.
std::vector<FileResult>
keptResults(StringRef Dir,
            ArrayRef<std::pair<std::string, std::string>> Names) {
  std::vector<FileResult> Found;
  for (size_t I = 0; I < Names.size(); ++I) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Text =
        MemoryBuffer::getFile(Dir + "/" + Twine(I) + ".json");
    FileResult R;
    if (!Text || !resultFromJson((*Text)->getBuffer(), R))
      continue;
    R.Source = Names[I].first;
    R.AbsolutePath = Names[I].second;
    Found.push_back(std::move(R));
  }
  return Found;
}

} // namespace

Error runJobs(std::vector<FileJob> &Jobs, const ToolOptions &Opts,
              ArrayRef<std::string> ChildCommand,
              function_ref<void(const FileResult &)> Emit, StoppedRun Stopped,
              BetweenPasses Between) {
  // Where the results are kept as they come in, for a stop signal: the
  // jobs themselves are being written by other threads when it comes.
  TempPath Kept;
  if (Stopped) {
    if (Expected<TempPath> Dir = TempPath::directory("wskcheck-results"))
      Kept = std::move(*Dir);
    else
      consumeError(Dir.takeError());
  }
  if (!Kept.empty()) {
    std::vector<std::pair<std::string, std::string>> Names;
    for (const FileJob &Job : Jobs)
      Names.push_back({Job.Result.Source, Job.Result.AbsolutePath});
    setStopAction([Dir = Kept.path().str(), Names = std::move(Names),
                   Stopped = std::move(Stopped)](StringRef Why) {
      return Stopped(keptResults(Dir, Names), Names.size(), Why);
    });
  }
  auto Unset = llvm::make_scope_exit([&] {
    if (!Kept.empty())
      setStopAction(nullptr);
  });
  OrderedRun Order(Jobs, Opts, Emit, Kept.path());
  std::vector<size_t> Runnable;
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (Jobs[I].runnable() && !(Between && Jobs[I].Deferred))
      Runnable.push_back(I);

  // A first-pass job is done once the second pass is decided.
  auto RunPass = [&](ArrayRef<size_t> Pass, bool Final) {
    unsigned Workers = std::min<size_t>(Opts.Jobs, Pass.size());
    auto RunOne = [&](size_t I) {
      Order.started(I);
      analyzeInChild(Jobs[I], Opts, ChildCommand);
      if (Final)
        Order.finished(I);
      else
        Order.keepOnly(I);
    };
    if (Workers <= 1) {
      for (size_t I : Pass)
        RunOne(I);
      return;
    }
    // The threads only wait for the children.
    DefaultThreadPool Pool(hardware_concurrency(Workers));
    for (size_t I : Pass)
      Pool.async([&RunOne, I] { RunOne(I); });
    Pool.wait();
  };
  // Files that cannot be analysed at all are done already; their messages
  // come out in order with the others.
  if (!Between)
    for (size_t I = 0; I < Jobs.size(); ++I)
      if (!Jobs[I].runnable()) {
        Order.started(I);
        Order.finished(I);
      }

  RunPass(Runnable, /*Final=*/!Between);
  if (Between) {
    Expected<std::vector<size_t>> Second = Between(Jobs);
    if (!Second) {
      Order.end();
      return Second.takeError();
    }
    std::vector<bool> Again(Jobs.size());
    for (size_t I : *Second)
      Again[I] = true;
    for (size_t I = 0; I < Jobs.size(); ++I)
      if (!Again[I]) {
        Order.started(I);
        Order.finished(I);
      }
    RunPass(*Second, /*Final=*/true);
  }
  Order.end();
  return Error::success();
}

} // namespace tool
} // namespace wsk
