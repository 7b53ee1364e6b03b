//===- Compilations.cpp - Where compile commands come from ----------------===//

#include "Compilations.h"
#include "JsonInput.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <optional>

using namespace clang::tooling;
using namespace llvm;

namespace wsk {
namespace tool {
namespace {

llvm::Error inputError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

/// Whether \p Dir is absolute here, or on Windows (a database recorded
/// there, which --wdk reads).
bool absoluteAnywhere(StringRef Dir) {
  return sys::path::is_absolute(Dir) ||
         sys::path::is_absolute(Dir, sys::path::Style::windows);
}

/// Makes every relative "directory" of the database \p V absolute, taken
/// from the folder of the database \p File: the folder the file describes
/// is the only one it can mean (clang's reader would take it from the
/// current directory, and find no file the user names). True if one was.
bool resolveDirectories(json::Value &V, StringRef File) {
  json::Array *Entries = V.getAsArray();
  if (!Entries)
    return false;
  SmallString<256> Base(File);
  sys::fs::make_absolute(Base);
  sys::path::remove_filename(Base);
  bool Changed = false;
  for (json::Value &Entry : *Entries) {
    json::Object *O = Entry.getAsObject();
    std::optional<StringRef> Dir = O ? O->getString("directory") : std::nullopt;
    if (!Dir || absoluteAnywhere(*Dir))
      continue;
    SmallString<256> Path(Base);
    sys::path::append(Path, *Dir);
    sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    (*O)["directory"] = std::string(Path);
    Changed = true;
  }
  return Changed;
}

Expected<Compilations> loadDatabase(StringRef BuildPath) {
  SmallString<256> File(BuildPath);
  if (sys::fs::is_directory(BuildPath)) {
    sys::path::append(File, "compile_commands.json");
    if (!sys::fs::exists(File))
      return inputError("no compile_commands.json in '" + BuildPath + "'");
  } else if (!sys::fs::exists(BuildPath)) {
    return inputError("no such build directory: '" + BuildPath + "'");
  }

  // Read and checked here, so that a hostile file gets one line, not a
  // hang, a crash or the YAML parser's own messages.
  Expected<std::unique_ptr<MemoryBuffer>> Buffer = readJsonFile(File);
  if (!Buffer)
    return inputError("cannot read " + File + ": " +
                      toString(Buffer.takeError()));
  StringRef Text = (*Buffer)->getBuffer();
  if (Error E = checkJsonDepth(Text))
    return inputError("cannot read " + File + ": " + toString(std::move(E)));
  // File names need not be UTF-8 (clang's own reader takes them as bytes);
  // a database that is, is checked by the stricter JSON parser, whose
  // message is one line.
  std::string Resolved;
  if (json::isUTF8(Text)) {
    Expected<json::Value> Parsed = json::parse(Text);
    if (!Parsed)
      return inputError("cannot read " + File + ": " +
                        toString(Parsed.takeError()));
    if (resolveDirectories(*Parsed, File)) {
      raw_string_ostream(Resolved) << *Parsed;
      Text = Resolved;
    }
  }
  std::string Message;
  std::unique_ptr<CompilationDatabase> DB =
      JSONCompilationDatabase::loadFromBuffer(
          Text, Message, JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return inputError("cannot read " + File + ": " + Message);
  // As clang's own tools do: expand @response files (Ninja and MSBuild write
  // them on Windows) and honour a target or driver mode implied by the
  // compiler's name (clang-cl, x86_64-w64-mingw32-clang).
  for (const CompileCommand &C : DB->getAllCompileCommands())
    if (!absoluteAnywhere(C.Directory))
      return inputError("cannot read " + File + ": the entry for '" +
                        C.Filename + "' has a relative directory '" +
                        C.Directory + "' (write it absolute)");
  DB = inferTargetAndDriverMode(
      expandResponseFiles(std::move(DB), vfs::getRealFileSystem()));
  return Compilations{std::move(DB), std::string(File)};
}

std::string absolutePath(StringRef Directory, StringRef File) {
  SmallString<256> Path(File);
  if (!sys::path::is_absolute(Path) && !Directory.empty()) {
    Path = Directory;
    sys::path::append(Path, File);
  }
  sys::fs::make_absolute(Path);
  sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

/// Commands listed by file: those read from projects, and those of a
/// compilation database beside them.
class ListedDatabase : public CompilationDatabase {
public:
  void add(CompileCommand C) {
    ByFile[absolutePath(C.Directory, C.Filename)].push_back(std::move(C));
  }
  std::vector<CompileCommand>
  getCompileCommands(StringRef FilePath) const override {
    auto It = ByFile.find(absolutePath("", FilePath));
    return It == ByFile.end() ? std::vector<CompileCommand>() : It->second;
  }
  std::vector<std::string> getAllFiles() const override {
    std::vector<std::string> Files;
    for (const auto &Entry : ByFile)
      Files.push_back(Entry.first);
    return Files;
  }
  std::vector<CompileCommand> getAllCompileCommands() const override {
    std::vector<CompileCommand> All;
    for (const auto &Entry : ByFile)
      llvm::append_range(All, Entry.second);
    return All;
  }

private:
  std::map<std::string, std::vector<CompileCommand>> ByFile;
};

Expected<Compilations> loadProjects(const ToolOptions &Opts) {
  Expected<std::pair<std::string, std::string>> Config =
      parseConfiguration(Opts.Configuration);
  if (!Config)
    return Config.takeError();
  auto DB = std::make_unique<ListedDatabase>();
  Compilations Result;
  for (const std::string &Path : Opts.Projects) {
    Expected<std::vector<ProjectOutcome>> Outcomes =
        readProjects(Path, Config->first, Config->second);
    if (!Outcomes)
      return Outcomes.takeError();
    bool One = !sys::fs::is_directory(Path);
    bool AnyHasConfiguration = false;
    for (ProjectOutcome &P : *Outcomes) {
      // A project named on its own must be read as asked.
      if (One && P.Kind == ProjectOutcome::Invalid)
        return inputError(P.Reason);
      if (One && P.Kind == ProjectOutcome::NoConfiguration)
        return inputError("project '" + Path + "' " + P.Reason);
      AnyHasConfiguration |= P.Kind != ProjectOutcome::NoConfiguration;
      for (CompileCommand &C : P.Commands)
        DB->add(C);
      Result.Projects.push_back(std::move(P));
    }
    if (!AnyHasConfiguration)
      return inputError("no project in '" + Path + "' has the configuration '" +
                        Config->first + "|" + Config->second + "'");
  }
  std::string Named = "'" + join(Opts.Projects, "', '") + "'";
  Result.DatabaseFile = "the projects of " + Named;
  if (!Opts.BuildPath.empty()) {
    Expected<Compilations> Listed = loadDatabase(Opts.BuildPath);
    if (!Listed)
      return Listed.takeError();
    // A file a project compiles is compiled as the project says.
    for (CompileCommand &C : Listed->Database->getAllCompileCommands())
      if (DB->getCompileCommands(absolutePath(C.Directory, C.Filename)).empty())
        DB->add(std::move(C));
    Result.DatabaseFile += " and " + Listed->DatabaseFile;
  }
  Result.Database = std::move(DB);
  return std::move(Result);
}

} // namespace

Expected<Compilations> loadCompilations(const ToolOptions &Opts) {
  if (!Opts.BuildPath.empty() && Opts.HasCompilerArgs)
    return inputError("-p and '--' cannot be used together");
  if (!Opts.Projects.empty() && Opts.HasCompilerArgs)
    return inputError("--vcxproj and '--' cannot be used together");
  if (!Opts.Projects.empty())
    return loadProjects(Opts);
  if (!Opts.BuildPath.empty())
    return loadDatabase(Opts.BuildPath);

  // Without a database every file gets the same command line: the arguments
  // after "--", or none at all (host target, language from the extension).
  SmallString<256> CWD;
  if (std::error_code EC = sys::fs::current_path(CWD))
    return inputError("cannot get the current directory: " + EC.message());
  return Compilations{
      std::make_unique<FixedCompilationDatabase>(CWD, Opts.CompilerArgs),
      std::string()};
}

std::vector<std::string> allFiles(const Compilations &C) {
  std::vector<std::string> Files = C.Database->getAllFiles();
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

} // namespace tool
} // namespace wsk
