//===- HostLlvm.h - Refuse to run inside another LLVM version ---*- C++ -*-===//
//
// The plugin and the clang-tidy module are loaded into a clang or clang-tidy
// binary. Loaded into one of another LLVM version, they bring a second LLVM
// into the process, and the two crash on each other's data, at the latest
// when the process exits: better to stop at once and say why.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_HOSTLLVM_H
#define WSKCHECK_CORE_HOSTLLVM_H

namespace wsk {

/// Returns true if the process runs the LLVM this code was built against (or
/// that cannot be told); otherwise prints one error line naming \p Component
/// (the library) and \p Host (the program, e.g. "clang-tidy") and exits with
/// status 2. Call it from a static initializer, before touching any registry.
bool requireHostLlvm(const char *Component, const char *Host);

} // namespace wsk

#endif
