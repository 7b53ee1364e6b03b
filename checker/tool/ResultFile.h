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
#include <string>

namespace wsk {
namespace tool {

std::string resultToJson(const FileResult &R);

/// False if \p Text is not a result resultToJson wrote.
bool resultFromJson(llvm::StringRef Text, FileResult &R);

} // namespace tool
} // namespace wsk

#endif
