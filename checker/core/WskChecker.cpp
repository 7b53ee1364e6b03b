//===- WskChecker.cpp - The WSK lifecycle model and its rules -------------===//
//
// The model of DESIGN.md's API contract. The four WSK client functions are
// evaluated here (never invalidated like unknown calls); success and failure
// of WskRegister and WskCaptureProviderNPI are tied to their status symbols
// and resolved when the path constrains them; the captured Dispatch pointer
// is a symbol of its own, so every copy of it leads back to its capture.
//
//===----------------------------------------------------------------------===//

#include "core/WskChecker.h"
#include "core/AnalyzerCompat.h"
#include "core/KernelApi.h"
#include "core/LifecycleRoot.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/Lexer.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"

using namespace clang;
using namespace clang::ento;
using namespace wsk;

/// Registration state by WSK_REGISTRATION object.
REGISTER_MAP_WITH_PROGRAMSTATE(WskRegistrations, const MemRegion *, RegState)
/// Captures by status symbol.
REGISTER_MAP_WITH_PROGRAMSTATE(WskCaptures, SymbolRef, CaptureState)
/// How each resolved WskRegister/WskCaptureProviderNPI ended (true: success);
/// kept for the path notes, which are written after the symbols are gone.
REGISTER_MAP_WITH_PROGRAMSTATE(WskOutcomes, SymbolRef, bool)
/// Objects whose address reached code the analysis cannot see.
REGISTER_SET_WITH_PROGRAMSTATE(WskEscaped, const MemRegion *)
// Registrations whose captures this path released, or skipped releasing, on
// a branch of a guard whose value it lost: whether they match is not known.
REGISTER_SET_WITH_PROGRAMSTATE(WskReleaseUndecided, const MemRegion *)
/// Pool allocations made on this path (their symbols).
REGISTER_SET_WITH_PROGRAMSTATE(WskFreshAllocations, SymbolRef)
/// Set once code the analysis cannot see may have used the driver's globals.
REGISTER_TRAIT_WITH_PROGRAMSTATE(WskGlobalsOpaque, bool)
/// Sockets by the symbol of their PWSK_SOCKET.
REGISTER_MAP_WITH_PROGRAMSTATE(WskSockets, SymbolRef, SocketState)
/// The completion routine set on each IRP (IoSetCompletionRoutine).
REGISTER_MAP_WITH_PROGRAMSTATE(WskIrpRoutines, const MemRegion *,
                               const FunctionDecl *)
/// Socket creation statuses a completion routine reads: the driver may test
/// them there, where the path does not go.
REGISTER_SET_WITH_PROGRAMSTATE(WskStatusSeenByRoutine, SymbolRef)
/// Statuses whose outcome a call relied on before the driver tested them:
/// the path was split there.
REGISTER_SET_WITH_PROGRAMSTATE(WskUntested, SymbolRef)

namespace {

enum class Outcome { Unresolved, Success, Failure };

/// What the path knows of an NTSTATUS symbol, the way NT_SUCCESS tests it.
Outcome outcomeOf(ProgramStateRef State, SymbolRef Status) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  SVal V = SVB.makeSymbolVal(Status);
  if (const llvm::APSInt *Min = SVB.getMinValue(State, V))
    if (!Min->isNegative())
      return Outcome::Success;
  if (const llvm::APSInt *Max = SVB.getMaxValue(State, V))
    if (Max->isNegative())
      return Outcome::Failure;
  return Outcome::Unresolved;
}

/// The outcome recorded for the notes of a report ending in \p N.
Outcome recordedOutcome(const PathSensitiveBugReport &BR, SymbolRef Status) {
  if (!Status)
    return Outcome::Unresolved;
  if (const bool *Ok = BR.getErrorNode()->getState()->get<WskOutcomes>(Status))
    return *Ok ? Outcome::Success : Outcome::Failure;
  return Outcome::Unresolved;
}

ProgramStateRef resolveCapture(ProgramStateRef State, SymbolRef Status,
                               const CaptureState &Cap, bool Ok) {
  State = State->set<WskCaptures>(
      Status, Cap.with(Ok ? CaptureState::Succeeded : CaptureState::Failed));
  State = State->set<WskOutcomes>(Status, Ok);
  if (!Ok)
    return State;
  const RegState *RS = State->get<WskRegistrations>(Cap.getRegistration());
  if (RS && RS->getGeneration() == Cap.getGeneration())
    State = State->set<WskRegistrations>(Cap.getRegistration(),
                                         RS->withHeld(RS->getHeld() + 1));
  return State;
}

ProgramStateRef resolveRegistration(ProgramStateRef State, const MemRegion *Reg,
                                    const RegState &RS, bool Ok) {
  State = State->set<WskOutcomes>(RS.getStatus(), Ok);
  return State->set<WskRegistrations>(
      Reg, RS.with(Ok ? RegState::Registered : RegState::Failed));
}

/// Resolves every pending registration and capture whose status the path now
/// constrains.
ProgramStateRef resolvePending(ProgramStateRef State) {
  for (auto [Reg, RS] : State->get<WskRegistrations>()) {
    if (RS.getKind() != RegState::Pending)
      continue;
    Outcome O = outcomeOf(State, RS.getStatus());
    if (O != Outcome::Unresolved)
      State = resolveRegistration(State, Reg, RS, O == Outcome::Success);
  }
  for (auto [Status, Cap] : State->get<WskCaptures>()) {
    if (Cap.getKind() != CaptureState::Pending)
      continue;
    Outcome O = outcomeOf(State, Status);
    if (O != Outcome::Unresolved)
      State = resolveCapture(State, Status, Cap, O == Outcome::Success);
  }
  for (auto [Socket, SS] : State->get<WskSockets>()) {
    if (SS.getKind() != SocketState::Pending)
      continue;
    Outcome O = outcomeOf(State, SS.getStatus());
    if (O == Outcome::Unresolved)
      continue;
    State = State->set<WskOutcomes>(SS.getStatus(), O == Outcome::Success);
    State = State->set<WskSockets>(Socket, SS.with(O == Outcome::Success
                                                       ? SocketState::Open
                                                       : SocketState::Failed));
  }
  return State;
}

/// \p State with the call of \p Status taken to have succeeded
/// (STATUS_SUCCESS) or failed (a negative status); null if the path rules
/// that out.
ProgramStateRef assumeOutcome(ProgramStateRef State, SymbolRef Status,
                              bool Ok) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  SVal Cond =
      SVB.evalBinOp(State, Ok ? BO_EQ : BO_LT, SVB.makeSymbolVal(Status),
                    SVB.makeZeroVal(Status->getType()), SVB.getConditionType());
  auto D = Cond.getAs<DefinedOrUnknownSVal>();
  if (!D)
    return State;
  State = State->assume(*D, true);
  return State ? resolvePending(State) : nullptr;
}

/// A status as WskRegister and WskCaptureProviderNPI return it: success is
/// STATUS_SUCCESS and nothing else, failure an error code.
ProgramStateRef constrainStatus(ProgramStateRef State,
                                DefinedOrUnknownSVal Status) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  SVal NotPositive = SVB.evalBinOp(
      State, BO_LE, Status, SVB.makeZeroVal(Status.getType(SVB.getContext())),
      SVB.getConditionType());
  if (auto D = NotPositive.getAs<DefinedOrUnknownSVal>())
    if (ProgramStateRef S = State->assume(*D, true))
      return S;
  return State;
}

/// Whether \p RS may still be registered on this path: it is, or its
/// WskRegister has not been decided and may have succeeded.
bool mayBeLive(ProgramStateRef State, const RegState &RS) {
  if (RS.isLive())
    return true;
  return RS.getKind() == RegState::Pending &&
         assumeOutcome(State, RS.getStatus(), /*Ok=*/true);
}

/// The ways the undecided captures on \p Reg of \p Generation can have
/// turned out, as far as how many are held goes: one state for each "the
/// first to succeed is this one", and the state where all failed (null if
/// infeasible; the state itself when there are none).
struct CaptureSplit {
  SmallVector<ProgramStateRef, 2> SomeHeld;
  ProgramStateRef NoneHeld;
  SmallVector<SymbolRef, 2> Statuses;
};
CaptureSplit splitPendingCaptures(ProgramStateRef State, const MemRegion *Reg,
                                  unsigned Generation) {
  CaptureSplit Split;
  ProgramStateRef Rest = State;
  for (const auto &[Status, Cap] : State->get<WskCaptures>()) {
    if (Cap.getKind() != CaptureState::Pending ||
        Cap.getRegistration() != Reg || Cap.getGeneration() != Generation)
      continue;
    Split.Statuses.push_back(Status);
    if (!Rest)
      continue;
    if (ProgramStateRef Ok = assumeOutcome(Rest, Status, true))
      Split.SomeHeld.push_back(Ok);
    Rest = assumeOutcome(Rest, Status, false);
    if (Rest)
      Rest = Rest->add<WskUntested>(Status);
  }
  Split.NoneHeld = Rest;
  return Split;
}

/// Stops tracking \p Reg and the captures taken on it.
ProgramStateRef forget(ProgramStateRef State, const MemRegion *Reg) {
  State =
      State->remove<WskRegistrations>(Reg)->remove<WskReleaseUndecided>(Reg);
  for (auto [Status, Cap] : State->get<WskCaptures>())
    if (Cap.getRegistration() == Reg)
      State = State->remove<WskCaptures>(Status);
  return State;
}

/// The WSK_REGISTRATION object a pointer argument designates.
const MemRegion *registrationRegion(SVal Arg) {
  const MemRegion *R = Arg.getAsRegion();
  return R ? R->StripCasts() : nullptr;
}

/// Whether \p R, or an object it is part of, escaped.
bool isEscaped(ProgramStateRef State, const MemRegion *R) {
  while (R) {
    if (State->contains<WskEscaped>(R))
      return true;
    const auto *Sub = dyn_cast<SubRegion>(R);
    R = Sub ? Sub->getSuperRegion() : nullptr;
  }
  return false;
}

bool isStackLocal(ProgramStateRef State, const MemRegion *R,
                  const StackFrameContext *SFC = nullptr) {
  const auto *Space = dyn_cast<StackLocalsSpaceRegion>(memorySpace(R, State));
  return Space && (!SFC || Space->getStackFrame() == SFC);
}

/// The object's name: its variable or field path, else the source text of
/// the pointer argument that designated it (`&ctx->Registration` names it
/// "ctx->Registration").
std::string nameOf(const MemRegion *Reg, const Expr *Arg) {
  std::string Name = Reg ? Reg->getDescriptiveName(/*UseQuotes=*/false) : "";
  if (!Name.empty() || !Arg)
    return Name;
  const Expr *E = Arg->IgnoreParenImpCasts();
  std::string Prefix = "*";
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf) {
    E = UO->getSubExpr()->IgnoreParens();
    Prefix.clear();
  }
  if (!Reg)
    return "";
  const ASTContext &Ctx = Reg->getMemRegionManager().getContext();
  StringRef Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                           Ctx.getSourceManager(), Ctx.getLangOpts());
  if (Text.empty() || Text.contains('\n'))
    return "";
  return Prefix + Text.str();
}

/// The global variable \p R lies in, if any.
const VarDecl *globalVar(const MemRegion *R) {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  return VR && VR->getDecl()->hasGlobalStorage()
             ? cast<VarDecl>(VR->getDecl()->getCanonicalDecl())
             : nullptr;
}

/// Whether other translation units can name the global \p R lies in.
bool isShared(const MemRegion *R) {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  return !VR || VR->getDecl()->isExternallyVisible();
}

/// Whether \p R lies in memory this path allocated and kept to itself, or
/// in a global the lifecycle root knows from the image's load on.
bool isFresh(ProgramStateRef State, const MemRegion *R) {
  if (isEscaped(State, R))
    return false;
  if (isStackLocal(State, R))
    return true;
  if (isa<GlobalsSpaceRegion>(memorySpace(R, State)))
    return lifecyclePhase(State) != Phase::None && !driverCodeSkipped(State) &&
           !(State->get<WskGlobalsOpaque>() && isShared(R));
  const auto *SR = dyn_cast<SymbolicRegion>(R->getBaseRegion());
  return SR && State->contains<WskFreshAllocations>(SR->getSymbol());
}

/// The state of \p Reg: tracked, known never registered, or unknown.
std::optional<RegState> stateOf(ProgramStateRef State, const MemRegion *Reg) {
  if (const RegState *RS = State->get<WskRegistrations>(Reg))
    return *RS;
  if (isFresh(State, Reg))
    return RegState(RegState::Never, nullptr, 0, 0);
  return std::nullopt;
}

/// Whether this path took a capture on \p Reg of its current generation.
bool capturedHere(ProgramStateRef State, const MemRegion *Reg,
                  unsigned Generation) {
  for (const auto &Entry : State->get<WskCaptures>())
    if (Entry.second.getRegistration() == Reg &&
        Entry.second.getGeneration() == Generation)
      return true;
  return false;
}

/// "'g_Reg'", or a plain phrase when the object has no printable name.
std::string quoted(const MemRegion *Reg, const Expr *Arg) {
  std::string Name = nameOf(Reg, Arg);
  return Name.empty() ? "a WSK_REGISTRATION" : "'" + Name + "'";
}

std::string registrationPhrase(const MemRegion *Reg, const Expr *Arg) {
  std::string Name = nameOf(Reg, Arg);
  return Name.empty() ? "WSK registration" : "WSK registration '" + Name + "'";
}

/// The dispatch table a function pointer loaded from it points into: the
/// value of `Table->WskSocket` is a symbol for that member of the table.
SymbolRef dispatchTableOf(SVal Callee) {
  SymbolRef Sym = Callee.getAsSymbol();
  if (!Sym)
    return nullptr;
  const MemRegion *R = nullptr;
  if (const auto *RV = dyn_cast<SymbolRegionValue>(Sym))
    R = RV->getRegion();
  else if (const auto *D = dyn_cast<SymbolDerived>(Sym))
    R = D->getRegion();
  if (!R)
    return nullptr;
  if (const auto *SR = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
    return SR->getSymbol();
  return nullptr;
}

/// The member of a record \p IsTable accepts that a call through a function
/// pointer goes through (`Table->Member(...)`), if it does.
const MemberExpr *tableMember(const CallEvent &Call,
                              bool (*IsTable)(const RecordDecl *)) {
  if (Call.getDecl())
    return nullptr;
  const auto *CE = dyn_cast_or_null<CallExpr>(Call.getOriginExpr());
  if (!CE)
    return nullptr;
  const auto *ME = dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenCasts());
  if (!ME)
    return nullptr;
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!FD || !IsTable(FD->getParent()))
    return nullptr;
  return ME;
}

/// The member of WSK_PROVIDER_DISPATCH a call goes through, if it does.
const MemberExpr *dispatchMember(const CallEvent &Call) {
  return tableMember(Call, isProviderDispatchRecord);
}

/// The member of a socket dispatch table (WSK_PROVIDER_BASIC_DISPATCH, ...)
/// a call goes through, if it does; its first argument is the socket.
const MemberExpr *socketMember(const CallEvent &Call) {
  return Call.getNumArgs() == 0 ? nullptr
                                : tableMember(Call, isSocketDispatchRecord);
}

/// The field \p Name of the object \p Base of type \p RD, looked for in its
/// anonymous structures and unions too (IO_STATUS_BLOCK's Status is in one).
const FieldRegion *fieldNamed(MemRegionManager &MRM, const SubRegion *Base,
                              const RecordDecl *RD, StringRef Name) {
  if (!RD || !(RD = RD->getDefinition()))
    return nullptr;
  for (const FieldDecl *F : RD->fields()) {
    if (F->getName() == Name)
      return MRM.getFieldRegion(F, Base);
    if (F->isAnonymousStructOrUnion())
      if (const FieldRegion *In =
              fieldNamed(MRM, MRM.getFieldRegion(F, Base),
                         F->getType()->getAsRecordDecl(), Name))
        return In;
  }
  return nullptr;
}

const char *const SocketTag = "wsk.Socket";
const char *const SocketStatusTag = "wsk.SocketStatus";

/// A report made where a function ends without a return statement: its
/// warning goes on the function's closing brace.
class ClosingBraceReport : public PathSensitiveBugReport {
public:
  ClosingBraceReport(const BugType &BT, StringRef Message,
                     const ExplodedNode *N)
      : PathSensitiveBugReport(BT, Message, N), SFC(N->getStackFrame()) {}
  PathDiagnosticLocation getLocation() const override {
    return PathDiagnosticLocation::createDeclEnd(SFC, getErrorNode()
                                                          ->getState()
                                                          ->getStateManager()
                                                          .getContext()
                                                          .getSourceManager());
  }

private:
  const StackFrameContext *SFC;
};

const char *const DispatchTag = "wsk.Dispatch";
const char *const ClientTag = "wsk.Client";

} // namespace

void WskChecker::enableRule(WskRuleId Rule, CheckerNameRef Name) {
  Enabled[Rule] = true;
  Names[Rule] = Name;
}

bool WskChecker::report(WskRuleId Rule, CheckerContext &C, const Stmt *Where,
                        std::string Message, const MemRegion *Reg,
                        SymbolRef Sym, ExplodedNode *ErrorNode) const {
  if (!isEnabled(Rule))
    return false;
  // Code after PsTerminateSystemThread never runs: nothing it does is a
  // finding (its WSK calls are not evaluated, so a capture there is not
  // seen either).
  if (threadEnded(C.getState(), C.getLocationContext()))
    return false;
  bool Leak = Rule == WskRule_MissingDeregister ||
              Rule == WskRule_UnloadSkipsDeregister;
  ExplodedNode *N = ErrorNode;
  if (!N)
    N = Leak ? C.generateNonFatalErrorNode() : C.generateErrorNode();
  if (!N)
    return !Leak;
  if (!BugTypes[Rule])
    BugTypes[Rule] = std::make_unique<BugType>(
        Names[Rule], WskRuleCatalog[Rule].Summary, "WSK lifecycle",
        /*SuppressOnSink=*/Leak);
  // A leak found where a function ends without a return statement.
  std::unique_ptr<PathSensitiveBugReport> R;
  if (!Where && Leak)
    R = std::make_unique<ClosingBraceReport>(*BugTypes[Rule], Message, N);
  else
    R = std::make_unique<PathSensitiveBugReport>(*BugTypes[Rule], Message, N);
  if (Where)
    R->addRange(Where->getSourceRange());
  if (Reg)
    R->markInteresting(Reg);
  if (Sym)
    R->markInteresting(Sym);
  C.emitReport(std::move(R));
  return !Leak;
}

//===----------------------------------------------------------------------===//
// The four WSK client functions
//===----------------------------------------------------------------------===//

bool WskChecker::reportOnBranch(WskRuleId Rule, CheckerContext &C,
                                ProgramStateRef State, const Stmt *Where,
                                std::string Message, const MemRegion *Reg,
                                SymbolRef Sym) const {
  if (!isEnabled(Rule) || threadEnded(State, C.getLocationContext()))
    return false;
  if (ExplodedNode *N = C.generateErrorNode(State))
    return report(Rule, C, Where, std::move(Message), Reg, Sym, N);
  return true;
}

bool WskChecker::evalCall(const CallEvent &Call, CheckerContext &C) const {
  // After PsTerminateSystemThread, the rest of the thread routine never runs
  // on this path: its WSK calls are nobody's.
  if (threadEnded(C.getState(), C.getLocationContext()) &&
      (dispatchMember(Call) || socketMember(Call) || Calls.lookup(Call))) {
    if (const Expr *E = Call.getOriginExpr();
        E && !Call.getResultType()->isVoidType())
      C.addTransition(C.getState()->BindExpr(
          E, C.getLocationContext(),
          conjureForCall(C.getSValBuilder(), nullptr, Call,
                         Call.getResultType(), C.blockCount())));
    return true;
  }
  if (dispatchMember(Call) || socketMember(Call)) {
    evalProviderCall(Call, C);
    return true;
  }
  const WskCall *Desc = Calls.lookup(Call);
  if (!Desc)
    return false;
  const MemRegion *Reg =
      registrationRegion(Call.getArgSVal(Desc->RegistrationArg));
  // Once the object escaped, nothing here is known about it any more.
  if (Reg && isEscaped(C.getState(), Reg))
    Reg = nullptr;
  (this->*Desc->Eval)(Call, C, Reg);
  return true;
}

static DefinedOrUnknownSVal conjureStatus(const CallEvent &Call,
                                          CheckerContext &C) {
  return conjureForCall(C.getSValBuilder(), /*Tag=*/nullptr, Call,
                        Call.getResultType(), C.blockCount());
}

void WskChecker::evalProviderCall(const CallEvent &Call,
                                  CheckerContext &C) const {
  // A function of the provider's tables writes what the call's pointer
  // arguments point to (the IRP, buffers, addresses, the contexts it is
  // given), and nothing else of the driver's: not its globals, which clang
  // would forget at a call through an unknown pointer.
  ProgramStateRef State = C.getState();
  if (!Call.getResultType()->isVoidType())
    State = State->BindExpr(Call.getOriginExpr(), C.getLocationContext(),
                            conjureStatus(Call, C));
  SmallVector<const MemRegion *, 4> Written;
  for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
    const Expr *Arg = Call.getArgExpr(I);
    QualType T = Arg ? Arg->getType() : QualType();
    if (T.isNull() || !T->isPointerType() ||
        T->getPointeeType().isConstQualified())
      continue;
    if (const MemRegion *R = Call.getArgSVal(I).getAsRegion())
      if (isa<SubRegion>(R->StripCasts()) &&
          !isa<CodeTextRegion>(R->StripCasts()))
        Written.push_back(R->StripCasts());
  }
  C.addTransition(writeObjects(State, Written, Call, C));
}

void WskChecker::evalRegister(const CallEvent &Call, CheckerContext &C,
                              const MemRegion *Reg) const {
  ProgramStateRef State = resolvePending(C.getState());
  DefinedOrUnknownSVal Status = conjureStatus(Call, C);
  State = State->BindExpr(Call.getOriginExpr(), C.getLocationContext(), Status);
  State = constrainStatus(State, Status);
  SymbolRef StatusSym = Status.getAsSymbol();
  if (!Reg || !StatusSym) {
    C.addTransition(State);
    return;
  }

  const RegState *Old = State->get<WskRegistrations>(Reg);
  std::string Message = "WskRegister on " + quoted(Reg, Call.getArgExpr(1)) +
                        ", which is already registered";
  if (Old && Old->isLive() &&
      report(WskRule_DoubleRegister, C, Call.getOriginExpr(), Message, Reg))
    return;
  if (Old && Old->getKind() == RegState::Pending) {
    // The first registration's status is not tested: where it succeeded,
    // this one is a second registration.
    SymbolRef First = Old->getStatus();
    if (ProgramStateRef Ok = assumeOutcome(State, First, true)) {
      reportOnBranch(WskRule_DoubleRegister, C, Ok->add<WskUntested>(First),
                     Call.getOriginExpr(), Message, Reg);
      if (isEnabled(WskRule_DoubleRegister))
        State = assumeOutcome(State, First, false);
      if (!State)
        return;
      Old = State->get<WskRegistrations>(Reg);
    }
  }

  unsigned Generation = Old ? Old->getGeneration() + 1 : 1;
  State = State->set<WskRegistrations>(Reg, RegState(RegState::Pending,
                                                     StatusSym, 0, Generation,
                                                     Call.getArgExpr(1)));
  C.addTransition(
      State,
      C.getNoteTag([Reg, StatusSym](PathSensitiveBugReport &BR) -> std::string {
        if (!BR.isInteresting(Reg))
          return "";
        ProgramStateRef End = BR.getErrorNode()->getState();
        const RegState *Now = End->get<WskRegistrations>(Reg);
        bool Untested = End->contains<WskUntested>(StatusSym) ||
                        (Now && Now->getKind() == RegState::Pending &&
                         Now->getStatus() == StatusSym);
        std::string Why = Untested ? ": its status is not tested" : "";
        if (recordedOutcome(BR, StatusSym) == Outcome::Failure)
          return "Assuming WskRegister fails" + Why;
        return "WSK client registered here" +
               (Untested ? "; its status is not tested" : std::string());
      }));
}

void WskChecker::evalCapture(const CallEvent &Call, CheckerContext &C,
                             const MemRegion *Reg) const {
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  const auto *CE = cast<CallExpr>(Call.getOriginExpr());
  State = resolvePending(State);
  DefinedOrUnknownSVal Status = conjureStatus(Call, C);
  State = State->BindExpr(CE, LCtx, Status);
  State = constrainStatus(State, Status);
  SymbolRef StatusSym = Status.getAsSymbol();

  std::optional<RegState> RS = Reg ? stateOf(State, Reg) : std::nullopt;
  std::string Message = "WskCaptureProviderNPI on " +
                        quoted(Reg, Call.getArgExpr(0)) +
                        ", which is not registered";
  if (RS && RS->getKind() == RegState::Pending) {
    // The registration's status is not tested: where it failed, this
    // capture is on an object that is not registered.
    SymbolRef RegStatus = RS->getStatus();
    if (ProgramStateRef Failed = assumeOutcome(State, RegStatus, false)) {
      reportOnBranch(WskRule_CaptureWithoutRegister, C,
                     Failed->add<WskUntested>(RegStatus), CE, Message, Reg);
      if (isEnabled(WskRule_CaptureWithoutRegister))
        State = assumeOutcome(State, RegStatus, true);
      if (!State)
        return;
      RS = stateOf(State, Reg);
    }
  }
  bool NotRegistered = RS && RS->isDead();
  if (NotRegistered &&
      report(WskRule_CaptureWithoutRegister, C, CE, Message, Reg))
    return;

  // Fill the provider NPI: Client and Dispatch get fresh symbols; Dispatch's
  // is what every later call through the table is traced back to.
  SymbolRef DispatchSym = nullptr;
  const MemRegion *Npi = registrationRegion(Call.getArgSVal(2));
  const FunctionDecl *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  const RecordDecl *NpiType =
      FD ? FD->getParamDecl(2)->getType()->getPointeeType()->getAsRecordDecl()
         : nullptr;
  if (Npi && NpiType && isa<SubRegion>(Npi)) {
    MemRegionManager &MRM = C.getStoreManager().getRegionManager();
    for (const FieldDecl *Field : NpiType->fields()) {
      const char *Tag = Field->getName() == "Dispatch" ? DispatchTag
                        : Field->getName() == "Client" ? ClientTag
                                                       : nullptr;
      if (!Tag)
        continue;
      DefinedOrUnknownSVal V = conjureForCall(C.getSValBuilder(), Tag, Call,
                                              Field->getType(), C.blockCount());
      State = State->bindLoc(
          loc::MemRegionVal(MRM.getFieldRegion(Field, cast<SubRegion>(Npi))), V,
          LCtx);
      if (Tag == DispatchTag)
        DispatchSym = V.getAsSymbol();
    }
  }

  if (Reg && StatusSym) {
    if (!RS) {
      // First seen here: whether it is registered, and which captures were
      // taken before, is unknown.
      RS = RegState(RegState::Unknown, nullptr, 0, 0);
      State = State->set<WskRegistrations>(Reg, *RS);
    }
    CaptureState Cap(CaptureState::Pending, Reg, DispatchSym,
                     RS->getGeneration());
    if (NotRegistered) {
      // A capture on an object that is not registered fails.
      SValBuilder &SVB = C.getSValBuilder();
      SVal Fails = SVB.evalBinOp(State, BO_LT, Status,
                                 SVB.makeZeroVal(Call.getResultType()),
                                 SVB.getConditionType());
      if (auto D = Fails.getAs<DefinedOrUnknownSVal>())
        if (ProgramStateRef F = State->assume(*D, true))
          State = F;
      State = State->set<WskOutcomes>(StatusSym, false);
      Cap = Cap.with(CaptureState::Failed);
    }
    State = State->set<WskCaptures>(StatusSym, Cap);
  }

  C.addTransition(
      State,
      C.getNoteTag([Reg, StatusSym](PathSensitiveBugReport &BR) -> std::string {
        if (!Reg || !BR.isInteresting(Reg))
          return "";
        bool Untested =
            BR.getErrorNode()->getState()->contains<WskUntested>(StatusSym);
        if (recordedOutcome(BR, StatusSym) == Outcome::Failure)
          return Untested ? "Assuming WskCaptureProviderNPI fails: its status "
                            "is not tested"
                          : "Assuming WskCaptureProviderNPI fails";
        return "Provider NPI captured here";
      }));
}

void WskChecker::evalRelease(const CallEvent &Call, CheckerContext &C,
                             const MemRegion *Reg) const {
  ProgramStateRef State = resolvePending(C.getState());
  std::optional<RegState> RS = Reg ? stateOf(State, Reg) : std::nullopt;
  if (!RS) {
    C.addTransition(State);
    return;
  }

  std::string Message = "WskReleaseProviderNPI on " +
                        quoted(Reg, Call.getArgExpr(0)) +
                        " without a matching successful capture";
  const NoteTag *Released =
      C.getNoteTag([Reg](PathSensitiveBugReport &BR) -> std::string {
        return BR.isInteresting(Reg) ? "Provider NPI released here" : "";
      });
  auto Release = [&](ProgramStateRef S) {
    const RegState *Now = S->get<WskRegistrations>(Reg);
    if (Now && Now->getHeld() > 0)
      S = S->set<WskRegistrations>(Reg, Now->withHeld(Now->getHeld() - 1));
    C.addTransition(S, Released);
  };
  if (RS->getHeld() > 0 || State->contains<WskReleaseUndecided>(Reg)) {
    Release(State);
    return;
  }
  // Captures whose status is not tested: the release matches one that
  // succeeded; where they all failed, there is nothing to release.
  CaptureSplit Split = splitPendingCaptures(State, Reg, RS->getGeneration());
  for (ProgramStateRef Held : Split.SomeHeld)
    Release(Held);
  if (!Split.NoneHeld)
    return;
  if (!Split.Statuses.empty()) {
    if (!reportOnBranch(WskRule_UnbalancedRelease, C, Split.NoneHeld,
                        Call.getOriginExpr(), Message, Reg))
      Release(Split.NoneHeld);
    return;
  }
  if ((RS->capturesKnown() || capturedHere(State, Reg, RS->getGeneration())) &&
      reportOnBranch(WskRule_UnbalancedRelease, C, State, Call.getOriginExpr(),
                     Message, Reg))
    return;
  Release(State);
}

void WskChecker::evalDeregister(const CallEvent &Call, CheckerContext &C,
                                const MemRegion *Reg) const {
  ProgramStateRef State = resolvePending(C.getState());
  if (!Reg) {
    C.addTransition(State);
    return;
  }
  const Expr *CE = Call.getOriginExpr();
  std::optional<RegState> RS = stateOf(State, Reg);
  std::string Name = quoted(Reg, Call.getArgExpr(0));

  if (RS && RS->getKind() == RegState::Pending) {
    // The registration's status is not tested: where it failed, nothing is
    // registered to deregister.
    SymbolRef Status = RS->getStatus();
    if (ProgramStateRef Failed = assumeOutcome(State, Status, false)) {
      reportOnBranch(
          WskRule_DuplicateDeregister, C, Failed->add<WskUntested>(Status), CE,
          "WskDeregister on " + Name + ", whose WskRegister failed", Reg);
      if (isEnabled(WskRule_DuplicateDeregister))
        State = assumeOutcome(State, Status, true);
      if (!State)
        return;
      RS = stateOf(State, Reg);
    }
  }

  if (RS && RS->isDead()) {
    const char *Why =
        RS->getKind() == RegState::Failed  ? ", whose WskRegister failed"
        : RS->getKind() == RegState::Never ? ", which was never registered"
                                           : ", which was already deregistered";
    if (report(WskRule_DuplicateDeregister, C, CE,
               "WskDeregister on " + Name + Why, Reg))
      return;
  } else if (RS && State->contains<WskReleaseUndecided>(Reg)) {
    // Whether the path released its captures rests on a guard whose value
    // it lost: no report rests on that branch alone.
  } else if (RS) {
    std::string Message = "WskDeregister on " + Name +
                          " while the provider NPI is still captured; it "
                          "will wait forever";
    if (RS->getHeld() > 0) {
      if (reportOnBranch(WskRule_DeregisterWhileCaptured, C, State, CE, Message,
                         Reg))
        return;
    } else if (isEnabled(WskRule_DeregisterWhileCaptured)) {
      // Captures whose outcome the path never established: where one
      // succeeded, this call waits for its release.
      CaptureSplit Split =
          splitPendingCaptures(State, Reg, RS->getGeneration());
      for (ProgramStateRef Held : Split.SomeHeld)
        reportOnBranch(WskRule_DeregisterWhileCaptured, C, Held, CE, Message,
                       Reg);
      State = Split.NoneHeld;
      if (!State)
        return;
    }
  }

  if (RS && !RS->isDead()) {
    State = checkOpenSockets(Call, C, State, Reg, RS->getGeneration());
    if (!State)
      return;
  }

  unsigned Generation = RS ? RS->getGeneration() : 0;
  State = State->remove<WskReleaseUndecided>(Reg)->set<WskRegistrations>(
      Reg, RegState(RegState::Deregistered, nullptr, 0, Generation));
  C.addTransition(
      State, C.getNoteTag([Reg](PathSensitiveBugReport &BR) -> std::string {
        return BR.isInteresting(Reg) ? "WSK client deregistered here" : "";
      }));
}

void WskChecker::evalQuery(const CallEvent &Call, CheckerContext &C,
                           const MemRegion *) const {
  // WskQueryProviderCharacteristics(Registration, Characteristics) reads the
  // registration and writes only the characteristics.
  ProgramStateRef State = C.getState();
  State = State->BindExpr(Call.getOriginExpr(), C.getLocationContext(),
                          conjureStatus(Call, C));
  if (const MemRegion *Out = Call.getArgSVal(1).getAsRegion())
    State = writeObjects(State, {Out->StripCasts()}, Call, C);
  C.addTransition(State);
}

//===----------------------------------------------------------------------===//
// Calls through the provider dispatch table, frees and overwrites
//===----------------------------------------------------------------------===//

void WskChecker::checkDispatchCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  const MemberExpr *ME = dispatchMember(Call);
  ProgramStateRef State = resolvePending(C.getState());
  const auto *CE = cast<CallExpr>(Call.getOriginExpr());
  SymbolRef Table = dispatchTableOf(C.getSVal(CE->getCallee()));
  if (!Table)
    return;

  const std::pair<SymbolRef, CaptureState> *Entry = nullptr;
  for (const auto &E : State->get<WskCaptures>())
    if (E.second.getDispatch() == Table)
      Entry = &E;
  if (!Entry)
    return;

  std::string Callee = ("'" + ME->getMemberDecl()->getName() + "'").str();
  SymbolRef Status = Entry->first;
  CaptureState Cap = Entry->second;
  const MemRegion *Reg = Cap.getRegistration();
  std::string Failed =
      Callee + " called through a provider NPI whose capture failed";
  if (Cap.getKind() == CaptureState::Pending) {
    // The capture's status is not tested: where it failed, the table is
    // not the provider's.
    if (ProgramStateRef F = assumeOutcome(State, Status, false)) {
      reportOnBranch(WskRule_DispatchWithoutCapture, C,
                     F->add<WskUntested>(Status), CE, Failed, Reg, Table);
      if (!isEnabled(WskRule_DispatchWithoutCapture)) {
        C.addTransition(State);
        return;
      }
    }
    State = assumeOutcome(State, Status, true);
    if (!State)
      return;
    Cap = *State->get<WskCaptures>(Status);
  }
  if (Cap.getKind() == CaptureState::Failed &&
      reportOnBranch(WskRule_DispatchWithoutCapture, C, State, CE, Failed, Reg,
                     Table))
    return;

  const RegState *RS = State->get<WskRegistrations>(Reg);
  if (RS && RS->getGeneration() != Cap.getGeneration()) {
    if (reportOnBranch(WskRule_DispatchAfterRelease, C, State, CE,
                       Callee +
                           " called through a provider dispatch table "
                           "captured under an earlier registration of " +
                           quoted(Reg, RS->getOrigin()),
                       Reg, Table))
      return;
  } else if (RS && RS->getHeld() == 0 && RS->capturesKnown()) {
    // No capture left: another one still held would keep the table valid
    // (one whose status is not tested may be), and so may captures taken
    // before this path began, unless the path knows them all.
    CaptureSplit Split = splitPendingCaptures(State, Reg, RS->getGeneration());
    bool Ended =
        Split.NoneHeld &&
        reportOnBranch(WskRule_DispatchAfterRelease, C, Split.NoneHeld, CE,
                       Callee + " called through a provider dispatch table "
                                "whose capture was released",
                       Reg, Table);
    if (!Split.Statuses.empty()) {
      for (ProgramStateRef Held : Split.SomeHeld)
        C.addTransition(Held);
      if (!Ended && Split.NoneHeld)
        C.addTransition(Split.NoneHeld);
      return;
    }
    if (Ended)
      return;
  }
  if (State != C.getState())
    C.addTransition(State);
}

void WskChecker::checkPreStmt(const MemberExpr *ME, CheckerContext &C) const {
  // A dispatch function loaded through a table pointer that no capture ever
  // wrote: still zero, or never initialised.
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!ME->isArrow() || !FD || !FD->getType()->isFunctionPointerType() ||
      !isProviderDispatchRecord(FD->getParent()))
    return;
  SVal Table = C.getSVal(ME->getBase());
  bool Never = Table.isUndef();
  if (auto L = Table.getAs<Loc>())
    Never = !C.getState()->assume(*L, true);
  if (!Never)
    return;
  report(WskRule_DispatchWithoutCapture, C, ME,
         ("'" + FD->getName() +
          "' called through a provider NPI that was never captured")
             .str(),
         nullptr);
}

ProgramStateRef WskChecker::checkRegistrationLost(const CallEvent &Call,
                                                  CheckerContext &C,
                                                  ProgramStateRef State,
                                                  ExplodedNode *&Pred) const {
  std::optional<unsigned> FreedArg = freedArgument(Call);
  std::optional<unsigned> Overwritten = overwrittenArgument(Call);
  if (!FreedArg && !Overwritten)
    return State;
  const MemRegion *Target =
      registrationRegion(Call.getArgSVal(FreedArg ? *FreedArg : *Overwritten));
  if (!Target)
    return State;
  if (FreedArg)
    Target = Target->getBaseRegion();

  ExplodedNode *N = nullptr;
  for (auto [Reg, RS] : State->get<WskRegistrations>()) {
    if (Reg != Target && !Reg->isSubRegionOf(Target))
      continue;
    if (isEnabled(WskRule_MissingDeregister) && mayBeLive(State, RS)) {
      if (!N)
        N = C.generateNonFatalErrorNode(State, Pred);
      if (N)
        report(WskRule_MissingDeregister, C, Call.getOriginExpr(),
               registrationPhrase(Reg, RS.getOrigin()) +
                   (FreedArg ? " is freed while still registered"
                             : " is overwritten while still registered"),
               Reg, nullptr, N);
    }
    State = forget(State, Reg);
  }
  if (N)
    Pred = N;
  return State;
}

void WskChecker::checkPreCall(const CallEvent &Call, CheckerContext &C) const {
  if (dispatchMember(Call)) {
    checkDispatchCall(Call, C);
    return;
  }
  if (const MemberExpr *ME = socketMember(Call)) {
    checkSocketCall(Call, ME, C);
    return;
  }
  ProgramStateRef State = C.getState();
  ExplodedNode *Pred = C.getPredecessor();
  State = checkRegistrationLost(Call, C, State, Pred);
  State = recordCompletionRoutine(Call, State);
  if (State != C.getState() || Pred != C.getPredecessor())
    C.addTransition(State, Pred);
}

/// Whether \p S reads the IoStatus.Status of an IRP.
static bool readsIoStatus(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *ME = dyn_cast<MemberExpr>(S);
      ME && ME->getMemberDecl()->getName() == "Status") {
    // Status is a member of an unnamed union in IO_STATUS_BLOCK.
    const auto *Base =
        dyn_cast<MemberExpr>(ME->getBase()->IgnoreParenImpCasts());
    while (Base && !Base->getMemberDecl()->getDeclName())
      Base = dyn_cast<MemberExpr>(Base->getBase()->IgnoreParenImpCasts());
    if (Base && Base->getMemberDecl()->getName() == "IoStatus")
      return true;
  }
  for (const Stmt *Child : S->children())
    if (readsIoStatus(Child))
      return true;
  return false;
}

ProgramStateRef
WskChecker::recordCompletionRoutine(const CallEvent &Call,
                                    ProgramStateRef State) const {
  const IdentifierInfo *II = Call.getCalleeIdentifier();
  if (!II || Call.getNumArgs() < 2 ||
      !(II->getName() == "IoSetCompletionRoutine" ||
        II->getName() == "IoSetCompletionRoutineEx"))
    return State;
  // IoSetCompletionRoutineEx takes the device object first.
  unsigned IrpArg = II->getName() == "IoSetCompletionRoutineEx" ? 1 : 0;
  if (Call.getNumArgs() <= IrpArg + 1)
    return State;
  const MemRegion *Irp = Call.getArgSVal(IrpArg).getAsRegion();
  const FunctionDecl *Routine = Call.getArgSVal(IrpArg + 1).getAsFunctionDecl();
  if (!Irp)
    return State;
  Irp = Irp->StripCasts();
  if (!Routine)
    return State->remove<WskIrpRoutines>(Irp);
  return State->set<WskIrpRoutines>(Irp, Routine);
}

void WskChecker::checkPostCall(const CallEvent &Call, CheckerContext &C) const {
  const MemberExpr *ME = dispatchMember(Call);
  if (!ME)
    ME = socketMember(Call);
  if (ME) {
    StringRef Name = ME->getMemberDecl()->getName();
    if (Name == "WskSocket" || Name == "WskSocketConnect" ||
        Name == "WskAccept")
      createSocket(Call, ME, C);
    return;
  }
  if (!isAllocation(Call))
    return;
  if (SymbolRef Block = Call.getReturnValue().getAsLocSymbol())
    C.addTransition(C.getState()->add<WskFreshAllocations>(Block));
}

//===----------------------------------------------------------------------===//
// Sockets
//===----------------------------------------------------------------------===//

void WskChecker::createSocket(const CallEvent &Call, const MemberExpr *ME,
                              CheckerContext &C) const {
  ProgramStateRef State = resolvePending(C.getState());
  const auto *CE = cast<CallExpr>(Call.getOriginExpr());
  StringRef Name = ME->getMemberDecl()->getName();

  // The registration the socket belongs to: the capture its table came
  // from, or the listening socket it was accepted on. Without one (a table
  // the path did not see captured), the socket is still followed to its
  // close.
  const MemRegion *Reg = nullptr;
  unsigned Generation = 0;
  if (Name == "WskAccept") {
    SymbolRef Listen = Call.getArgSVal(0).getAsLocSymbol();
    if (const SocketState *L =
            Listen ? State->get<WskSockets>(Listen) : nullptr) {
      Reg = L->getRegistration();
      Generation = L->getGeneration();
    }
  } else if (SymbolRef Table = dispatchTableOf(C.getSVal(CE->getCallee()))) {
    for (const auto &[Status, Cap] : State->get<WskCaptures>())
      if (Cap.getDispatch() == Table && Cap.getKind() != CaptureState::Failed) {
        Reg = Cap.getRegistration();
        Generation = Cap.getGeneration();
      }
  }
  // The IRP is the last argument; the call completes it with the status and
  // the socket (IoStatus.Status, IoStatus.Information).
  const MemRegion *Irp = Call.getArgSVal(Call.getNumArgs() - 1).getAsRegion();
  const Expr *IrpArg = Call.getArgExpr(Call.getNumArgs() - 1);
  if (!Irp || !IrpArg || !isa<SubRegion>(Irp->StripCasts()))
    return;
  const RecordDecl *IrpType =
      IrpArg->IgnoreParenImpCasts()->getType()->getPointeeType().isNull()
          ? nullptr
          : IrpArg->IgnoreParenImpCasts()
                ->getType()
                ->getPointeeType()
                ->getAsRecordDecl();
  MemRegionManager &MRM = C.getStoreManager().getRegionManager();
  const FieldRegion *IoStatus =
      fieldNamed(MRM, cast<SubRegion>(Irp->StripCasts()), IrpType, "IoStatus");
  if (!IoStatus)
    return;
  const RecordDecl *BlockType =
      IoStatus->getDecl()->getType()->getAsRecordDecl();
  const FieldRegion *StatusField =
      fieldNamed(MRM, IoStatus, BlockType, "Status");
  const FieldRegion *InfoField =
      fieldNamed(MRM, IoStatus, BlockType, "Information");
  if (!StatusField || !InfoField)
    return;

  SValBuilder &SVB = C.getSValBuilder();
  ASTContext &Ctx = C.getASTContext();
  const LocationContext *LCtx = C.getLocationContext();
  DefinedOrUnknownSVal Status =
      conjureForCall(SVB, SocketStatusTag, Call,
                     StatusField->getDecl()->getType(), C.blockCount());
  DefinedOrUnknownSVal Socket =
      conjureForCall(SVB, SocketTag, Call, Ctx.VoidPtrTy, C.blockCount());
  SymbolRef StatusSym = Status.getAsSymbol();
  SymbolRef SocketSym = Socket.getAsLocSymbol();
  auto SocketLoc = Socket.getAs<Loc>();
  if (!StatusSym || !SocketSym || !SocketLoc)
    return;
  // The socket the provider hands back is never NULL: a driver's
  // `if (Socket != NULL)` before closing it is not a branch of its own.
  if (ProgramStateRef NonNull = State->assume(*SocketLoc, true))
    State = NonNull;
  State = constrainStatus(State, Status);
  // A completion routine that reads the IRP's status may be where the
  // driver tests it (copied into its own context): the path cannot tell.
  if (const FunctionDecl *const *Routine =
          State->get<WskIrpRoutines>(Irp->StripCasts())) {
    const FunctionDecl *Def = (*Routine)->getDefinition();
    if (!Def || readsIoStatus(Def->getBody()))
      State = State->add<WskStatusSeenByRoutine>(StatusSym);
  }
  State = State->bindLoc(loc::MemRegionVal(StatusField), Status, LCtx);
  State = State->bindLoc(
      loc::MemRegionVal(InfoField),
      SVB.makeLocAsInteger(*SocketLoc,
                           Ctx.getTypeSize(InfoField->getDecl()->getType())),
      LCtx);
  // A call that completes at once returns the IRP's status (one that pends
  // returns STATUS_PENDING, and the driver reads the IRP's after its wait:
  // the same outcome).
  State = State->BindExpr(CE, LCtx, Status);
  State = State->set<WskSockets>(
      SocketSym, SocketState(SocketState::Pending, Reg, Generation, StatusSym));
  C.addTransition(
      State, C.getNoteTag([SocketSym, StatusSym](
                              PathSensitiveBugReport &BR) -> std::string {
        if (!BR.isInteresting(SocketSym))
          return "";
        bool Untested =
            BR.getErrorNode()->getState()->contains<WskUntested>(StatusSym);
        return "Socket created here" +
               std::string(Untested ? "; its status is not tested" : "");
      }));
}

void WskChecker::checkSocketCall(const CallEvent &Call, const MemberExpr *ME,
                                 CheckerContext &C) const {
  ProgramStateRef State = resolvePending(C.getState());
  SymbolRef Socket = Call.getArgSVal(0).getAsLocSymbol();
  const SocketState *SS = Socket ? State->get<WskSockets>(Socket) : nullptr;
  StringRef Name = ME->getMemberDecl()->getName();
  bool Close = Name == "WskCloseSocket";
  // A socket created before this path began is closed here all the same.
  std::optional<SocketState> Untracked;
  if (!SS && Socket && Close) {
    Untracked = SocketState(SocketState::Open, nullptr, 0, nullptr);
    SS = &*Untracked;
  }
  if (!SS) {
    if (State != C.getState())
      C.addTransition(State);
    return;
  }
  if (SS->getKind() == SocketState::Closed &&
      report(WskRule_SocketUseAfterClose, C, Call.getOriginExpr(),
             Close ? "WskCloseSocket on a socket that was already closed"
                   : ("'" + Name +
                      "' called on a socket that was already "
                      "closed")
                         .str(),
             SS->getRegistration(), Socket))
    return;
  if (!Close) {
    if (State != C.getState())
      C.addTransition(State);
    return;
  }
  State = State->set<WskSockets>(Socket, SS->with(SocketState::Closed));
  C.addTransition(
      State, C.getNoteTag([Socket](PathSensitiveBugReport &BR) -> std::string {
        return BR.isInteresting(Socket) ? "Socket closed here" : "";
      }));
}

ProgramStateRef WskChecker::checkOpenSockets(const CallEvent &Call,
                                             CheckerContext &C,
                                             ProgramStateRef State,
                                             const MemRegion *Reg,
                                             unsigned Generation) const {
  if (!isEnabled(WskRule_SocketOpenAtDeregister))
    return State;
  std::string Message = "WskDeregister on " + quoted(Reg, Call.getArgExpr(0)) +
                        " while a socket created under it is still open; it "
                        "will wait forever";
  for (auto [Socket, SS] : State->get<WskSockets>()) {
    if (SS.getRegistration() != Reg || SS.getGeneration() != Generation)
      continue;
    if (SS.getKind() == SocketState::Open) {
      reportOnBranch(WskRule_SocketOpenAtDeregister, C, State,
                     Call.getOriginExpr(), Message, Reg, Socket);
      return nullptr;
    }
    if (SS.getKind() != SocketState::Pending)
      continue;
    // Tested, perhaps, by the completion routine: nothing to say.
    if (State->contains<WskStatusSeenByRoutine>(SS.getStatus())) {
      State = State->remove<WskSockets>(Socket);
      continue;
    }
    // The creation's status is not tested: where it succeeded, the socket
    // is open; go on where it failed.
    SymbolRef Status = SS.getStatus();
    if (ProgramStateRef Ok = assumeOutcome(State, Status, true))
      reportOnBranch(WskRule_SocketOpenAtDeregister, C,
                     Ok->add<WskUntested>(Status), Call.getOriginExpr(),
                     Message, Reg, Socket);
    State = assumeOutcome(State, Status, false);
    if (!State)
      return nullptr;
  }
  return State;
}

ProgramStateRef WskChecker::checkPointerEscape(
    ProgramStateRef State, const InvalidatedSymbols &Escaped,
    const CallEvent *Call, PointerEscapeKind Kind) const {
  // Storing a socket anywhere does not close it, nor does a kernel routine
  // or a call through a WSK dispatch table; code the analysis cannot see
  // may close it, and so may the callbacks that run before unload.
  // After a call the model evaluated (a WSK routine, a kernel routine),
  // clang also lets every value its pointer arguments point to escape (the
  // whole object around: a socket kept beside the registration); the model
  // already wrote what the call writes.
  if (Kind == PSK_EscapeOnBind ||
      currentKernelWrite(State) == KernelWrite::OutParameters ||
      (Call && (dispatchMember(*Call) || socketMember(*Call))) ||
      (Kind == PSK_EscapeOutParameters && Call &&
       (Calls.lookup(*Call) || kernelModelOf(*Call))))
    return State;
  for (SymbolRef Sym : Escaped)
    if (State->get<WskSockets>(Sym))
      State = State->remove<WskSockets>(Sym);
  return State;
}

//===----------------------------------------------------------------------===//
// Returns, scope ends, dead symbols, escapes, branches
//===----------------------------------------------------------------------===//

/// Whether \p S declares a local whose destructor runs code: it runs after
/// the return statement, and may deregister.
static bool hasLocalWithDestructor(const Stmt *S) {
  if (!S)
    return false;
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (const auto *RD =
                VD->getType()->getBaseElementTypeUnsafe()->getAsCXXRecordDecl())
          if (RD->hasDefinition() && !RD->hasTrivialDestructor())
            return true;
  for (const Stmt *Child : S->children())
    if (hasLocalWithDestructor(Child))
      return true;
  return false;
}

void WskChecker::checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(C.getStackFrame()->getDecl());
  // In C++, the destructors of the function's locals run after the return
  // statement and may still deregister; a registration they lose is
  // reported where it is lost (freed, out of scope when the frame ends).
  if (!FD || (C.getASTContext().getLangOpts().CPlusPlus &&
              hasLocalWithDestructor(FD->getBody())))
    return;
  ProgramStateRef State = C.getState();
  ExplodedNode *Pred = C.getPredecessor();
  // Locals are judged at each return: paths that return at different
  // statements may merge before the frame ends.
  State = leaveScope(RS, C, State, Pred);
  // The unload routine never runs for a driver whose DriverEntry fails.
  if (isDriverEntry(FD) && checkFailingEntryReturn(RS, C, State, Pred))
    return;
  if (State != C.getState() || Pred != C.getPredecessor())
    C.addTransition(State, Pred);
}

bool WskChecker::checkFailingEntryReturn(const ReturnStmt *RS,
                                         CheckerContext &C,
                                         ProgramStateRef State,
                                         ExplodedNode *Pred) const {
  const Expr *RetE = RS->getRetValue();
  if (!RetE || !isEnabled(WskRule_MissingDeregister))
    return false;
  State = resolvePending(State);
  // KMDF calls the driver object's cleanup callback when DriverEntry fails
  // after WdfDriverCreate: what is live is judged when that returns.
  if (Kernel->cleanupSet(C, State))
    return false;
  bool AnyLive = false;
  for (auto [Reg, S] : State->get<WskRegistrations>())
    AnyLive |= (S.isLive() || S.getKind() == RegState::Pending);
  if (!AnyLive)
    return false;

  SValBuilder &SVB = C.getSValBuilder();
  SVal Ret = C.getSVal(RetE);
  SVal Fails =
      SVB.evalBinOp(State, BO_LT, Ret, SVB.makeZeroVal(RetE->getType()),
                    SVB.getConditionType());
  auto FailsD = Fails.getAs<DefinedOrUnknownSVal>();
  if (!FailsD)
    return false;
  auto [FailState, OkState] = State->assume(*FailsD);
  if (!FailState)
    return false;

  std::vector<std::pair<const MemRegion *, const Expr *>> Live;
  for (auto [Reg, S] : FailState->get<WskRegistrations>())
    if (mayBeLive(FailState, S) && !isStackLocal(State, Reg))
      Live.emplace_back(Reg, S.getOrigin());
  if (Live.empty())
    return false;

  bool Assumed = static_cast<bool>(OkState);
  const NoteTag *Tag = C.getNoteTag([Assumed](PathSensitiveBugReport &BR) {
    return std::string(Assumed ? "Assuming DriverEntry returns a failure status"
                               : "DriverEntry returns a failure status");
  });
  // The note goes on a node of its own: a report's own node shows only the
  // warning.
  ExplodedNode *Assumed0 = C.addTransition(FailState, Pred, Tag);
  ExplodedNode *N =
      Assumed0 ? C.generateNonFatalErrorNode(FailState, Assumed0, &FailTag)
               : nullptr;
  if (OkState)
    C.addTransition(OkState, Pred);
  if (!N)
    return true;
  for (auto [Reg, Origin] : Live)
    report(WskRule_MissingDeregister, C, RetE,
           registrationPhrase(Reg, Origin) +
               " is still registered when DriverEntry returns a failure "
               "status; the unload routine will not run to deregister it",
           Reg, Ret.getAsSymbol(), N);
  return true;
}

ProgramStateRef WskChecker::leaveScope(const ReturnStmt *RS, CheckerContext &C,
                                       ProgramStateRef State,
                                       ExplodedNode *&Pred) const {
  const StackFrameContext *SFC = C.getStackFrame();
  ExplodedNode *N = nullptr;
  for (auto [Reg, S] : State->get<WskRegistrations>()) {
    if (!isStackLocal(State, Reg, SFC))
      continue;
    if (isEnabled(WskRule_MissingDeregister) && mayBeLive(State, S)) {
      if (!N)
        N = C.generateNonFatalErrorNode(State, Pred);
      if (N)
        report(WskRule_MissingDeregister, C, RS,
               registrationPhrase(Reg, S.getOrigin()) +
                   " goes out of scope while still registered",
               Reg, nullptr, N);
    }
    State = forget(State, Reg);
  }
  for (const MemRegion *Reg : State->get<WskEscaped>())
    if (isStackLocal(State, Reg, SFC))
      State = State->remove<WskEscaped>(Reg);
  if (N)
    Pred = N;
  return State;
}

void WskChecker::checkEndFunction(const ReturnStmt *RS,
                                  CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  ExplodedNode *Pred = C.getPredecessor();
  checkLifecycleCallbackEnd(RS, C, State, Pred);
  State = leaveScope(RS, C, State, Pred);
  if (State != C.getState() || Pred != C.getPredecessor())
    C.addTransition(State, Pred);
}

void WskChecker::checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const {
  // A status the driver drops untested stays undecided: both outcomes remain
  // possible, and the path splits where an operation depends on which.
  // Resolve what the path decided before the constraints go.
  ProgramStateRef State = resolvePending(C.getState());
  // Nothing can reach an allocation or an escaped object through a dead
  // symbol any more: forgetting them lets paths that differ in nothing else
  // merge, so that the work does not grow with the driver's allocations.
  for (SymbolRef Block : State->get<WskFreshAllocations>())
    if (SR.isDead(Block))
      State = State->remove<WskFreshAllocations>(Block);
  for (const MemRegion *R : State->get<WskEscaped>())
    if (const auto *SymR = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
      if (SR.isDead(SymR->getSymbol()))
        State = State->remove<WskEscaped>(R);
  if (State != C.getState())
    C.addTransition(State);
}

/// Forgets \p Reg and remembers that it escaped.
static ProgramStateRef escape(ProgramStateRef State, const MemRegion *Reg) {
  return forget(State, Reg)->add<WskEscaped>(Reg);
}

/// Whether \p Sym is, or is made of, a symbol this model ties its state to
/// (the status of a registration, capture or socket, a captured dispatch
/// table).
static bool involvesModelSymbol(ProgramStateRef State, SymbolRef Sym) {
  for (SymbolRef S : Sym->symbols()) {
    if (State->get<WskOutcomes>(S))
      return true;
    for (auto [Reg, RS] : State->get<WskRegistrations>())
      if (RS.getStatus() == S)
        return true;
    for (auto [Status, Cap] : State->get<WskCaptures>())
      if (Status == S || Cap.getDispatch() == S)
        return true;
    for (auto [Socket, SS] : State->get<WskSockets>())
      if (Socket == S || SS.getStatus() == S)
        return true;
  }
  return false;
}

/// The object in a global that \p E designates (see globalOf), where the
/// analysis can name it without evaluating code: g, g.f, g[2].f.
static std::optional<Loc> globalObject(const Expr *E, ProgramStateRef State,
                                       const LocationContext *LC) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD ? std::optional<Loc>(State->getLValue(VD, LC)) : std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    std::optional<Loc> Base = FD && !ME->isArrow()
                                  ? globalObject(ME->getBase(), State, LC)
                                  : std::nullopt;
    if (!Base)
      return std::nullopt;
    return State->getLValue(FD, *Base).getAs<Loc>();
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    std::optional<Loc> Base = globalObject(AS->getBase(), State, LC);
    Expr::EvalResult Index;
    if (!Base ||
        !AS->getBase()->IgnoreParenImpCasts()->getType()->isArrayType() ||
        !AS->getIdx()->EvaluateAsInt(Index,
                                     State->getStateManager().getContext()))
      return std::nullopt;
    SValBuilder &SVB = State->getStateManager().getSValBuilder();
    return State
        ->getLValue(AS->getType(),
                    SVB.makeArrayIndex(Index.Val.getInt().getExtValue()), *Base)
        .getAs<Loc>();
  }
  return std::nullopt;
}

void WskChecker::checkBranchCondition(const Stmt *Condition,
                                      CheckerContext &C) const {
  if (!Kernel)
    return;
  if (const CleanupGuard *G =
          Guards.find(Condition, C.getLocationContext()->getParentMap()))
    decideGuard(*G, C.getSVal(Condition), C);
}

void WskChecker::checkPostStmt(const Expr *E, CheckerContext &C) const {
  if (!Kernel)
    return;
  const ParentMap &PM = C.getLocationContext()->getParentMap();
  if (!CleanupGuards::isSwitchCondition(E, PM))
    return;
  if (const CleanupGuard *G = Guards.find(E, PM))
    decideGuard(*G, C.getSVal(E), C);
}

void WskChecker::decideGuard(const CleanupGuard &G, SVal Value,
                             CheckerContext &C) const {
  const CallbackWrites &W = Kernel->callbackWrites(C.getASTContext());
  ProgramStateRef State = C.getState();
  // Only a guard the path lost the value of: a global other callbacks
  // write, once the root forgot them before unload; any global, once code
  // the analysis cannot see ran (clang forgets them all there: that code may
  // call back into this file); and the path did not write it since, nor
  // tied it to a status it tracks. A driver keeps such a flag in step with
  // its captures and registrations (sets it where a capture succeeds,
  // perhaps in the other file); the analysis cannot see that.
  bool Opaque = State->get<WskGlobalsOpaque>();
  bool Unloading = lifecyclePhase(State) == Phase::Unloading;
  auto LostGlobal = [&](const VarDecl *VD) {
    VD = VD->getCanonicalDecl();
    return (Unloading && W.Globals.count(VD)) ||
           (Opaque && !VD->getType().isConstQualified());
  };
  auto Lost = [&](const Expr *Read) {
    const VarDecl *VD = globalOf(Read);
    if (!VD || !LostGlobal(VD))
      return false;
    std::optional<Loc> Object =
        globalObject(Read, State, C.getLocationContext());
    if (!Object)
      return true;
    // Raw: a lost value the path has branched on is constrained, not known.
    SVal V = State->getRawSVal(*Object, Read->getType());
    if (V.isUnknown())
      return true;
    SymbolRef Sym = V.getAsSymbol(/*IncludeBaseRegions=*/true);
    return Sym && !involvesModelSymbol(State, Sym);
  };
  // The condition's own value may be such a global's lost value, read
  // before the path wrote the global (`switch (InterlockedExchange(&g, 0))`)
  // or through a copy (`state = g; ... if (state == 2)`): what clang made
  // of the global when it forgot it. (A comparison's value is already 0 or
  // 1 here, clang having split the path on it: the copy is read instead.)
  auto LostValue = [&](SVal V) {
    for (SymbolRef S : V.symbols()) {
      const auto *D = dyn_cast<SymbolDerived>(S);
      if (!D || !isa<SymbolConjured>(D->getParentSymbol()))
        continue;
      const auto *VR = dyn_cast<VarRegion>(D->getRegion()->getBaseRegion());
      if (VR && VR->getDecl()->hasGlobalStorage() &&
          LostGlobal(VR->getDecl()) && !involvesModelSymbol(State, S))
        return true;
    }
    return false;
  };
  auto LostCopy = [&](const VarDecl *VD) {
    Loc Object = State->getLValue(VD, C.getLocationContext());
    return LostValue(State->getRawSVal(Object, VD->getType()));
  };
  if (llvm::none_of(G.Reads, Lost) && !LostValue(Value) &&
      llvm::none_of(G.Copies, LostCopy))
    return;
  // Whichever branch runs, no report may rest on it: what a branch
  // deregisters is no longer tracked, and whether the captures match what a
  // branch releases is unknown.
  for (auto [Reg, RS] : State->get<WskRegistrations>()) {
    const VarDecl *VD = globalVar(Reg);
    if (G.Then.deregisters(VD) || G.Else.deregisters(VD))
      State = escape(State, Reg);
    else if (G.Then.releases(VD) || G.Else.releases(VD))
      State = State->add<WskReleaseUndecided>(Reg);
  }
  C.addTransition(State);
}

ProgramStateRef WskChecker::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *,
    ArrayRef<const MemRegion *> ExplicitRegions,
    ArrayRef<const MemRegion *> Regions, const LocationContext *,
    const CallEvent *Call) const {
  ASTContext &Ctx = State->getStateManager().getContext();
  switch (currentKernelWrite(State)) {
  case KernelWrite::CallbackGlobals: {
    // Before unload: what other callbacks may have changed is unknown. A
    // guard of the cleanup that became unknown takes the registrations it
    // guards with it: no report may rest on a branch of it alone.
    llvm::SmallPtrSet<const MemRegion *, 16> Changed(Regions.begin(),
                                                     Regions.end());
    const Cleanup &Guarded = Kernel->callbackWrites(Ctx).Guarded;
    for (auto [Reg, RS] : State->get<WskRegistrations>())
      if (Changed.count(Reg->getBaseRegion()) ||
          Guarded.deregisters(globalVar(Reg)))
        State = escape(State, Reg);
    for (const MemRegion *R : Regions)
      if (isa<GlobalsSpaceRegion>(memorySpace(R, State)))
        State = State->add<WskEscaped>(R->getBaseRegion());
    return State;
  }
  case KernelWrite::OutParameters:
    // A kernel routine writes exactly these objects.
    for (const MemRegion *E : ExplicitRegions) {
      for (auto [Reg, RS] : State->get<WskRegistrations>())
        if (Reg == E || Reg->isSubRegionOf(E) || E->isSubRegionOf(Reg))
          State = escape(State, Reg);
      if (isFresh(State, E))
        State = State->add<WskEscaped>(E);
    }
    return State;
  case KernelWrite::None:
    break;
  }

  // Only what is handed to a call escapes; clang's invalidation of globals
  // at an unknown call is not an escape of the object.
  if (!Call || Calls.lookup(*Call))
    return State;
  // Code the analysis cannot see may use the driver's globals: clang
  // invalidated them (it spares them for functions of system headers).
  bool Opaque = llvm::any_of(Regions, [](const MemRegion *R) {
    return isa<GlobalInternalSpaceRegion>(R);
  });
  if (Opaque) {
    State = State->set<WskGlobalsOpaque>(true);
    // A function of another file reaches only the globals it can name, and
    // what those point to. A function of this file that was not inlined
    // (the analysis gave up on it) may reach them all.
    const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getDecl());
    bool OwnCode = FD && FD->hasBody();
    // Memory the globals point to: the call may change it if it can name
    // one of them; if not, clang still forgot the globals' values (static
    // ones too), and with them the way the driver reaches the memory later.
    llvm::SmallPtrSet<const MemRegion *, 16> Reached(Regions.begin(),
                                                     Regions.end());
    for (auto [Reg, RS] : State->get<WskRegistrations>())
      if (isa<GlobalsSpaceRegion>(memorySpace(Reg, State))
              ? OwnCode || isShared(Reg)
              : Reached.count(Reg->getBaseRegion()))
        State = escape(State, Reg);
  }
  for (const MemRegion *E : ExplicitRegions) {
    for (auto [Reg, RS] : State->get<WskRegistrations>())
      if (Reg == E || Reg->isSubRegionOf(E) || E->isSubRegionOf(Reg))
        State = escape(State, Reg);
    // Untracked fresh memory is remembered too: it is otherwise known never
    // to have been registered.
    if (isFresh(State, E))
      State = State->add<WskEscaped>(E->getBaseRegion());
  }
  return State;
}

ProgramStateRef WskChecker::evalAssume(ProgramStateRef State, SVal,
                                       bool) const {
  return resolvePending(State);
}

//===----------------------------------------------------------------------===//
// The lifecycle root
//===----------------------------------------------------------------------===//

void WskChecker::checkLifecycleCallbackEnd(const ReturnStmt *RS,
                                           CheckerContext &C,
                                           ProgramStateRef &State,
                                           ExplodedNode *&Pred) const {
  // The root calls DriverUnload, then an NDIS miniport's unload handler,
  // then KMDF's EvtDriverUnload and the driver object's EvtCleanupCallback:
  // judge after the last that is set. After a failed DriverEntry only the
  // cleanup callback runs.
  KernelModel::Slot Slot = Kernel->calledSlot(C);
  if (Slot == KernelModel::Slot::None)
    return;
  Phase P = lifecyclePhase(State);
  if (P == Phase::Unloading && Kernel->laterSlotSet(C, State, Slot))
    return;
  if (P == Phase::Loading && Slot != KernelModel::Slot::KmdfCleanup)
    return;
  State = resolvePending(State);

  WskRuleId Rule = P == Phase::Unloading ? WskRule_UnloadSkipsDeregister
                                         : WskRule_MissingDeregister;
  if (!isEnabled(Rule))
    return;
  const char *Suffix =
      P == Phase::Unloading
          ? " is still registered"
          : " is still registered when the framework deletes the driver "
            "object after DriverEntry failed; nothing will deregister it";
  ExplodedNode *N = nullptr;
  for (auto [Reg, S] : State->get<WskRegistrations>()) {
    if (!mayBeLive(State, S) || isStackLocal(State, Reg))
      continue;
    if (!N)
      N = C.generateNonFatalErrorNode(State, Pred);
    if (!N)
      return;
    std::string Msg = P == Phase::Unloading
                          ? "Unload routine returns while " +
                                registrationPhrase(Reg, S.getOrigin()) + Suffix
                          : registrationPhrase(Reg, S.getOrigin()) + Suffix;
    report(Rule, C, RS, Msg, Reg, nullptr, N);
  }
  if (N)
    Pred = N;
}
