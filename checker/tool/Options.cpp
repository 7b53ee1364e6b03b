//===- Options.cpp - wskcheck command line --------------------------------===//
//
// One table describes every option: the parser and --help both read it, so a
// new option (-j, --baseline, ...) is one more row and one more field in
// ToolOptions (see the comment there). What the options imply is applied
// once, at the end of the parse; the arguments of the -j children are
// derived from the result, beside it.
//
//===----------------------------------------------------------------------===//

#include "Options.h"
#include "RuleLookup.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Threading.h"
#include <algorithm>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

llvm::Error usageError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

llvm::Error parseFormat(ToolOptions &Opts, StringRef Value) {
  if (Value == "text")
    Opts.Format = OutputFormat::Text;
  else if (Value == "sarif")
    Opts.Format = OutputFormat::Sarif;
  else if (Value == "html")
    Opts.Format = OutputFormat::Html;
  else
    return usageError("unknown format '" + Value +
                      "' (use text, sarif or html)");
  return Error::success();
}

llvm::Error parseJobs(ToolOptions &Opts, StringRef Value) {
  unsigned N;
  if (Value.getAsInteger(10, N) || N == 0)
    return usageError("option '-j' needs a positive number of jobs, not '" +
                      Value + "'");
  Opts.Jobs = N;
  return Error::success();
}

llvm::Error parseTimeout(ToolOptions &Opts, StringRef Value) {
  unsigned N;
  if (Value.getAsInteger(10, N))
    return usageError("option '--timeout' needs a number of seconds (0 for "
                      "no limit), not '" +
                      Value + "'");
  Opts.TimeoutSeconds = N;
  return Error::success();
}

llvm::Error parseFiles(ToolOptions &Opts, StringRef Value) {
  std::string Message;
  if (!llvm::Regex(Value).isValid(Message))
    return usageError("bad regular expression '" + Value +
                      "' in --files: " + Message);
  Opts.FilesRegex = Value.str();
  return Error::success();
}

llvm::Error parseDisable(ToolOptions &Opts, StringRef Value) {
  SmallVector<StringRef, 8> Names;
  Value.split(Names, ',');
  for (StringRef Name : Names) {
    Name = Name.trim();
    if (Name.empty())
      return usageError("empty rule name in --disable");
    if (findRuleByName(Name) >= 0) {
      Opts.Analysis.DisabledRules.push_back(Name.str());
      continue;
    }
    // A short name is the likeliest slip; name the rule that was meant.
    int Near = findRuleByShortName(Name);
    if (Near < 0)
      Near = findRuleByShortName(Name.rsplit('.').second);
    if (Near >= 0)
      return usageError("unknown rule '" + Name +
                        "' in --disable; did you "
                        "mean '" +
                        WskRuleCatalog[Near].Name + "'?");
    return usageError("unknown rule '" + Name +
                      "' in --disable (see --list-rules)");
  }
  return Error::success();
}

struct OptionSpec {
  /// Spellings. Long names are also accepted with a single dash, as
  /// clang-tidy users are used to (-extra-arg=...).
  StringRef Short; // "-p", or empty
  StringRef Long;  // "--format", or empty
  /// Placeholder for the value in --help; empty for a flag.
  StringRef Meta;
  StringRef Help;
  llvm::Error (*Apply)(ToolOptions &, StringRef Value);

  bool takesValue() const { return !Meta.empty(); }
};

const OptionSpec OptionTable[] = {
    {"-p", "", "<build dir>",
     "Read compile commands from <build dir>/compile_commands.json (or from "
     "the .json file named). Without sources, analyse every file in it; a "
     "directory named stands for its files below it.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.BuildPath = V.str();
       return Error::success();
     }},
    {"", "--files", "<regex>",
     "Analyse only the sources whose path (as given, relative to the current "
     "directory, or absolute) contains a match for <regex>.",
     parseFiles},
    {"-j", "--jobs", "<n>",
     "Analyse <n> files at a time (default: one per core).", parseJobs},
    {"", "--timeout", "<seconds>",
     "Stop the analysis of a file that takes longer than <seconds> and "
     "report it as not analysed; the other files go on (default: 600; 0: no "
     "limit).",
     parseTimeout},
    {"", "--format", "text|sarif|html", "Report format (default: text).",
     parseFormat},
    {"-o", "--output", "<file>",
     "Write the report to <file> (default: standard output); for html, the "
     "directory to write it to.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.OutputFile = V.str();
       return Error::success();
     }},
    {"", "--html", "<dir>",
     "Also write an HTML report, one page per source file and an index, to "
     "<dir>.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.HtmlDir = V.str();
       return Error::success();
     }},
    {"", "--baseline", "<sarif>",
     "Findings in this SARIF log (from --write-baseline or --format=sarif) "
     "are accepted: still reported, but only new findings make the exit "
     "status 1.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Baseline = V.str();
       return Error::success();
     }},
    {"", "--write-baseline", "<file>",
     "Write this run's findings to <file> as a SARIF baseline.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.WriteBaseline = V.str();
       return Error::success();
     }},
    {"", "--explain", "",
     "Print what the WSK model recognises in each source (entry points, "
     "unload routines, WSK calls) and the compile command used; analyse "
     "nothing. With rule names instead of sources (--explain "
     "wsk.MissingDeregister), print their documentation.",
     [](ToolOptions &O, StringRef) -> Error {
       O.Analysis.ExplainOnly = true;
       return Error::success();
     }},
    {"", "--color", "auto|always|never",
     "Colour the text report and clang's messages: always, never, or when "
     "they go to a colour terminal (auto, the default).",
     [](ToolOptions &O, StringRef V) -> Error {
       if (V == "auto")
         O.Color = ColorMode::Auto;
       else if (V == "always")
         O.Color = ColorMode::Always;
       else if (V == "never")
         O.Color = ColorMode::Never;
       else
         return usageError("unknown colour mode '" + V +
                           "' in --color (use auto, always or never)");
       return Error::success();
     }},
    {"", "--require-analysis", "",
     "Exit with status 2 when no source had anything to check (no "
     "DriverEntry and no WSK call in any of them): a CI gate then fails on a "
     "run that checked nothing.",
     [](ToolOptions &O, StringRef) -> Error {
       O.RequireAnalysis = true;
       return Error::success();
     }},
    {"", "--verbose", "",
     "Also print a note for each argument taken out of a compile command "
     "because it would load code into wskcheck or write a file.",
     [](ToolOptions &O, StringRef) -> Error {
       O.Verbose = true;
       return Error::success();
     }},
    {"-q", "--quiet", "",
     "Print no progress: no line on standard error as each file finishes "
     "(\"[3/40] drv.c: 2 findings\"). Errors and the summary are still "
     "printed.",
     [](ToolOptions &O, StringRef) -> Error {
       O.Quiet = true;
       return Error::success();
     }},
    {"", "--wdk", "<profile>",
     "Analyse as the WDK compiles, without the WDK: target x64 Windows with "
     "the kernel headers of mingw-w64 and the project's own WSK, WDF, NDIS "
     "and WPP headers (profile: mingw). See docs/linux-ci.md.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Analysis.WdkProfile = V.str();
       return Error::success();
     }},
    {"", "--vcxproj", "<file|dir>",
     "Take the compile commands from this Visual Studio project, or from "
     "every .vcxproj below this directory; user-mode projects are skipped. "
     "Implies --wdk=mingw. May be repeated, and combined with -p.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Projects.push_back(V.str());
       return Error::success();
     }},
    {"", "--configuration", "<config>|<platform>",
     "The configuration --vcxproj reads the projects for (default: "
     "Release|x64).",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Configuration = V.str();
       return Error::success();
     }},
    {"", "--write-database", "<file>",
     "Also write the compile commands, as this run compiles them, to <file> "
     "(a compile_commands.json for clang-tidy and other tools).",
     [](ToolOptions &O, StringRef V) -> Error {
       O.WriteDatabase = V.str();
       return Error::success();
     }},
    {"", "--ctu", "",
     "With -p or --vcxproj: follow calls into the other files of the "
     "compilation database (clang's cross translation unit analysis). Without "
     "it, a call "
     "into another file is treated as unknown code.",
     [](ToolOptions &O, StringRef) -> Error {
       O.Ctu = true;
       return Error::success();
     }},
    {"", "--ctu-cache", "<dir>",
     "With --ctu: keep the index of each file in <dir> and reuse it while "
     "the file, the headers it read and its command are unchanged.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.CtuCache = V.str();
       return Error::success();
     }},
    {"", "--disable", "<rule>[,<rule>...]",
     "Do not run these rules (full names, as --list-rules prints them). May "
     "be repeated.",
     parseDisable},
    {"", "--extra-arg", "<arg>",
     "Append <arg> to every compiler command line. May be repeated.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Analysis.ExtraArgs.push_back(V.str());
       return Error::success();
     }},
    {"", "--extra-arg-before", "<arg>",
     "Insert <arg> at the start of every compiler command line. May be "
     "repeated.",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Analysis.ExtraArgsBefore.push_back(V.str());
       return Error::success();
     }},
    // Hidden (no help text): how -j talks to its child processes.
    {"", "--internal-result", "<file>", "",
     [](ToolOptions &O, StringRef V) -> Error {
       O.InternalResult = V.str();
       return Error::success();
     }},
    {"", "--internal-source", "<file>", "",
     [](ToolOptions &O, StringRef V) -> Error {
       O.Sources.push_back(V.str());
       O.InternalSource = true;
       return Error::success();
     }},
    {"", "--internal-reaches-wsk", "", "",
     [](ToolOptions &O, StringRef) -> Error {
       O.InternalReachesWsk = true;
       return Error::success();
     }},
    // The parent's standard error is a colour terminal.
    {"", "--internal-color", "", "",
     [](ToolOptions &O, StringRef) -> Error {
       O.Analysis.ColorDiagnostics = true;
       return Error::success();
     }},
    {"", "--list-rules", "", "Print every rule and its summary, then exit.",
     [](ToolOptions &O, StringRef) -> Error {
       O.ListRules = true;
       return Error::success();
     }},
    {"", "--version", "", "Print the version, then exit.",
     [](ToolOptions &O, StringRef) -> Error {
       O.ShowVersion = true;
       return Error::success();
     }},
    {"-h", "--help", "", "Print this help, then exit.",
     [](ToolOptions &O, StringRef) -> Error {
       O.ShowHelp = true;
       return Error::success();
     }},
};

/// Finds the option \p Arg names. On a match, \p InlineValue receives the
/// text after '=' (if any) and \p HasInlineValue says whether there was one.
const OptionSpec *matchOption(StringRef Arg, StringRef &InlineValue,
                              bool &HasInlineValue) {
  auto [Name, Value] = Arg.split('=');
  HasInlineValue = Arg.contains('=');
  InlineValue = Value;
  for (const OptionSpec &O : OptionTable) {
    if (!O.Short.empty() && Name == O.Short)
      return &O;
    if (O.Long.empty())
      continue;
    // "--name" or "-name".
    if (Name == O.Long || Name == O.Long.drop_front())
      return &O;
  }
  return nullptr;
}

/// What the options imply, applied once: the rest of the run reads the
/// result and changes nothing of it.
void resolveOptions(ToolOptions &Opts) {
  // Projects are read for the WDK profile, the only one there is.
  if (!Opts.Projects.empty() && Opts.Analysis.WdkProfile.empty())
    Opts.Analysis.WdkProfile = "mingw";
  // --explain writes nothing but its explanation.
  if (Opts.Analysis.ExplainOnly) {
    Opts.Baseline.clear();
    Opts.WriteBaseline.clear();
    Opts.HtmlDir.clear();
    if (Opts.Format == OutputFormat::Html)
      Opts.OutputFile.clear();
    Opts.Format = OutputFormat::Text;
  }
  // One job per core (the cores this process may run on).
  if (!Opts.Jobs)
    Opts.Jobs =
        std::max(1u, llvm::hardware_concurrency().compute_thread_count());
  // --internal-color: the parent's standard error is a colour terminal.
  if (Opts.Color == ColorMode::Never)
    Opts.Analysis.ColorDiagnostics = false;
  else if (Opts.Color == ColorMode::Always ||
           sys::Process::StandardErrHasColors())
    Opts.Analysis.ColorDiagnostics = true;
}

} // namespace

llvm::Expected<ToolOptions> parseCommandLine(ArrayRef<const char *> Args) {
  ToolOptions Opts;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (Arg == "--") {
      Opts.HasCompilerArgs = true;
      for (const char *A : Args.drop_front(I + 1))
        Opts.CompilerArgs.push_back(A);
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      Opts.Sources.push_back(Arg.str());
      continue;
    }

    StringRef Value;
    bool HasInlineValue;
    const OptionSpec *O = matchOption(Arg, Value, HasInlineValue);
    // "-j8", as make and ninja spell it.
    if (!O && Arg.starts_with("-j") && Arg.size() > 2 &&
        llvm::isDigit(Arg[2])) {
      if (llvm::Error E = parseJobs(Opts, Arg.drop_front(2)))
        return std::move(E);
      continue;
    }
    if (!O)
      return usageError("unknown option '" + Arg.split('=').first + "'");
    StringRef Spelling = Arg.split('=').first;
    if (!O->takesValue()) {
      if (HasInlineValue)
        return usageError("option '" + Spelling + "' takes no value");
    } else if (!HasInlineValue) {
      if (I + 1 == Args.size())
        return usageError("option '" + Spelling + "' needs a value (" +
                          O->Meta + ")");
      Value = Args[++I];
    }
    if (O->takesValue() && Value.empty())
      return usageError("option '" + Spelling + "' needs a value (" + O->Meta +
                        ")");
    if (llvm::Error E = O->Apply(Opts, Value))
      return E;
  }
  if (!Opts.CtuCache.empty() && !Opts.Ctu)
    return usageError("--ctu-cache keeps the index of --ctu; give --ctu too");
  if (Opts.Quiet && Opts.Verbose)
    return usageError("--quiet and --verbose contradict each other; give one");
  if (Opts.Format == OutputFormat::Html && Opts.OutputFile.empty())
    return usageError("--format=html writes a directory; name it with -o");
  resolveOptions(Opts);
  return Opts;
}

std::vector<std::string> childArguments(const ToolOptions &Opts,
                                        StringRef Database) {
  const AnalysisSettings &A = Opts.Analysis;
  std::vector<std::string> Args;
  if (A.ColorDiagnostics)
    Args.push_back("--internal-color");
  if (!Database.empty())
    Args.push_back(("-p=" + Database).str());
  else if (!Opts.BuildPath.empty())
    Args.push_back("-p=" + Opts.BuildPath);
  for (const std::string &Rule : A.DisabledRules)
    Args.push_back("--disable=" + Rule);
  // In the order shapeCommand puts them.
  for (ArrayRef<std::string> Before : {A.ProfileArgsBefore, A.ExtraArgsBefore})
    for (const std::string &Arg : Before)
      Args.push_back("--extra-arg-before=" + Arg);
  for (ArrayRef<std::string> After :
       {A.ExtraArgs, A.ProfileArgsAfter, A.CtuArgs})
    for (const std::string &Arg : After)
      Args.push_back("--extra-arg=" + Arg);
  if (A.ExplainOnly)
    Args.push_back("--explain");
  // The profile's arguments reach the child through --extra-arg-before;
  // --wdk itself makes it clean up commands recorded on Windows.
  if (!A.WdkProfile.empty())
    Args.push_back("--wdk=" + A.WdkProfile);
  if (Opts.HasCompilerArgs) {
    Args.push_back("--");
    llvm::append_range(Args, Opts.CompilerArgs);
  }
  return Args;
}

void printHelp(raw_ostream &OS) {
  OS << "USAGE: wskcheck [options] <source>... [-- <compiler args>]\n"
        "       wskcheck [options] -p <build dir> [<source or directory>...]\n"
        "       wskcheck [options] --vcxproj <project or directory> "
        "[<source or directory>...]\n"
        "\n"
        "Finds Winsock Kernel (WSK) lifecycle bugs in Windows driver sources "
        "with the\n"
        "Clang Static Analyzer.\n"
        "\n"
        "Compiler arguments come from the compilation database (-p) or "
        "follow '--'.\n"
        "With neither, each source is analysed as C or C++ (by its "
        "extension) for the\n"
        "host target with no extra arguments.\n"
        "\n"
        "OPTIONS:\n";
  for (const OptionSpec &O : OptionTable) {
    if (O.Help.empty())
      continue;
    std::string Names;
    if (!O.Short.empty())
      Names += O.Short.str();
    if (!O.Short.empty() && !O.Long.empty())
      Names += ", ";
    if (!O.Long.empty())
      Names += O.Long.str();
    if (O.takesValue())
      Names += (O.Long.empty() ? " " : "=") + O.Meta.str();
    OS << "  " << Names << "\n";
    // Wrap the help text at about 76 columns under the option.
    SmallVector<StringRef, 32> Words;
    O.Help.split(Words, ' ', -1, /*KeepEmpty=*/false);
    std::string Line = "      ";
    for (StringRef W : Words) {
      if (Line.size() + W.size() + 1 > 78 && Line.size() > 6) {
        OS << Line << "\n";
        Line = "      ";
      }
      if (Line.size() > 6)
        Line += ' ';
      Line += W.str();
    }
    OS << Line << "\n";
  }
  OS << "  -- <compiler args>\n"
        "      Compile every source with these arguments (e.g. -I, -D, "
        "--target=); no\n"
        "      compilation database is read.\n"
        "\n"
        "EXIT STATUS:\n"
        "  0  no findings (with --baseline: none that is not in the "
        "baseline)\n"
        "  1  findings reported (with --baseline: some not in it)\n"
        "  2  usage error, or a source that could not be analysed\n"
        "Findings inside [[clang::suppress]] are listed only in SARIF and "
        "never count.\n";
}

} // namespace tool
} // namespace wsk
