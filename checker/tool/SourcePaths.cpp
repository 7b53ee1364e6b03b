//===- SourcePaths.cpp - How reports name source files --------------------===//

#include "SourcePaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace wsk {
namespace tool {

SourcePaths::SourcePaths(StringRef Dir) {
  SmallString<256> P(Dir);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  BaseDir = std::string(P);
}

SourcePaths SourcePaths::forCurrentDirectory() {
  SmallString<256> CWD;
  if (sys::fs::current_path(CWD))
    return SourcePaths("");
  return SourcePaths(CWD);
}

std::optional<std::string>
SourcePaths::relativeToBase(StringRef AbsPath) const {
  if (BaseDir.empty())
    return std::nullopt;
  // Compare whole path components so that /src/ab is not below /src/a.
  auto PI = sys::path::begin(AbsPath), PE = sys::path::end(AbsPath);
  auto BI = sys::path::begin(BaseDir), BE = sys::path::end(BaseDir);
  for (; BI != BE; ++BI, ++PI) {
    if (PI == PE || *PI != *BI)
      return std::nullopt;
  }
  if (PI == PE)
    return std::nullopt; // The base directory itself, not a file below it.
  std::string Rel;
  for (; PI != PE; ++PI) {
    if (!Rel.empty())
      Rel += '/';
    Rel += PI->str();
  }
  return Rel;
}

std::string SourcePaths::display(StringRef AbsPath) const {
  // Below "/" everything is relative, but "etc/x.c" would only confuse.
  if (BaseDir != sys::path::root_path(BaseDir))
    if (std::optional<std::string> Rel = relativeToBase(AbsPath))
      return *Rel;
  return AbsPath.str();
}

std::string SourcePaths::reportUri(StringRef AbsPath) const {
  if (std::optional<std::string> Rel = relativeToBase(AbsPath))
    return encodeRelativeUri(*Rel);
  return fileUri(AbsPath);
}

static bool isUnreservedUriChar(char C) {
  return isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' || C == '/';
}

std::string SourcePaths::encodeRelativeUri(StringRef RelPath) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (char C : RelPath) {
    if (C == '\\')
      C = '/';
    if (isUnreservedUriChar(C)) {
      Out += C;
      continue;
    }
    unsigned char U = static_cast<unsigned char>(C);
    Out += '%';
    Out += Hex[U >> 4];
    Out += Hex[U & 15];
  }
  return Out;
}

std::string SourcePaths::fileUri(StringRef AbsPath, bool IsDirectory) {
  std::string Path = sys::path::convert_to_slash(AbsPath);
  // Windows drive paths ("C:/x") need the extra slash of an empty authority.
  if (!StringRef(Path).starts_with("/"))
    Path.insert(0, "/");
  if (IsDirectory && !StringRef(Path).ends_with("/"))
    Path += '/';
  // Keep the drive colon readable; everything else is encoded as usual.
  std::string Encoded;
  StringRef P(Path);
  if (P.size() > 2 && isAlpha(P[1]) && P[2] == ':') {
    Encoded = P.take_front(3).str();
    P = P.drop_front(3);
  }
  return "file://" + Encoded + encodeRelativeUri(P);
}

} // namespace tool
} // namespace wsk
