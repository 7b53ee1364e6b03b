//===- WskTidyModule.cpp - wskcheck as a clang-tidy module ----------------===//
//
// Loaded by `clang-tidy --load=WskTidyModule.so --checks=-*,wsk-lifecycle`.
// The module registers itself with clang-tidy's module registry when the
// library is loaded.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyModule.h"
#include "core/HostLlvm.h"
#include "tidy/LifecycleCheck.h"
#include "clang/Basic/Version.h"
// Since LLVM 22 the registry is declared in ClangTidyModule.h.
#if CLANG_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace wsk {
namespace tidy {
namespace {

class WskTidyModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<LifecycleCheck>("wsk-lifecycle");
  }
};

// Checked before the module touches the registry.
[[maybe_unused]] const bool HostChecked =
    requireHostLlvm("WskTidyModule", "clang-tidy");

const clang::tidy::ClangTidyModuleRegistry::Add<WskTidyModule>
    Registered("wsk-module", "Winsock Kernel (WSK) lifecycle checks.");

} // namespace
} // namespace tidy
} // namespace wsk
