//===- WdkProfile.h - Analyse driver sources without the WDK ----*- C++ -*-===//
//
// `wskcheck --wdk=mingw` analyses Windows driver sources on a machine that
// has no Windows Driver Kit, such as a Linux CI runner: the compile targets
// x64 Windows as the WDK does, takes the kernel headers of mingw-w64, and
// fills what they lack (wsk.h, netioddk.h, wdf.h, WPP tracing, ...) from the
// project's own headers in checker/wdk/include. docs/linux-ci.md is the
// user's side of it.
//
// The arguments are spelled so that clang accepts them in both driver modes
// (gcc and clang-cl): include directories and the forced include go through
// -Xclang. A compile command keeps the mode it was recorded in.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_WDKPROFILE_H
#define WSKCHECK_TOOL_WDKPROFILE_H

#include "Installation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

/// The profiles --wdk accepts, for messages and --help.
llvm::ArrayRef<llvm::StringRef> wdkProfileNames();

/// Compiler arguments for profile \p Profile ("mingw"), to put before a
/// file's own arguments (right after the compiler's name). The profile's
/// headers are looked for as findWdkIncludeDir does. The error is one line
/// without the "wskcheck: error: " prefix: an unknown profile, the mingw-w64
/// headers not installed, or the profile's headers not found.
llvm::Expected<std::vector<std::string>>
wdkProfileArguments(llvm::StringRef Profile, const Installation &Installed);

/// Compiler arguments for \p Profile to put after a file's own: the target,
/// which a command recorded for another target must not override.
std::vector<std::string> wdkProfileTrailingArguments(llvm::StringRef Profile);

/// The directory of the profile's own headers: WSKCHECK_WDK_INCLUDE, else
/// their installed copy beside \p Installed (share/wskcheck/wdk/include),
/// else checker/wdk/include of the source tree wskcheck was built from.
llvm::Expected<std::string> findWdkIncludeDir(const Installation &Installed);

/// The mingw-w64 include directory (the one holding ddk/ntddk.h).
llvm::Expected<std::string> findMingwIncludeDir();

/// Stand-ins for the headers the WDK's build generates and a checkout does
/// not have: the WPP trace message headers (.tmh), and those of
/// GeneratedHeaders.h (message files, manifests, WMI class files).
struct WppStubs {
  /// The directory holding the stand-ins; empty when there are none.
  std::string Dir;
  /// Compiler arguments that make the stand-ins found (after the file's
  /// own include directories, so a real .tmh wins, and before mingw-w64's
  /// headers); to put before a file's own arguments, like
  /// wdkProfileArguments.
  std::vector<std::string> Arguments;
  /// The .tmh names written, as the sources spell them.
  std::vector<std::string> Headers;
};

/// Writes a stand-in for every `#include "<name>.tmh"` in \p Sources into
/// \p OutDir (created if need be; the caller owns it). Each stand-in
/// includes the profile's wskcheck_wpp.h and defines the project's trace
/// functions as no-ops: the FUNC lines of `begin_wpp config` blocks, of the
/// WPP configuration files (.ini) a project names in
/// <WppAdditionalConfigurationFile>, and the <WppTraceFunction> and -func:
/// settings of .vcxproj and .props files, found in the sources, in the
/// headers and project files beside them, and in those of \p HeaderDirs.
/// The stand-ins must exist for as long as any compile (including cross
/// translation unit parsing) may need them.
llvm::Expected<WppStubs> prepareWppStubs(llvm::ArrayRef<std::string> Sources,
                                         llvm::ArrayRef<std::string> HeaderDirs,
                                         llvm::StringRef OutDir);

/// \p Command (compiler first) without what a command recorded on Windows
/// holds that clang cannot use on this machine: in clang-cl mode, `/`
/// options clang does not know (it would take them for input files), and
/// forced includes (/FI, -include) of files that do not exist here, such as
/// the WDK's own.
std::vector<std::string>
withoutWindowsOnlyArguments(llvm::ArrayRef<std::string> Command);

} // namespace tool
} // namespace wsk

#endif
