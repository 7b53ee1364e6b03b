//===- Processes.cpp - Child processes, temporary paths, stop signals -----===//

#include "Processes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#ifndef _WIN32
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
extern char **environ;
#endif

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

/// What a stop signal must clean up. One lock: a path renamed into place or
/// a child started is either done before the stop or not at all.
struct Registry {
  std::mutex M;
  std::map<std::string, bool> Paths; // path -> is a directory
  std::set<long> Children;
  bool Stopping = false;
  std::function<std::string(StringRef)> StopAction;
};

Registry &registry() {
  static Registry R;
  return R;
}

/// The thread that took a stop signal holds the registry's lock until the
/// process ends, and runs the stop action under it: every other thread then
/// waits at its next step, and the action itself uses temporary paths.
thread_local bool IsStopper = false;

/// The registry's lock, taken unless this thread is the stopper, which
/// holds it already.
class RegistryLock {
public:
  RegistryLock() {
    if (!IsStopper)
      Lock = std::unique_lock<std::mutex>(registry().M);
  }

private:
  std::unique_lock<std::mutex> Lock;
};

/// Whether the run is being stopped, for a thread other than the stopper.
bool refused(const Registry &R) { return R.Stopping && !IsStopper; }

void removePath(const std::string &Path, bool Directory) {
  if (Directory)
    sys::fs::remove_directories(Path);
  else
    sys::fs::remove(Path);
}

#ifndef _WIN32
const char *signalName(int Sig) {
  switch (Sig) {
  case SIGINT:
    return "SIGINT";
  case SIGTERM:
    return "SIGTERM";
  case SIGHUP:
    return "SIGHUP";
  }
  return "a signal";
}

[[noreturn]] void stopRun(int Sig) {
  Registry &R = registry();
  // Held until the end: no other thread starts a child or renames an
  // output into place from now on.
  R.M.lock();
  R.Stopping = true;
  IsStopper = true;
  for (long Pid : R.Children) {
    ::kill(-static_cast<pid_t>(Pid), SIGKILL);
    ::kill(static_cast<pid_t>(Pid), SIGKILL);
  }
  std::string Why = std::string("stopped by ") + signalName(Sig);
  std::string More = R.StopAction ? R.StopAction(Why) : std::string();
  for (const auto &[Path, Directory] : R.Paths)
    removePath(Path, Directory);
  std::string Line =
      "wskcheck: error: " + Why + (More.empty() ? "" : "; ") + More + "\n";
  (void)::write(2, Line.data(), Line.size());
  ::_exit(128 + Sig);
}

/// Waits for the child \p Pid, killing its group after \p TimeoutSeconds.
ChildExit waitChild(pid_t Pid, unsigned TimeoutSeconds) {
  ChildExit Exit;
  auto Deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(TimeoutSeconds);
  unsigned SleepMs = 1;
  bool Killed = false;
  // Where the kernel has them, a process file descriptor wakes the wait the
  // moment the child ends; elsewhere it polls.
  int PidFd = -1;
#if defined(__linux__) && defined(SYS_pidfd_open)
  PidFd = static_cast<int>(::syscall(SYS_pidfd_open, Pid, 0));
#endif
  for (;;) {
    // WNOWAIT: the child stays a zombie, so its process id cannot be reused
    // while a stop signal may still kill it.
    siginfo_t Info;
    Info.si_pid = 0;
    int W = ::waitid(P_PID, Pid, &Info, WEXITED | WNOHANG | WNOWAIT);
    if ((W == 0 && Info.si_pid == Pid) || (W < 0 && errno != EINTR))
      break;
    if (TimeoutSeconds && std::chrono::steady_clock::now() >= Deadline) {
      ::kill(-Pid, SIGKILL);
      ::kill(Pid, SIGKILL);
      Killed = true;
      break;
    }
    if (PidFd >= 0) {
      struct pollfd P = {PidFd, POLLIN, 0};
      int Ms = 1000;
      if (TimeoutSeconds)
        Ms = static_cast<int>(std::clamp<long long>(
            std::chrono::duration_cast<std::chrono::milliseconds>(
                Deadline - std::chrono::steady_clock::now())
                    .count() +
                1,
            1, 1000));
      ::poll(&P, 1, Ms);
      continue;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(SleepMs));
    SleepMs = std::min(SleepMs * 2, 50u);
  }
  if (PidFd >= 0)
    ::close(PidFd);
  int Status = 0;
  while (::waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  {
    RegistryLock Lock;
    registry().Children.erase(Pid);
  }
  if (Killed) {
    Exit.Kind = ChildExit::TimedOut;
  } else if (WIFEXITED(Status)) {
    Exit.Kind = ChildExit::Exited;
    Exit.Code = WEXITSTATUS(Status);
  } else {
    Exit.Kind = ChildExit::Signalled;
    Exit.Code = WIFSIGNALED(Status) ? WTERMSIG(Status) : 0;
  }
  return Exit;
}

/// The child's side of a fork or a spawn: a process group of its own, so
/// that killing it kills whatever it started, and the signals this
/// process blocks are the child's to take as usual.
void becomeChild(StringRef ErrorFile) {
  ::setpgid(0, 0);
  sigset_t None;
  sigemptyset(&None);
  for (int Sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
    ::signal(Sig, SIG_DFL);
  pthread_sigmask(SIG_SETMASK, &None, nullptr);
#ifdef __linux__
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  // A crash is reported as one line; a core file would be left behind.
  struct rlimit NoCore = {0, 0};
  ::setrlimit(RLIMIT_CORE, &NoCore);
  int In = ::open("/dev/null", O_RDWR);
  int Err = ::open(ErrorFile.str().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (In >= 0) {
    ::dup2(In, 0);
    ::dup2(In, 1);
  }
  if (Err >= 0)
    ::dup2(Err, 2);
}
#endif
} // namespace

#ifndef _WIN32
ChildExit runForked(function_ref<int()> Body, StringRef ErrorFile,
                    unsigned TimeoutSeconds) {
  ChildExit Exit;
  pid_t Pid;
  {
    Registry &R = registry();
    RegistryLock Lock;
    if (refused(R)) {
      Exit.Message = "the run is being stopped";
      return Exit;
    }
    Pid = ::fork();
    if (Pid == 0) {
      // Only this thread goes on in the child, and it touches nothing the
      // other threads of the parent may have held locked at the fork.
      becomeChild(ErrorFile);
      int Code = Body();
      errs().flush();
      ::_exit(Code);
    }
    if (Pid > 0)
      R.Children.insert(Pid);
  }
  if (Pid < 0) {
    Exit.Message = std::string("cannot start a process: ") + strerror(errno);
    return Exit;
  }
  return waitChild(Pid, TimeoutSeconds);
}

ChildExit runChild(ArrayRef<std::string> Args, StringRef ErrorFile,
                   unsigned TimeoutSeconds) {
  ChildExit Exit;
  std::vector<char *> Argv;
  for (const std::string &A : Args)
    Argv.push_back(const_cast<char *>(A.c_str()));
  Argv.push_back(nullptr);
  std::string Errors = ErrorFile.str();

  posix_spawn_file_actions_t Files;
  posix_spawn_file_actions_init(&Files);
  posix_spawn_file_actions_addopen(&Files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Files, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&Files, 2, Errors.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawnattr_t Attr;
  posix_spawnattr_init(&Attr);
  // A group of its own, so that killing it kills whatever it started; the
  // signals this process blocks are the child's to take as usual.
  posix_spawnattr_setflags(&Attr, POSIX_SPAWN_SETPGROUP |
                                      POSIX_SPAWN_SETSIGMASK |
                                      POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setpgroup(&Attr, 0);
  sigset_t None, Default;
  sigemptyset(&None);
  posix_spawnattr_setsigmask(&Attr, &None);
  sigemptyset(&Default);
  for (int Sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
    sigaddset(&Default, Sig);
  posix_spawnattr_setsigdefault(&Attr, &Default);

  pid_t Pid = 0;
  int Error;
  {
    Registry &R = registry();
    RegistryLock Lock;
    Error = refused(R) ? EINTR
                       : posix_spawn(&Pid, Argv[0], &Files, &Attr, Argv.data(),
                                     environ);
    if (!Error)
      R.Children.insert(Pid);
  }
  posix_spawn_file_actions_destroy(&Files);
  posix_spawnattr_destroy(&Attr);
  if (Error) {
    Exit.Message = "cannot run '" + Args[0] + "': " + std::strerror(Error);
    return Exit;
  }

  return waitChild(Pid, TimeoutSeconds);
}

void handleStopSignals() {
  sigset_t Set;
  sigemptyset(&Set);
  for (int Sig : {SIGINT, SIGTERM, SIGHUP})
    sigaddset(&Set, Sig);
  pthread_sigmask(SIG_BLOCK, &Set, nullptr);
  std::thread([Set] {
    int Sig = 0;
    while (sigwait(&Set, &Sig) != 0) {
    }
    stopRun(Sig);
  }).detach();
}

void endWithParent() {
#ifdef __linux__
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}
#else
ChildExit runChild(ArrayRef<std::string> Args, StringRef ErrorFile,
                   unsigned TimeoutSeconds) {
  ChildExit Exit;
  std::vector<StringRef> Refs(Args.begin(), Args.end());
  std::optional<StringRef> Redirects[] = {StringRef(), StringRef(), ErrorFile};
  bool Failed = false;
  int Code = sys::ExecuteAndWait(Args[0], Refs, std::nullopt, Redirects,
                                 TimeoutSeconds, 0, &Exit.Message, &Failed);
  if (Failed)
    return Exit;
  if (Code == -2 && StringRef(Exit.Message).contains("timed out"))
    Exit.Kind = ChildExit::TimedOut;
  else if (Code < 0)
    Exit.Kind = ChildExit::Signalled;
  else
    Exit.Kind = ChildExit::Exited;
  Exit.Code = Code;
  return Exit;
}

void handleStopSignals() {}
void endWithParent() {}
#endif

void setStopAction(std::function<std::string(StringRef)> Action) {
  RegistryLock Lock;
  registry().StopAction = std::move(Action);
}

TempPath::TempPath(std::string Path, bool Directory)
    : Path(std::move(Path)), Directory(Directory) {}

TempPath::TempPath(TempPath &&Other)
    : Path(std::move(Other.Path)), Directory(Other.Directory) {
  Other.Path.clear();
}

TempPath &TempPath::operator=(TempPath &&Other) {
  if (this != &Other) {
    remove();
    Path = std::move(Other.Path);
    Directory = Other.Directory;
    Other.Path.clear();
  }
  return *this;
}

TempPath::~TempPath() { remove(); }

/// Creates a path with \p Create and registers it, under the registry's
/// lock, so that a stop signal either finds it or comes before it exists.
Expected<TempPath>
TempPath::make(bool Directory,
               function_ref<std::error_code(SmallVectorImpl<char> &)> Create,
               const Twine &What) {
  Registry &R = registry();
  RegistryLock Lock;
  SmallString<256> Path;
  std::error_code EC =
      refused(R) ? std::make_error_code(std::errc::interrupted) : Create(Path);
  if (EC)
    return createStringError(EC, "cannot create " + What + ": " + EC.message());
  R.Paths[std::string(Path)] = Directory;
  return TempPath(std::string(Path), Directory);
}

Expected<TempPath> TempPath::file(StringRef Prefix, StringRef Suffix) {
  return make(
      false,
      [&](SmallVectorImpl<char> &Path) {
        return sys::fs::createTemporaryFile(Prefix, Suffix, Path);
      },
      "a temporary file");
}

Expected<TempPath> TempPath::directory(StringRef Prefix) {
  return make(
      true,
      [&](SmallVectorImpl<char> &Path) {
        return sys::fs::createUniqueDirectory(Prefix, Path);
      },
      "a temporary directory");
}

Expected<TempPath> TempPath::beside(StringRef Target, bool Directory) {
  // Hidden, and named after the target, so that a leftover says whose it is.
  SmallString<256> Model(sys::path::parent_path(Target));
  if (Model.empty())
    Model = ".";
  sys::path::append(Model,
                    "." + sys::path::filename(Target) + ".wskcheck-%%%%%%");
  return make(
      Directory,
      [&](SmallVectorImpl<char> &Path) -> std::error_code {
        if (Directory)
          return sys::fs::createUniqueDirectory(Model.str().drop_back(7), Path);
        int FD;
        std::error_code EC = sys::fs::createUniqueFile(Model, FD, Path);
        if (!EC)
          sys::Process::SafelyCloseFileDescriptor(FD);
        return EC;
      },
      "a temporary file beside '" + Target + "'");
}

std::string TempPath::read() const {
  ErrorOr<std::unique_ptr<MemoryBuffer>> B = MemoryBuffer::getFile(Path);
  return B ? (*B)->getBuffer().str() : std::string();
}

void TempPath::remove() {
  if (Path.empty())
    return;
  Registry &R = registry();
  RegistryLock Lock;
  removePath(Path, Directory);
  R.Paths.erase(Path);
  Path.clear();
}

bool TempPath::renameTo(StringRef Target, std::string &Message) {
  Registry &R = registry();
  RegistryLock Lock;
  if (refused(R)) {
    Message = "the run is being stopped";
    return false;
  }
  if (std::error_code EC = sys::fs::rename(Path, Target)) {
    Message = EC.message();
    return false;
  }
  R.Paths.erase(Path);
  Path.clear();
  return true;
}

bool TempPath::moveContentsInto(StringRef Dir,
                                function_ref<bool(StringRef)> Replaced,
                                std::string &Message) {
  auto Names = [](StringRef In, std::vector<std::string> &Out) {
    std::error_code EC;
    for (sys::fs::directory_iterator It(In, EC), End; It != End && !EC;
         It.increment(EC))
      Out.push_back(sys::path::filename(It->path()).str());
    llvm::sort(Out);
    return EC;
  };
  Registry &R = registry();
  RegistryLock Lock;
  if (refused(R)) {
    Message = "the run is being stopped";
    return false;
  }
  std::vector<std::string> New, Old;
  std::error_code EC = sys::fs::create_directories(Dir);
  if (!EC)
    EC = Names(Path, New);
  if (!EC)
    EC = Names(Dir, Old);
  for (const std::string &Name : Old) {
    if (EC)
      break;
    if (Replaced(Name) && !llvm::binary_search(New, Name)) {
      SmallString<256> P(Dir);
      sys::path::append(P, Name);
      EC = sys::fs::remove(P);
    }
  }
  // Name order: an index.html comes after the finding-*.html it links to.
  for (const std::string &Name : New) {
    if (EC)
      break;
    SmallString<256> From(Path), To(Dir);
    sys::path::append(From, Name);
    sys::path::append(To, Name);
    EC = sys::fs::rename(From, To);
  }
  if (EC) {
    Message = EC.message();
    return false;
  }
  removePath(Path, Directory);
  R.Paths.erase(Path);
  Path.clear();
  return true;
}

} // namespace tool
} // namespace wsk
