//===- wskcheck.cpp - The wskcheck command-line tool ----------------------===//
//
// wskcheck [options] <source>... [-- <compiler args>]
// wskcheck [options] -p <build dir> [<source>...]
//
// Runs the WSK checkers, linked in (no plugin loading), on each source and
// writes one report. Exit status: 0 no findings, 1 findings, 2 usage or input
// error (a report is still written for the files that were analysed).
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"
#include "Compilations.h"
#include "Options.h"
#include "Output.h"
#include "RuleLookup.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <set>
#include <tuple>

using namespace wsk::tool;
using namespace llvm;

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

} // namespace

int main(int argc, const char **argv) {
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
  ToolOptions &Opts = *OptsOrErr;

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
  if (Opts.Sources.empty() && Opts.BuildPath.empty())
    return error("no source files given (see 'wskcheck --help')");

  Expected<Compilations> CompsOrErr = loadCompilations(Opts);
  if (!CompsOrErr)
    return error(toString(CompsOrErr.takeError()));
  Compilations &Comps = *CompsOrErr;

  SourcePaths Paths = SourcePaths::forCurrentDirectory();
  std::vector<std::string> Sources = Opts.Sources;
  if (Sources.empty()) {
    for (const std::string &File : allFiles(Comps))
      Sources.push_back(Paths.display(File));
    if (Sources.empty())
      return error(Comps.DatabaseFile + " lists no files");
  }

  // Open the output first: a report that cannot be written should fail
  // before minutes of analysis, not after.
  std::optional<raw_fd_ostream> OutFile;
  if (!Opts.OutputFile.empty()) {
    std::error_code EC;
    OutFile.emplace(Opts.OutputFile, EC, sys::fs::OF_Text);
    if (EC)
      return error("cannot write '" + Opts.OutputFile + "': " + EC.message());
  }
  raw_ostream &Out = OutFile ? *OutFile : outs();

  AnalysisSettings Settings;
  Settings.DisabledRules = Opts.DisabledRules;
  Settings.ExtraArgs = Opts.ExtraArgs;
  Settings.ExtraArgsBefore = Opts.ExtraArgsBefore;
  static int AnchorForMainAddr;
  Settings.ResourceDir = findResourceDir(argv[0], &AnchorForMainAddr);
  Settings.DatabaseName = Comps.DatabaseFile;

  Report R;
  R.DisabledRules = Opts.DisabledRules;
  for (const std::string &Source : Sources) {
    FileResult Result = analyzeFile(*Comps.Database, Source, Settings);
    // Reported as each file finishes, next to clang's errors for it.
    if (!Result.analysed())
      error(Result.Detail);
    R.Files.push_back(std::move(Result));
  }
  removeDuplicatesAcrossFiles(R);

  if (Opts.Format == OutputFormat::Sarif)
    writeSarifReport(R, Paths, Out);
  else
    writeTextReport(R, Paths, Out);
  Out.flush();
  if (OutFile && OutFile->has_error()) {
    std::string Message = OutFile->error().message();
    OutFile->clear_error();
    return error("cannot write '" + Opts.OutputFile + "': " + Message);
  }

  unsigned Findings = R.numFindings();
  errs() << "wskcheck: " << plural(Findings, "finding") << " in "
         << plural(R.numAnalysed(), "file");
  if (unsigned Failed = R.numFailed())
    errs() << "; " << plural(Failed, "file") << " not analysed";
  errs() << '\n';

  if (R.numFailed())
    return ExitError;
  return Findings ? ExitFindings : ExitClean;
}
