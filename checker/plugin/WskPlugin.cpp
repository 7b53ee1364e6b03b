//===- WskPlugin.cpp - wskcheck as a Clang Static Analyzer plugin ---------===//
//
// Loaded by `clang --analyze -fplugin=WskCheckerPlugin.so` or
// `clang -cc1 -analyze -load WskCheckerPlugin.so`; enable with
// `-analyzer-checker=wsk`.
//
//===----------------------------------------------------------------------===//

#include "core/WskRegistration.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry) {
  wsk::registerCheckers(Registry);
}
