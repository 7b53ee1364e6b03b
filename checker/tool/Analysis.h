//===- Analysis.h - Run the WSK checkers on one source file -----*- C++ -*-===//
//
// Each source file is analysed on its own, with its own file system view,
// compile commands and result, so that files can be analysed in parallel:
// prepareFile runs on the main thread (it reads the compilation database),
// analyzeFile on any thread.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_ANALYSIS_H
#define WSKCHECK_TOOL_ANALYSIS_H

#include "AnalysisSettings.h"
#include "Findings.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

/// What a shaped command is for.
enum class CommandUse {
  /// This run's analysis: with the definitions the analyzer's front ends
  /// make (__clang_analyzer__) and the --ctu arguments.
  Analysis,
  /// The build as --write-database records it: neither.
  Build,
};

/// The one place a recorded compile command (from the database, a project
/// or "--") becomes the command this run compiles: cleaned up for --wdk,
/// stripped of every argument that would load code into wskcheck or write
/// a file (a database is not trusted: it may come with the pull request
/// being checked), then the run's arguments added: after the compiler's
/// name -D__clang_analyzer__=1, the profile's and --extra-arg-before's; at
/// the end --extra-arg's, the profile's and --ctu's. Each argument stripped
/// (with its value) is appended to \p Stripped, if given.
std::vector<std::string>
shapeCommand(llvm::ArrayRef<std::string> Recorded,
             const AnalysisSettings &Settings,
             std::vector<std::string> *Stripped = nullptr,
             CommandUse Use = CommandUse::Analysis);

/// One source and the compile commands for it.
struct FileJob {
  /// Source, AbsolutePath, and a final status if the file cannot be
  /// analysed at all (no such file, not in the database, ...).
  FileResult Result;
  /// As shapeCommand made them.
  std::vector<clang::tooling::CompileCommand> Commands;
  /// With --ctu: the file calls functions of other files that may reach
  /// WSK calls, so it is analysed even without a WSK call of its own.
  bool ReachesWsk = false;
  /// With --ctu: record the file's part of the index while analysing it
  /// (FileResult::CtuIndex), so that it is parsed once for both. Only for
  /// a job of one command: the index has one unit per file.
  bool CollectCtuIndex = false;
  /// With --ctu: analysed only once the first files of the run have made
  /// the index complete (Runner.h).
  bool Deferred = false;
  /// Arguments shapeCommand took out of its commands (for --verbose).
  std::vector<std::string> Stripped;

  bool runnable() const { return Result.analysed(); }
};

/// Looks \p Source up on disk and in \p DB. Not thread-safe (\p DB).
FileJob prepareFile(const clang::tooling::CompilationDatabase &DB,
                    llvm::StringRef Source, const AnalysisSettings &Settings);

/// Makes \p Job ready to be analysed (again) with \p Args appended to
/// each of its commands: what a previous analysis found is dropped.
void addCommandArguments(FileJob &Job, llvm::ArrayRef<std::string> Args);

/// Compiles and analyses a runnable \p Job, filling in its result: status,
/// findings, and clang's error output (kept in the result, not printed).
/// Safe to call from several threads at once.
void analyzeFile(FileJob &Job, const AnalysisSettings &Settings);

/// \p FS with the virtual file system overlays that \p Args name
/// (-ivfsoverlay, also behind -Xclang) laid over it. Clang applies them only
/// when it makes its own file system; a LibTooling tool hands it one.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
withOverlays(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
             llvm::ArrayRef<std::string> Args);

} // namespace tool
} // namespace wsk

#endif
