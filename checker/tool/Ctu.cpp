//===- Ctu.cpp - Cross translation unit analysis for wskcheck -------------===//

#include "Ctu.h"
#include "WdkProfile.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
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

} // namespace

Expected<CtuSetup> prepareCtu(const tooling::CompilationDatabase &DB,
                              StringRef ExtdefMapping,
                              ArrayRef<std::string> ArgsBefore,
                              ArrayRef<std::string> ArgsAfter,
                              StringRef ResourceDir, bool WindowsCommands) {
  CtuSetup Setup;
  SmallString<256> Dir;
  if (std::error_code EC = sys::fs::createUniqueDirectory("wskcheck-ctu", Dir))
    return createStringError(EC, "cannot create a directory for --ctu: %s",
                             EC.message().c_str());
  Setup.Dir = std::string(Dir);

  // One command per file, with absolute paths: the index names files, and
  // on-demand parsing runs each command from no particular directory.
  std::map<std::string, tooling::CompileCommand> ByFile;
  for (const tooling::CompileCommand &Cmd : DB.getAllCompileCommands())
    ByFile.emplace(absolute(Cmd.Directory, Cmd.Filename), Cmd);
  if (ByFile.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: the compilation database lists no files");

  json::Array Database;
  json::Object Invocations;
  for (auto &[File, Cmd] : ByFile) {
    std::vector<std::string> &Line = Cmd.CommandLine;
    if (Line.empty())
      continue;
    if (WindowsCommands)
      Line = withoutWindowsOnlyArguments(Line);
    Line.insert(Line.begin() + 1, ArgsBefore.begin(), ArgsBefore.end());
    Line.insert(Line.end(), ArgsAfter.begin(), ArgsAfter.end());
    json::Array Args;
    for (const std::string &A : Cmd.CommandLine)
      Args.push_back(A);
    Database.push_back(json::Object{{"directory", Cmd.Directory},
                                    {"file", File},
                                    {"arguments", std::move(Args)}});
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
  SmallString<256> DatabasePath(Dir), IndexPath(Dir), InvocationsPath(Dir);
  sys::path::append(DatabasePath, "compile_commands.json");
  sys::path::append(IndexPath, "externalDefMap.txt");
  sys::path::append(InvocationsPath, "invocations.yaml");
  std::string Text;
  raw_string_ostream(Text) << json::Value(std::move(Database));
  if (Error E = writeFile(DatabasePath, Text))
    return std::move(E);
  Text.clear();
  // JSON is YAML's flow style, which the analyzer reads.
  raw_string_ostream(Text) << json::Value(std::move(Invocations));
  if (Error E = writeFile(InvocationsPath, Text))
    return std::move(E);

  // clang-extdef-mapping -p <dir> <file>... > externalDefMap.txt
  SmallString<256> RawIndex(Dir), Errors(Dir);
  sys::path::append(RawIndex, "raw-index.txt");
  sys::path::append(Errors, "extdef-mapping.err");
  std::vector<StringRef> Argv{ExtdefMapping, "-p", Dir};
  for (const auto &Entry : ByFile)
    Argv.push_back(Entry.first);
  std::optional<StringRef> Redirects[] = {std::nullopt, StringRef(RawIndex),
                                          StringRef(Errors)};
  std::string ExecError;
  int Status = sys::ExecuteAndWait(ExtdefMapping, Argv, std::nullopt, Redirects,
                                   0, 0, &ExecError);
  if (Status != 0) {
    std::string Why = ExecError;
    if (auto Buf = MemoryBuffer::getFile(Errors))
      Why = (*Buf)->getBuffer().split('\n').first.str();
    return createStringError(inconvertibleErrorCode(),
                             "--ctu: indexing the database with %s failed%s%s",
                             ExtdefMapping.str().c_str(),
                             Why.empty() ? "" : ": ", Why.c_str());
  }

  // Lines are "<length>:<USR> <file>"; name every file absolutely, as the
  // invocation list does.
  auto Raw = MemoryBuffer::getFile(RawIndex);
  if (!Raw)
    return createStringError(Raw.getError(), "--ctu: no index was written");
  // A name defined in several files (several drivers in one repository,
  // each with its DriverEntry) is ambiguous: clang rejects such an index,
  // and a call to it stays unknown code.
  std::map<std::string, std::set<std::string>> Definitions;
  SmallVector<StringRef, 0> Lines;
  (*Raw)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef Line : Lines) {
    auto [LengthText, Rest] = Line.split(':');
    unsigned Length;
    if (LengthText.getAsInteger(10, Length) || Rest.size() <= Length + 1)
      continue;
    StringRef USR = Rest.take_front(Length);
    StringRef File = Rest.drop_front(Length + 1);
    Definitions[USR.str()].insert(
        sys::path::is_absolute(File)
            ? std::string(File)
            : absolute(sys::path::parent_path(DatabasePath), File));
  }
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

std::string findExtdefMapping(const char *Argv0, void *MainAddr) {
  SmallString<256> Beside(
      sys::path::parent_path(sys::fs::getMainExecutable(Argv0, MainAddr)));
  sys::path::append(Beside, "clang-extdef-mapping");
  if (sys::fs::can_execute(Beside))
    return std::string(Beside);
#ifdef WSKCHECK_EXTDEF_MAPPING
  if (sys::fs::can_execute(WSKCHECK_EXTDEF_MAPPING))
    return WSKCHECK_EXTDEF_MAPPING;
#endif
  if (ErrorOr<std::string> OnPath =
          sys::findProgramByName("clang-extdef-mapping"))
    return *OnPath;
  return "clang-extdef-mapping";
}

void removeCtu(const CtuSetup &Setup) {
  if (!Setup.Dir.empty())
    sys::fs::remove_directories(Setup.Dir);
}

} // namespace tool
} // namespace wsk
