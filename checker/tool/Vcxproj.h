//===- Vcxproj.h - Compile commands from Visual Studio projects -*- C++ -*-===//
//
// `wskcheck --vcxproj <file|dir>` takes the compile commands of a driver
// from its .vcxproj files, as MSBuild would for one configuration: the
// ClCompile items and their metadata (defines, include directories, forced
// includes, language), the properties of the project and of the .props
// files it imports from the checkout, and the conditions that select a
// configuration and platform. Only the part of MSBuild that compile
// commands depend on is evaluated; what a checkout cannot resolve (the
// WDK's own directories, property functions) is left out.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_VCXPROJ_H
#define WSKCHECK_TOOL_VCXPROJ_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

/// One project file and what became of it.
struct ProjectOutcome {
  enum KindT {
    /// A kernel-mode driver or library: its commands are analysed.
    Kernel,
    /// A user-mode program or library: not analysed with the kernel profile.
    UserMode,
    /// The project has no such configuration.
    NoConfiguration,
    /// The file is not a project wskcheck can read (see Reason).
    Invalid,
  };
  std::string Path;
  KindT Kind = Kernel;
  /// Why it is not analysed, for the summary; empty for Kernel.
  std::string Reason;
  /// The compiler commands (gcc-style clang syntax), for Kernel projects.
  std::vector<clang::tooling::CompileCommand> Commands;
};

/// "Release|x64" split, or an error for text that names no configuration.
llvm::Expected<std::pair<std::string, std::string>>
parseConfiguration(llvm::StringRef Text);

/// Reads the project \p Path, or every .vcxproj below the directory \p Path,
/// for \p Configuration and \p Platform. Errors (a missing path, a
/// directory without projects) are one line without the "wskcheck: error: "
/// prefix; a project that cannot be read is an Invalid outcome.
llvm::Expected<std::vector<ProjectOutcome>>
readProjects(llvm::StringRef Path, llvm::StringRef Configuration,
             llvm::StringRef Platform);

/// Kernel-mode, user-mode or unknown, from the final properties of a
/// project; exposed for testing. Returns an empty string for kernel mode,
/// else the reason to skip.
std::string userModeReason(llvm::StringRef ConfigurationType,
                           llvm::StringRef PlatformToolset,
                           llvm::StringRef DriverType);

} // namespace tool
} // namespace wsk

#endif
