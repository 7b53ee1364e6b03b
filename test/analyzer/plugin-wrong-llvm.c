// Loaded into the clang of another LLVM version, the plugin stops clang with
// one line that says so and exit status 2, rather than crashing it (two
// LLVMs in one process do not survive).
//
// REQUIRES: other-clang
// RUN: not %other_clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -o /dev/null %s 2>&1 | FileCheck %s
// CHECK: error: WskCheckerPlugin was built for LLVM {{[0-9]+}}, but this clang uses LLVM {{[0-9]+}}; use clang-{{[0-9]+}}
// CHECK-NOT: PLEASE submit a bug report

void f(void) {}
