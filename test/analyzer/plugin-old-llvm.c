// Loaded into a clang older than LLVM 16 (Debian's default clang is 14),
// which lacks the LLVMGetVersion the version check asks, the plugin still
// stops clang with one line naming both versions and exit status 2, rather
// than crashing it.
//
// REQUIRES: old-clang
// RUN: not %old_clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -o /dev/null %s 2>&1 | FileCheck %s
// CHECK: error: WskCheckerPlugin was built for LLVM {{[0-9]+}}, but this clang uses LLVM {{1[0-5]}}; use clang-{{[0-9]+}}{{$}}
// CHECK-NOT: PLEASE submit a bug report
// CHECK-NOT: Stack dump

void f(void) {}
