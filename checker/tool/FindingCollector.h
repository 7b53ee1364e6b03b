//===- FindingCollector.h - PathDiagnostics to Findings ---------*- C++ -*-===//
//
// The analyzer's output end: a PathDiagnosticConsumer that copies every report
// into Findings while the SourceManager is still alive.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_FINDINGCOLLECTOR_H
#define WSKCHECK_TOOL_FINDINGCOLLECTOR_H

#include "Findings.h"
#include "clang/Analysis/PathDiagnostic.h"

namespace clang {
class LangOptions;
class SourceManager;
} // namespace clang

namespace wsk {
namespace tool {

class SuppressionRegions;

/// \p Loc as a file position: the expansion point for code inside macros
/// (at a macro argument's text when it is one).
SourcePoint toSourcePoint(const clang::SourceManager &SM,
                          clang::SourceLocation Loc);

class FindingCollector : public clang::ento::PathDiagnosticConsumer {
public:
  /// Findings are appended to \p Out, which must outlive the analysis.
  /// Findings inside one of \p Suppressions (if given) are marked
  /// suppressed.
  FindingCollector(std::vector<Finding> &Out, const clang::LangOptions &LO,
                   const SuppressionRegions *Suppressions = nullptr)
      : Out(Out), LO(LO), Suppressions(Suppressions) {}

  llvm::StringRef getName() const override { return "wskcheck"; }

  // The text report prints the notes clang's text output prints, which the
  // minimal scheme produces ("Taking true branch", "Calling 'f'").
  PathGenerationScheme getGenerationScheme() const override { return Minimal; }
  bool supportsLogicalOpControlFlow() const override { return true; }
  // A path may start in a .c file and end in a header.
  bool supportsCrossFileDiagnostics() const override { return true; }

  void
  FlushDiagnosticsImpl(std::vector<const clang::ento::PathDiagnostic *> &Diags,
                       FilesMade *) override;

  /// Converts one diagnostic; exposed for reuse by other front ends.
  static Finding toFinding(const clang::ento::PathDiagnostic &PD,
                           const clang::LangOptions &LO);

private:
  std::vector<Finding> &Out;
  const clang::LangOptions &LO;
  const SuppressionRegions *Suppressions;
};

} // namespace tool
} // namespace wsk

#endif
