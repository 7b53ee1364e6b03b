//===- CrossFileCalls.h - Calls the analysis of one file cannot follow -*- C++ -*-===//
//
// Without --ctu, a call into a function another file defines is unknown
// code: registrations it could reach stop being tracked and nothing is
// reported about them. Each file records the functions it defines and the
// ones it calls without a definition, so the summary can say how many calls
// of the run went into other files unfollowed.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_CROSSFILECALLS_H
#define WSKCHECK_TOOL_CROSSFILECALLS_H

#include "Findings.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace wsk {
namespace tool {

/// Fills \p R.DefinedFunctions and \p R.ExternalCalls from the unit: the
/// driver's own code only (not system headers, not compiler builtins).
void collectCrossFileCalls(clang::ASTContext &Ctx, FileResult &R);

/// The calls of the analysed files into functions that another file of
/// \p R defines.
unsigned countCallsIntoOtherFiles(const Report &R);

} // namespace tool
} // namespace wsk

#endif
