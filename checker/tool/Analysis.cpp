//===- Analysis.cpp - Run the WSK checkers on one source file -------------===//

#include "Analysis.h"
#include "FindingCollector.h"
#include "core/LifecycleRoot.h"
#include "core/WskRegistration.h"
#include "clang/Driver/Driver.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <set>
#include <tuple>

using namespace clang;

namespace wsk {
namespace tool {
namespace {

/// Runs the analyzer with only the WSK checkers (and the modelling they rely
/// on), reporting into a FindingCollector instead of any clang output format.
class WskAnalysisAction : public ASTFrontendAction {
public:
  WskAnalysisAction(std::vector<Finding> &Out,
                    const std::vector<std::string> &DisabledRules)
      : Out(Out), DisabledRules(DisabledRules) {}

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    AnalyzerOptions &Opts = CI.getAnalyzerOpts();
    Opts.AnalysisDiagOpt = PD_NONE;
    // Only our checkers report: a rule name in a finding is always ours.
    Opts.CheckersAndPackages.clear();
    wsk::enableCheckers(Opts, DisabledRules);
    // noreturn and builtin modelling, so paths through abort-like calls and
    // __builtin_expect are understood; it reports nothing itself.
    Opts.CheckersAndPackages.emplace_back("core.builtin", true);

    std::unique_ptr<ento::AnalysisASTConsumer> Consumer =
        ento::CreateAnalysisConsumer(CI);
    Consumer->AddCheckerRegistrationFn(wsk::registerCheckers);
    // The analysis consumer owns and deletes its path consumers.
    Consumer->AddDiagnosticConsumer(
        new FindingCollector(Out, CI.getLangOpts()));
    return wsk::withLifecycleRoot(std::move(Consumer), Opts);
  }

private:
  std::vector<Finding> &Out;
  const std::vector<std::string> &DisabledRules;
};

class WskActionFactory : public tooling::FrontendActionFactory {
public:
  WskActionFactory(std::vector<Finding> &Out,
                   const std::vector<std::string> &DisabledRules)
      : Out(Out), DisabledRules(DisabledRules) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<WskAnalysisAction>(Out, DisabledRules);
  }

private:
  std::vector<Finding> &Out;
  const std::vector<std::string> &DisabledRules;
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

} // namespace

FileResult analyzeFile(const tooling::CompilationDatabase &DB, StringRef Source,
                       const AnalysisSettings &Settings) {
  FileResult R;
  R.Source = Source.str();

  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Source, Status) || !llvm::sys::fs::exists(Status)) {
    R.Status = FileResult::NoSuchFile;
    R.Detail = "no such file: " + R.Source;
    return R;
  }
  if (llvm::sys::fs::is_directory(Status)) {
    R.Status = FileResult::NotAFile;
    R.Detail = R.Source + " is a directory, not a source file";
    return R;
  }

  llvm::SmallString<256> Abs(Source);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  R.AbsolutePath = std::string(Abs);

  std::vector<tooling::CompileCommand> Commands =
      DB.getCompileCommands(R.AbsolutePath);
  if (Commands.empty()) {
    R.Status = FileResult::NotInDatabase;
    R.Detail = R.Source + " is not in the compilation database";
    if (!Settings.DatabaseName.empty())
      R.Detail += " " + Settings.DatabaseName;
    R.Detail += "; not analysed";
    return R;
  }
  // The tool would abort the whole process on a directory it cannot enter.
  for (const tooling::CompileCommand &C : Commands) {
    if (!C.Directory.empty() && !llvm::sys::fs::is_directory(C.Directory)) {
      R.Status = FileResult::BadCommand;
      R.Detail = "the compile command of " + R.Source + " runs in '" +
                 C.Directory + "', which does not exist; not analysed";
      return R;
    }
  }

  // A file system of its own keeps the tool's working-directory changes
  // (one per compile command) away from the process and from other files.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS(
      llvm::vfs::createPhysicalFileSystem().release());
  tooling::ClangTool Tool(DB, {R.AbsolutePath},
                          std::make_shared<PCHContainerOperations>(), FS);
  Tool.setPrintErrorMessage(false);
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Settings.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Settings.ExtraArgs, tooling::ArgumentInsertPosition::END));
  // Compiler warnings are not what was asked for, and -Werror in a build's
  // flags must not stop the analysis (clang --analyze does the same).
  tooling::CommandLineArguments NoWarnings = {"-w"};
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      NoWarnings, tooling::ArgumentInsertPosition::END));
  Tool.appendArgumentsAdjuster(resourceDirAdjuster(Settings.ResourceDir));

  WskActionFactory Factory(R.Findings, Settings.DisabledRules);
  int ToolStatus = 0;
  llvm::CrashRecoveryContext CRC;
  if (!CRC.RunSafely([&] { ToolStatus = Tool.run(&Factory); })) {
    R.Status = FileResult::Crashed;
    R.Detail = "internal error while analysing " + R.Source + "; not analysed";
    R.Findings.clear();
    return R;
  }
  if (ToolStatus != 0) {
    R.Status = FileResult::DoesNotCompile;
    R.Detail = R.Source + " does not compile; not analysed";
    R.Findings.clear();
    return R;
  }
  removeDuplicates(R.Findings);
  return R;
}

std::string findResourceDir(const char *Argv0, void *MainAddr) {
  auto HasBuiltinHeaders = [](StringRef Dir) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, "include", "stddef.h");
    return !Dir.empty() && llvm::sys::fs::exists(P);
  };
  std::string Beside = driver::Driver::GetResourcesPath(
      llvm::sys::fs::getMainExecutable(Argv0, MainAddr));
  if (HasBuiltinHeaders(Beside))
    return Beside;
#ifdef WSKCHECK_CLANG_RESOURCE_DIR
  if (HasBuiltinHeaders(WSKCHECK_CLANG_RESOURCE_DIR))
    return WSKCHECK_CLANG_RESOURCE_DIR;
#endif
  return std::string();
}

} // namespace tool
} // namespace wsk
