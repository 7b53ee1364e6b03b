// wsk.Modeling:LifecycleRoot is read as clang reads its boolean options:
// true or false. Under the driver (where clang does not check checker
// options) any other value ("0") was silently taken as true; it still is,
// but with a warning that says so, once.
//
// RUN: %clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -Xanalyzer -analyzer-config -Xanalyzer wsk.Modeling:LifecycleRoot=0 -o /dev/null %s 2>&1 | FileCheck --check-prefix=ZERO %s
// ZERO:     warning: invalid value '0' for wsk.Modeling:LifecycleRoot; use true or false (taken as true)
// ZERO-NOT: invalid value
//
// RUN: %clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -Xanalyzer -analyzer-config -Xanalyzer wsk.Modeling:LifecycleRoot=false -o /dev/null %s 2>&1 | count 0
// RUN: %clang --analyze -fplugin=%wsk_plugin -Xanalyzer -analyzer-checker=wsk -Xanalyzer -analyzer-config -Xanalyzer wsk.Modeling:LifecycleRoot=true -o /dev/null %s 2>&1 | count 0

void f(void) {}
