//===- Output.h - Report emitters -------------------------------*- C++ -*-===//
//
// Each output format reads the finished Report; none needs Clang state.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_OUTPUT_H
#define WSKCHECK_TOOL_OUTPUT_H

#include "Findings.h"
#include "SourcePaths.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace wsk {
namespace tool {

/// Clang's text form: "file:line:col: warning: message [rule]" followed by
/// one "file:line:col: note: ..." line per path step, in path order, each
/// with its source line and a caret; coloured when \p OS has colours
/// enabled.
void writeTextReport(const Report &R, const SourcePaths &Paths,
                     llvm::raw_ostream &OS);

/// One SARIF 2.1.0 log with a single run.
void writeSarifReport(const Report &R, const SourcePaths &Paths,
                      llvm::raw_ostream &OS);

/// A static HTML report in \p Dir (created if needed): index.html, and one
/// page per source file with the path notes of every finding at their
/// lines.
/// The error message is one line without the "wskcheck: error: " prefix.
llvm::Error writeHtmlReport(const Report &R, const SourcePaths &Paths,
                            llvm::StringRef Dir);

/// Whether a file named \p Name in an HTML report's directory is one of
/// the report's pages (which a new report replaces).
bool isReportPage(llvm::StringRef Name);

/// The version wskcheck reports (--version, SARIF tool.driver.version).
llvm::StringRef toolVersion();

} // namespace tool
} // namespace wsk

#endif
