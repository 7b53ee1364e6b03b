//===- Processes.h - Children, temporary paths, stop signals ---*- C++ -*-===//
//
// Every file is analysed in a child process (a fork of wskcheck, or where
// there is no fork, a new wskcheck): a crash or a stack overflow in clang
// then ends that process, not the run, and a file that takes too long can
// be stopped. What a run creates on the way (children,
// temporary files and directories) is registered here, so that SIGINT or
// SIGTERM (a Ctrl-C, a CI job's timeout) stops the children and removes
// the temporary paths before the run ends: outputs are only ever renamed
// into place, so the previous ones are then untouched.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_PROCESSES_H
#define WSKCHECK_TOOL_PROCESSES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <string>

namespace wsk {
namespace tool {

/// How a child process ended.
struct ChildExit {
  enum KindT {
    Exited,     ///< Code is its exit status.
    Signalled,  ///< Code is the signal that ended it.
    TimedOut,   ///< Killed after its time limit.
    NotStarted, ///< Message says why.
  } Kind = NotStarted;
  int Code = 0;
  std::string Message;
};

/// Runs \p Args (the program first) with standard input and output on the
/// null device and standard error into \p ErrorFile, in a process group of
/// its own, and waits for it. After \p TimeoutSeconds (0: no limit) the
/// group is killed. Safe to call from several threads at once.
ChildExit runChild(llvm::ArrayRef<std::string> Args, llvm::StringRef ErrorFile,
                   unsigned TimeoutSeconds);

/// Runs \p Body in a copy of this process (fork, POSIX only) set up as
/// runChild sets up its child; the child's exit status is what \p Body
/// returns. Much faster than runChild: nothing is loaded or initialised
/// again. \p Body must not use what other threads may hold locked.
ChildExit runForked(llvm::function_ref<int()> Body, llvm::StringRef ErrorFile,
                    unsigned TimeoutSeconds);

/// From now on SIGINT, SIGTERM and SIGHUP end the run: the children
/// runChild started are killed (their process groups), every registered
/// temporary path is removed, and the process exits with 128 + the signal.
/// Call before any thread is started: the signals are blocked in every
/// thread and taken by one thread of their own.
void handleStopSignals();

/// What a stop signal does before the temporary paths are removed (the
/// children are killed by then): write what the run has finished, say,
/// and return a few words for the "stopped by" line; empty: nothing. \p Why
/// is "stopped by SIGTERM" or the like. It
/// runs on the thread that took the signal while every other thread waits
/// at its next child, temporary path or rename, so the finished results it
/// reads cannot change under it; it may use TempPath. Replaces the action
/// set before.
void setStopAction(std::function<std::string(llvm::StringRef Why)> Action);

/// In a child process: end when the parent ends, however it ends (Linux),
/// so that a parent killed with SIGKILL leaves no analysis running.
void endWithParent();

/// A temporary file or directory, removed when this goes out of scope or
/// when the run is stopped by a signal, unless it was renamed into place.
class TempPath {
public:
  /// A new file in the system's temporary directory.
  static llvm::Expected<TempPath> file(llvm::StringRef Prefix,
                                       llvm::StringRef Suffix);
  /// A new directory in the system's temporary directory.
  static llvm::Expected<TempPath> directory(llvm::StringRef Prefix);
  /// A new file (or directory) beside \p Target, so that renaming it onto
  /// \p Target is one atomic step on the same file system.
  static llvm::Expected<TempPath> beside(llvm::StringRef Target,
                                         bool Directory = false);

  TempPath() = default;
  TempPath(TempPath &&Other);
  TempPath &operator=(TempPath &&Other);
  TempPath(const TempPath &) = delete;
  TempPath &operator=(const TempPath &) = delete;
  ~TempPath();

  llvm::StringRef path() const { return Path; }
  bool empty() const { return Path.empty(); }
  /// The file's content; empty if it cannot be read.
  std::string read() const;
  /// Renames it onto \p Target and forgets it; refused (false, with
  /// \p Message) once the run is being stopped, so that a stopped run
  /// leaves the previous \p Target as it was.
  bool renameTo(llvm::StringRef Target, std::string &Message);
  /// For a directory: moves every file in it into \p Dir (created if need
  /// be), in name order, and removes the files of \p Dir that \p Replaced
  /// accepts and it does not have (pages of an earlier report). All in one
  /// step for a stop signal: the stopped run leaves all old or all new.
  bool moveContentsInto(llvm::StringRef Dir,
                        llvm::function_ref<bool(llvm::StringRef)> Replaced,
                        std::string &Message);
  /// Removes it now.
  void remove();

private:
  TempPath(std::string Path, bool Directory);
  static llvm::Expected<TempPath> make(
      bool Directory,
      llvm::function_ref<std::error_code(llvm::SmallVectorImpl<char> &)> Create,
      const llvm::Twine &What);
  std::string Path;
  bool Directory = false;
};

} // namespace tool
} // namespace wsk

#endif
