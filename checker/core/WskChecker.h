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
#include "core/CleanupGuards.h"
#include "core/KernelModel.h"
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
                     check::EndFunction, check::DeadSymbols,
                     check::BranchCondition, check::PostStmt<Expr>,
                     check::RegionChanges, check::PointerEscape, eval::Assume> {
public:
  /// Switches \p Rule's reports on, under the checker name \p Name.
  void enableRule(WskRuleId Rule, CheckerNameRef Name);
  /// The kernel model this model reads the driver's life from.
  void setKernelModel(const KernelModel *K) { Kernel = K; }

  bool evalCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const;
  void checkPreStmt(const MemberExpr *ME, CheckerContext &C) const;
  void checkEndFunction(const ReturnStmt *RS, CheckerContext &C) const;
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;
  void checkBranchCondition(const Stmt *Condition, CheckerContext &C) const;
  void checkPostStmt(const Expr *E, CheckerContext &C) const;
  ProgramStateRef
  checkRegionChanges(ProgramStateRef State, const InvalidatedSymbols *,
                     ArrayRef<const MemRegion *> ExplicitRegions,
                     ArrayRef<const MemRegion *> Regions,
                     const LocationContext *LCtx, const CallEvent *Call) const;
  ProgramStateRef checkPointerEscape(ProgramStateRef State,
                                     const InvalidatedSymbols &Escaped,
                                     const CallEvent *Call,
                                     PointerEscapeKind Kind) const;
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
  void evalQuery(const CallEvent &Call, CheckerContext &C,
                 const MemRegion *Reg) const;

  /// At the condition of the cleanup guard \p G, whose value is \p Value:
  /// if it is a value the path lost, no report rests on the branch taken.
  void decideGuard(const CleanupGuard &G, SVal Value, CheckerContext &C) const;

  /// Reports the registrations on the current frame's stack that are still
  /// live and stops tracking them. May move \p Pred to an error node.
  ProgramStateRef leaveScope(const ReturnStmt *RS, CheckerContext &C,
                             ProgramStateRef State, ExplodedNode *&Pred) const;
  /// At a return of DriverEntry: reports what a failure status leaves
  /// registered. Returns true if it made the transitions from \p Pred.
  bool checkFailingEntryReturn(const ReturnStmt *RS, CheckerContext &C,
                               ProgramStateRef State, ExplodedNode *Pred) const;
  /// Reports what is still registered when the last routine the lifecycle
  /// root calls after DriverEntry returns.
  void checkLifecycleCallbackEnd(const ReturnStmt *RS, CheckerContext &C,
                                 ProgramStateRef &State,
                                 ExplodedNode *&Pred) const;
  /// Emits \p Rule's report on \p State (a branch of an outcome the path
  /// has not decided, or the current state with outcomes resolved). Returns
  /// true if that path ended, as report() does.
  bool reportOnBranch(WskRuleId Rule, CheckerContext &C, ProgramStateRef State,
                      const Stmt *Where, std::string Message,
                      const MemRegion *Reg, SymbolRef Sym = nullptr) const;

  /// Evaluates a call through the provider's or a socket's dispatch table.
  void evalProviderCall(const CallEvent &Call, CheckerContext &C) const;
  /// Checks a call through the provider dispatch table.
  void checkDispatchCall(const CallEvent &Call, CheckerContext &C) const;
  /// Checks a call through a socket's dispatch table, and WskCloseSocket.
  void checkSocketCall(const CallEvent &Call, const MemberExpr *ME,
                       CheckerContext &C) const;
  /// After a call that creates a socket: the socket and status it completes
  /// its IRP with.
  void createSocket(const CallEvent &Call, const MemberExpr *ME,
                    CheckerContext &C) const;
  /// At WskDeregister on \p Reg: reports a socket created under it that may
  /// still be open. Returns the state to go on with (null: the path ended).
  ProgramStateRef checkOpenSockets(const CallEvent &Call, CheckerContext &C,
                                   ProgramStateRef State, const MemRegion *Reg,
                                   unsigned Generation) const;
  /// Frees and byte-wise overwrites of a registered object. May move
  /// \p Pred to an error node.
  ProgramStateRef checkRegistrationLost(const CallEvent &Call,
                                        CheckerContext &C,
                                        ProgramStateRef State,
                                        ExplodedNode *&Pred) const;
  /// IoSetCompletionRoutine(Ex): remembers the routine set on the IRP.
  ProgramStateRef recordCompletionRoutine(const CallEvent &Call,
                                          ProgramStateRef State) const;

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
      {{CDM::SimpleFunc, {"WskQueryProviderCharacteristics"}, 2},
       {0, &WskChecker::evalQuery}},
  };

  /// Marks the report node of a failing DriverEntry return.
  const SimpleProgramPointTag FailTag{"wsk", "DriverEntryFails"};

  bool Enabled[WskRule_Count] = {};
  CheckerNameRef Names[WskRule_Count];
  mutable std::unique_ptr<BugType> BugTypes[WskRule_Count];

  const KernelModel *Kernel = nullptr;
  /// The conditions that decide a cleanup, found as the analysis reaches
  /// them.
  CleanupGuards Guards;
};

} // namespace wsk

#endif
