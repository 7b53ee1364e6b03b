//===- WskPlugin.cpp - wskcheck as a Clang Static Analyzer plugin ---------===//
//
// Loaded by `clang --analyze -fplugin=WskCheckerPlugin.so` or
// `clang -cc1 -analyze -load WskCheckerPlugin.so`; enable with
// `-analyzer-checker=wsk`.
//
//===----------------------------------------------------------------------===//

#include "core/HostLlvm.h"
#include "core/LifecycleRoot.h"
#include "core/WskRegistration.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

// Checked before the plugin touches any registry.
[[maybe_unused]] static const bool HostChecked =
    wsk::requireHostLlvm("WskCheckerPlugin", "clang");

extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry) {
  wsk::registerCheckers(Registry);
}

namespace {

/// Adds the lifecycle root to every translation unit the plugin sees, ahead
/// of the analysis, which then analyses it like any other function.
class LifecycleRootAction : public clang::PluginASTAction {
protected:
  std::unique_ptr<clang::ASTConsumer>
  CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override {
    // Only an analysis wants it; a compilation must not see it.
    if (CI.getFrontendOpts().ProgramAction != clang::frontend::RunAnalysis ||
        !wsk::lifecycleRootEnabled(CI.getAnalyzerOpts()))
      return std::make_unique<clang::ASTConsumer>();
    return std::make_unique<wsk::LifecycleRootConsumer>(
        [&CI](clang::FunctionDecl *Root) {
          // The unit's consumer forwards the new function to the analysis.
          CI.getASTConsumer().HandleTopLevelDecl(clang::DeclGroupRef(Root));
        });
  }
  bool ParseArgs(const clang::CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }
  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace

static clang::FrontendPluginRegistry::Add<LifecycleRootAction>
    X("wsk-lifecycle-root", "Adds the WSK lifecycle root for the analyzer");
