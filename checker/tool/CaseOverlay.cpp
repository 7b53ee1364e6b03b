//===- CaseOverlay.cpp - Windows file names on a Linux checkout -----------===//

#include "CaseOverlay.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

/// The entries of a directory: as spelled, and by their lower-case names.
struct Listing {
  StringSet<> Exact;
  /// Lower-case name to the first name (in sorted order) that has it.
  StringMap<std::string> Folded;
};

class DirectoryCache {
public:
  const Listing *list(const std::string &Dir) {
    auto [It, New] = Cache.try_emplace(Dir);
    if (!New)
      return It->second ? &*It->second : nullptr;
    std::error_code EC;
    std::vector<std::string> Names;
    for (sys::fs::directory_iterator I(Dir, EC), End; I != End && !EC;
         I.increment(EC))
      Names.push_back(sys::path::filename(I->path()).str());
    if (EC && Names.empty())
      return nullptr;
    llvm::sort(Names);
    Listing L;
    for (const std::string &N : Names) {
      L.Exact.insert(N);
      L.Folded.try_emplace(StringRef(N).lower(), N);
    }
    It->second = std::move(L);
    return &*It->second;
  }

  /// \p Relative ('/' or '\' separated) below \p Dir: the path on disk and
  /// whether some component matched only ignoring case.
  std::optional<std::pair<std::string, bool>> resolve(StringRef Dir,
                                                      StringRef Relative) {
    SmallVector<StringRef, 8> Parts;
    SplitString(Relative, Parts, "/\\");
    std::string Current = Dir.str();
    bool Folded = false;
    for (StringRef Part : Parts) {
      if (Part == ".")
        continue;
      if (Part == "..") {
        Current = sys::path::parent_path(Current).str();
        if (Current.empty())
          return std::nullopt;
        continue;
      }
      const Listing *L = list(Current);
      if (!L)
        return std::nullopt;
      std::string Name = Part.str();
      if (!L->Exact.contains(Name)) {
        auto It = L->Folded.find(Part.lower());
        if (It == L->Folded.end())
          return std::nullopt;
        Name = It->second;
        Folded = true;
      }
      Current += "/" + Name;
    }
    return std::make_pair(Current, Folded);
  }

private:
  std::map<std::string, std::optional<Listing>> Cache;
};

/// The names of `#include "x"` and `#include <x>` lines in \p Text.
void collectIncludes(StringRef Text, std::vector<std::string> &Names) {
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.ltrim(" \t");
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim(" \t");
    if (!Line.consume_front("include_next") && !Line.consume_front("include"))
      continue;
    Line = Line.ltrim(" \t");
    if (Line.empty() || (Line[0] != '"' && Line[0] != '<'))
      continue;
    size_t End = Line.find(Line[0] == '"' ? '"' : '>', 1);
    if (End == StringRef::npos || End == 1)
      continue;
    Names.push_back(Line.slice(1, End).str());
  }
}

std::string absoluteIn(StringRef Directory, StringRef Path) {
  SmallString<256> Out(Path);
  if (!sys::path::is_absolute(Out)) {
    Out = Directory;
    sys::path::append(Out, Path);
  }
  sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

/// The include directories and forced includes of \p Command.
void commandPaths(const clang::tooling::CompileCommand &Command,
                  std::vector<std::string> &Dirs,
                  std::vector<std::string> &Files) {
  const std::vector<std::string> &Args = Command.CommandLine;
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A == "-Xclang")
      continue;
    for (StringRef Option :
         {"-I", "/I", "-isystem", "-iquote", "-idirafter", "/external:I",
          "-imsvc", "-include", "/FI", "-FI"}) {
      if (!A.starts_with(Option))
        continue;
      StringRef Value = A.drop_front(Option.size());
      if (Value.empty() && I + 1 < Args.size()) {
        Value = Args[I + 1];
        // "-Xclang -isystem -Xclang <dir>".
        if (Value == "-Xclang" && I + 2 < Args.size())
          Value = Args[I + 2];
      }
      if (Value.empty() || Value.starts_with("-"))
        break;
      bool File = Option == "-include" || Option.ends_with("FI");
      (File ? Files : Dirs).push_back(absoluteIn(Command.Directory, Value));
      break;
    }
  }
}

} // namespace

std::optional<std::string> findIgnoringCase(StringRef Path) {
  std::string Slashed = Path.str();
  std::replace(Slashed.begin(), Slashed.end(), '\\', '/');
  if (sys::fs::exists(Slashed))
    return Slashed;
  if (!sys::path::is_absolute(Slashed))
    return std::nullopt;
  DirectoryCache Cache;
  std::optional<std::pair<std::string, bool>> Found =
      Cache.resolve("/", StringRef(Slashed).drop_front());
  if (!Found)
    return std::nullopt;
  // "/" + "/a" from the root.
  std::string P = Found->first;
  if (StringRef(P).starts_with("//"))
    P.erase(0, 1);
  return P;
}

Expected<CaseOverlay>
writeCaseOverlay(ArrayRef<clang::tooling::CompileCommand> Commands,
                 ArrayRef<std::string> SystemDirs, StringRef Dir) {
  DirectoryCache Cache;
  std::vector<std::string> SearchDirs;
  StringSet<> KnownDirs;
  auto AddDir = [&](const std::string &D) {
    if (!D.empty() && KnownDirs.insert(D).second)
      SearchDirs.push_back(D);
  };
  std::vector<std::string> Work;
  for (const clang::tooling::CompileCommand &C : Commands) {
    std::string Source = absoluteIn(C.Directory, C.Filename);
    Work.push_back(Source);
    std::vector<std::string> Dirs, Files;
    commandPaths(C, Dirs, Files);
    for (const std::string &D : Dirs)
      AddDir(D);
    llvm::append_range(Work, Files);
  }
  for (const std::string &D : SystemDirs)
    AddDir(D);
  auto IsSystem = [&](StringRef File) {
    return any_of(SystemDirs, [&](const std::string &S) {
      return File.starts_with(S) && File.size() > S.size() &&
             sys::path::is_separator(File[S.size()]);
    });
  };

  std::vector<std::string> Spellings;
  StringSet<> KnownSpellings;
  StringSet<> Scanned;
  std::map<std::string, std::string> Mappings;
  size_t DoneDirs = 0, DoneSpellings = 0;
  // Scan files for include names; look every name up in every directory;
  // the checkout's headers found that way are scanned in turn.
  while (!Work.empty() || DoneDirs < SearchDirs.size() ||
         DoneSpellings < Spellings.size()) {
    for (std::string File : Work) {
      if (!Scanned.insert(File).second)
        continue;
      auto Buffer = MemoryBuffer::getFile(File);
      if (!Buffer)
        continue;
      AddDir(sys::path::parent_path(File).str());
      std::vector<std::string> Names;
      collectIncludes((*Buffer)->getBuffer(), Names);
      for (std::string &N : Names) {
        std::replace(N.begin(), N.end(), '\\', '/');
        if (!sys::path::is_absolute(N) && KnownSpellings.insert(N).second)
          Spellings.push_back(N);
      }
    }
    Work.clear();
    size_t Dirs = SearchDirs.size(), Names = Spellings.size();
    for (size_t D = 0; D < Dirs; ++D) {
      for (size_t S = D < DoneDirs ? DoneSpellings : 0; S < Names; ++S) {
        auto Found = Cache.resolve(SearchDirs[D], Spellings[S]);
        if (!Found || !sys::fs::is_regular_file(Found->first))
          continue;
        if (!IsSystem(Found->first) && !Scanned.contains(Found->first))
          Work.push_back(Found->first);
        if (Found->second)
          Mappings.emplace(absoluteIn(SearchDirs[D], Spellings[S]),
                           Found->first);
      }
    }
    DoneDirs = Dirs;
    DoneSpellings = Names;
  }

  CaseOverlay Overlay;
  if (Mappings.empty())
    return Overlay;
  // One directory entry per folder that holds a mapped name.
  std::map<std::string, json::Array> ByFolder;
  for (const auto &[Virtual, Real] : Mappings)
    ByFolder[sys::path::parent_path(Virtual).str()].push_back(
        json::Object{{"type", "file"},
                     {"name", sys::path::filename(Virtual)},
                     {"external-contents", Real}});
  json::Array Roots;
  for (auto &[Folder, Contents] : ByFolder)
    Roots.push_back(json::Object{{"type", "directory"},
                                 {"name", Folder},
                                 {"contents", std::move(Contents)}});
  json::Object Root{
      {"version", 0}, {"case-sensitive", "true"}, {"roots", std::move(Roots)}};

  SmallString<256> File(Dir);
  sys::path::append(File, "case-overlay.yaml");
  std::error_code EC;
  raw_fd_ostream OS(File, EC);
  if (EC)
    return createStringError(EC, "cannot write %s: %s", File.c_str(),
                             EC.message().c_str());
  // JSON is YAML's flow style, which clang's overlay reader takes.
  OS << json::Value(std::move(Root)) << '\n';
  OS.close();
  if (OS.has_error())
    return createStringError(OS.error(), "cannot write %s", File.c_str());
  Overlay.File = std::string(File);
  Overlay.Mappings = Mappings.size();
  for (StringRef A : {StringRef("-Xclang"), StringRef("-ivfsoverlay"),
                      StringRef("-Xclang"), StringRef(Overlay.File)})
    Overlay.Arguments.push_back(A.str());
  return Overlay;
}

} // namespace tool
} // namespace wsk
