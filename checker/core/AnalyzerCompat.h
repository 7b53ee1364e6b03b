//===- AnalyzerCompat.h - Analyzer API across LLVM versions -----*- C++ -*-===//
//
// The few analyzer interfaces that differ between the supported LLVM
// versions (19 and 22), behind one spelling.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_ANALYZERCOMPAT_H
#define WSKCHECK_CORE_ANALYZERCOMPAT_H

#include "clang/Basic/Version.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/MemRegion.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

namespace wsk {

/// Since LLVM 21 the memory space of a region may depend on the state.
inline const clang::ento::MemSpaceRegion *
memorySpace(const clang::ento::MemRegion *R,
            clang::ento::ProgramStateRef State) {
#if CLANG_VERSION_MAJOR >= 21
  return R->getMemorySpace(State);
#else
  (void)State;
  return R->getMemorySpace();
#endif
}

/// A fresh symbol for the value \p Call produces, distinguished by \p Tag.
inline clang::ento::DefinedOrUnknownSVal
conjureForCall(clang::ento::SValBuilder &SVB, const void *Tag,
               const clang::ento::CallEvent &Call, clang::QualType T,
               unsigned Count) {
#if CLANG_VERSION_MAJOR >= 21
  return SVB.conjureSymbolVal(Tag, Call.getCFGElementRef(),
                              Call.getLocationContext(), T, Count);
#else
  return SVB.conjureSymbolVal(Tag, Call.getOriginExpr(),
                              Call.getLocationContext(), T, Count);
#endif
}

/// The symbol for the value \p R held before the analysis began.
inline clang::ento::SymbolRef
regionValueSymbol(clang::ento::SymbolManager &SymMgr,
                  const clang::ento::TypedValueRegion *R) {
#if CLANG_VERSION_MAJOR >= 21
  return SymMgr.acquire<clang::ento::SymbolRegionValue>(R);
#else
  return SymMgr.getRegionValueSymbol(R);
#endif
}

/// Invalidates \p Values as the effect of \p Call: only them, not every
/// global as clang does when it is handed the call itself; checkers see the
/// change without a call.
inline clang::ento::ProgramStateRef invalidateForCall(
    clang::ento::ProgramStateRef State,
    llvm::ArrayRef<clang::ento::SVal> Values,
    const clang::ento::CallEvent &Call, unsigned Count,
    clang::ento::RegionAndSymbolInvalidationTraits *ITraits = nullptr) {
#if CLANG_VERSION_MAJOR >= 21
  return State->invalidateRegions(
      Values, Call.getCFGElementRef(), Count, Call.getLocationContext(),
      /*CausesPointerEscape=*/true, nullptr, nullptr, ITraits);
#else
  return State->invalidateRegions(
      Values, Call.getOriginExpr(), Count, Call.getLocationContext(),
      /*CausesPointerEscape=*/true, nullptr, nullptr, ITraits);
#endif
}

} // namespace wsk

#endif
