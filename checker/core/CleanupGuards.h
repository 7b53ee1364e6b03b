//===- CleanupGuards.h - Conditions that decide a WSK cleanup ---*- C++ -*-===//
//
// Drivers keep flags in step with their registrations and captures and test
// them before cleaning up (`if (g_Captured) WskReleaseProviderNPI(&g_Reg);`).
// This finds, in the syntax, what each branch of such an `if` cleans up, so
// that the checker can tell a guard whose value the path lost (see
// docs/lifecycle.md) and what no report may rest on then.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_CLEANUPGUARDS_H
#define WSKCHECK_CORE_CLEANUPGUARDS_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang {
class Expr;
class FunctionDecl;
class ParentMap;
class Stmt;
class VarDecl;
} // namespace clang

namespace wsk {

/// What a statement cleans up: the registrations it deregisters and those
/// whose captures it releases, named as globals (`&g_Reg`, `&g_Ctx.Reg`).
struct Cleanup {
  llvm::DenseSet<const clang::VarDecl *> Deregistered;
  llvm::DenseSet<const clang::VarDecl *> Released;
  /// Whether it deregisters, or releases, an object it does not name that
  /// way (through a pointer or a helper): then it may be any registration.
  bool DeregistersUnnamed = false;
  bool ReleasesUnnamed = false;

  bool deregisters(const clang::VarDecl *VD) const {
    return DeregistersUnnamed || (VD && Deregistered.count(VD));
  }
  bool releases(const clang::VarDecl *VD) const {
    return ReleasesUnnamed || (VD && Released.count(VD));
  }
};

/// Whether a function deregisters (\p Release false) or releases (true),
/// itself or through the functions it calls.
using CleansUpFn =
    llvm::function_ref<bool(const clang::FunctionDecl *, bool Release)>;

/// Adds to \p Out what \p S cleans up. Returns whether it cleans up
/// anything.
bool addCleanup(const clang::Stmt *S, CleansUpFn CleansUp, Cleanup &Out);

/// An `if` whose branches differ in what they clean up, or a `switch` whose
/// cases clean up something.
struct CleanupGuard {
  /// The objects in globals its condition reads (`g_Flag`, `g_Ctx.Flag`);
  /// none when it tests a copy (`state == 2`).
  llvm::SmallVector<const clang::Expr *, 2> Reads;
  /// The local variables it reads, which may hold a copy of one.
  llvm::SmallVector<const clang::VarDecl *, 2> Copies;
  /// What the branch taken when the condition holds cleans up, and the
  /// other branch. A `switch`: what its cases clean up, and nothing.
  Cleanup Then, Else;
};

/// The cleanup guards of the functions the analysis reaches, found the
/// first time their condition is, whichever file the function came from.
class CleanupGuards {
public:
  /// The guard whose condition is, or has the operand, \p Cond (\p PM: its
  /// function's parent map), or null if \p Cond decides no cleanup. Its
  /// Reads are those of \p Cond.
  const CleanupGuard *find(const clang::Stmt *Cond,
                           const clang::ParentMap &PM) const;
  /// Whether \p E is the condition of a `switch` (clang decides a switch
  /// without calling branch-condition callbacks).
  static bool isSwitchCondition(const clang::Stmt *E,
                                const clang::ParentMap &PM);
  /// Whether \p FD deregisters (\p Release false) or releases (true),
  /// itself or through the functions it calls.
  bool cleansUp(const clang::FunctionDecl *FD, bool Release) const;

private:
  mutable llvm::DenseMap<const clang::Stmt *, std::unique_ptr<CleanupGuard>>
      Guards;
  /// Per function: deregisters, releases (in progress counts as no).
  mutable llvm::DenseMap<const clang::FunctionDecl *, std::pair<bool, bool>>
      Cleans;
};

} // namespace wsk

#endif
