//===- Analysis.cpp - Run the WSK checkers on one source file -------------===//

#include "Analysis.h"
#include "CrossFileCalls.h"
#include "Ctu.h"
#include "FindingCollector.h"
#include "FixItRecovery.h"
#include "Suppression.h"
#include "WdkProfile.h"
#include "core/LifecycleRoot.h"
#include "core/ModelSummary.h"
#include "core/WskRegistration.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTDiagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <set>
#include <tuple>

using namespace clang;

namespace wsk {
namespace tool {
namespace {

/// What the compile commands of one file found out, beyond the findings.
struct UnitOutcome {
  bool HasDriverEntry = false;
  bool HasWskCalls = false;
  /// Some command's unit was handed to the analyzer.
  bool Analysed = false;
  std::vector<ModelItem> Model;
  /// What the unit defines and calls unresolved (CrossFileCalls.h).
  FileResult CrossFile;
  /// --ctu: the unit's part of the index, if asked for and it compiled.
  std::optional<CtuIndexPart> CtuIndex;
};

void addSummary(ASTContext &Ctx, UnitOutcome &Out, bool WithItems) {
  ModelSummary S = summarizeModel(Ctx);
  Out.HasDriverEntry |= S.HasDriverEntry;
  Out.HasWskCalls |= S.HasWskCalls;
  if (!WithItems)
    return;
  for (const ModelSummary::Item &I : S.Items)
    Out.Model.push_back({toSourcePoint(Ctx.getSourceManager(), I.Loc), I.Kind,
                         I.Text, I.Function});
}

/// In front of the analysis: decides whether the unit has anything the
/// rules can fire on (skipping the analysis saves most of the time on the
/// many files of a driver that do not use WSK), and takes the suppression
/// attributes off the AST so that suppressed findings can be listed.
class GateConsumer : public MultiplexConsumer {
public:
  GateConsumer(std::unique_ptr<ASTConsumer> Analysis, UnitOutcome &Out,
               SuppressionRegions &Suppressions, bool ReachesWsk,
               bool CollectCtuIndex)
      : MultiplexConsumer(one(std::move(Analysis))), Out(Out),
        Suppressions(Suppressions), ReachesWsk(ReachesWsk),
        CollectCtuIndex(CollectCtuIndex) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // Nothing to analyse in a unit with errors; clang would not either.
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    UnitOutcome Unit;
    addSummary(Ctx, Unit, /*WithItems=*/false);
    if (CollectCtuIndex) {
      collectCtuIndex(Ctx, Out.CtuIndex.emplace());
      Out.CtuIndex->Checks = Unit.HasDriverEntry || Unit.HasWskCalls;
    }
    collectCrossFileCalls(Ctx, Out.CrossFile);
    Out.HasDriverEntry |= Unit.HasDriverEntry;
    Out.HasWskCalls |= Unit.HasWskCalls;
    // With --ctu, calls into other files may reach WSK code.
    if (!Unit.HasDriverEntry && !Unit.HasWskCalls && !ReachesWsk)
      return;
    Out.Analysed = true;
    Suppressions.takeFrom(Ctx);
    MultiplexConsumer::HandleTranslationUnit(Ctx);
  }

private:
  static std::vector<std::unique_ptr<ASTConsumer>>
  one(std::unique_ptr<ASTConsumer> C) {
    std::vector<std::unique_ptr<ASTConsumer>> V;
    V.push_back(std::move(C));
    return V;
  }

  UnitOutcome &Out;
  SuppressionRegions &Suppressions;
  bool ReachesWsk;
  bool CollectCtuIndex;
};

/// The analysis consumer owns its path consumers; newer LLVM says so in the
/// parameter type, older takes a raw pointer.
template <typename ConsumerT>
auto addPathConsumer(ConsumerT &C,
                     std::unique_ptr<ento::PathDiagnosticConsumer> P, int)
    -> decltype(C.AddDiagnosticConsumer(std::move(P))) {
  return C.AddDiagnosticConsumer(std::move(P));
}
template <typename ConsumerT>
void addPathConsumer(ConsumerT &C,
                     std::unique_ptr<ento::PathDiagnosticConsumer> P, long) {
  C.AddDiagnosticConsumer(P.release());
}

/// --explain: the model's view of the unit, no analysis.
class ExplainConsumer : public ASTConsumer {
public:
  explicit ExplainConsumer(UnitOutcome &Out) : Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (!Ctx.getDiagnostics().hasErrorOccurred())
      addSummary(Ctx, Out, /*WithItems=*/true);
  }

private:
  UnitOutcome &Out;
};

/// Runs the analyzer with only the WSK checkers (and the modelling they rely
/// on), reporting into a FindingCollector instead of any clang output format.
class WskAnalysisAction : public ASTFrontendAction {
public:
  WskAnalysisAction(std::vector<Finding> &Findings, UnitOutcome &Outcome,
                    const AnalysisSettings &Settings,
                    llvm::raw_ostream &CompilerOutput, bool ReachesWsk,
                    bool CollectCtuIndex)
      : Findings(Findings), Outcome(Outcome), Settings(Settings),
        CompilerOutput(CompilerOutput), ReachesWsk(ReachesWsk),
        CollectCtuIndex(CollectCtuIndex) {}

protected:
  bool BeginInvocation(CompilerInstance &CI) override {
    // "1 error generated." goes here rather than straight to stderr, with
    // the errors it counts.
    CI.setVerboseOutputStream(CompilerOutput);
    return true;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    if (Settings.ExplainOnly)
      return std::make_unique<ExplainConsumer>(Outcome);

    AnalyzerOptions &Opts = CI.getAnalyzerOpts();
    Opts.AnalysisDiagOpt = PD_NONE;
    // Only our checkers report: a rule name in a finding is always ours.
    Opts.CheckersAndPackages.clear();
    wsk::enableCheckers(Opts, Settings.DisabledRules);
    // noreturn and builtin modelling, so paths through abort-like calls and
    // __builtin_expect are understood; it reports nothing itself.
    Opts.CheckersAndPackages.emplace_back("core.builtin", true);

    std::unique_ptr<ento::AnalysisASTConsumer> Consumer =
        ento::CreateAnalysisConsumer(CI);
    Consumer->AddCheckerRegistrationFn(wsk::registerCheckers);
    addPathConsumer(*Consumer,
                    std::make_unique<FindingCollector>(
                        Findings, CI.getLangOpts(), &Suppressions),
                    0);
    return std::make_unique<GateConsumer>(
        wsk::withLifecycleRoot(std::move(Consumer), Opts), Outcome,
        Suppressions, ReachesWsk, CollectCtuIndex);
  }

private:
  std::vector<Finding> &Findings;
  UnitOutcome &Outcome;
  const AnalysisSettings &Settings;
  llvm::raw_ostream &CompilerOutput;
  bool ReachesWsk;
  bool CollectCtuIndex;
  /// Outlives the consumers, which report while the unit is torn down.
  SuppressionRegions Suppressions;
};

class WskActionFactory : public tooling::FrontendActionFactory {
public:
  WskActionFactory(std::vector<Finding> &Findings, UnitOutcome &Outcome,
                   const AnalysisSettings &Settings,
                   llvm::raw_ostream &CompilerOutput, bool ReachesWsk,
                   bool CollectCtuIndex)
      : Findings(Findings), Outcome(Outcome), Settings(Settings),
        CompilerOutput(CompilerOutput), ReachesWsk(ReachesWsk),
        CollectCtuIndex(CollectCtuIndex) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<WskAnalysisAction>(Findings, Outcome, Settings,
                                               CompilerOutput, ReachesWsk,
                                               CollectCtuIndex);
  }

private:
  std::vector<Finding> &Findings;
  UnitOutcome &Outcome;
  const AnalysisSettings &Settings;
  llvm::raw_ostream &CompilerOutput;
  bool ReachesWsk;
  bool CollectCtuIndex;
};

/// Forwards clang's diagnostics to \p Next, notes errors raised outside a
/// unit (errors in the compile command's arguments, raised by the driver
/// before the front end starts), and turns clang's AST importer failing on
/// code of another file during the analysis (--ctu: a function with __try)
/// into a note on \p Notes: the call is analysed as one into code the
/// analysis cannot see, and the file's findings stand.
class DiagnosticWatch : public DiagnosticConsumer {
public:
  DiagnosticWatch(DiagnosticConsumer &Next, llvm::raw_ostream &Notes)
      : Next(Next), Notes(Notes) {}
  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    InUnit = true;
    Next.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override {
    InUnit = false;
    Next.EndSourceFile();
  }
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level >= DiagnosticsEngine::Error && !InUnit)
      BadArguments = true;
    if (Info.getID() == diag::err_unsupported_ast_node) {
      noteNotImported(Info);
      return;
    }
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    Next.HandleDiagnostic(Level, Info);
  }
  void finish() override { Next.finish(); }
  void clear() override {
    DiagnosticConsumer::clear();
    Next.clear();
  }

  bool BadArguments = false;

private:
  void noteNotImported(const Diagnostic &Info) {
    SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    std::string Where;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc PL =
          SM.getPresumedLoc(SM.getExpansionLoc(Info.getLocation()));
      if (PL.isValid())
        Where = (Twine(PL.getFilename()) + ":" + Twine(PL.getLine()) + ":" +
                 Twine(PL.getColumn()) + ": ")
                    .str();
    }
    // Once per place: the importer tries again at each call.
    if (!Seen.insert(Where + Message.str().str()).second)
      return;
    Notes << "wskcheck: note: --ctu: " << Where << "clang " << Message
          << "; calls into this function are analysed as calls into code "
             "the analysis cannot see\n";
  }

  DiagnosticConsumer &Next;
  llvm::raw_ostream &Notes;
  bool InUnit = false;
  llvm::StringSet<> Seen;
};

/// The commands prepareFile looked up, so that the analysis does not share
/// the (not thread-safe) database with other threads.
class CommandList : public tooling::CompilationDatabase {
public:
  explicit CommandList(std::vector<tooling::CompileCommand> Commands)
      : Commands(std::move(Commands)) {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(StringRef) const override {
    return Commands;
  }

private:
  std::vector<tooling::CompileCommand> Commands;
};

tooling::ArgumentsAdjuster resourceDirAdjuster(const std::string &Dir) {
  return [Dir](const tooling::CommandLineArguments &Args, StringRef) {
    if (Dir.empty() || llvm::any_of(Args, [](StringRef A) {
          return A.starts_with("-resource-dir");
        }))
      return Args;
    tooling::CommandLineArguments Result = Args;
    Result.insert(Result.begin() + 1, "-resource-dir=" + Dir);
    return Result;
  };
}

/// Drops findings that several compile commands of the same file report
/// alike.
void removeDuplicates(std::vector<Finding> &Findings) {
  std::set<
      std::tuple<std::string, std::string, unsigned, unsigned, std::string>>
      Seen;
  llvm::erase_if(Findings, [&](const Finding &F) {
    return !Seen.insert({F.Rule, F.Where.File, F.Where.Line, F.Where.Column,
                         F.Message})
                .second;
  });
}

void removeDuplicates(std::vector<ModelItem> &Items) {
  std::set<
      std::tuple<std::string, unsigned, unsigned, std::string, std::string>>
      Seen;
  llvm::erase_if(Items, [&](const ModelItem &I) {
    return !Seen.insert({I.Where.File, I.Where.Line, I.Where.Column, I.Kind,
                         I.Text})
                .second;
  });
}

/// A command as one line a user can read and paste.
std::string commandLine(const tooling::CompileCommand &C) {
  std::string Line;
  for (const std::string &Arg : C.CommandLine) {
    if (!Line.empty())
      Line += ' ';
    if (!Arg.empty() && Arg.find_first_of(" \t\"'\\$") == std::string::npos) {
      Line += Arg;
      continue;
    }
    Line += '\'';
    for (char Ch : Arg)
      Line += Ch == '\'' ? std::string("'\\''") : std::string(1, Ch);
    Line += '\'';
  }
  return Line + "  (in " + C.Directory + ")";
}

/// Options that load code or write a file, with how their value is given.
struct UnsafeOption {
  llvm::StringRef Name;
  enum { Flag, Joined, Separate, JoinedOrSeparate } Kind;
};

const UnsafeOption UnsafeOptions[] = {
    // Code loaded into the compiler, that is into wskcheck.
    {"-fplugin=", UnsafeOption::Joined},
    {"-fpass-plugin=", UnsafeOption::Joined},
    {"-fplugin-arg-", UnsafeOption::Joined},
    {"-load", UnsafeOption::JoinedOrSeparate},
    {"-plugin-arg-", UnsafeOption::Separate},
    {"-plugin", UnsafeOption::JoinedOrSeparate},
    {"-add-plugin", UnsafeOption::JoinedOrSeparate},
    // Files written.
    {"-o", UnsafeOption::JoinedOrSeparate},
    {"-MF", UnsafeOption::JoinedOrSeparate},
    {"-MJ", UnsafeOption::JoinedOrSeparate},
    {"-MD", UnsafeOption::Flag},
    {"-MMD", UnsafeOption::Flag},
    {"-dependency-file", UnsafeOption::JoinedOrSeparate},
    {"--serialize-diagnostics", UnsafeOption::JoinedOrSeparate},
    {"-serialize-diagnostic-file", UnsafeOption::JoinedOrSeparate},
    {"-save-temps", UnsafeOption::Joined},
    {"-ftime-trace", UnsafeOption::Joined},
    {"-fcrash-diagnostics-dir=", UnsafeOption::Joined},
    {"-fproc-stat-report", UnsafeOption::Joined},
    {"--save-stats", UnsafeOption::Joined},
    // clang-cl's output files.
    {"/Fo", UnsafeOption::Joined},
    {"-Fo", UnsafeOption::Joined},
    {"/Fe", UnsafeOption::Joined},
    {"-Fe", UnsafeOption::Joined},
    {"/Fa", UnsafeOption::Joined},
    {"-Fa", UnsafeOption::Joined},
    {"/Fd", UnsafeOption::Joined},
    {"-Fd", UnsafeOption::Joined},
    {"/Fp", UnsafeOption::Joined},
    {"-Fp", UnsafeOption::Joined},
    {"/Fi", UnsafeOption::Joined},
    {"-Fi", UnsafeOption::Joined},
    {"/FR", UnsafeOption::Joined},
    {"-FR", UnsafeOption::Joined},
    {"/Fr", UnsafeOption::Joined},
    {"-Fr", UnsafeOption::Joined},
    {"/sourceDependencies", UnsafeOption::JoinedOrSeparate},
    {"-sourceDependencies", UnsafeOption::JoinedOrSeparate},
};

/// How many arguments, from \p Arg on, an unsafe option takes (0: \p Arg
/// is not one).
unsigned unsafeArity(llvm::StringRef Arg) {
  for (const UnsafeOption &O : UnsafeOptions) {
    if (!Arg.starts_with(O.Name))
      continue;
    bool Exact = Arg.size() == O.Name.size();
    // -objcmt-* options are not -o<file>.
    if (O.Name == "-o" && Arg.starts_with("-objc"))
      continue;
    switch (O.Kind) {
    case UnsafeOption::Flag:
      if (Exact)
        return 1;
      break;
    case UnsafeOption::Joined:
      return 1;
    case UnsafeOption::Separate:
      return 2;
    case UnsafeOption::JoinedOrSeparate:
      return Exact ? 2 : 1;
    }
  }
  return 0;
}

/// Whether \p Arg passes its value to the compiler's front end, as
/// "-Xclang <arg>" or clang-cl's "/clang:<arg>" do; \p Inner is then that
/// value, or empty when it is the next argument.
bool passesThrough(llvm::StringRef Arg, llvm::StringRef &Inner) {
  if (Arg == "-Xclang") {
    Inner = llvm::StringRef();
    return true;
  }
  for (llvm::StringRef Prefix : {"/clang:", "-clang:", "-Xclang="})
    if (Arg.starts_with(Prefix)) {
      Inner = Arg.drop_front(Prefix.size());
      return true;
    }
  return false;
}

} // namespace

std::vector<std::string> shapeCommand(llvm::ArrayRef<std::string> Recorded,
                                      const AnalysisSettings &Settings,
                                      std::vector<std::string> *Stripped,
                                      CommandUse Use) {
  std::vector<std::string> In = Recorded;
  if (Settings.windowsCommands())
    In = withoutWindowsOnlyArguments(In);
  if (In.empty())
    return In;
  std::vector<std::string> Out = {In.front()};
  // As under clang --analyze, so code that hides itself from the analyzer
  // reads the same to every front end.
  if (Use == CommandUse::Analysis)
    Out.push_back("-D__clang_analyzer__=1");
  llvm::append_range(Out, Settings.ProfileArgsBefore);
  llvm::append_range(Out, Settings.ExtraArgsBefore);
  auto Strip = [&](size_t From, size_t N) {
    std::string Dropped;
    for (size_t I = From; I < From + N && I < In.size(); ++I)
      Dropped += (Dropped.empty() ? "" : " ") + In[I];
    if (Stripped)
      Stripped->push_back(Dropped);
  };
  for (size_t I = 1; I < In.size(); ++I) {
    llvm::StringRef Arg = In[I];
    llvm::StringRef Inner;
    if (passesThrough(Arg, Inner)) {
      // "-Xclang -load -Xclang x.so": the option and its value each come
      // behind their own -Xclang.
      bool Separate = Inner.empty();
      if (Separate && I + 1 < In.size())
        Inner = In[I + 1];
      if (unsigned Arity = unsafeArity(Inner)) {
        size_t Width = Separate ? 2 : 1;
        if (Arity == 2)
          Width += (I + Width < In.size() && In[I + Width] == Arg) ? 2 : 1;
        Strip(I, Width);
        I += Width - 1;
        continue;
      }
      Out.push_back(In[I]);
      continue;
    }
    if (unsigned Arity = unsafeArity(Arg)) {
      Strip(I, Arity);
      I += Arity - 1;
      continue;
    }
    Out.push_back(In[I]);
  }
  llvm::append_range(Out, Settings.ExtraArgs);
  llvm::append_range(Out, Settings.ProfileArgsAfter);
  if (Use == CommandUse::Analysis)
    llvm::append_range(Out, Settings.CtuArgs);
  return Out;
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
withOverlays(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
             llvm::ArrayRef<std::string> Args) {
  std::set<std::string> Applied;
  for (size_t I = 0; I < Args.size(); ++I) {
    if (Args[I] != "-ivfsoverlay")
      continue;
    size_t V = I + 1;
    if (V < Args.size() && Args[V] == "-Xclang")
      ++V;
    if (V >= Args.size() || !Applied.insert(Args[V]).second)
      continue;
    auto Buffer = FS->getBufferForFile(Args[V]);
    if (!Buffer)
      continue; // Clang reports the missing overlay when it compiles.
    if (auto Overlay = llvm::vfs::getVFSFromYAML(std::move(*Buffer), nullptr,
                                                 Args[V], nullptr, FS))
      FS = llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(Overlay.release());
  }
  return FS;
}

FileJob prepareFile(const tooling::CompilationDatabase &DB, StringRef Source,
                    const AnalysisSettings &Settings) {
  FileJob Job;
  FileResult &R = Job.Result;
  R.Source = Source.str();

  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Source, Status) || !llvm::sys::fs::exists(Status)) {
    R.Status = FileResult::NoSuchFile;
    R.Detail = "no such file: " + R.Source;
    return Job;
  }
  if (llvm::sys::fs::is_directory(Status)) {
    R.Status = FileResult::NotAFile;
    R.Detail = R.Source + " is a directory, not a source file";
    return Job;
  }

  llvm::SmallString<256> Abs(Source);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  R.AbsolutePath = std::string(Abs);

  Job.Commands = DB.getCompileCommands(R.AbsolutePath);
  if (Job.Commands.empty()) {
    R.Status = FileResult::NotInDatabase;
    R.Detail = R.Source + " is not in " +
               (Settings.DatabaseName.empty() ? "the compilation database"
                                              : Settings.DatabaseName) +
               "; not analysed";
    return Job;
  }
  // The tool would abort the whole process on a directory it cannot enter.
  for (const tooling::CompileCommand &C : Job.Commands) {
    if (!C.Directory.empty() && !llvm::sys::fs::is_directory(C.Directory)) {
      R.Status = FileResult::BadCommand;
      R.Detail = "the compile command of " + R.Source + " runs in '" +
                 C.Directory + "', which does not exist; not analysed";
      return Job;
    }
  }
  // The commands as they will run (--explain shows them).
  for (tooling::CompileCommand &C : Job.Commands) {
    C.CommandLine = shapeCommand(C.CommandLine, Settings, &Job.Stripped);
    R.Commands.push_back(commandLine(C));
  }
  return Job;
}

void addCommandArguments(FileJob &Job, llvm::ArrayRef<std::string> Args) {
  FileResult Fresh;
  Fresh.Source = std::move(Job.Result.Source);
  Fresh.AbsolutePath = std::move(Job.Result.AbsolutePath);
  for (tooling::CompileCommand &C : Job.Commands) {
    llvm::append_range(C.CommandLine, Args);
    Fresh.Commands.push_back(commandLine(C));
  }
  Job.Result = std::move(Fresh);
}

void analyzeFile(FileJob &Job, const AnalysisSettings &Settings) {
  FileResult &R = Job.Result;
  if (!Job.runnable())
    return;

  CommandList DB(Job.Commands);
  // A file system of its own keeps the tool's working-directory changes
  // (one per compile command) away from the process and from other files.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS(
      llvm::vfs::createPhysicalFileSystem().release());
  std::vector<std::string> AllArgs;
  for (const tooling::CompileCommand &C : Job.Commands)
    llvm::append_range(AllArgs, C.CommandLine);
  FS = withOverlays(FS, AllArgs);
  auto MakeTool = [&](llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> ToolFS) {
    auto Tool = std::make_unique<tooling::ClangTool>(
        DB, std::vector<std::string>{R.AbsolutePath},
        std::make_shared<PCHContainerOperations>(), ToolFS);
    Tool->setPrintErrorMessage(false);
    // The commands are shaped already (prepareFile). Compiler warnings are
    // not what was asked for, and -Werror in a build's flags must not stop
    // the analysis (clang --analyze does the same).
    Tool->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        {"-w"}, tooling::ArgumentInsertPosition::END));
    Tool->appendArgumentsAdjuster(resourceDirAdjuster(Settings.ResourceDir));
    return Tool;
  };
  std::unique_ptr<tooling::ClangTool> Tool = MakeTool(FS);

  // Clang's messages are kept with the file's result and printed whole.
  llvm::raw_string_ostream CompilerOutput(R.CompilerOutput);
#if CLANG_VERSION_MAJOR >= 21
  DiagnosticOptions DiagOpts;
  DiagOpts.ShowColors = Settings.ColorDiagnostics;
  FixItCollector Printer(CompilerOutput, DiagOpts);
#else
  llvm::IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts(new DiagnosticOptions);
  DiagOpts->ShowColors = Settings.ColorDiagnostics;
  FixItCollector Printer(CompilerOutput, DiagOpts.get());
#endif
  DiagnosticWatch Watch(Printer, CompilerOutput);
  Tool->setDiagnosticConsumer(&Watch);

  UnitOutcome Outcome;
  WskActionFactory Factory(R.Findings, Outcome, Settings, CompilerOutput,
                           Job.ReachesWsk, Job.CollectCtuIndex);
  int ToolStatus = 0;
  llvm::CrashRecoveryContext CRC;
  bool Survived = CRC.RunSafely([&] { ToolStatus = Tool->run(&Factory); });
  // Errors that clang knows the fix for (FixItRecovery.h): once more, with
  // the fixes applied to the files' text in memory; its messages are the
  // first compile's.
  std::optional<std::vector<std::pair<std::string, std::string>>> Fixed;
  if (Survived && ToolStatus != 0 && !Outcome.Analysed)
    Fixed = Printer.fixedFiles(*FS);
  if (Fixed) {
    auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    for (const auto &[Path, Text] : *Fixed)
      Memory->addFile(Path, 0,
                      llvm::MemoryBuffer::getMemBufferCopy(Text, Path));
    auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(FS);
    Overlay->pushOverlay(Memory);
    std::string Discarded;
    llvm::raw_string_ostream Quiet(Discarded);
#if CLANG_VERSION_MAJOR >= 21
    TextDiagnosticPrinter QuietPrinter(Quiet, DiagOpts);
#else
    TextDiagnosticPrinter QuietPrinter(Quiet, DiagOpts.get());
#endif
    std::unique_ptr<tooling::ClangTool> Again = MakeTool(Overlay);
    Again->setDiagnosticConsumer(&QuietPrinter);
    UnitOutcome FixedOutcome;
    std::vector<Finding> FixedFindings;
    // The index has only files that compile as they are: none of this one.
    WskActionFactory FixedFactory(FixedFindings, FixedOutcome, Settings, Quiet,
                                  Job.ReachesWsk, /*CollectCtuIndex=*/false);
    int FixedStatus = 0;
    Survived = CRC.RunSafely([&] { FixedStatus = Again->run(&FixedFactory); });
    if (Survived && (FixedStatus == 0 || FixedOutcome.Analysed)) {
      ToolStatus = FixedStatus;
      Outcome = std::move(FixedOutcome);
      R.Findings = std::move(FixedFindings);
      unsigned Errors = Printer.errors();
      CompilerOutput << "wskcheck: note: " << R.Source
                     << ": analysed with the fix-its of its " << Errors
                     << (Errors == 1 ? " error" : " errors") << " applied\n";
    }
  }
  CompilerOutput.flush();
  if (!Survived) {
    R.Status = FileResult::Crashed;
    R.Detail = "internal error while analysing " + R.Source + "; not analysed";
    R.Findings.clear();
    return;
  }
  // Clang reports a bad argument and goes on without it: the file would be
  // analysed with another command than the one given.
  if (Watch.BadArguments) {
    R.Status = FileResult::BadArguments;
    R.Detail = R.Source + ": invalid compiler arguments; not analysed";
    R.Findings.clear();
    return;
  }
  // Errors raised after the unit was parsed and handed to the analysis come
  // from the analysis itself (with --ctu, a definition in another file
  // that clang cannot import): the file compiled and its findings stand.
  if (ToolStatus != 0 && !Outcome.Analysed) {
    R.Status = FileResult::DoesNotCompile;
    R.Detail = R.Source + " does not compile; not analysed";
    R.Findings.clear();
    return;
  }
  R.HasDriverEntry = Outcome.HasDriverEntry;
  R.HasWskCalls = Outcome.HasWskCalls;
  R.DefinedFunctions = std::move(Outcome.CrossFile.DefinedFunctions);
  R.ExternalCalls = std::move(Outcome.CrossFile.ExternalCalls);
  R.CtuIndex = std::move(Outcome.CtuIndex);
  R.Model = std::move(Outcome.Model);
  removeDuplicates(R.Model);
  if (!Settings.ExplainOnly && !Outcome.Analysed) {
    R.Status = FileResult::NothingToCheck;
    R.Detail = "no DriverEntry and no WSK calls; nothing to check";
  }
  removeDuplicates(R.Findings);
}

} // namespace tool
} // namespace wsk
