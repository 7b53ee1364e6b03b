//===- HostLlvm.cpp - Refuse to run inside another LLVM version -----------===//

#include "core/HostLlvm.h"
#include "llvm/Config/llvm-config.h"
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>

bool wsk::requireHostLlvm(const char *Component, const char *Host) {
  // The host's LLVM is the first in the global lookup scope: the library
  // (and the LLVM it needs) is loaded after it. LLVMGetVersion may be found
  // in ours, though, when the host's is older than 16 and lacks it: it
  // counts only if it lives where the host's LLVMContextCreate does.
  void *HostContext = dlsym(RTLD_DEFAULT, "LLVMContextCreate");
  Dl_info HostLib;
  if (!HostContext || !dladdr(HostContext, &HostLib))
    return true; // Cannot tell; assume it fits.
  unsigned Major = 0, Minor = 0, Patch = 0;
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  Dl_info Provider;
  if (GetVersion && dladdr(reinterpret_cast<void *>(GetVersion), &Provider) &&
      Provider.dli_fbase == HostLib.dli_fbase) {
    GetVersion(&Major, &Minor, &Patch);
  } else if (HostLib.dli_fname) {
    // An LLVM before 16: its library's name says which (libLLVM-14.so.1).
    const char *Name = std::strrchr(HostLib.dli_fname, '/');
    Name = std::strstr(Name ? Name : HostLib.dli_fname, "libLLVM");
    if (Name) {
      Name += 7;
      while (*Name && !std::isdigit(static_cast<unsigned char>(*Name)))
        ++Name;
      Major = static_cast<unsigned>(std::strtoul(Name, nullptr, 10));
    }
    if (Major == LLVM_VERSION_MAJOR)
      Major = 0; // Not what its name says: older than 16 after all.
  }
  if (Major == LLVM_VERSION_MAJOR)
    return true;
  // Not llvm::errs(): that could be either LLVM's.
  if (Major >= 19)
    std::fprintf(stderr,
                 "error: %s was built for LLVM %d, but this %s uses LLVM %u; "
                 "use %s-%d, or build it against LLVM %u (WSK_LLVM_MAJOR=%u)\n",
                 Component, LLVM_VERSION_MAJOR, Host, Major, Host,
                 LLVM_VERSION_MAJOR, Major, Major);
  else if (Major)
    std::fprintf(stderr,
                 "error: %s was built for LLVM %d, but this %s uses LLVM %u; "
                 "use %s-%d\n",
                 Component, LLVM_VERSION_MAJOR, Host, Major, Host,
                 LLVM_VERSION_MAJOR);
  else
    std::fprintf(stderr,
                 "error: %s was built for LLVM %d, but this %s uses an LLVM "
                 "older than 16; use %s-%d\n",
                 Component, LLVM_VERSION_MAJOR, Host, Host, LLVM_VERSION_MAJOR);
  std::fflush(stderr);
  std::_Exit(2);
}
