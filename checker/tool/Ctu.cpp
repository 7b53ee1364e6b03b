//===- Ctu.cpp - Cross translation unit analysis for wskcheck -------------===//

#include "Ctu.h"
#include "Analysis.h"
#include "JsonInput.h"
#include "Output.h"
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

/// A file a parse read, and the hash of its text.
struct Input {
  std::string Path;
  std::string Hash;
};

/// What indexing one file yields.
struct FileIndex {
  std::vector<std::string> Names;
  std::vector<Input> Inputs;
};

std::string contentHash(StringRef Text) {
  return toHex(BLAKE3::hash<16>(arrayRefFromStringRef(Text)),
               /*LowerCase=*/true);
}

/// Collects the names under which the analysis looks up the definitions a
/// unit offers to other units: functions with a body, and the variables
/// with an initializer that cross translation unit analysis imports, each
/// defined in the main file and visible outside it.
class IndexConsumer : public ASTConsumer {
public:
  IndexConsumer(std::vector<std::string> &Names, std::vector<Input> &Inputs)
      : Names(Names), Inputs(Inputs) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    visit(Ctx.getTranslationUnitDecl(), Ctx);
    recordInputs(Ctx.getSourceManager());
  }

private:
  std::vector<std::string> &Names;
  std::vector<Input> &Inputs;

  /// Every file the parse read, with the hash of the text it parsed (not
  /// of the file as it is now: it may change while we run).
  void recordInputs(SourceManager &SM) {
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
      Inputs.push_back({std::string(Path), contentHash(Buffer->getBuffer())});
    }
    llvm::sort(Inputs,
               [](const Input &A, const Input &B) { return A.Path < B.Path; });
  }

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
  IndexAction(std::vector<std::string> &Names, std::vector<Input> &Inputs)
      : Names(Names), Inputs(Inputs) {}
  bool BeginInvocation(CompilerInstance &CI) override {
    // No "1 error generated." on standard error: the first error is
    // reported with the file's name instead.
    CI.setVerboseOutputStream(nulls());
    return true;
  }
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 StringRef) override {
    return std::make_unique<IndexConsumer>(Names, Inputs);
  }

private:
  std::vector<std::string> &Names;
  std::vector<Input> &Inputs;
};

class IndexActionFactory : public tooling::FrontendActionFactory {
public:
  IndexActionFactory(std::vector<std::string> &Names,
                     std::vector<Input> &Inputs)
      : Names(Names), Inputs(Inputs) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Names, Inputs);
  }

private:
  std::vector<std::string> &Names;
  std::vector<Input> &Inputs;
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
                                     StringRef File, FileIndex &Found) {
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
  IndexActionFactory Factory(Found.Names, Found.Inputs);
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

json::Object indexToJson(const FileIndex &Index) {
  json::Array Names, Inputs;
  for (const std::string &N : Index.Names)
    Names.push_back(N);
  for (const Input &In : Index.Inputs)
    Inputs.push_back(json::Object{{"path", In.Path}, {"hash", In.Hash}});
  return json::Object{{"names", std::move(Names)},
                      {"inputs", std::move(Inputs)}};
}

/// Reads what indexToJson wrote; false if \p Out is not that.
bool indexFromJson(const json::Object &Out, FileIndex &Index) {
  const json::Array *Names = Out.getArray("names");
  const json::Array *Inputs = Out.getArray("inputs");
  if (!Names || !Inputs)
    return false;
  for (const json::Value &N : *Names) {
    std::optional<StringRef> Name = N.getAsString();
    if (!Name)
      return false;
    Index.Names.push_back(Name->str());
  }
  for (const json::Value &V : *Inputs) {
    const json::Object *In = V.getAsObject();
    std::optional<StringRef> Path = In ? In->getString("path") : std::nullopt;
    std::optional<StringRef> Hash = In ? In->getString("hash") : std::nullopt;
    if (!Path || !Hash)
      return false;
    Index.Inputs.push_back({Path->str(), Hash->str()});
  }
  return true;
}

/// indexFile in a child process (where there is fork), so that a file that
/// crashes clang or never ends is left out of the index instead of taking
/// the run down.
std::optional<std::string> indexContained(const tooling::CompileCommand &Cmd,
                                          StringRef File, FileIndex &Found,
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
        FileIndex Index;
        std::optional<std::string> Why = indexFile(Cmd, File, Index);
        json::Object Out = indexToJson(Index);
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
  if (!Value)
    consumeError(Value.takeError());
  if (Exit.Kind != ChildExit::Exited || Exit.Code != 0 || !Out ||
      !indexFromJson(*Out, Found))
    return std::string("internal error while indexing it");
  if (std::optional<StringRef> Why = Out->getString("why"))
    return Why->str();
  return std::nullopt;
#endif
}

/// --ctu-cache: the index of each file, kept between runs. An entry is the
/// file's names and the files its parse read, with the hash of each one's
/// text; it is named by a hash of everything else the index depends on (the
/// file, its command as run, the versions of wskcheck and clang). It is
/// reused while every file it read still has the same text.
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
    OS << "wskcheck-ctu-index 1" << '\0' << toolVersion() << '\0'
       << getClangFullVersion() << '\0' << File << '\0' << Cmd.Directory;
    for (const std::string &Arg : Cmd.CommandLine)
      OS << '\0' << Arg;
    return Key;
  }

  /// The cached index of \p File if it is still valid. A damaged or foreign
  /// entry is reported in \p Note and otherwise ignored.
  std::optional<FileIndex> lookup(StringRef Key, StringRef File,
                                  vfs::FileSystem &FS, std::string &Note) {
    if (!Enabled)
      return std::nullopt;
    std::string Path = entryPath(Key);
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
        MemoryBuffer::getFile(Path, /*IsText=*/false,
                              /*RequiresNullTerminator=*/false);
    if (!Buffer)
      return std::nullopt;
    auto Damaged = [&](StringRef Why) -> std::optional<FileIndex> {
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
    FileIndex Index;
    if (!StoredKey || !indexFromJson(*Entry, Index))
      return Damaged("not a cache entry of this format");
    if (*StoredKey != Key)
      return Damaged("made for another file or command");
    // The file itself is always among the files its parse read.
    if (llvm::none_of(Index.Inputs,
                      [&](const Input &In) { return In.Path == File; }))
      return Damaged("not a cache entry of this format");
    for (const Input &In : Index.Inputs)
      if (currentHash(In.Path, FS) != In.Hash)
        return std::nullopt;
    return Index;
  }

  /// Stores \p Index under \p Key: written beside its final name and
  /// renamed onto it, so that a concurrent run reads the old entry or the
  /// new one, never half of one.
  void store(StringRef Key, const FileIndex &Index) {
    if (!Enabled)
      return;
    std::string Path = entryPath(Key);
    Expected<TempPath> Temp = TempPath::beside(Path);
    if (!Temp) {
      consumeError(Temp.takeError());
      return;
    }
    json::Object Entry = indexToJson(Index);
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

} // namespace

Expected<CtuSetup> prepareCtu(const tooling::CompilationDatabase &DB,
                              const ToolOptions &Opts) {
  unsigned TimeoutSeconds = Opts.TimeoutSeconds;
  StringRef ResourceDir = Opts.Analysis.ResourceDir;
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
  IndexCache Cache(Opts.CtuCache, !Opts.CtuCache.empty());
  if (std::optional<std::string> Why = Cache.open())
    return createStringError(inconvertibleErrorCode(), "%s", Why->c_str());
  struct Work {
    std::string File;
    tooling::CompileCommand Parse;
    std::string Key;
    FileIndex Index;
    std::optional<std::string> Why;
  };
  std::vector<Work> ToIndex;
  std::map<std::string, std::string> Failed;
  std::map<std::string, std::set<std::string>> Definitions;
  auto define = [&](const std::string &File, const FileIndex &Index) {
    for (const std::string &Name : Index.Names)
      Definitions[Name].insert(File);
  };
  for (const auto &[File, Cmd] : ByFile) {
    // ClangTool makes it a syntax-only run.
    tooling::CompileCommand Parse = Cmd;
    Parse.CommandLine.push_back("-w");
    if (!ResourceDir.empty())
      Parse.CommandLine.push_back(("-resource-dir=" + ResourceDir).str());
    std::string Key = IndexCache::key(Parse, File);
    // The files are read as the parse reads them: through the command's
    // overlays (--wdk's case overlay among them).
    IntrusiveRefCntPtr<vfs::FileSystem> FS(
        vfs::createPhysicalFileSystem().release());
    FS = withOverlays(FS, Parse.CommandLine);
    std::string Note;
    std::optional<FileIndex> Cached = Cache.lookup(Key, File, *FS, Note);
    if (!Note.empty())
      Setup.CacheNotes.push_back(Note);
    if (Cached) {
      Setup.Reused.push_back(File);
      define(File, *Cached);
      continue;
    }
    ToIndex.push_back({File, std::move(Parse), std::move(Key), {}, {}});
  }
  // Each file is parsed in a child process of its own, so they can run
  // side by side, as many at a time as the analysis runs.
  {
    unsigned Workers =
        std::max(1u, std::min<unsigned>(Opts.Jobs, ToIndex.size()));
#ifdef _WIN32
    Workers = 1;
#endif
    DefaultThreadPool Pool(hardware_concurrency(Workers));
    for (Work &W : ToIndex)
      Pool.async([&W, TimeoutSeconds] {
        W.Why = indexContained(W.Parse, W.File, W.Index, TimeoutSeconds);
      });
    Pool.wait();
  }
  for (Work &W : ToIndex) {
    if (W.Why) {
      Failed[W.File] = *W.Why;
      Setup.NotIndexed.push_back({W.File, *W.Why});
      continue;
    }
    Setup.Indexed.push_back(W.File);
    define(W.File, W.Index);
    Cache.store(W.Key, W.Index);
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
