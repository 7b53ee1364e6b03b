//===- LifecycleCheck.h - The wsk-lifecycle clang-tidy check ----*- C++ -*-===//
//
// Runs the WSK lifecycle analysis (the rules `wskcheck` and the analyzer
// plugin report) on each translation unit clang-tidy processes, and shows
// every finding as a clang-tidy warning with its path as notes.
//
// Options:
//   DisabledRules  comma- or semicolon-separated full rule names
//                  ("wsk.DuplicateDeregister") not to report.
//   LifecycleRoot  false analyses DriverEntry and the unload routine only
//                  on their own, not as one path (default true).
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TIDY_LIFECYCLECHECK_H
#define WSKCHECK_TIDY_LIFECYCLECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "tidy/UnitAnalysis.h"
#include <string>

namespace wsk {
namespace tidy {

class LifecycleCheck : public clang::tidy::ClangTidyCheck {
public:
  LifecycleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  std::string DisabledRulesOption;
  std::string LifecycleRootOption;
  /// The options as the analysis takes them: the valid entries of
  /// DisabledRulesOption, LifecycleRootOption read as a boolean.
  UnitSettings Settings;
  /// The unit being processed; set by the callbacks above.
  clang::Preprocessor *PP = nullptr;
  clang::ASTContext *Ctx = nullptr;
};

} // namespace tidy
} // namespace wsk

#endif
