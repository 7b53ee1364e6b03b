//===- SourcePaths.h - How reports name source files ------------*- C++ -*-===//
//
// Findings hold absolute paths; reports show them relative to the directory
// wskcheck runs in when the file is below it, which is what a user typed and
// what CI systems expect (SARIF paths relative to the checkout).
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_SOURCEPATHS_H
#define WSKCHECK_TOOL_SOURCEPATHS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace wsk {
namespace tool {

class SourcePaths {
public:
  /// \p BaseDir is an absolute directory; normally the current directory.
  explicit SourcePaths(llvm::StringRef BaseDir);

  /// Uses the process's current directory as the base.
  static SourcePaths forCurrentDirectory();

  llvm::StringRef baseDir() const { return BaseDir; }

  /// \p AbsPath relative to the base directory (with '/' separators) if it
  /// lies below it; otherwise std::nullopt.
  std::optional<std::string> relativeToBase(llvm::StringRef AbsPath) const;

  /// The name to print in text reports: relative when below the base
  /// directory, else absolute.
  std::string display(llvm::StringRef AbsPath) const;

  /// How reports name a file in a URI: relative to the base directory
  /// ("src/a%20b.c") when below it, else a file:// URI.
  std::string reportUri(llvm::StringRef AbsPath) const;

  /// A percent-encoded URI reference for a relative path ("src/a%20b.c").
  static std::string encodeRelativeUri(llvm::StringRef RelPath);

  /// A file:// URI for an absolute path ("file:///src/a.c",
  /// "file:///C:/src/a.c"); directories get a trailing '/' when
  /// \p IsDirectory.
  static std::string fileUri(llvm::StringRef AbsPath, bool IsDirectory = false);

private:
  std::string BaseDir;
};

} // namespace tool
} // namespace wsk

#endif
