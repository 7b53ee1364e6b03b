//===- JsonInput.h - Reading JSON files that may be hostile -----*- C++ -*-===//
//
// A compilation database or a baseline may come with the pull request being
// checked: a symbolic link to /dev/zero must not make wskcheck read
// forever, nor a deeply nested file overflow the stack of the recursive
// JSON and YAML parsers. Every JSON file wskcheck reads goes through here.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_JSONINPUT_H
#define WSKCHECK_TOOL_JSONINPUT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>

namespace wsk {
namespace tool {

/// Larger JSON files are refused.
constexpr uint64_t MaxJsonBytes = 256ull << 20;
/// Arrays and objects nested deeper are refused (a compilation database
/// nests 3 levels, a SARIF log about 15).
constexpr unsigned MaxJsonDepth = 64;

/// Reads \p Path if it is a regular file of at most MaxJsonBytes. The error
/// is the reason alone ("it is not a regular file").
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readJsonFile(llvm::StringRef Path);

/// An error if \p Text nests arrays and objects deeper than MaxJsonDepth.
llvm::Error checkJsonDepth(llvm::StringRef Text);

/// Parses \p Text as JSON, refusing nesting deeper than MaxJsonDepth before
/// the (recursive) parser sees it. The error is one line.
llvm::Expected<llvm::json::Value> parseJson(llvm::StringRef Text);

} // namespace tool
} // namespace wsk

#endif
