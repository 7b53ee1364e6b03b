//===- ModelSummary.h - What the model recognises in a unit -----*- C++ -*-===//
//
// A syntactic account of what the WSK model will work with in a translation
// unit: entry points, unload routines and the WSK calls. Front ends print it
// (`wskcheck --explain`) and use it to say why a file gave no findings.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_MODELSUMMARY_H
#define WSKCHECK_CORE_MODELSUMMARY_H

#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace wsk {

struct ModelSummary {
  struct Item {
    /// "entry point", "unload routine", "registration", "capture",
    /// "release", "deregistration" or "dispatch call".
    std::string Kind;
    /// The call or declaration as written, e.g. "WskRegister(&g_Reg)".
    std::string Text;
    /// The function the item is in (for declarations, the function itself).
    std::string Function;
    clang::SourceLocation Loc;
  };
  std::vector<Item> Items;
  bool HasDriverEntry = false;
  bool HasWskCalls = false;
};

/// Items in source order of the main file first, then of other files.
ModelSummary summarizeModel(clang::ASTContext &Ctx);

} // namespace wsk

#endif
