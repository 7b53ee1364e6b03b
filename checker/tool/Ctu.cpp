//===- Ctu.cpp - Cross translation unit analysis for wskcheck -------------===//

#include "Ctu.h"
#include "Analysis.h"
#include "JsonInput.h"
#include "WdkProfile.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"
#include "clang/CrossTU/CrossTranslationUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace clang;
using namespace llvm;

namespace wsk {
namespace tool {
namespace {

std::string absolute(StringRef Directory, StringRef File) {
  SmallString<256> Path(File);
  if (!sys::path::is_absolute(Path)) {
    Path = Directory;
    sys::path::append(Path, File);
  }
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

Error writeFile(StringRef Path, StringRef Text) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC);
  if (EC)
    return createStringError(EC, "cannot write %s: %s", Path.str().c_str(),
                             EC.message().c_str());
  OS << Text;
  return Error::success();
}

/// Collects the names under which the analysis looks up the definitions a
/// unit offers to other units: functions with a body, and the variables
/// with an initializer that cross translation unit analysis imports, each
/// defined in the main file and visible outside it.
class IndexConsumer : public ASTConsumer {
public:
  explicit IndexConsumer(std::vector<std::string> &Names) : Names(Names) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (!Ctx.getDiagnostics().hasErrorOccurred())
      visit(Ctx.getTranslationUnitDecl(), Ctx);
  }

private:
  std::vector<std::string> &Names;

  void visit(const DeclContext *DC, ASTContext &Ctx) {
    for (const Decl *D : DC->decls()) {
      if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        if (FD->isThisDeclarationADefinition() && FD->getBody())
          add(FD, FD->getBody()->getBeginLoc(), Ctx);
      } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
        if (cross_tu::shouldImport(VD, Ctx) && VD->getInit())
          add(VD, VD->getInit()->getBeginLoc(), Ctx);
      }
      if (const auto *Inner = dyn_cast<DeclContext>(D))
        visit(Inner, Ctx);
    }
  }

  void add(const NamedDecl *D, SourceLocation Where, ASTContext &Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    if (!SM.isInMainFile(SM.getExpansionLoc(Where)))
      return;
    Linkage L = D->getLinkageInternal();
    if (L != Linkage::External && L != Linkage::VisibleNone &&
        L != Linkage::UniqueExternal)
      return;
    if (std::optional<std::string> Name =
            cross_tu::CrossTranslationUnitContext::getLookupName(D))
      Names.push_back(std::move(*Name));
  }
};

class IndexAction : public ASTFrontendAction {
public:
  explicit IndexAction(std::vector<std::string> &Names) : Names(Names) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // No "1 error generated." on standard error: the first error is
    // reported with the file's name instead.
    CI.setVerboseOutputStream(nulls());
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 StringRef) override {
    return std::make_unique<IndexConsumer>(Names);
  }

private:
  std::vector<std::string> &Names;
};

class IndexActionFactory : public tooling::FrontendActionFactory {
public:
  explicit IndexActionFactory(std::vector<std::string> &Names) : Names(Names) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Names);
  }

private:
  std::vector<std::string> &Names;
};

class OneCommand : public tooling::CompilationDatabase {
public:
  explicit OneCommand(tooling::CompileCommand C) : C(std::move(C)) {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(StringRef) const override {
    return {C};
  }

private:
  tooling::CompileCommand C;
};

/// Parses \p Cmd (complete: the profile's and the analysis's arguments
/// in) and appends the names it defines to \p Names. Returns clang's first
/// error if the file does not compile.
std::optional<std::string> indexFile(const tooling::CompileCommand &Cmd,
                                     StringRef File,
                                     std::vector<std::string> &Names) {
  IntrusiveRefCntPtr<vfs::FileSystem> FS(
      vfs::createPhysicalFileSystem().release());
  FS = withOverlays(FS, Cmd.CommandLine);
  OneCommand DB(Cmd);
  tooling::ClangTool Tool(DB, {File.str()},
                          std::make_shared<PCHContainerOperations>(), FS);
  Tool.setPrintErrorMessage(false);
  std::string Messages;
  raw_string_ostream OS(Messages);
#if CLANG_VERSION_MAJOR >= 21
  DiagnosticOptions DiagOpts;
  TextDiagnosticPrinter Printer(OS, DiagOpts);
#else
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts(new DiagnosticOptions);
  TextDiagnosticPrinter Printer(OS, DiagOpts.get());
#endif
  Tool.setDiagnosticConsumer(&Printer);
  IndexActionFactory Factory(Names);
  int Status = 1;
  CrashRecoveryContext CRC;
  if (!CRC.RunSafely([&] { Status = Tool.run(&Factory); }))
    return std::string("clang crashed while parsing it");
  OS.flush();
  if (Status == 0)
    return std::nullopt;
  SmallVector<StringRef, 0> Lines;
  StringRef(Messages).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef Line : Lines)
    if (Line.contains("error: "))
      return Line.trim().str();
  return std::string("it does not compile");
}

/// The identifiers of \p Text.
std::set<std::string> identifiers(StringRef Text) {
  std::set<std::string> Ids;
  for (size_t I = 0; I < Text.size();) {
    if (!isAlpha(Text[I]) && Text[I] != '_') {
      ++I;
      continue;
    }
    size_t Start = I;
    while (I < Text.size() && (isAlnum(Text[I]) || Text[I] == '_'))
      ++I;
    Ids.insert(Text.slice(Start, I).str());
  }
  return Ids;
}

/// The function name of a USR from the index ("c:@F@KsInit",
/// "c:@N@net@F@Start#I#").
StringRef functionName(StringRef USR) {
  size_t At = USR.rfind("@F@");
  if (At == StringRef::npos)
    return StringRef();
  return USR.drop_front(At + 3).take_until([](char C) { return C == '#'; });
}

/// The files whose functions may reach a WSK call: those that make one,
/// and, in turn, those that name a function defined in such a file. Read
/// from the text, so it errs on the side of analysing a file.
std::set<std::string> filesReachingWsk(
    const std::map<std::string, std::set<std::string>> &Definitions,
    const std::map<std::string, tooling::CompileCommand> &ByFile,
    const std::map<std::string, std::string> &Failed) {
  std::map<std::string, std::set<std::string>> Ids;
  std::set<std::string> Reach;
  for (const auto &Entry : ByFile) {
    const std::string &File = Entry.first;
    if (Failed.count(File))
      continue;
    auto Buffer = MemoryBuffer::getFile(File);
    if (!Buffer)
      continue;
    StringRef Text = (*Buffer)->getBuffer();
    Ids[File] = identifiers(Text);
    for (StringRef Call : {"WskRegister", "WskCaptureProviderNPI",
                           "WskReleaseProviderNPI", "WskDeregister", "->Wsk"})
      if (Text.contains(Call))
        Reach.insert(File);
  }
  // Function name -> the file that defines it.
  std::map<std::string, std::string> DefinedIn;
  for (const auto &[USR, Files] : Definitions) {
    StringRef Name = functionName(USR);
    if (!Name.empty() && Files.size() == 1)
      DefinedIn[Name.str()] = *Files.begin();
  }
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const auto &[File, Names] : Ids) {
      if (Reach.count(File))
        continue;
      for (const auto &[Name, Where] : DefinedIn) {
        if (Where != File && Reach.count(Where) && Names.count(Name)) {
          Reach.insert(File);
          Changed = true;
          break;
        }
      }
    }
  }
  return Reach;
}

/// indexFile in a child process (where there is fork), so that a file that
/// crashes clang or never ends is left out of the index instead of taking
/// the run down.
std::optional<std::string> indexContained(const tooling::CompileCommand &Cmd,
                                          StringRef File,
                                          std::vector<std::string> &Names,
                                          unsigned TimeoutSeconds) {
#ifdef _WIN32
  return indexFile(Cmd, File, Names);
#else
  Expected<TempPath> Result = TempPath::file("wskcheck-ctu", "json");
  Expected<TempPath> Errors = Result ? TempPath::file("wskcheck-ctu", "txt")
                                     : Expected<TempPath>(Result.takeError());
  if (!Errors)
    return toString(Errors.takeError());
  ChildExit Exit = runForked(
      [&] {
        std::vector<std::string> Found;
        std::optional<std::string> Why = indexFile(Cmd, File, Found);
        json::Array Array;
        for (std::string &N : Found)
          Array.push_back(std::move(N));
        json::Object Out{{"names", std::move(Array)}};
        if (Why)
          Out["why"] = *Why;
        Error E = writeFile(Result->path(),
                            formatv("{0}", json::Value(std::move(Out))).str());
        bool Failed = static_cast<bool>(E);
        consumeError(std::move(E));
        return Failed ? 2 : 0;
      },
      Errors->path(), TimeoutSeconds);
  if (Exit.Kind == ChildExit::TimedOut)
    return "it timed out after " + std::to_string(TimeoutSeconds) +
           " s (--timeout)";
  Expected<json::Value> Value = parseJson(Result->read());
  const json::Object *Out = Value ? Value->getAsObject() : nullptr;
  const json::Array *Found = Out ? Out->getArray("names") : nullptr;
  if (!Value)
    consumeError(Value.takeError());
  if (Exit.Kind != ChildExit::Exited || Exit.Code != 0 || !Found)
    return std::string("internal error while indexing it");
  if (std::optional<StringRef> Why = Out->getString("why"))
    return Why->str();
  for (const json::Value &N : *Found)
    if (std::optional<StringRef> Name = N.getAsString())
      Names.push_back(Name->str());
  return std::nullopt;
#endif
}

} // namespace

Expected<CtuSetup> prepareCtu(const tooling::CompilationDatabase &DB,
                              const AnalysisSettings &Settings,
                              unsigned TimeoutSeconds) {
  StringRef ResourceDir = Settings.ResourceDir;
  CtuSetup Setup;
  Expected<TempPath> Temp = TempPath::directory("wskcheck-ctu");
  if (!Temp)
    return createStringError(inconvertibleErrorCode(), "--ctu: %s",
                             toString(Temp.takeError()).c_str());
  Setup.Owner = std::move(*Temp);
  Setup.Dir = Setup.Owner.path().str();
  StringRef Dir = Setup.Dir;

  // One command per file, with absolute paths: the index names files, and
  // on-demand parsing runs each command from no particular directory.
  std::map<std::string, tooling::CompileCommand> ByFile;
  for (const tooling::CompileCommand &Cmd : DB.getAllCompileCommands())
    ByFile.emplace(absolute(Cmd.Directory, Cmd.Filename), Cmd);
  if (ByFile.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: the compilation database lists no files");

  json::Object Invocations;
  for (auto &[File, Cmd] : ByFile) {
    std::vector<std::string> &Line = Cmd.CommandLine;
    if (Line.empty())
      continue;
    Line = shapeCommand(Line, Settings);
    // The other file is parsed, not compiled: no output file, and its
    // warnings are not this run's business.
    json::Array Invocation;
    for (size_t I = 0; I != Line.size(); ++I) {
      if (I != 0 && Line[I] == "-c")
        continue;
      if (I != 0 && Line[I] == "-o") {
        ++I;
        continue;
      }
      Invocation.push_back(Line[I]);
      if (I == 0) {
        Invocation.push_back("-working-directory=" + Cmd.Directory);
        Invocation.push_back("-w");
        if (!ResourceDir.empty())
          Invocation.push_back(("-resource-dir=" + ResourceDir).str());
      }
    }
    Invocations[File] = std::move(Invocation);
  }
  SmallString<256> IndexPath(Dir), InvocationsPath(Dir);
  sys::path::append(IndexPath, "externalDefMap.txt");
  sys::path::append(InvocationsPath, "invocations.yaml");
  std::string Text;
  // JSON is YAML's flow style, which the analyzer reads.
  raw_string_ostream(Text) << json::Value(std::move(Invocations));
  if (Error E = writeFile(InvocationsPath, Text))
    return std::move(E);

  // The index: every file that compiles, parsed as the analysis parses
  // it. A file that does not compile is left out (and reported when it is
  // analysed); a name defined in several files (several drivers in one
  // repository, each with its DriverEntry) is ambiguous: clang rejects
  // such an index, and a call to it stays unknown code.
  std::map<std::string, std::string> Failed;
  std::map<std::string, std::set<std::string>> Definitions;
  for (const auto &[File, Cmd] : ByFile) {
    // ClangTool makes it a syntax-only run.
    tooling::CompileCommand Parse = Cmd;
    Parse.CommandLine.push_back("-w");
    if (!ResourceDir.empty())
      Parse.CommandLine.push_back(("-resource-dir=" + ResourceDir).str());
    std::vector<std::string> Names;
    if (std::optional<std::string> Why =
            indexContained(Parse, File, Names, TimeoutSeconds)) {
      Failed[File] = *Why;
      Setup.NotIndexed.push_back({File, *Why});
      continue;
    }
    for (std::string &Name : Names)
      Definitions[Name].insert(File);
  }
  if (Failed.size() == ByFile.size() && ByFile.size() > 0) {
    const auto &[File, Why] = *Failed.begin();
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: no file of the database compiles, so "
                             "nothing can be indexed (%s: %s)",
                             File.c_str(), Why.c_str());
  }
  Setup.ReachesWsk = filesReachingWsk(Definitions, ByFile, Failed);
  std::string Index;
  raw_string_ostream OS(Index);
  for (const auto &[USR, Files] : Definitions)
    if (Files.size() == 1)
      OS << USR.size() << ':' << USR << ' ' << *Files.begin() << '\n';
  OS.flush();
  if (Error E = writeFile(IndexPath, Index))
    return std::move(E);

  for (std::string Config :
       {std::string("experimental-enable-naive-ctu-analysis=true"),
        "ctu-dir=" + Setup.Dir,
        std::string("ctu-index-name=externalDefMap.txt"),
        "ctu-invocation-list=" + std::string(InvocationsPath),
        // Follow every call into another file at once, so a path reads the
        // same as one through a function of the same file.
        std::string("ctu-phase1-inlining=all")}) {
    for (StringRef A : {"-Xclang", "-analyzer-config", "-Xclang"})
      Setup.Arguments.push_back(A.str());
    Setup.Arguments.push_back(Config);
  }
  return Setup;
}

} // namespace tool
} // namespace wsk
