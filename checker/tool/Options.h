//===- Options.h - wskcheck command line ------------------------*- C++ -*-===//
//
// The command line is parsed by hand rather than with llvm::cl so that every
// mistake ends in one short, precise message and exit status 2, and so that
// the tool does not inherit the many hidden options the LLVM libraries
// register with llvm::cl.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_OPTIONS_H
#define WSKCHECK_TOOL_OPTIONS_H

#include "AnalysisSettings.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

enum class OutputFormat { Text, Sarif, Html };
enum class ColorMode { Auto, Always, Never };

/// The run's settings: parseCommandLine fills them from the command line
/// and applies what they imply (--vcxproj implies --wdk=mingw, --explain
/// writes no report, -j defaults to the cores); the run then only adds the
/// values it derives for the analysis (see AnalysisSettings) before the
/// first file is prepared. The children of -j get theirs from
/// childArguments. Nothing is kept twice.
///
/// Adding an option: a field here, or in AnalysisSettings if the analysis
/// of one file reads it; a row in OptionTable (Options.cpp), which is both
/// the parser and --help; what it implies, if anything, in resolveOptions
/// there; and, if a child that analyses one file needs it, a line in
/// childArguments, beside them.
struct ToolOptions {
  /// Source files as given; empty with -p means "every file in the database".
  std::vector<std::string> Sources;
  /// -p: a build directory holding compile_commands.json, or the file itself.
  std::string BuildPath;
  /// Whether "--" was given, and the compiler arguments after it.
  bool HasCompilerArgs = false;
  std::vector<std::string> CompilerArgs;
  /// --files: only sources whose path matches this regular expression.
  std::string FilesRegex;
  OutputFormat Format = OutputFormat::Text;
  /// -o; empty means standard output. A directory for --format=html.
  std::string OutputFile;
  /// --html: an HTML report in this directory, besides the main report.
  std::string HtmlDir;
  /// -j; one job per core unless given.
  unsigned Jobs = 0;
  /// --timeout: seconds one file's analysis may take; 0: no limit.
  unsigned TimeoutSeconds = 600;
  /// --baseline: SARIF log of the accepted findings.
  std::string Baseline;
  /// --write-baseline: where to write this run's findings as a baseline.
  std::string WriteBaseline;
  /// --color: colour the text report and clang's messages.
  ColorMode Color = ColorMode::Auto;
  /// --require-analysis: a run in which no source had anything to check
  /// fails (status 2).
  bool RequireAnalysis = false;
  /// --verbose: say what was taken out of compile commands.
  bool Verbose = false;
  /// --quiet: no progress lines on standard error.
  bool Quiet = false;
  /// --ctu: follow calls into the other files of the database.
  bool Ctu = false;
  /// --ctu-cache: keep the --ctu index here between runs; empty: not kept.
  std::string CtuCache;
  /// --vcxproj: project files, or directories to find them in.
  std::vector<std::string> Projects;
  /// --configuration: the projects' configuration and platform.
  std::string Configuration = "Release|x64";
  /// --write-database: where to write the compile commands as run.
  std::string WriteDatabase;
  /// Hidden, for the child processes of -j: the one source reaches WSK
  /// calls through other files (--ctu), so it is analysed regardless.
  bool InternalReachesWsk = false;
  /// Hidden, for the child processes of -j: analyse the one source, write
  /// its result as JSON to this file, print nothing.
  std::string InternalResult;
  /// Hidden, for the child processes: the one source, as an option's value
  /// so that no file name can be read as an option.
  bool InternalSource = false;
  bool ListRules = false;
  bool ShowVersion = false;
  bool ShowHelp = false;
  /// --disable, --extra-arg[-before], --explain, --wdk, and what the run
  /// derives for the analysis of each file.
  AnalysisSettings Analysis;
};

/// Parses the arguments after argv[0] and applies what they imply. The error
/// message is one line without the "wskcheck: error: " prefix.
llvm::Expected<ToolOptions> parseCommandLine(llvm::ArrayRef<const char *> Args);

/// The arguments that make a new wskcheck analyse one source the way this
/// run does (see runJobs), from \p Opts as the run has completed them: what
/// --wdk and --ctu derived reaches the child as --extra-arg(-before), so it
/// derives nothing again. \p Database, if not empty, is the run's commands
/// written out for the children (when they come from projects, so that each
/// child does not read every project again).
std::vector<std::string> childArguments(const ToolOptions &Opts,
                                        llvm::StringRef Database);

/// Prints the --help text.
void printHelp(llvm::raw_ostream &OS);

} // namespace tool
} // namespace wsk

#endif
