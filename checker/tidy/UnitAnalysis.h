//===- UnitAnalysis.h - The WSK analysis of one complete unit ---*- C++ -*-===//
//
// clang-tidy runs its checks inside its own frontend action, so a check cannot
// put an analysis consumer in front of the parser the way wskcheck and the
// plugin do. Instead the check hands the finished translation unit here, and
// the analyzer's parts are built by hand around it.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TIDY_UNITANALYSIS_H
#define WSKCHECK_TIDY_UNITANALYSIS_H

#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Preprocessor;
namespace ento {
class PathDiagnosticConsumer;
} // namespace ento
} // namespace clang

namespace wsk {
namespace tidy {

struct UnitSettings {
  /// Rules not to run (full names, "wsk.DuplicateDeregister").
  std::vector<std::string> DisabledRules;
  /// Whether to analyse DriverEntry and the unload routine as one path
  /// (the lifecycle root); wsk.Modeling:LifecycleRoot for the analyzer.
  bool LifecycleRoot = true;
};

/// Adds the lifecycle root to \p Ctx and runs the WSK checkers
/// path-sensitively over every function of the unit and the root, in the
/// order and with the options `wskcheck` uses. Every report goes to
/// \p Reports. Like wskcheck, does nothing if the unit has errors or
/// neither a DriverEntry nor a WSK call.
void analyzeUnit(clang::ASTContext &Ctx, clang::Preprocessor &PP,
                 const UnitSettings &Settings,
                 std::unique_ptr<clang::ento::PathDiagnosticConsumer> Reports);

} // namespace tidy
} // namespace wsk

#endif
