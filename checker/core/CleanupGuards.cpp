//===- CleanupGuards.cpp - Conditions that decide a WSK cleanup -----------===//

#include "core/CleanupGuards.h"
#include "core/LifecycleRoot.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace wsk {
namespace {

const char *const DeregisterName = "WskDeregister";
const char *const ReleaseName = "WskReleaseProviderNPI";

bool isCalled(const FunctionDecl *FD, StringRef Name) {
  return FD->getIdentifier() && FD->getName() == Name;
}

/// The registrations \p S cleans up with WskDeregister (\p Release false)
/// or WskReleaseProviderNPI: the globals whose address it hands to it.
/// \p Unnamed is set when it cleans up an object it does not name that way
/// (through a pointer, or in a function it calls). Returns whether it
/// cleans up anything.
bool cleanedUp(const Stmt *S, bool Release, CleansUpFn CleansUp,
               llvm::SmallVectorImpl<const VarDecl *> &Named, bool &Unnamed) {
  if (!S)
    return false;
  bool Any = false;
  if (const auto *CE = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      if (isCalled(FD, Release ? ReleaseName : DeregisterName) &&
          CE->getNumArgs() >= 1) {
        Any = true;
        const auto *UO =
            dyn_cast<UnaryOperator>(CE->getArg(0)->IgnoreParenCasts());
        const VarDecl *VD = UO && UO->getOpcode() == UO_AddrOf
                                ? globalOf(UO->getSubExpr())
                                : nullptr;
        if (VD)
          Named.push_back(VD->getCanonicalDecl());
        else
          Unnamed = true;
      } else if (CleansUp(FD, Release)) {
        Any = Unnamed = true;
      }
    }
  for (const Stmt *Child : S->children())
    Any |= cleanedUp(Child, Release, CleansUp, Named, Unnamed);
  return Any;
}

/// The objects in globals that \p S reads (`g`, `g.f`, `g[i].f`): the
/// outermost such lvalue of each.
void globalReads(const Stmt *S, llvm::SmallVectorImpl<const Expr *> &Out) {
  if (!S)
    return;
  if (const auto *E = dyn_cast<Expr>(S))
    if ((isa<DeclRefExpr, MemberExpr, ArraySubscriptExpr>(E)) && globalOf(E)) {
      Out.push_back(E);
      // The index of g[i] may read globals too.
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
        globalReads(AS->getIdx(), Out);
      return;
    }
  for (const Stmt *Child : S->children())
    globalReads(Child, Out);
}

/// The local variables \p S reads.
void localReads(const Stmt *S, llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasLocalStorage() && !llvm::is_contained(Out, VD))
        Out.push_back(VD);
  for (const Stmt *Child : S->children())
    localReads(Child, Out);
}

} // namespace

bool addCleanup(const Stmt *S, CleansUpFn CleansUp, Cleanup &Out) {
  bool Any = false;
  for (bool Release : {false, true}) {
    llvm::SmallVector<const VarDecl *, 4> Regs;
    bool Unnamed = false;
    if (!cleanedUp(S, Release, CleansUp, Regs, Unnamed))
      continue;
    Any = true;
    (Release ? Out.Released : Out.Deregistered)
        .insert(Regs.begin(), Regs.end());
    (Release ? Out.ReleasesUnnamed : Out.DeregistersUnnamed) |= Unnamed;
  }
  return Any;
}

const CleanupGuard *CleanupGuards::find(const Stmt *Cond,
                                        const ParentMap &PM) const {
  auto It = Guards.find(Cond);
  if (It != Guards.end())
    return It->second.get();
  std::unique_ptr<CleanupGuard> G;
  // The condition may be one operand of the `if`'s (`g_A && g_B`, `!g_A`):
  // the branch on it decides the `if` too.
  const Stmt *Whole = Cond;
  const Stmt *P = PM.getParent(Whole);
  while (P &&
         (isa<ParenExpr, ImplicitCastExpr>(P) ||
          (isa<UnaryOperator>(P) &&
           cast<UnaryOperator>(P)->getOpcode() == UO_LNot) ||
          (isa<BinaryOperator>(P) && cast<BinaryOperator>(P)->isLogicalOp()))) {
    Whole = P;
    P = PM.getParent(Whole);
  }
  auto CleansUp = [this](const FunctionDecl *FD, bool Release) {
    return cleansUp(FD, Release);
  };
  bool Any = false;
  if (const auto *IS = dyn_cast_or_null<IfStmt>(P);
      IS && IS->getCond() == Whole) {
    G = std::make_unique<CleanupGuard>();
    Any = addCleanup(IS->getThen(), CleansUp, G->Then);
    Any |= addCleanup(IS->getElse(), CleansUp, G->Else);
  } else if (isSwitchCondition(Cond, PM)) {
    // Which case runs is the guard; with fall-through and the default,
    // what each case cleans up is not worth telling apart.
    G = std::make_unique<CleanupGuard>();
    Any =
        addCleanup(cast<SwitchStmt>(PM.getParentIgnoreParens(Cond))->getBody(),
                   CleansUp, G->Then);
  }
  if (Any) {
    globalReads(Cond, G->Reads);
    localReads(Cond, G->Copies);
  } else {
    G.reset();
  }
  return (Guards[Cond] = std::move(G)).get();
}

bool CleanupGuards::isSwitchCondition(const Stmt *E, const ParentMap &PM) {
  const auto *SS = dyn_cast_or_null<SwitchStmt>(PM.getParentIgnoreParens(E));
  return SS && SS->getCond() && SS->getCond()->IgnoreParens() == E;
}

bool CleanupGuards::cleansUp(const FunctionDecl *FD, bool Release) const {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def))
    return false;
  auto [It, New] = Cleans.try_emplace(Def->getCanonicalDecl());
  if (New) {
    // Found through any depth of calls; a call back into a function being
    // looked at adds nothing.
    std::pair<bool, bool> Found;
    llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(S))
        if (const FunctionDecl *Callee = CE->getDirectCallee()) {
          Found.first |= isCalled(Callee, DeregisterName) ||
                         cleansUp(Callee, /*Release=*/false);
          Found.second |= isCalled(Callee, ReleaseName) ||
                          cleansUp(Callee, /*Release=*/true);
        }
      Work.append(S->child_begin(), S->child_end());
    }
    Cleans[Def->getCanonicalDecl()] = Found;
    return Release ? Found.second : Found.first;
  }
  return Release ? It->second.second : It->second.first;
}

} // namespace wsk
