//===- Compilations.cpp - Where compile commands come from ----------------===//

#include "Compilations.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang::tooling;
using namespace llvm;

namespace wsk {
namespace tool {
namespace {

llvm::Error inputError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
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

  std::string Message;
  std::unique_ptr<CompilationDatabase> DB =
      JSONCompilationDatabase::loadFromFile(File, Message,
                                            JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return inputError("cannot read " + File + ": " + Message);
  // As clang's own tools do: expand @response files (Ninja and MSBuild write
  // them on Windows) and honour a target or driver mode implied by the
  // compiler's name (clang-cl, x86_64-w64-mingw32-clang).
  DB = inferTargetAndDriverMode(
      expandResponseFiles(std::move(DB), vfs::getRealFileSystem()));
  return Compilations{std::move(DB), std::string(File)};
}

} // namespace

Expected<Compilations> loadCompilations(const ToolOptions &Opts) {
  if (!Opts.BuildPath.empty() && Opts.HasCompilerArgs)
    return inputError("-p and '--' cannot be used together");
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
