//===- Runner.cpp - Analyse many files at once ----------------------------===//

#include "Runner.h"
#include "ResultFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
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

/// A temporary file, removed when this goes out of scope.
class TempFile {
public:
  TempFile(llvm::StringRef Suffix) {
    if (sys::fs::createTemporaryFile("wskcheck", Suffix, Path))
      Path.clear();
  }
  ~TempFile() {
    if (!Path.empty())
      sys::fs::remove(Path);
  }
  llvm::StringRef path() const { return Path; }
  std::string read() const {
    ErrorOr<std::unique_ptr<MemoryBuffer>> B = MemoryBuffer::getFile(Path);
    return B ? (*B)->getBuffer().str() : std::string();
  }

private:
  SmallString<128> Path;
};

void analyzeInChild(FileJob &Job, const RunSettings &Run) {
  FileResult &R = Job.Result;
  TempFile Result(".json"), Errors(".txt");
  std::vector<std::string> Args = {Run.Self,
                                   "--internal-result=" + Result.path().str()};
  if (Job.ReachesWsk)
    Args.push_back("--internal-reaches-wsk");
  Args.insert(Args.end(), Run.ChildArgs.begin(), Run.ChildArgs.end());
  // The source goes before "--" and its compiler arguments, if any.
  auto Dashes = std::find(Args.begin() + 2, Args.end(), "--");
  Args.insert(Dashes, R.Source);
  std::vector<StringRef> ArgRefs(Args.begin(), Args.end());
  std::optional<StringRef> Redirects[] = {StringRef(), StringRef(),
                                          Errors.path()};
  std::string Message;
  int Status =
      sys::ExecuteAndWait(Run.Self, ArgRefs, std::nullopt, Redirects,
                          /*SecondsToWait=*/0, /*MemoryLimit=*/0, &Message);
  FileResult Child;
  if (Status == 0 && !Result.path().empty() &&
      resultFromJson(Result.read(), Child)) {
    Child.Source = R.Source;
    Child.AbsolutePath = R.AbsolutePath;
    R = std::move(Child);
    return;
  }
  // The child died where the crash recovery inside it could not help; what
  // it printed is all there is to show.
  R.Status = FileResult::Crashed;
  R.Detail = "internal error while analysing " + R.Source + "; not analysed";
  R.CompilerOutput = Errors.read();
  if (!Message.empty())
    R.CompilerOutput += "wskcheck: " + Message + "\n";
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
    if (Workers > 1)
      analyzeInChild(Jobs[I], Run);
    else
      analyzeFile(Jobs[I], Settings);
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
    // One job at a time needs no child processes.
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
