//===- WskTidyModule.cpp - wskcheck as a clang-tidy module ----------------===//
//
// Loaded by `clang-tidy --load=WskTidyModule.so --checks=-*,wsk-lifecycle`.
// The module registers itself with clang-tidy's module registry when the
// library is loaded.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyModule.h"
#include "tidy/LifecycleCheck.h"
#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
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

/// Stops clang-tidy when it does not use the LLVM the module was built
/// against. Loading the module then brought a second LLVM into the process,
/// and the two crash on each other's data, at the latest when the process
/// exits; an error that says why is better than a crash.
bool checkHostLlvm() {
  // The host's LLVM comes first in the global lookup scope: the module is
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
               "error: WskTidyModule was built for LLVM %d, but this "
               "clang-tidy uses LLVM %u; load it into clang-tidy-%d, or "
               "build it against LLVM %u (WSK_LLVM_MAJOR=%u)\n",
               LLVM_VERSION_MAJOR, Major, LLVM_VERSION_MAJOR, Major, Major);
  std::fflush(stderr);
  std::_Exit(2);
}

// Checked before the module touches the registry.
[[maybe_unused]] const bool HostChecked = checkHostLlvm();

const clang::tidy::ClangTidyModuleRegistry::Add<WskTidyModule>
    Registered("wsk-module", "Winsock Kernel (WSK) lifecycle checks.");

} // namespace
} // namespace tidy
} // namespace wsk
