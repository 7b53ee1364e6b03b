//===- RuleLookup.h - Find rules in the catalog by name ---------*- C++ -*-===//
//
// The rule catalog (catalog/WskRules.def) is the only place rule names and
// texts are written; the tool looks them up here.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_RULELOOKUP_H
#define WSKCHECK_TOOL_RULELOOKUP_H

#include "catalog/WskRules.h"
#include "llvm/ADT/StringRef.h"

namespace wsk {
namespace tool {

/// Index into WskRuleCatalog of the rule with full name \p Name
/// ("wsk.DuplicateDeregister"), or -1.
inline int findRuleByName(llvm::StringRef Name) {
  for (int I = 0; I < WskRule_Count; ++I)
    if (Name == WskRuleCatalog[I].Name)
      return I;
  return -1;
}

/// Index of the rule whose short name is \p ShortName ("DuplicateDeregister"),
/// or -1. Only used to suggest the full name.
inline int findRuleByShortName(llvm::StringRef ShortName) {
  for (int I = 0; I < WskRule_Count; ++I)
    if (ShortName.equals_insensitive(WskRuleCatalog[I].ShortName))
      return I;
  return -1;
}

} // namespace tool
} // namespace wsk

#endif
