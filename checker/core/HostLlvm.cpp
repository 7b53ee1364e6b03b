//===- HostLlvm.cpp - Refuse to run inside another LLVM version -----------===//

#include "core/HostLlvm.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

bool wsk::requireHostLlvm(const char *Component, const char *Host) {
  // The host's LLVM comes first in the global lookup scope: the library is
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
               "error: %s was built for LLVM %d, but this %s uses LLVM %u; use "
               "%s-%d, or build it against LLVM %u (WSK_LLVM_MAJOR=%u)\n",
               Component, LLVM_VERSION_MAJOR, Host, Major, Host,
               LLVM_VERSION_MAJOR, Major, Major);
  std::fflush(stderr);
  std::_Exit(2);
}
