//===- WskChecker.h - The WSK lifecycle model and its rules -----*- C++ -*-===//
//
// One modelling checker for the WSK client lifecycle (WskRegister,
// WskCaptureProviderNPI, WskReleaseProviderNPI, WskDeregister and calls
// through the provider dispatch table). Each rule of the catalog is a
// separate checker name that only switches its reports on; the model runs
// whenever any of them is enabled.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_WSKCHECKER_H
#define WSKCHECK_CORE_WSKCHECKER_H

#include "catalog/WskRules.h"
#include "core/WskState.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallDescription.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace wsk {

using namespace clang;
using namespace clang::ento;

class WskChecker
    : public Checker<eval::Call, check::PreCall, check::PostCall,
                     check::PreStmt<ReturnStmt>, check::PreStmt<MemberExpr>,
                     check::BeginFunction, check::EndFunction,
                     check::DeadSymbols, check::RegionChanges, eval::Assume> {
public:
  /// Switches \p Rule's reports on, under the checker name \p Name.
  void enableRule(WskRuleId Rule, CheckerNameRef Name);

  bool evalCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const;
  void checkPreStmt(const MemberExpr *ME, CheckerContext &C) const;
  void checkBeginFunction(CheckerContext &C) const;
  void checkEndFunction(const ReturnStmt *RS, CheckerContext &C) const;
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;
  ProgramStateRef
  checkRegionChanges(ProgramStateRef State, const InvalidatedSymbols *,
                     ArrayRef<const MemRegion *> ExplicitRegions,
                     ArrayRef<const MemRegion *> Regions,
                     const LocationContext *LCtx, const CallEvent *Call) const;
  ProgramStateRef evalAssume(ProgramStateRef State, SVal Cond,
                             bool Assumption) const;

private:
  using EvalFn = void (WskChecker::*)(const CallEvent &, CheckerContext &,
                                      const MemRegion *) const;
  /// One modelled WSK client function: which argument is the registration
  /// and how the call is evaluated.
  struct WskCall {
    unsigned RegistrationArg;
    EvalFn Eval;
  };

  void evalRegister(const CallEvent &Call, CheckerContext &C,
                    const MemRegion *Reg) const;
  void evalCapture(const CallEvent &Call, CheckerContext &C,
                   const MemRegion *Reg) const;
  void evalRelease(const CallEvent &Call, CheckerContext &C,
                   const MemRegion *Reg) const;
  void evalDeregister(const CallEvent &Call, CheckerContext &C,
                      const MemRegion *Reg) const;

  // The lifecycle root (see LifecycleRoot.h).
  void beginLifecycle(CheckerContext &C) const;
  void evalUnloadPhase(const CallEvent &Call, CheckerContext &C) const;
  bool evalWdfDriverCreate(const CallEvent &Call, CheckerContext &C) const;
  /// Reports what is still registered when the last routine the lifecycle
  /// root calls after DriverEntry returns.
  void checkLifecycleCallbackEnd(const ReturnStmt *RS, CheckerContext &C,
                                 ProgramStateRef &State,
                                 ExplodedNode *&Pred) const;
  const llvm::DenseSet<const VarDecl *> &callbackGlobals(ASTContext &Ctx) const;

  /// Checks a call through the provider dispatch table; false if the path
  /// ended there.
  bool checkDispatchCall(const CallEvent &Call, CheckerContext &C) const;
  /// Frees and byte-wise overwrites of a registered object. May move
  /// \p Pred to an error node.
  ProgramStateRef checkRegistrationLost(const CallEvent &Call,
                                        CheckerContext &C,
                                        ProgramStateRef State,
                                        ExplodedNode *&Pred) const;

  /// Kernel routines cannot write the driver's globals: keep their values
  /// across the call instead of letting clang forget them.
  bool keepsDriverGlobals(const CallEvent &Call) const;
  ProgramStateRef saveDriverGlobals(const CallEvent &Call, CheckerContext &C,
                                    ProgramStateRef State) const;
  ProgramStateRef restoreDriverGlobals(CheckerContext &C,
                                       ProgramStateRef State) const;
  const std::vector<const VarDecl *> &driverGlobals(ASTContext &Ctx) const;

  /// Emits \p Rule's report, at \p ErrorNode if given. Returns true if the
  /// analysed path ended (the rule is enabled and is not a leak rule): the
  /// caller must stop.
  bool report(WskRuleId Rule, CheckerContext &C, const Stmt *Where,
              std::string Message, const MemRegion *Reg,
              SymbolRef Sym = nullptr, ExplodedNode *ErrorNode = nullptr) const;
  bool isEnabled(WskRuleId Rule) const { return Enabled[Rule]; }

  CallDescriptionMap<WskCall> Calls{
      {{CDM::SimpleFunc, {"WskRegister"}, 2}, {1, &WskChecker::evalRegister}},
      {{CDM::SimpleFunc, {"WskCaptureProviderNPI"}, 3},
       {0, &WskChecker::evalCapture}},
      {{CDM::SimpleFunc, {"WskReleaseProviderNPI"}, 1},
       {0, &WskChecker::evalRelease}},
      {{CDM::SimpleFunc, {"WskDeregister"}, 1},
       {0, &WskChecker::evalDeregister}},
  };

  /// Marks the report node of a failing DriverEntry return.
  const SimpleProgramPointTag FailTag{"wsk", "DriverEntryFails"};

  bool Enabled[WskRule_Count] = {};
  CheckerNameRef Names[WskRule_Count];
  mutable std::unique_ptr<BugType> BugTypes[WskRule_Count];

  mutable const ASTContext *GlobalsOf = nullptr;
  mutable std::vector<const VarDecl *> Globals;
  mutable const ASTContext *CallbackGlobalsOf = nullptr;
  mutable llvm::DenseSet<const VarDecl *> CallbackGlobals;
  /// Set while the lifecycle root forgets what callbacks may have changed:
  /// every region invalidated then escapes.
  mutable bool ForgettingCallbackState = false;
};

} // namespace wsk

#endif
