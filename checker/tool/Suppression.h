//===- Suppression.h - [[clang::suppress]] regions of a unit ----*- C++ -*-===//
//
// Clang's BugReporter drops a report inside [[clang::suppress]] before any
// diagnostic consumer sees it, so a front end cannot list suppressed findings.
// wskcheck records, before the analysis starts, the regions the analyzer
// would honour, and takes those attributes off the AST; findings inside a
// region then reach the FindingCollector and are marked suppressed instead of
// being lost.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_SUPPRESSION_H
#define WSKCHECK_TOOL_SUPPRESSION_H

#include "clang/Basic/SourceLocation.h"
#include <vector>

namespace clang {
class ASTContext;
class SourceManager;
} // namespace clang

namespace wsk {
namespace tool {

struct SuppressionRegion {
  /// The code the attribute covers: the attributed statement, or the whole
  /// attributed declaration (function, variable, class, namespace).
  clang::SourceRange Range;
  /// Where the attribute is written.
  clang::SourceLocation AttrLoc;
};

class SuppressionRegions {
public:
  /// Records every region of \p Ctx's unit that the analyzer would honour and
  /// removes those attributes, so that the analyzer reports what is inside.
  /// Must run before the analysis of the unit.
  void takeFrom(clang::ASTContext &Ctx);

  /// The innermost region that fully contains \p R, or null.
  const SuppressionRegion *find(clang::SourceRange R,
                                const clang::SourceManager &SM) const;

private:
  std::vector<SuppressionRegion> Regions;
};

} // namespace tool
} // namespace wsk

#endif
