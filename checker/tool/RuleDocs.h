//===- RuleDocs.h - The rule pages, built into wskcheck ---------*- C++ -*-===//
//
// docs/rules/*.md are compiled into the binary (RuleDocs.inc, generated at
// build time), so --explain <rule> and the SARIF help work from any install
// directory, without the source tree.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_RULEDOCS_H
#define WSKCHECK_TOOL_RULEDOCS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace wsk {
namespace tool {

/// The page docs/rules/<Name>.md ("DuplicateDeregister", "README"), or
/// empty if there is none.
llvm::StringRef rulePage(llvm::StringRef Name);

/// The rule a command-line word names: its full name ("wsk.X"), or its
/// short name when no file has that name; -1 if none.
int ruleNamedBy(llvm::StringRef Word);

/// What a code-scanning service shows beside a result of rule
/// \p RuleIndex: the page's "What it means", "Why it matters" and
/// "Example" sections (the bad and the fixed code), with links that only
/// make sense beside the page resolved against the published pages (or
/// reduced to their text when none are configured).
struct RuleHelp {
  std::string Markdown;
  /// The same, as plain text: no emphasis, links as their text.
  std::string Text;
};
RuleHelp ruleHelp(int RuleIndex);

/// The published page of rule \p RuleIndex (WSK_DOCS_URL), or empty when
/// no documentation URL is configured.
std::string ruleHelpUri(int RuleIndex);

/// The published docs/wskcheck.md, or empty.
std::string manualUrl();

} // namespace tool
} // namespace wsk

#endif
