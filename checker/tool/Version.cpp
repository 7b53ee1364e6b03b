//===- Version.cpp - The version wskcheck reports -------------------------===//

#include "Output.h"

#ifndef WSKCHECK_VERSION
#define WSKCHECK_VERSION "unknown"
#endif

llvm::StringRef wsk::tool::toolVersion() { return WSKCHECK_VERSION; }
