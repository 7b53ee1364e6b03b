//===- Ctu.cpp - Cross translation unit analysis for wskcheck -------------===//

#include "Ctu.h"
#include "Analysis.h"
#include "JsonInput.h"
#include "Output.h"
#include "Processes.h"
#include "ResultFile.h"
#include "WdkProfile.h"
#include "core/ModelSummary.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"
#include "clang/CrossTU/CrossTranslationUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <mutex>
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

/// Why a file is left out of the index when parsing it crashed.
constexpr const char *InternalError = "internal error while indexing it";

std::string timedOut(unsigned Seconds) {
  return "it timed out after " + std::to_string(Seconds) + " s (--timeout)";
}

std::string contentHash(StringRef Text) {
  return toHex(BLAKE3::hash<16>(arrayRefFromStringRef(Text)),
               /*LowerCase=*/true);
}

/// Every file the parse read, with the hash of the text it parsed (not of
/// the file as it is now: it may change while we run).
void recordInputs(SourceManager &SM, CtuIndexPart &Part) {
  FileManager &FM = SM.getFileManager();
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
       ++It) {
    std::optional<MemoryBufferRef> Buffer =
        SM.getMemoryBufferForFileOrNone(It->first);
    if (!Buffer)
      continue;
    SmallString<256> Path(It->first.getName());
    FM.makeAbsolutePath(Path);
    sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Part.Inputs.push_back(
        {std::string(Path), contentHash(Buffer->getBuffer())});
  }
  llvm::sort(Part.Inputs);
}

/// The names under which the analysis looks up the definitions a unit
/// offers to other units: functions with a body, and the variables with an
/// initializer that cross translation unit analysis imports, each defined
/// in the main file and visible outside it.
void collectNames(const DeclContext *DC, ASTContext &Ctx,
                  std::vector<std::string> &Names) {
  const SourceManager &SM = Ctx.getSourceManager();
  auto Add = [&](const NamedDecl *D, SourceLocation Where) {
    if (!SM.isInMainFile(SM.getExpansionLoc(Where)))
      return;
    Linkage L = D->getLinkageInternal();
    if (L != Linkage::External && L != Linkage::VisibleNone &&
        L != Linkage::UniqueExternal)
      return;
    if (std::optional<std::string> Name =
            cross_tu::CrossTranslationUnitContext::getLookupName(D))
      Names.push_back(std::move(*Name));
  };
  for (const Decl *D : DC->decls()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->isThisDeclarationADefinition() && FD->getBody())
        Add(FD, FD->getBody()->getBeginLoc());
    } else if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (cross_tu::shouldImport(VD, Ctx) && VD->getInit())
        Add(VD, VD->getInit()->getBeginLoc());
    }
    if (const auto *Inner = dyn_cast<DeclContext>(D))
      collectNames(Inner, Ctx, Names);
  }
}

/// The functions and variables a unit uses without a definition of its
/// own: the only places where the analysis imports from another file. Any
/// use counts (a call, taking an address, a member call, a construction,
/// an operator new or delete, a default argument), and every destructor
/// the unit declares without defining it, since the calls of destructors
/// are not in the unit's expressions.
class UseCollector : public RecursiveASTVisitor<UseCollector> {
public:
  explicit UseCollector(const SourceManager &SM) : SM(SM) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    note(E->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    note(E->getMemberDecl());
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    note(E->getConstructor());
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *E) {
    note(E->getOperatorNew());
    note(E->getOperatorDelete());
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *E) {
    note(E->getOperatorDelete());
    return true;
  }
  bool VisitCXXDefaultArgExpr(CXXDefaultArgExpr *E) {
    return TraverseStmt(E->getExpr());
  }
  bool VisitCXXDefaultInitExpr(CXXDefaultInitExpr *E) {
    return TraverseStmt(E->getExpr());
  }
  bool VisitCXXDestructorDecl(CXXDestructorDecl *D) {
    if (!SM.isInSystemHeader(D->getLocation()))
      note(D);
    return true;
  }

  std::vector<std::string> Uses;

private:
  void note(const Decl *D) {
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D)) {
      if (FD->hasBody())
        return;
    } else if (const auto *VD = dyn_cast_or_null<VarDecl>(D)) {
      if (!VD->hasGlobalStorage() || VD->getAnyInitializer())
        return;
    } else {
      return;
    }
    if (!Seen.insert(D->getCanonicalDecl()).second)
      return;
    if (std::optional<std::string> Name =
            cross_tu::CrossTranslationUnitContext::getLookupName(
                cast<NamedDecl>(D)))
      Uses.push_back(std::move(*Name));
  }

  const SourceManager &SM;
  llvm::DenseSet<const Decl *> Seen;
};

class IndexConsumer : public ASTConsumer {
public:
  explicit IndexConsumer(CtuIndexPart &Part) : Part(Part) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    collectCtuIndex(Ctx, Part);
    ModelSummary S = summarizeModel(Ctx);
    Part.Checks = S.HasDriverEntry || S.HasWskCalls;
  }

private:
  CtuIndexPart &Part;
};

class IndexAction : public ASTFrontendAction {
public:
  explicit IndexAction(CtuIndexPart &Part) : Part(Part) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // No "1 error generated." on standard error: the first error is
    // reported with the file's name instead.
    CI.setVerboseOutputStream(nulls());
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 StringRef) override {
    return std::make_unique<IndexConsumer>(Part);
  }

private:
  CtuIndexPart &Part;
};

class IndexActionFactory : public tooling::FrontendActionFactory {
public:
  explicit IndexActionFactory(CtuIndexPart &Part) : Part(Part) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Part);
  }

private:
  CtuIndexPart &Part;
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

/// The first error line of clang's messages \p Messages (colours taken
/// out), or nullopt if there is none.
std::optional<std::string> firstError(StringRef Messages) {
  std::string Plain;
  for (size_t I = 0; I < Messages.size(); ++I) {
    // An SGR sequence: ESC '[' parameters 'm'.
    if (Messages[I] == '\x1b' && I + 1 < Messages.size() &&
        Messages[I + 1] == '[') {
      size_t M = Messages.find('m', I);
      if (M != StringRef::npos) {
        I = M;
        continue;
      }
    }
    Plain += Messages[I];
  }
  SmallVector<StringRef, 0> Lines;
  StringRef(Plain).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef Line : Lines)
    if (Line.contains("error: "))
      return Line.trim().str();
  return std::nullopt;
}

/// Parses \p Cmd (complete: the profile's and the analysis's arguments
/// in) into \p Found. Returns clang's first error if the file does not
/// compile.
std::optional<std::string> indexFile(const tooling::CompileCommand &Cmd,
                                     StringRef File, CtuIndexPart &Found) {
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
  IndexActionFactory Factory(Found);
  int Status = 1;
  CrashRecoveryContext CRC;
  if (!CRC.RunSafely([&] { Status = Tool.run(&Factory); }))
    return std::string("clang crashed while parsing it");
  OS.flush();
  if (Status == 0)
    return std::nullopt;
  return firstError(Messages).value_or("it does not compile");
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
                                          StringRef File, CtuIndexPart &Found,
                                          unsigned TimeoutSeconds) {
#ifdef _WIN32
  return indexFile(Cmd, File, Found);
#else
  Expected<TempPath> Result = TempPath::file("wskcheck-ctu", "json");
  Expected<TempPath> Errors = Result ? TempPath::file("wskcheck-ctu", "txt")
                                     : Expected<TempPath>(Result.takeError());
  if (!Errors)
    return toString(Errors.takeError());
  ChildExit Exit = runForked(
      [&] {
        CtuIndexPart Part;
        std::optional<std::string> Why = indexFile(Cmd, File, Part);
        json::Object Out = ctuIndexToJson(Part);
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
    return timedOut(TimeoutSeconds);
  Expected<json::Value> Value = parseJson(Result->read());
  const json::Object *Out = Value ? Value->getAsObject() : nullptr;
  if (!Value)
    consumeError(Value.takeError());
  if (Exit.Kind != ChildExit::Exited || Exit.Code != 0 || !Out ||
      !ctuIndexFromJson(*Out, Found))
    return std::string(InternalError);
  if (std::optional<StringRef> Why = Out->getString("why"))
    return Why->str();
  return std::nullopt;
#endif
}

/// --ctu-cache: each file's part of the index, kept between runs. An entry
/// is the part (the file's names and uses, the files its parse read with
/// the hash of each one's text); it is named by a hash of everything else
/// the part depends on (the file, its command as run, the versions of
/// wskcheck and clang). It is reused while every file it read still has
/// the same text.
class IndexCache {
public:
  IndexCache(StringRef Dir, bool Enabled) : Dir(Dir), Enabled(Enabled) {}

  /// Why the cache directory cannot be used, if it cannot.
  std::optional<std::string> open() {
    if (!Enabled)
      return std::nullopt;
    if (std::error_code EC = sys::fs::create_directories(Dir))
      return "--ctu-cache: cannot create " + Dir + ": " + EC.message();
    return std::nullopt;
  }

  static std::string key(const tooling::CompileCommand &Cmd, StringRef File) {
    std::string Key;
    raw_string_ostream OS(Key);
    OS << "wskcheck-ctu-index 3" << '\0' << toolVersion() << '\0'
       << getClangFullVersion() << '\0' << File << '\0' << Cmd.Directory;
    for (const std::string &Arg : Cmd.CommandLine)
      OS << '\0' << Arg;
    return Key;
  }

  /// The cached part of \p File if it is still valid. A damaged or
  /// foreign entry is reported in \p Note and otherwise ignored.
  std::optional<CtuIndexPart> lookup(StringRef Key, StringRef File,
                                     vfs::FileSystem &FS, std::string &Note) {
    if (!Enabled)
      return std::nullopt;
    std::string Path = entryPath(Key);
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
        MemoryBuffer::getFile(Path, /*IsText=*/false,
                              /*RequiresNullTerminator=*/false);
    if (!Buffer)
      return std::nullopt;
    auto Damaged = [&](StringRef Why) -> std::optional<CtuIndexPart> {
      Note = ("--ctu-cache: ignoring " + Path + " (" + Why + ")").str();
      return std::nullopt;
    };
    Expected<json::Value> Value = parseJson((*Buffer)->getBuffer());
    if (!Value) {
      consumeError(Value.takeError());
      return Damaged("not a cache entry: unreadable JSON");
    }
    const json::Object *Entry = Value->getAsObject();
    std::optional<StringRef> StoredKey =
        Entry ? Entry->getString("key") : std::nullopt;
    CtuIndexPart Part;
    if (!StoredKey || !ctuIndexFromJson(*Entry, Part))
      return Damaged("not a cache entry of this format");
    if (*StoredKey != Key)
      return Damaged("made for another file or command");
    // The file itself is always among the files its parse read.
    if (llvm::none_of(Part.Inputs,
                      [&](const auto &In) { return In.first == File; }))
      return Damaged("not a cache entry of this format");
    for (const auto &[InPath, Hash] : Part.Inputs)
      if (currentHash(InPath, FS) != Hash)
        return std::nullopt;
    return Part;
  }

  /// Stores \p Part under \p Key: written beside its final name and
  /// renamed onto it, so that a concurrent run reads the old entry or the
  /// new one, never half of one.
  void store(StringRef Key, const CtuIndexPart &Part) {
    if (!Enabled)
      return;
    std::string Path = entryPath(Key);
    Expected<TempPath> Temp = TempPath::beside(Path);
    if (!Temp) {
      consumeError(Temp.takeError());
      return;
    }
    json::Object Entry = ctuIndexToJson(Part);
    Entry["key"] = Key;
    if (Error E =
            writeFile(Temp->path(),
                      formatv("{0}", json::Value(std::move(Entry))).str())) {
      consumeError(std::move(E));
      return;
    }
    std::string Message;
    Temp->renameTo(Path, Message);
  }

private:
  std::string Dir;
  bool Enabled;
  /// Hashes of the files read so far in this run: the headers most files
  /// share are read once.
  std::map<std::string, std::string> Hashes;

  std::string entryPath(StringRef Key) const {
    SmallString<256> Path(Dir);
    sys::path::append(Path, contentHash(Key) + ".json");
    return std::string(Path);
  }

  std::string currentHash(const std::string &Path, vfs::FileSystem &FS) {
    auto It = Hashes.find(Path);
    if (It != Hashes.end())
      return It->second;
    std::string Hash;
    if (ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = FS.getBufferForFile(
            Path, /*FileSize=*/-1, /*RequiresNullTerminator=*/false))
      Hash = contentHash((*Buffer)->getBuffer());
    return Hashes[Path] = Hash;
  }
};

/// A file parsed for the index alone, in a child of its own.
struct IndexWork {
  std::string File;
  tooling::CompileCommand Parse;
  CtuIndexPart Part;
  std::optional<std::string> Why;
};

/// Runs \p Works, -j at a time.
void runIndexWorks(std::vector<IndexWork> &Works, const ToolOptions &Opts) {
  unsigned Workers = std::max(1u, std::min<unsigned>(Opts.Jobs, Works.size()));
#ifdef _WIN32
  Workers = 1;
#endif
  DefaultThreadPool Pool(hardware_concurrency(Workers));
  unsigned TimeoutSeconds = Opts.TimeoutSeconds;
  for (IndexWork &W : Works)
    Pool.async([&W, TimeoutSeconds] {
      W.Why = indexContained(W.Parse, W.File, W.Part, TimeoutSeconds);
    });
  Pool.wait();
}

} // namespace

void collectCtuIndex(ASTContext &Ctx, CtuIndexPart &Part) {
  collectNames(Ctx.getTranslationUnitDecl(), Ctx, Part.Names);
  UseCollector Uses(Ctx.getSourceManager());
  Uses.TraverseDecl(Ctx.getTranslationUnitDecl());
  Part.Uses = std::move(Uses.Uses);
  recordInputs(Ctx.getSourceManager(), Part);
}

struct CtuRun::State {
  State(const ToolOptions &Opts)
      : Opts(Opts), Cache(Opts.CtuCache, !Opts.CtuCache.empty()) {}

  const ToolOptions &Opts;
  /// The temporary directory of the index and the invocation list.
  TempPath Owner;
  /// The arguments that make an analysis read the index.
  std::vector<std::string> Arguments;
  /// One command per file of the database (absolute), shaped as the
  /// analysis runs it.
  std::map<std::string, tooling::CompileCommand> ByFile;
  IndexCache Cache;
  /// The cache key of each file's part.
  std::map<std::string, std::string> Keys;
  /// The parts known so far, and the files left out of the index.
  std::map<std::string, CtuIndexPart> Parts;
  std::map<std::string, std::string> Failed;
  /// Some job records its file's part in a first pass.
  bool FirstPass = false;
  /// Where there is no fork each file is analysed by a new wskcheck, which
  /// takes the index's arguments from the command line: all files then
  /// follow calls, and each is parsed for the index first.
  bool PerFile = true;

  /// The command that parses \p File for the index alone, as the analysis
  /// parses it (ClangTool makes it a syntax-only run).
  tooling::CompileCommand parseCommand(const std::string &File) const {
    tooling::CompileCommand Parse = ByFile.at(File);
    Parse.CommandLine.push_back("-w");
    if (!Opts.Analysis.ResourceDir.empty())
      Parse.CommandLine.push_back("-resource-dir=" + Opts.Analysis.ResourceDir);
    return Parse;
  }

  void indexed(const std::string &File, CtuIndexPart Part,
               std::vector<std::string> &Indexed) {
    Indexed.push_back(File);
    Cache.store(Keys[File], Part);
    Parts[File] = std::move(Part);
  }
};

CtuRun::CtuRun(std::unique_ptr<State> S) : S(std::move(S)) {}
CtuRun::~CtuRun() = default;

const std::vector<std::string> &CtuRun::arguments() const {
  return S->Arguments;
}

bool CtuRun::needsFirstPass() const { return S->FirstPass; }

Expected<std::unique_ptr<CtuRun>>
CtuRun::start(const tooling::CompilationDatabase &DB, const ToolOptions &Opts,
              std::vector<FileJob> &Jobs) {
  auto St = std::make_unique<State>(Opts);
  State &S = *St;
  auto Run = std::unique_ptr<CtuRun>(new CtuRun(std::move(St)));
#ifdef _WIN32
  S.PerFile = false;
#endif
  // --explain analyses nothing: a first pass would have nothing to record.
  if (Opts.Analysis.ExplainOnly)
    S.PerFile = false;
  StringRef ResourceDir = Opts.Analysis.ResourceDir;
  Expected<TempPath> Temp = TempPath::directory("wskcheck-ctu");
  if (!Temp)
    return createStringError(inconvertibleErrorCode(), "--ctu: %s",
                             toString(Temp.takeError()).c_str());
  S.Owner = std::move(*Temp);
  StringRef Dir = S.Owner.path();

  // One command per file, with absolute paths: the index names files, and
  // on-demand parsing runs each command from no particular directory.
  for (const tooling::CompileCommand &Cmd : DB.getAllCompileCommands())
    S.ByFile.emplace(absolute(Cmd.Directory, Cmd.Filename), Cmd);
  if (S.ByFile.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: the compilation database lists no files");

  json::Object Invocations;
  for (auto &[File, Cmd] : S.ByFile) {
    std::vector<std::string> &Line = Cmd.CommandLine;
    if (Line.empty())
      continue;
    Line = shapeCommand(Line, Opts.Analysis);
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
  SmallString<256> InvocationsPath(Dir);
  sys::path::append(InvocationsPath, "invocations.yaml");
  std::string Text;
  // JSON is YAML's flow style, which the analyzer reads.
  raw_string_ostream(Text) << json::Value(std::move(Invocations));
  if (Error E = writeFile(InvocationsPath, Text))
    return std::move(E);
  for (std::string Config :
       {std::string("experimental-enable-naive-ctu-analysis=true"),
        "ctu-dir=" + Dir.str(),
        std::string("ctu-index-name=externalDefMap.txt"),
        "ctu-invocation-list=" + std::string(InvocationsPath),
        // Follow every call into another file at once, so a path reads the
        // same as one through a function of the same file.
        std::string("ctu-phase1-inlining=all")}) {
    for (StringRef A : {"-Xclang", "-analyzer-config", "-Xclang"})
      S.Arguments.push_back(A.str());
    S.Arguments.push_back(Config);
  }

  if (std::optional<std::string> Why = S.Cache.open())
    return createStringError(inconvertibleErrorCode(), "%s", Why->c_str());
  // The job that analyses each file with the command the index parses it
  // with records its part; a file with several commands is indexed alone.
  std::vector<IndexWork> Alone;
  std::map<std::string, size_t> JobOf;
  for (size_t I = 0; I < Jobs.size(); ++I)
    if (Jobs[I].runnable())
      JobOf.emplace(Jobs[I].Result.AbsolutePath, I);
  for (const auto &[File, Cmd] : S.ByFile) {
    tooling::CompileCommand Parse = S.parseCommand(File);
    std::string Key = IndexCache::key(Parse, File);
    S.Keys[File] = Key;
    // The files are read as the parse reads them: through the command's
    // overlays (--wdk's case overlay among them).
    IntrusiveRefCntPtr<vfs::FileSystem> FS(
        vfs::createPhysicalFileSystem().release());
    FS = withOverlays(FS, Parse.CommandLine);
    std::string Note;
    std::optional<CtuIndexPart> Cached = S.Cache.lookup(Key, File, *FS, Note);
    if (!Note.empty())
      Run->CacheNotes.push_back(Note);
    if (Cached) {
      Run->Reused.push_back(File);
      S.Parts[File] = std::move(*Cached);
      continue;
    }
    auto Job = JobOf.find(File);
    if (S.PerFile && Job != JobOf.end()) {
      FileJob &J = Jobs[Job->second];
      if (J.Commands.size() == 1 &&
          J.Commands.front().CommandLine == Cmd.CommandLine &&
          J.Commands.front().Directory == Cmd.Directory) {
        J.CollectCtuIndex = true;
        S.FirstPass = true;
        continue;
      }
    }
    // No job analyses it with the command the index parses it with.
    Alone.push_back({File, std::move(Parse), {}, {}});
  }
  runIndexWorks(Alone, Opts);
  for (IndexWork &W : Alone) {
    if (W.Why)
      S.Failed[W.File] = *W.Why;
    else
      S.indexed(W.File, std::move(W.Part), Run->Indexed);
  }
  // With the index still to be completed, the files that record no part
  // wait for it.
  if (Run->needsFirstPass())
    for (FileJob &J : Jobs)
      J.Deferred = J.runnable() && !J.CollectCtuIndex;
  return std::move(Run);
}

Expected<std::vector<size_t>> CtuRun::finish(std::vector<FileJob> &Jobs) {
  // The parts the first pass recorded. A file whose analysis crashed or
  // timed out lost its part with it: it is parsed for the index alone.
  std::vector<IndexWork> Again;
  for (FileJob &J : Jobs) {
    if (!J.CollectCtuIndex)
      continue;
    const std::string &File = J.Result.AbsolutePath;
    FileResult &R = J.Result;
    if (R.CtuIndex) {
      S->indexed(File, std::move(*R.CtuIndex), Indexed);
      R.CtuIndex.reset();
    } else if (R.Status == FileResult::Crashed ||
               R.Status == FileResult::TimedOut) {
      Again.push_back({File, S->parseCommand(File), {}, {}});
    } else {
      S->Failed[File] =
          firstError(R.CompilerOutput).value_or("it does not compile");
    }
  }
  runIndexWorks(Again, S->Opts);
  for (IndexWork &W : Again) {
    if (W.Why)
      S->Failed[W.File] = *W.Why;
    else
      S->indexed(W.File, std::move(W.Part), Indexed);
  }
  for (const auto &[File, Why] : S->Failed)
    NotIndexed.push_back({File, Why});
  if (S->Failed.size() == S->ByFile.size()) {
    const auto &[File, Why] = *S->Failed.begin();
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: no file of the database compiles, so "
                             "nothing can be indexed (%s: %s)",
                             File.c_str(), Why.c_str());
  }

  // The index: a name defined in several files (several drivers in one
  // repository, each with its DriverEntry) is ambiguous: clang rejects
  // such an index, and a call to it stays unknown code.
  std::map<std::string, std::set<std::string>> Definitions;
  for (const auto &[File, Part] : S->Parts)
    for (const std::string &Name : Part.Names)
      Definitions[Name].insert(File);
  std::string Index;
  raw_string_ostream OS(Index);
  for (const auto &[USR, Files] : Definitions)
    if (Files.size() == 1)
      OS << USR.size() << ':' << USR << ' ' << *Files.begin() << '\n';
  OS.flush();
  SmallString<256> IndexPath(S->Owner.path());
  sys::path::append(IndexPath, "externalDefMap.txt");
  if (Error E = writeFile(IndexPath, Index))
    return std::move(E);
  std::set<std::string> ReachesWsk =
      filesReachingWsk(Definitions, S->ByFile, S->Failed);

  // Whether the analysis of a file can import from another: it is analysed
  // at all (see the gate in Analysis.cpp) and uses a name that one other
  // file defines. Unknown (no part, or another command than the indexed
  // one): it may.
  auto UsesOtherFiles = [&](const FileJob &J, bool Reaches) {
    auto Part = S->Parts.find(J.Result.AbsolutePath);
    if (Part == S->Parts.end() || J.Commands.size() != 1)
      return true;
    if (!Part->second.Checks && !Reaches)
      return false;
    return llvm::any_of(Part->second.Uses, [&](const std::string &U) {
      auto It = Definitions.find(U);
      return It != Definitions.end() && It->second.size() == 1;
    });
  };
  std::vector<size_t> Second;
  for (size_t I = 0; I < Jobs.size(); ++I) {
    FileJob &J = Jobs[I];
    bool FirstPass = J.CollectCtuIndex;
    if (!FirstPass && !J.runnable())
      continue;
    J.CollectCtuIndex = false;
    J.Deferred = false;
    bool Reaches = ReachesWsk.count(J.Result.AbsolutePath);
    bool Follow = !S->PerFile || UsesOtherFiles(J, Reaches);
    if (FirstPass) {
      // Its first result stands if the index cannot change it: it did not
      // compile (nor will it now); it was analysed and uses nothing of
      // another file; it had nothing to check and is not a file analysed
      // for reaching WSK code through other files (whatever it uses, its
      // analysis would be skipped again).
      FileResult::StatusKind St = J.Result.Status;
      if (St == FileResult::Analysed
              ? !Follow
              : St != FileResult::NothingToCheck || !Reaches)
        continue;
      addCommandArguments(J, Follow ? ArrayRef<std::string>(S->Arguments)
                                    : ArrayRef<std::string>());
    } else if (Follow) {
      addCommandArguments(J, S->Arguments);
    }
    J.ReachesWsk = Reaches;
    if (Follow)
      FollowingCalls.push_back(J.Result.AbsolutePath);
    Second.push_back(I);
  }
  return Second;
}

} // namespace tool
} // namespace wsk
