//===- WskPlugin.cpp - wskcheck as a Clang Static Analyzer plugin ---------===//
//
// Loaded by `clang --analyze -fplugin=WskCheckerPlugin.so` or
// `clang -cc1 -analyze -load WskCheckerPlugin.so`; enable with
// `-analyzer-checker=wsk`.
//
//===----------------------------------------------------------------------===//

#include "core/LifecycleRoot.h"
#include "core/WskRegistration.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace {

/// Stops clang when it does not use the LLVM the plugin was built against:
/// loading the plugin then brought a second LLVM into the process, and the
/// two crash on each other's data, at the latest when the process exits.
bool checkHostLlvm() {
  // The host's LLVM comes first in the global lookup scope: the plugin is
  // loaded after it.
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!GetVersion)
    return true; // Cannot tell; assume it fits.
  unsigned Major = 0, Minor = 0, Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  if (Major == LLVM_VERSION_MAJOR)
    return true;
  // Not llvm::errs(): that could be either LLVM's.
  std::fprintf(stderr,
               "error: WskCheckerPlugin was built for LLVM %d, but this clang "
               "uses LLVM %u; use clang-%d, or build the plugin against LLVM "
               "%u (WSK_LLVM_MAJOR=%u)\n",
               LLVM_VERSION_MAJOR, Major, LLVM_VERSION_MAJOR, Major, Major);
  std::fflush(stderr);
  std::_Exit(2);
}

// Checked before the plugin touches any registry.
[[maybe_unused]] const bool HostChecked = checkHostLlvm();

} // namespace

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
