//===- AnalysisSettings.h - What one file's analysis reads ------*- C++ -*-===//
//
// The part of the run's settings that the analysis of one file reads. It is
// a member of ToolOptions: the command line parser fills the options the
// user gives, and the run fills the values it derives from them (the WDK
// profile's arguments, the --ctu index, clang's resource directory) once,
// before the first file is prepared. No value is kept in two places.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_ANALYSISSETTINGS_H
#define WSKCHECK_TOOL_ANALYSISSETTINGS_H

#include <string>
#include <vector>

namespace wsk {
namespace tool {

struct AnalysisSettings {
  // From the command line.

  /// --disable: full names of rules to leave off.
  std::vector<std::string> DisabledRules;
  /// --extra-arg-before / --extra-arg, in the order given: added to every
  /// compile command after the compiler's name, and at its end.
  std::vector<std::string> ExtraArgsBefore;
  std::vector<std::string> ExtraArgs;
  /// --explain: record what the model recognises, analyse nothing.
  bool ExplainOnly = false;
  /// --wdk: the header profile to analyse with ("mingw"); empty: none.
  std::string WdkProfile;

  // Derived by the run, before any file is prepared.

  /// Clang's resource directory (builtin headers such as stddef.h); used
  /// unless the command line names one. Empty: leave it to clang.
  std::string ResourceDir;
  /// How to name the compilation database in messages ("the compilation
  /// database build/compile_commands.json"); empty when the commands come
  /// from "--".
  std::string DatabaseName;
  /// Colour clang's error messages (--color, or standard error is a colour
  /// terminal).
  bool ColorDiagnostics = false;
  /// --wdk: the profile's arguments (its headers, WPP stand-ins, the case
  /// overlay), before --extra-arg-before, and after --extra-arg (the
  /// target, which a command recorded for another target must not
  /// override).
  std::vector<std::string> ProfileArgsBefore;
  std::vector<std::string> ProfileArgsAfter;
  /// --ctu: the arguments that make the analysis read the index, last.
  std::vector<std::string> CtuArgs;

  /// --wdk: clean up what commands recorded on Windows hold that clang
  /// cannot use here.
  bool windowsCommands() const { return !WdkProfile.empty(); }
};

} // namespace tool
} // namespace wsk

#endif
