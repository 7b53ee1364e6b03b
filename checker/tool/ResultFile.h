//===- ResultFile.h - A file's result as JSON, between processes -*- C++
//-*-===//
//
// With -j, each file is analysed by a child wskcheck process (the analyzer
// keeps process-wide state, so threads would share it); the child hands its
// FileResult back to the parent in this form.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_RESULTFILE_H
#define WSKCHECK_TOOL_RESULTFILE_H

#include "Findings.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <string>

namespace wsk {
namespace tool {

std::string resultToJson(const FileResult &R);

/// False if \p Text is not a result resultToJson wrote.
bool resultFromJson(llvm::StringRef Text, FileResult &R);

/// A file's part of the --ctu index, in a result and in a --ctu-cache
/// entry.
llvm::json::Object ctuIndexToJson(const CtuIndexPart &Part);
/// False if \p O is not what ctuIndexToJson wrote.
bool ctuIndexFromJson(const llvm::json::Object &O, CtuIndexPart &Part);

} // namespace tool
} // namespace wsk

#endif
