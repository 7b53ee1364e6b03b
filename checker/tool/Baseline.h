//===- Baseline.h - Accepted findings from an earlier run -------*- C++ -*-===//
//
// A baseline is a SARIF log wskcheck wrote. A finding matches a baseline
// result when the rule, the file (its SARIF URI, relative to the directory
// wskcheck runs in) and the "wskcheck/v1" fingerprint are the same; the
// fingerprint holds no line numbers, so edits elsewhere in the file do not
// turn an accepted finding into a new one.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_BASELINE_H
#define WSKCHECK_TOOL_BASELINE_H

#include "Findings.h"
#include "SourcePaths.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace wsk {
namespace tool {

/// The partialFingerprints key of Finding::Fingerprint. v1 hashed the
/// lines' text; v2 their tokens, so comment edits do not change it.
inline constexpr llvm::StringLiteral FingerprintKey = "wskcheck/v2";

class Baseline {
public:
  /// Reads the SARIF log at \p Path. The error message is one line without
  /// the "wskcheck: error: " prefix.
  static llvm::Expected<Baseline> load(llvm::StringRef Path);

  bool contains(const Finding &F, const SourcePaths &Paths) const;
  size_t size() const { return Keys.size(); }

private:
  llvm::StringSet<> Keys;
};

/// Makes every fingerprint of the run unique by appending ":<n>", the
/// occurrence of the finding among those with the same rule, file and hash
/// in report order; identical copies of a mistake then each match one
/// baseline entry.
void numberFingerprints(Report &R, const SourcePaths &Paths);

/// Marks each finding New or Unchanged.
void applyBaseline(Report &R, const Baseline &B, const SourcePaths &Paths);

} // namespace tool
} // namespace wsk

#endif
