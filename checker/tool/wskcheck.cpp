//===- wskcheck.cpp - The wskcheck command-line tool ----------------------===//
//
// wskcheck [options] <source>... [-- <compiler args>]
// wskcheck [options] -p <build dir> [<source or directory>...]
//
// Runs the WSK checkers, linked in (no plugin loading), on each source and
// writes one report. Exit status: 0 nothing that gates (no findings, or only
// findings in the baseline or suppressed in source), 1 findings, 2 usage or
// input error (a report is still written for the files that were analysed).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "Baseline.h"
#include "CaseOverlay.h"
#include "Compilations.h"
#include "CrossFileCalls.h"
#include "Ctu.h"
#include "Installation.h"
#include "Options.h"
#include "Output.h"
#include "Processes.h"
#include "ResultFile.h"
#include "RuleDocs.h"
#include "RuleLookup.h"
#include "Runner.h"
#include "WdkProfile.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <tuple>

using namespace wsk::tool;
using namespace llvm;
using namespace clang;

namespace {

enum ExitStatus { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

int error(const Twine &Message) {
  errs() << "wskcheck: error: " << Message << '\n';
  return ExitError;
}

/// Internal errors end in one line and status 2, never a crash report. Inside
/// a file's analysis, exiting unwinds to that file's crash recovery, so the
/// other files are still analysed and reported.
void fatalErrorHandler(void *, const char *Reason, bool) {
  errs() << "wskcheck: error: " << Reason << '\n';
  sys::Process::Exit(ExitError);
}

void printVersion(raw_ostream &OS) {
  OS << "wskcheck " << toolVersion() << " (clang " << CLANG_VERSION_STRING
     << ")\n";
}

void listRules(raw_ostream &OS) {
  for (int I = 0; I < WskRule_Count; ++I)
    OS << WskRuleCatalog[I].Name << '\t' << WskRuleCatalog[I].Summary << '\n';
}

std::string plural(unsigned N, StringRef Noun) {
  return std::to_string(N) + " " + Noun.str() + (N == 1 ? "" : "s");
}

/// A finding in a header may be reached from several sources; report it once.
void removeDuplicatesAcrossFiles(Report &R) {
  std::set<
      std::tuple<std::string, std::string, unsigned, unsigned, std::string>>
      Seen;
  for (FileResult &File : R.Files)
    llvm::erase_if(File.Findings, [&](const Finding &F) {
      return !Seen.insert({F.Rule, F.Where.File, F.Where.Line, F.Where.Column,
                           F.Message})
                  .second;
    });
}

/// Findings of a file in source order, whatever order the analyzer found
/// them in.
void sortFindings(Report &R) {
  for (FileResult &File : R.Files)
    llvm::stable_sort(File.Findings, [](const Finding &A, const Finding &B) {
      return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Rule,
                      A.Message) < std::tie(B.Where.File, B.Where.Line,
                                            B.Where.Column, B.Rule, B.Message);
    });
}

std::string absolute(StringRef Path) {
  SmallString<256> Abs(Path);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

/// With -p, a directory on the command line stands for the database's files
/// below it. Returns false (after an error message) if one holds none.
bool expandDirectories(std::vector<std::string> &Sources,
                       const Compilations &Comps, const SourcePaths &Paths) {
  std::vector<std::string> Expanded;
  std::vector<std::string> DatabaseFiles;
  for (const std::string &Source : Sources) {
    if (!sys::fs::is_directory(Source)) {
      Expanded.push_back(Source);
      continue;
    }
    if (DatabaseFiles.empty())
      DatabaseFiles = allFiles(Comps);
    std::string Dir = absolute(Source);
    size_t Before = Expanded.size();
    for (const std::string &File : DatabaseFiles) {
      StringRef F(File);
      if (F.consume_front(Dir) && sys::path::is_separator(F.front()))
        Expanded.push_back(Paths.display(File));
    }
    if (Expanded.size() == Before) {
      error("no file in " + Comps.DatabaseFile + " is below '" + Source + "'");
      return false;
    }
  }
  Sources = std::move(Expanded);
  return true;
}

/// \p Message with the paths below the current directory made relative.
std::string withRelativePaths(StringRef Message, const SourcePaths &Paths) {
  std::string Base = Paths.baseDir().str();
  if (Base.empty())
    return Message.str();
  if (!sys::path::is_separator(Base.back()))
    Base += '/';
  std::string Out;
  for (size_t At; (At = Message.find(Base)) != StringRef::npos;) {
    Out += Message.take_front(At).str();
    Message = Message.drop_front(At + Base.size());
  }
  return Out + Message.str();
}

void printExplanation(const FileResult &F, const SourcePaths &Paths,
                      raw_ostream &OS) {
  std::string Name =
      F.AbsolutePath.empty() ? F.Source : Paths.display(F.AbsolutePath);
  for (const std::string &Command : F.Commands)
    OS << Name << ": compile command: " << Command << '\n';
  for (const ModelItem &I : F.Model) {
    if (I.Where.isValid()) {
      OS << Paths.display(I.Where.File) << ':' << I.Where.Line << ':';
      if (I.Where.Column)
        OS << I.Where.Column << ':';
    } else {
      OS << Name << ':';
    }
    OS << ' ' << I.Kind << ": " << I.Text;
    if (!I.Function.empty() && I.Function != I.Text)
      OS << " in " << I.Function;
    OS << '\n';
  }
  OS << Name << ": ";
  if (F.HasDriverEntry)
    OS << "DriverEntry found: its lifecycle (DriverEntry, then the unload "
          "routine it installs) is analysed as one path, and every function "
          "on its own\n";
  else if (F.HasWskCalls)
    OS << "no DriverEntry: every function is analysed on its own\n";
  else
    OS << "no DriverEntry and no WSK calls; nothing to check\n";
}

/// What the summary says beyond the counts: hints on what the run could
/// not see.
struct SummaryHints {
  /// --ctu was given: calls into other files were followed.
  bool Ctu = false;
  /// The commands came from a database or projects (-p, --vcxproj).
  bool Database = false;
};

void printSummary(const Report &R, double Seconds, const SourcePaths &Paths,
                  bool Explain, const SummaryHints &Hints = SummaryHints()) {
  raw_ostream &OS = errs();
  unsigned SkippedProjects = R.Projects.size();
  for (const SkippedProject &P : R.Projects)
    OS << "wskcheck: skipped project " << P.Path << ": " << P.Reason << '\n';
  for (const FileResult &F : R.Files)
    if (!F.analysed() && !(Explain && !F.failed()))
      OS << "wskcheck: skipped " << F.Source << ": " << skipReason(F) << '\n';
  if (Explain)
    return;

  std::map<std::string, unsigned> PerRule;
  for (const FileResult &F : R.Files)
    for (const Finding &Fd : F.Findings)
      if (!Fd.Suppressed)
        ++PerRule[Fd.Rule];
  for (const auto &[Rule, N] : PerRule)
    OS << "wskcheck: " << Rule << ": " << plural(N, "finding") << '\n';
  if (R.HasBaseline) {
    unsigned New = R.numGating();
    OS << "wskcheck: " << New << " new, " << R.numFindings() - New
       << " in the baseline\n";
    for (const FileResult &F : R.Files)
      for (const Finding &Fd : F.Findings)
        if (Fd.gates())
          OS << "wskcheck: new: " << Paths.display(Fd.Where.File) << ':'
             << Fd.Where.Line << ':' << Fd.Where.Column << ": " << Fd.Message
             << " [" << Fd.Rule << "]\n";
  }
  if (unsigned N = R.numSuppressed())
    OS << "wskcheck: " << plural(N, "finding")
       << " suppressed in source (listed in SARIF only)\n";
  if (R.numAnalysed() == 0 && R.numNothingToCheck() > 0)
    OS << "wskcheck: warning: no source has a DriverEntry or a WSK call, so "
          "nothing was checked; see 'wskcheck --explain <source>'\n";
  // Registrations reached through such calls were not tracked: a bug split
  // across files goes unreported.
  if (!Hints.Ctu)
    if (unsigned N = countCallsIntoOtherFiles(R))
      OS << "wskcheck: note: " << plural(N, "call")
         << " into functions defined in other files "
         << (N == 1 ? "was" : "were") << " not followed; "
         << (Hints.Database ? "use --ctu" : "use -p with --ctu") << '\n';

  OS << "wskcheck: " << plural(R.numFindings(), "finding") << " in "
     << plural(R.numAnalysed(), "file");
  if (unsigned Failed = R.numFailed())
    OS << "; " << plural(Failed, "file") << " not analysed";
  if (unsigned Nothing = R.numNothingToCheck())
    OS << "; " << plural(Nothing, "file") << " with nothing to check";
  if (SkippedProjects)
    OS << "; " << plural(SkippedProjects, "project") << " skipped";
  OS << format("; %.2f s", Seconds) << '\n';
}

/// Writes the report in \p Format to \p OS.
void writeReport(OutputFormat Format, const Report &R, const SourcePaths &Paths,
                 raw_ostream &OS) {
  if (Format == OutputFormat::Sarif)
    writeSarifReport(R, Paths, OS);
  else
    writeTextReport(R, Paths, OS);
}

/// Prints \p Commands as a compile_commands.json.
void printCommands(raw_ostream &OS,
                   ArrayRef<tooling::CompileCommand> Commands) {
  json::Array Entries;
  for (const tooling::CompileCommand &C : Commands) {
    json::Array Args;
    for (const std::string &A : C.CommandLine)
      Args.push_back(A);
    Entries.push_back(json::Object{{"directory", C.Directory},
                                   {"file", C.Filename},
                                   {"arguments", std::move(Args)}});
  }
  OS << formatv("{0:2}", json::Value(std::move(Entries))) << '\n';
}

/// The compile commands of \p DB as this run compiles them (the profile's
/// arguments and --extra-arg included, wskcheck's own settings for the
/// analysis not), for a compile_commands.json.
std::vector<tooling::CompileCommand>
commandsAsRun(const tooling::CompilationDatabase &DB,
              const AnalysisSettings &Settings) {
  std::vector<tooling::CompileCommand> Commands;
  for (tooling::CompileCommand C : DB.getAllCompileCommands()) {
    if (C.CommandLine.empty())
      continue;
    C.CommandLine =
        shapeCommand(C.CommandLine, Settings, nullptr, CommandUse::Build);
    Commands.push_back(std::move(C));
  }
  return Commands;
}

/// Writes \p Path whole or not at all: into a temporary file beside it,
/// renamed onto it once complete, so that an interrupted or failed run
/// leaves the previous file as it was. False after an error message.
bool writeAtomically(StringRef Path, function_ref<void(raw_ostream &)> Write) {
  Expected<TempPath> Temp = TempPath::beside(Path);
  if (!Temp) {
    error("cannot write '" + Path + "': " + toString(Temp.takeError()));
    return false;
  }
  std::error_code EC;
  raw_fd_ostream OS(Temp->path(), EC, sys::fs::OF_Text);
  if (EC) {
    error("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  Write(OS);
  OS.close();
  std::string Message;
  if (OS.has_error()) {
    Message = OS.error().message();
    OS.clear_error();
  } else if (Temp->renameTo(Path, Message)) {
    return true;
  }
  error("cannot write '" + Path + "': " + Message);
  return false;
}

/// Writes the HTML report to \p Dir: the pages are written to a directory
/// beside it, then moved in, so that no page is ever half written and an
/// interrupted run leaves the previous report.
bool writeHtmlAtomically(const Report &R, const SourcePaths &Paths,
                         StringRef Dir) {
  Expected<TempPath> Staging = TempPath::beside(Dir, /*Directory=*/true);
  if (!Staging) {
    error("cannot write '" + Dir + "': " + toString(Staging.takeError()));
    return false;
  }
  if (Error E = writeHtmlReport(R, Paths, Staging->path())) {
    error(toString(std::move(E)));
    return false;
  }
  std::string Message;
  if (!Staging->moveContentsInto(Dir, isReportPage, Message)) {
    error("cannot write '" + Dir + "': " + Message);
    return false;
  }
  return true;
}

bool samePath(StringRef A, StringRef B) {
  bool Same = false;
  if (!sys::fs::equivalent(A, B, Same))
    return Same;
  return absolute(A) == absolute(B);
}

/// Checks, before anything runs, that every output can be written and
/// that none names an input of the run (a source, the database, a project,
/// the baseline unless it is the --write-baseline) or another output.
Error checkOutputs(const ToolOptions &Opts, ArrayRef<std::string> Sources,
                   const Compilations &Comps) {
  struct Output {
    StringRef Option;
    StringRef Path;
    bool Directory;
    /// Its directory is created if need be.
    bool CreatesParent = false;
  };
  std::vector<Output> Outputs;
  if (!Opts.OutputFile.empty())
    Outputs.push_back(
        {"-o", Opts.OutputFile, Opts.Format == OutputFormat::Html});
  if (!Opts.HtmlDir.empty())
    Outputs.push_back({"--html", Opts.HtmlDir, true});
  if (!Opts.WriteBaseline.empty())
    Outputs.push_back({"--write-baseline", Opts.WriteBaseline, false});
  if (!Opts.WriteDatabase.empty())
    Outputs.push_back({"--write-database", Opts.WriteDatabase, false, true});

  std::vector<std::pair<std::string, std::string>> Inputs;
  for (const std::string &S : Sources)
    Inputs.push_back({S, "a source of this run"});
  if (!Opts.BuildPath.empty() && Opts.Projects.empty())
    Inputs.push_back({Comps.DatabaseFile, "the compilation database"});
  for (const std::string &P : Opts.Projects)
    Inputs.push_back({P, "a project of this run"});
  // The baseline is read before the analysis; writing the new one over it
  // is how a baseline is refreshed.
  if (!Opts.Baseline.empty() && (Opts.WriteBaseline.empty() ||
                                 !samePath(Opts.Baseline, Opts.WriteBaseline)))
    Inputs.push_back({Opts.Baseline, "the --baseline of this run"});

  for (size_t I = 0; I < Outputs.size(); ++I) {
    const Output &O = Outputs[I];
    auto Refuse = [&](StringRef Path, const Twine &Why) {
      return createStringError(
          inconvertibleErrorCode(),
          Twine(O.Directory ? "cannot create '" : "cannot write '") + Path +
              "': " + Why);
    };
    for (const auto &[Path, What] : Inputs)
      if (samePath(O.Path, Path))
        return Refuse(O.Path, "it is " + What);
    for (size_t J = 0; J < I; ++J)
      if (samePath(O.Path, Outputs[J].Path))
        return Refuse(O.Path, "both " + Outputs[J].Option + " and " + O.Option +
                                  " name it");
    bool IsDirectory = sys::fs::is_directory(O.Path);
    if (sys::fs::exists(O.Path) && IsDirectory != O.Directory)
      return Refuse(O.Path, IsDirectory ? "it is a directory"
                                        : "it is a file, and " + O.Option +
                                              " writes a directory");
    // The nearest directory that exists must take new files: the output
    // is written beside its target and renamed onto it.
    StringRef Dir = O.Path;
    do
      Dir = sys::path::parent_path(Dir);
    while (!Dir.empty() && !sys::fs::exists(Dir));
    if (Dir.empty())
      Dir = ".";
    if (!O.Directory && !O.CreatesParent &&
        !samePath(Dir, sys::path::parent_path(absolute(O.Path))))
      return Refuse(O.Path, "no such directory '" +
                                sys::path::parent_path(O.Path) + "'");
    if (!sys::fs::is_directory(Dir))
      return Refuse(O.Path, "'" + Dir + "' is not a directory");
    if (sys::fs::access(Dir, sys::fs::AccessMode::Write))
      return Refuse(O.Path, "'" + Dir + "' cannot be written to");
  }
  return Error::success();
}

/// A child of -j: analyse the one source and hand the result back.
int runAsChild(const ToolOptions &Opts, const Compilations &Comps) {
  if (Opts.Sources.size() != 1)
    return error("--internal-result needs exactly one source");
  if (!Opts.InternalSource)
    return error("--internal-result needs --internal-source");
  FileJob Job = prepareFile(*Comps.Database, Opts.Sources[0], Opts.Analysis);
  Job.ReachesWsk = Opts.InternalReachesWsk;
  analyzeFile(Job, Opts.Analysis);
  std::error_code EC;
  raw_fd_ostream Out(Opts.InternalResult, EC, sys::fs::OF_Text);
  if (EC)
    return error("cannot write '" + Opts.InternalResult + "': " + EC.message());
  Out << resultToJson(Job.Result);
  Out.close();
  return Out.has_error() ? ExitError : ExitClean;
}

} // namespace

int main(int argc, const char **argv) {
  auto Start = std::chrono::steady_clock::now();
  install_fatal_error_handler(fatalErrorHandler);
  CrashRecoveryContext::Enable();
  // Target info for every target a compile command may name, and the asm
  // parsers for MS-style inline assembly.
  InitializeAllTargetInfos();
  InitializeAllTargetMCs();
  InitializeAllAsmParsers();

  Expected<ToolOptions> OptsOrErr =
      parseCommandLine(ArrayRef<const char *>(argv + 1, argv + argc));
  if (!OptsOrErr)
    return error(toString(OptsOrErr.takeError()));
  // The settings, resolved once; below, only the values derived for the
  // analysis are added to them (Opts.Analysis), before the first file is
  // prepared.
  ToolOptions &Opts = *OptsOrErr;
  static int AnchorForMainAddr;
  const Installation Installed =
      Installation::locate(argv[0], &AnchorForMainAddr);
  // Before any thread starts: the signal mask is inherited.
  if (Opts.InternalResult.empty())
    handleStopSignals();
  else
    endWithParent();

  if (Opts.ShowHelp) {
    printHelp(outs());
    return ExitClean;
  }
  if (Opts.ShowVersion) {
    printVersion(outs());
    return ExitClean;
  }
  if (Opts.ListRules) {
    listRules(outs());
    return ExitClean;
  }
  // --explain <rule>: the rule's page, built into the binary.
  if (Opts.Analysis.ExplainOnly && !Opts.Sources.empty() &&
      llvm::any_of(Opts.Sources,
                   [](const std::string &S) { return ruleNamedBy(S) >= 0; })) {
    if (!llvm::all_of(Opts.Sources,
                      [](const std::string &S) { return ruleNamedBy(S) >= 0; }))
      return error("--explain takes rule names or sources, not both");
    for (size_t I = 0; I < Opts.Sources.size(); ++I)
      outs() << (I ? "\n" : "")
             << rulePage(
                    WskRuleCatalog[ruleNamedBy(Opts.Sources[I])].ShortName);
    return ExitClean;
  }
  if (Opts.Sources.empty() && Opts.BuildPath.empty() && Opts.Projects.empty())
    return error("no source files given (see 'wskcheck --help')");

  SourcePaths Paths = SourcePaths::forCurrentDirectory();
  Expected<Compilations> CompsOrErr = loadCompilations(Opts);
  if (!CompsOrErr)
    return error(withRelativePaths(toString(CompsOrErr.takeError()), Paths));
  Compilations &Comps = *CompsOrErr;

  AnalysisSettings &Settings = Opts.Analysis;
  Settings.ResourceDir = Installed.clangResourceDir();
  if (!Opts.Projects.empty())
    Settings.DatabaseName = Comps.DatabaseFile;
  else if (!Comps.DatabaseFile.empty())
    Settings.DatabaseName = "the compilation database " + Comps.DatabaseFile;
  // A child of -j got the rest from its parent (childArguments).
  if (!Opts.InternalResult.empty())
    return runAsChild(Opts, Comps);

  std::vector<std::string> Sources = Opts.Sources;
  if (Sources.empty()) {
    for (const std::string &File : allFiles(Comps))
      Sources.push_back(Paths.display(File));
    if (Sources.empty() && !Opts.Projects.empty()) {
      std::string Why = plural(Comps.Projects.size(), "project") + " read";
      for (const ProjectOutcome &P : Comps.Projects)
        if (P.Kind != ProjectOutcome::Kernel) {
          Why += "; " + Paths.display(P.Path) + ": " + P.Reason;
          break;
        }
      return error(withRelativePaths("no kernel-mode source in " +
                                         Comps.DatabaseFile + " (" + Why + ")",
                                     Paths));
    }
    if (Sources.empty())
      return error(Comps.DatabaseFile + " lists no files");
  } else if ((!Opts.BuildPath.empty() || !Opts.Projects.empty()) &&
             !expandDirectories(Sources, Comps, Paths)) {
    return ExitError;
  }
  if (!Opts.FilesRegex.empty()) {
    Regex Filter(Opts.FilesRegex);
    llvm::erase_if(Sources, [&](const std::string &S) {
      return !Filter.match(sys::path::convert_to_slash(S)) &&
             !Filter.match(sys::path::convert_to_slash(absolute(S)));
    });
    if (Sources.empty())
      return error("no source matches --files '" + Opts.FilesRegex + "'");
  }

  // Everything that can fail before the analysis does: a baseline or a
  // report that cannot be read or written should fail before minutes of
  // analysis, not after. Nothing is written yet: every output is written
  // whole at the end, so a run that fails or is stopped leaves the
  // previous outputs as they were.
  if (Error E = checkOutputs(Opts, Sources, Comps))
    return error(toString(std::move(E)));
  std::optional<Baseline> Accepted;
  if (!Opts.Baseline.empty()) {
    Expected<Baseline> B = Baseline::load(Opts.Baseline);
    if (!B)
      return error(toString(B.takeError()));
    Accepted = std::move(*B);
  }
  bool HtmlOut = Opts.Format == OutputFormat::Html;
  std::vector<std::string> HtmlDirs;
  if (HtmlOut)
    HtmlDirs.push_back(Opts.OutputFile);
  if (!Opts.HtmlDir.empty())
    HtmlDirs.push_back(Opts.HtmlDir);

  // --wdk: the profile's arguments join every compile command, and reach
  // the -j children and the --ctu index through the same lists.
  // What the profile writes (WPP stand-ins, the case overlay) lives in a
  // temporary directory, or beside the --write-database file, which refers
  // to it.
  std::string Generated;
  bool KeepGenerated = !Opts.WriteDatabase.empty();
  TempPath GeneratedTemp;
  if (Settings.windowsCommands()) {
    Expected<std::vector<std::string>> Before =
        wdkProfileArguments(Settings.WdkProfile, Installed);
    if (!Before)
      return error(toString(Before.takeError()));
    SmallString<256> GeneratedDir;
    if (KeepGenerated) {
      GeneratedDir = sys::path::parent_path(absolute(Opts.WriteDatabase));
      sys::path::append(GeneratedDir, "wskcheck-wdk");
      if (std::error_code EC = sys::fs::create_directories(GeneratedDir))
        return error("cannot create '" + GeneratedDir + "': " + EC.message());
    } else if (Expected<TempPath> Dir = TempPath::directory("wskcheck-wdk")) {
      GeneratedTemp = std::move(*Dir);
      GeneratedDir = GeneratedTemp.path();
    } else {
      return error(toString(Dir.takeError()));
    }
    Generated = std::string(GeneratedDir);
    // WPP stand-ins and case mappings for every file a compile may read:
    // with --ctu or --write-database, the whole database.
    std::vector<std::string> Read;
    if (Opts.Ctu || KeepGenerated)
      Read = allFiles(Comps);
    else
      for (const std::string &S : Sources)
        Read.push_back(absolute(S));
    std::vector<std::string> ProjectDirs;
    for (const ProjectOutcome &P : Comps.Projects)
      if (P.Kind == ProjectOutcome::Kernel)
        ProjectDirs.push_back(sys::path::parent_path(P.Path).str());
    SmallString<256> WppDir(Generated);
    sys::path::append(WppDir, "wpp");
    Expected<WppStubs> Stubs = prepareWppStubs(Read, ProjectDirs, WppDir);
    if (!Stubs)
      return error(toString(Stubs.takeError()));
    llvm::append_range(*Before, Stubs->Arguments);

    // Windows file names: includes spelled in another case than the file.
    std::vector<tooling::CompileCommand> Commands;
    for (const std::string &File : Read)
      llvm::append_range(Commands, Comps.Database->getCompileCommands(File));
    std::vector<std::string> SystemDirs;
    if (Expected<std::string> Own = findWdkIncludeDir(Installed)) {
      SystemDirs.push_back(*Own);
      // A project's $(DDK_INC_PATH) folders are the profile's.
      llvm::append_range(*Before,
                         std::vector<std::string>{"-Xclang", "-iprefix",
                                                  "-Xclang", *Own + "/"});
    } else {
      consumeError(Own.takeError());
    }
    if (Expected<std::string> Mingw = findMingwIncludeDir()) {
      SystemDirs.push_back(*Mingw + "/ddk");
      SystemDirs.push_back(*Mingw);
    } else {
      consumeError(Mingw.takeError());
    }
    if (!Stubs->Dir.empty())
      SystemDirs.push_back(Stubs->Dir);
    Expected<CaseOverlay> Overlay =
        writeCaseOverlay(Commands, SystemDirs, Generated);
    if (!Overlay)
      return error(toString(Overlay.takeError()));
    llvm::append_range(*Before, Overlay->Arguments);
    Settings.ProfileArgsBefore = std::move(*Before);
    Settings.ProfileArgsAfter =
        wdkProfileTrailingArguments(Settings.WdkProfile);
  }

  if (!Opts.WriteDatabase.empty())
    if (std::error_code EC = sys::fs::create_directories(
            sys::path::parent_path(absolute(Opts.WriteDatabase))))
      return error("cannot write '" + Opts.WriteDatabase +
                   "': " + EC.message());
  if (!Opts.WriteDatabase.empty() &&
      !writeAtomically(Opts.WriteDatabase, [&](raw_ostream &OS) {
        printCommands(OS, commandsAsRun(*Comps.Database, Settings));
      }))
    return ExitError;

  // --explain prints into a buffer when it goes to a file, which is
  // written whole at the end.
  std::string Explained;
  raw_string_ostream ExplainedOS(Explained);
  raw_ostream &Out = Opts.OutputFile.empty()
                         ? static_cast<raw_ostream &>(outs())
                         : ExplainedOS;

  std::vector<FileJob> Jobs;
  for (const std::string &Source : Sources)
    Jobs.push_back(prepareFile(*Comps.Database, Source, Settings));

  // --ctu: the index of the whole database, made as the files are analysed
  // (Ctu.h); the files that use definitions of other files are analysed
  // with it.
  std::unique_ptr<CtuRun> Ctu;
  BetweenPasses Between;
  if (Opts.Ctu) {
    if (Opts.BuildPath.empty() && Opts.Projects.empty())
      return error("--ctu needs a compilation database (-p <build dir>) or "
                   "projects (--vcxproj)");
    Expected<std::unique_ptr<CtuRun>> Started =
        CtuRun::start(*Comps.Database, Opts, Jobs);
    if (!Started)
      return error(withRelativePaths(toString(Started.takeError()), Paths));
    Ctu = std::move(*Started);
#ifdef _WIN32
    // Each file's wskcheck takes them from the command line.
    Settings.CtuArgs = Ctu->arguments();
#endif
    auto Finish =
        [&](std::vector<FileJob> &Ready) -> Expected<std::vector<size_t>> {
      Expected<std::vector<size_t>> Second = Ctu->finish(Ready);
      if (!Second)
        return Second.takeError();
      for (const auto &[File, Why] : Ctu->NotIndexed)
        errs() << "wskcheck: --ctu: " << Paths.display(File)
               << " is left out of the index: " << withRelativePaths(Why, Paths)
               << '\n';
      for (const std::string &Note : Ctu->CacheNotes)
        errs() << "wskcheck: note: " << withRelativePaths(Note, Paths) << '\n';
      if (Opts.Verbose) {
        for (const std::string &File : Ctu->Indexed)
          errs() << "wskcheck: note: --ctu: " << Paths.display(File)
                 << ": indexed\n";
        for (const std::string &File : Ctu->Reused)
          errs() << "wskcheck: note: --ctu: " << Paths.display(File)
                 << ": index reused from --ctu-cache\n";
        for (const std::string &File : Ctu->FollowingCalls)
          errs() << "wskcheck: note: --ctu: " << Paths.display(File)
                 << ": analysed following its calls into other files\n";
      }
      errs().flush();
      return Second;
    };
    if (Ctu->needsFirstPass()) {
      Between = Finish;
    } else if (Expected<std::vector<size_t>> Ready = Finish(Jobs); !Ready) {
      return error(withRelativePaths(toString(Ready.takeError()), Paths));
    }
  }

  if (Opts.Verbose)
    for (const FileJob &Job : Jobs)
      for (const std::string &Arg :
           std::set<std::string>(Job.Stripped.begin(), Job.Stripped.end()))
        errs() << "wskcheck: note: " << Job.Result.Source
               << ": left out of its compile command: '" << Arg
               << "' (it would load code or write a file)\n";

  // The children of a run on projects read their commands from a file.
  TempPath ChildDatabase;
  if (!Opts.Projects.empty()) {
    Expected<TempPath> File = TempPath::file("wskcheck-commands", "json");
    if (!File)
      return error(toString(File.takeError()));
    ChildDatabase = std::move(*File);
    if (!writeAtomically(ChildDatabase.path(), [&](raw_ostream &OS) {
          printCommands(OS, Comps.Database->getAllCompileCommands());
        }))
      return ExitError;
  }
  // Where there is no fork, each file is analysed by a new wskcheck.
  std::vector<std::string> Child = {Installed.program().str()};
  llvm::append_range(Child, childArguments(Opts, ChildDatabase.path()));

  // What the report has besides the files' results.
  Report Base;
  Base.DisabledRules = Settings.DisabledRules;
  for (const ProjectOutcome &P : Comps.Projects)
    if (P.Kind != ProjectOutcome::Kernel)
      Base.Projects.push_back({Paths.display(P.Path), P.Path,
                               withRelativePaths(P.Reason, Paths),
                               P.Kind == ProjectOutcome::Invalid});
  auto Assemble = [&](std::vector<FileResult> Files) {
    Report R = Base;
    R.Files = std::move(Files);
    removeDuplicatesAcrossFiles(R);
    sortFindings(R);
    numberFingerprints(R, Paths);
    if (Accepted)
      applyBaseline(R, *Accepted, Paths);
    return R;
  };
  // The text or SARIF report, to standard output or -o.
  auto WriteMainReport = [&](const Report &R) {
    if (Opts.OutputFile.empty()) {
      outs().enable_colors(Opts.Color == ColorMode::Always ||
                           (Opts.Color == ColorMode::Auto &&
                            sys::Process::StandardOutHasColors()));
      writeReport(Opts.Format, R, Paths, outs());
      outs().flush();
      return true;
    }
    return writeAtomically(Opts.OutputFile, [&](raw_ostream &OS) {
      OS.enable_colors(Opts.Color == ColorMode::Always);
      writeReport(Opts.Format, R, Paths, OS);
    });
  };
  // A stopped run still reports the files that finished, marked
  // incomplete; the HTML report and the baseline are left as they were (a
  // baseline of part of the files would accept too little).
  StoppedRun Stopped;
  if (!Opts.Analysis.ExplainOnly && !HtmlOut)
    Stopped = [&](std::vector<FileResult> Finished, size_t Total,
                  StringRef Why) -> std::string {
      std::string Done =
          std::to_string(Finished.size()) + " of " + plural(Total, "file");
      Report R = Assemble(std::move(Finished));
      R.Incomplete = (Why + " after " + Done).str();
      if (!WriteMainReport(R))
        return "the report of the files that finished was not written";
      return "the report of the " + Done + " that finished is " +
             (Opts.OutputFile.empty() ? std::string("on standard output")
                                      : "in '" + Opts.OutputFile + "'") +
             ", marked incomplete";
    };

  Error Ended = runJobs(
      Jobs, Opts, Child,
      [&](const FileResult &Result) {
        errs() << Result.CompilerOutput;
        if (Result.failed())
          error(Result.Detail);
        errs().flush();
        if (Opts.Analysis.ExplainOnly && !Result.failed()) {
          printExplanation(Result, Paths, Out);
          Out.flush();
        }
      },
      Stopped, Between);
  if (Ended)
    return error(withRelativePaths(toString(std::move(Ended)), Paths));

  std::vector<FileResult> Files;
  for (FileJob &Job : Jobs)
    Files.push_back(std::move(Job.Result));
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();

  if (Opts.Analysis.ExplainOnly) {
    Report R = Base;
    R.Files = std::move(Files);
    printSummary(R, Seconds, Paths, /*Explain=*/true);
    if (!Opts.OutputFile.empty() &&
        !writeAtomically(Opts.OutputFile,
                         [&](raw_ostream &OS) { OS << ExplainedOS.str(); }))
      return ExitError;
    return R.numFailed() ? ExitError : ExitClean;
  }

  Report R = Assemble(std::move(Files));
  bool WriteFailed = false;
  if (!HtmlOut)
    WriteFailed |= !WriteMainReport(R);
  for (const std::string &Dir : HtmlDirs)
    WriteFailed |= !writeHtmlAtomically(R, Paths, Dir);
  if (!Opts.WriteBaseline.empty())
    WriteFailed |= !writeAtomically(Opts.WriteBaseline, [&](raw_ostream &OS) {
      writeSarifReport(R, Paths, OS);
    });

  SummaryHints Hints;
  Hints.Ctu = Opts.Ctu;
  Hints.Database = !Opts.BuildPath.empty() || !Opts.Projects.empty();
  printSummary(R, Seconds, Paths, /*Explain=*/false, Hints);

  bool BadProject = llvm::any_of(
      R.Projects, [](const SkippedProject &P) { return P.Failed; });
  if (WriteFailed || R.numFailed() || BadProject)
    return ExitError;
  if (Opts.RequireAnalysis && R.numAnalysed() == 0)
    return error("no source had anything to check (--require-analysis)");
  // Writing a baseline accepts this run's findings: they fail nothing.
  if (!Opts.WriteBaseline.empty())
    return ExitClean;
  return R.numGating() ? ExitFindings : ExitClean;
}
