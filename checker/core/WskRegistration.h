//===- WskRegistration.h - Register the wsk checkers ------------*- C++ -*-===//
//
// The single entry point every front end (plugin, wskcheck, clang-tidy module)
// uses to add the WSK checkers to an analyzer run.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_WSKREGISTRATION_H
#define WSKCHECK_CORE_WSKREGISTRATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class AnalyzerOptions;
namespace ento {
class CheckerRegistry;
} // namespace ento
} // namespace clang

namespace wsk {

/// Package that holds every rule checker: `-analyzer-checker=wsk`.
inline constexpr llvm::StringLiteral CheckerPackage = "wsk";

/// Name of the hidden modelling checker every rule checker depends on.
inline constexpr llvm::StringLiteral ModelingCheckerName = "wsk.Modeling";

/// Name of the hidden kernel modelling checker the WSK model depends on.
inline constexpr llvm::StringLiteral KernelModelingCheckerName =
    "wsk.KernelModeling";

/// Adds the modelling checker and one checker per catalog rule.
void registerCheckers(clang::ento::CheckerRegistry &Registry);

/// Enables the wsk package in \p Opts, minus the rules named in
/// \p DisabledRules (full names, "wsk.Rule"), for front ends that drive the
/// analyzer themselves.
void enableCheckers(clang::AnalyzerOptions &Opts,
                    llvm::ArrayRef<std::string> DisabledRules = {});

} // namespace wsk

#endif
