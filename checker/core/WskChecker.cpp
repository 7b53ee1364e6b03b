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
/// Pool allocations made on this path (their symbols).
REGISTER_SET_WITH_PROGRAMSTATE(WskFreshAllocations, SymbolRef)
/// Where the lifecycle root is in the driver's life.
enum class Phase : unsigned { None, Loading, Unloading };
REGISTER_TRAIT_WITH_PROGRAMSTATE(WskPhase, unsigned)
/// Set once code the analysis cannot see may have used the driver's globals.
REGISTER_TRAIT_WITH_PROGRAMSTATE(WskGlobalsOpaque, bool)
/// Driver globals saved across a kernel routine call.
REGISTER_MAP_WITH_PROGRAMSTATE(WskSavedGlobals, const MemRegion *, SVal)

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
  return State;
}

/// The pending capture on \p Reg of its current generation, if any.
const std::pair<SymbolRef, CaptureState> *pendingCapture(ProgramStateRef State,
                                                         const MemRegion *Reg,
                                                         unsigned Generation) {
  for (const auto &Entry : State->get<WskCaptures>())
    if (Entry.second.getKind() == CaptureState::Pending &&
        Entry.second.getRegistration() == Reg &&
        Entry.second.getGeneration() == Generation)
      return &Entry;
  return nullptr;
}

/// Stops tracking \p Reg and the captures taken on it.
ProgramStateRef forget(ProgramStateRef State, const MemRegion *Reg) {
  State = State->remove<WskRegistrations>(Reg);
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
  std::string Name = Reg->getDescriptiveName(/*UseQuotes=*/false);
  if (!Name.empty() || !Arg)
    return Name;
  const Expr *E = Arg->IgnoreParenImpCasts();
  std::string Prefix = "*";
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf) {
    E = UO->getSubExpr()->IgnoreParens();
    Prefix.clear();
  }
  const ASTContext &Ctx = Reg->getMemRegionManager().getContext();
  StringRef Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                           Ctx.getSourceManager(), Ctx.getLangOpts());
  if (Text.empty() || Text.contains('\n'))
    return "";
  return Prefix + Text.str();
}

/// A variable the lifecycle root declared.
const VarDecl *findRootVar(ASTContext &Ctx, StringRef Name) {
  // The root's variables are the last declarations of the unit; name lookup
  // does not see implicit declarations.
  const VarDecl *Found = nullptr;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D);
        VD && VD->isImplicit() && VD->getIdentifier() && VD->getName() == Name)
      Found = VD;
  return Found;
}

/// Whether the function pointer \p VD is known to be set.
bool isSet(ProgramStateRef State, const VarDecl *VD,
           const LocationContext *LCtx) {
  SVal V = State->getSVal(State->getLValue(VD, LCtx));
  auto L = V.getAs<DefinedOrUnknownSVal>();
  return L && !State->assume(*L, false);
}

/// Whether other translation units can name the global \p R lies in.
bool isShared(const MemRegion *R) {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  return !VR || VR->getDecl()->isExternallyVisible();
}

Phase phaseOf(ProgramStateRef State) {
  return static_cast<Phase>(State->get<WskPhase>());
}

/// Whether \p R lies in memory this path allocated and kept to itself, or
/// in a global the lifecycle root knows from the image's load on.
bool isFresh(ProgramStateRef State, const MemRegion *R) {
  if (isEscaped(State, R))
    return false;
  if (isStackLocal(State, R))
    return true;
  if (isa<GlobalsSpaceRegion>(memorySpace(R, State)))
    return phaseOf(State) != Phase::None &&
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

/// The member of WSK_PROVIDER_DISPATCH a call goes through, if it does.
const MemberExpr *dispatchMember(const CallEvent &Call) {
  if (Call.getDecl())
    return nullptr;
  const auto *CE = dyn_cast_or_null<CallExpr>(Call.getOriginExpr());
  if (!CE)
    return nullptr;
  const auto *ME = dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenCasts());
  if (!ME)
    return nullptr;
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!FD || !isProviderDispatchRecord(FD->getParent()))
    return nullptr;
  return ME;
}

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

bool WskChecker::evalCall(const CallEvent &Call, CheckerContext &C) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (FD && FD->isImplicit() && FD->getIdentifier() &&
      FD->getName() == UnloadPhaseMarkerName) {
    evalUnloadPhase(Call, C);
    return true;
  }
  if (FD && FD->getIdentifier() && FD->getName() == "WdfDriverCreate")
    return evalWdfDriverCreate(Call, C);
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

void WskChecker::evalRegister(const CallEvent &Call, CheckerContext &C,
                              const MemRegion *Reg) const {
  ProgramStateRef State = C.getState();
  DefinedOrUnknownSVal Status = conjureStatus(Call, C);
  State = State->BindExpr(Call.getOriginExpr(), C.getLocationContext(), Status);
  SymbolRef StatusSym = Status.getAsSymbol();
  if (!Reg || !StatusSym) {
    C.addTransition(State);
    return;
  }

  const RegState *Old = State->get<WskRegistrations>(Reg);
  if (Old && Old->isLive() &&
      report(WskRule_DoubleRegister, C, Call.getOriginExpr(),
             "WskRegister on " + quoted(Reg, Call.getArgExpr(1)) +
                 ", which is already registered",
             Reg))
    return;

  unsigned Generation = Old ? Old->getGeneration() + 1 : 1;
  State = State->set<WskRegistrations>(Reg, RegState(RegState::Pending,
                                                     StatusSym, 0, Generation,
                                                     Call.getArgExpr(1)));
  C.addTransition(
      State,
      C.getNoteTag([Reg, StatusSym](PathSensitiveBugReport &BR) -> std::string {
        if (!BR.isInteresting(Reg))
          return "";
        if (recordedOutcome(BR, StatusSym) == Outcome::Failure)
          return "Assuming WskRegister fails";
        return "WSK client registered here";
      }));
}

void WskChecker::evalCapture(const CallEvent &Call, CheckerContext &C,
                             const MemRegion *Reg) const {
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  const auto *CE = cast<CallExpr>(Call.getOriginExpr());
  DefinedOrUnknownSVal Status = conjureStatus(Call, C);
  State = State->BindExpr(CE, LCtx, Status);
  SymbolRef StatusSym = Status.getAsSymbol();

  std::optional<RegState> RS = Reg ? stateOf(State, Reg) : std::nullopt;
  bool NotRegistered = RS && RS->isDead();
  if (NotRegistered &&
      report(WskRule_CaptureWithoutRegister, C, CE,
             "WskCaptureProviderNPI on " + quoted(Reg, Call.getArgExpr(0)) +
                 ", which is not registered",
             Reg))
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
        if (recordedOutcome(BR, StatusSym) == Outcome::Failure)
          return "Assuming WskCaptureProviderNPI fails";
        return "Provider NPI captured here";
      }));
}

void WskChecker::evalRelease(const CallEvent &Call, CheckerContext &C,
                             const MemRegion *Reg) const {
  ProgramStateRef State = C.getState();
  std::optional<RegState> RS = Reg ? stateOf(State, Reg) : std::nullopt;
  if (!RS) {
    C.addTransition(State);
    return;
  }

  if (RS->getHeld() > 0) {
    State = State->set<WskRegistrations>(Reg, RS->withHeld(RS->getHeld() - 1));
  } else if (const auto *P = pendingCapture(State, Reg, RS->getGeneration())) {
    // Releasing a capture whose status was never tested: the driver takes
    // it as successful, and so does the model.
    State = State->set<WskCaptures>(P->first,
                                    P->second.with(CaptureState::Succeeded));
    State = State->set<WskOutcomes>(P->first, true);
  } else if ((RS->capturesKnown() ||
              capturedHere(State, Reg, RS->getGeneration())) &&
             report(WskRule_UnbalancedRelease, C, Call.getOriginExpr(),
                    "WskReleaseProviderNPI on " +
                        quoted(Reg, Call.getArgExpr(0)) +
                        " without a matching successful capture",
                    Reg)) {
    return;
  }

  C.addTransition(
      State, C.getNoteTag([Reg](PathSensitiveBugReport &BR) -> std::string {
        return BR.isInteresting(Reg) ? "Provider NPI released here" : "";
      }));
}

void WskChecker::evalDeregister(const CallEvent &Call, CheckerContext &C,
                                const MemRegion *Reg) const {
  ProgramStateRef State = C.getState();
  if (!Reg) {
    C.addTransition(State);
    return;
  }
  const Expr *CE = Call.getOriginExpr();
  std::optional<RegState> RS = stateOf(State, Reg);
  std::string Name = quoted(Reg, Call.getArgExpr(0));

  if (RS && RS->isDead()) {
    const char *Why =
        RS->getKind() == RegState::Failed  ? ", whose WskRegister failed"
        : RS->getKind() == RegState::Never ? ", which was never registered"
                                           : ", which was already deregistered";
    if (report(WskRule_DuplicateDeregister, C, CE,
               "WskDeregister on " + Name + Why, Reg))
      return;
  } else if (RS) {
    ProgramStateRef Hung = nullptr;
    if (RS->getHeld() > 0) {
      Hung = State;
    } else if (const auto *P =
                   pendingCapture(State, Reg, RS->getGeneration())) {
      // A capture whose failure the path never established: where it
      // succeeded, this call waits for its release.
      SValBuilder &SVB = C.getSValBuilder();
      SVal Ok = SVB.evalBinOp(State, BO_GE, SVB.makeSymbolVal(P->first),
                              SVB.makeZeroVal(P->first->getType()),
                              SVB.getConditionType());
      if (auto D = Ok.getAs<DefinedOrUnknownSVal>())
        Hung = State->assume(*D, true);
    }
    if (Hung && isEnabled(WskRule_DeregisterWhileCaptured)) {
      if (ExplodedNode *N = C.generateErrorNode(Hung))
        report(WskRule_DeregisterWhileCaptured, C, CE,
               "WskDeregister on " + Name +
                   " while the provider NPI is still captured; it will wait "
                   "forever",
               Reg, nullptr, N);
      return;
    }
  }

  unsigned Generation = RS ? RS->getGeneration() : 0;
  State = State->set<WskRegistrations>(
      Reg, RegState(RegState::Deregistered, nullptr, 0, Generation));
  C.addTransition(
      State, C.getNoteTag([Reg](PathSensitiveBugReport &BR) -> std::string {
        return BR.isInteresting(Reg) ? "WSK client deregistered here" : "";
      }));
}

//===----------------------------------------------------------------------===//
// Calls through the provider dispatch table, frees and overwrites
//===----------------------------------------------------------------------===//

bool WskChecker::checkDispatchCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  const MemberExpr *ME = dispatchMember(Call);
  if (!ME)
    return true;
  ProgramStateRef State = C.getState();
  const auto *CE = cast<CallExpr>(Call.getOriginExpr());
  SymbolRef Table = dispatchTableOf(C.getSVal(CE->getCallee()));
  if (!Table)
    return true;

  const CaptureState *Cap = nullptr;
  for (const auto &Entry : State->get<WskCaptures>())
    if (Entry.second.getDispatch() == Table)
      Cap = &Entry.second;
  if (!Cap)
    return true;

  std::string Callee = ("'" + ME->getMemberDecl()->getName() + "'").str();
  const MemRegion *Reg = Cap->getRegistration();
  switch (Cap->getKind()) {
  case CaptureState::Pending:
    return true;
  case CaptureState::Failed:
    return !report(WskRule_DispatchWithoutCapture, C, CE,
                   Callee + " called through a provider NPI whose capture "
                            "failed",
                   Reg, Table);
  case CaptureState::Succeeded:
    break;
  }

  const RegState *RS = State->get<WskRegistrations>(Reg);
  if (!RS)
    return true;
  if (RS->getGeneration() != Cap->getGeneration())
    return !report(WskRule_DispatchAfterRelease, C, CE,
                   Callee +
                       " called through a provider dispatch table "
                       "captured under an earlier registration of " +
                       quoted(Reg, RS->getOrigin()),
                   Reg, Table);
  // Another capture still held keeps the table valid; so may captures taken
  // before this path began, unless the path knows them all.
  if (RS->getHeld() > 0 || !RS->capturesKnown() ||
      pendingCapture(State, Reg, RS->getGeneration()))
    return true;
  return !report(WskRule_DispatchAfterRelease, C, CE,
                 Callee + " called through a provider dispatch table whose "
                          "capture was released",
                 Reg, Table);
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
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD || !FD->getIdentifier() || Call.getNumArgs() == 0)
    return State;
  StringRef Name = FD->getName();
  std::optional<unsigned> FreedArg = freedArgument(Name);
  bool Overwrite = isMemoryOverwrite(Name);
  if (!FreedArg && !Overwrite)
    return State;
  const MemRegion *Target =
      registrationRegion(Call.getArgSVal(FreedArg ? *FreedArg : 0));
  if (!Target)
    return State;
  if (FreedArg)
    Target = Target->getBaseRegion();

  ExplodedNode *N = nullptr;
  for (auto [Reg, RS] : State->get<WskRegistrations>()) {
    if (Reg != Target && !Reg->isSubRegionOf(Target))
      continue;
    if (RS.isLive() && isEnabled(WskRule_MissingDeregister)) {
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
  if (!checkDispatchCall(Call, C))
    return;
  ProgramStateRef State = C.getState();
  ExplodedNode *Pred = C.getPredecessor();
  State = checkRegistrationLost(Call, C, State, Pred);
  if (keepsDriverGlobals(Call))
    State = saveDriverGlobals(Call, C, State);
  if (State != C.getState() || Pred != C.getPredecessor())
    C.addTransition(State, Pred);
}

void WskChecker::checkPostCall(const CallEvent &Call, CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  if (keepsDriverGlobals(Call))
    State = restoreDriverGlobals(C, State);
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (FD && FD->getIdentifier() && isAllocation(FD->getName()))
    if (SymbolRef Block = Call.getReturnValue().getAsSymbol())
      State = State->add<WskFreshAllocations>(Block);
  if (State != C.getState())
    C.addTransition(State);
}

//===----------------------------------------------------------------------===//
// Driver globals across kernel routines
//===----------------------------------------------------------------------===//

bool WskChecker::keepsDriverGlobals(const CallEvent &Call) const {
  // Clang already spares the driver's globals for functions declared in
  // system headers.
  if (Call.isInSystemHeader())
    return false;
  if (dispatchMember(Call))
    return true;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD || isa<CXXMethodDecl>(FD) || FD->hasBody() || !FD->getIdentifier())
    return false;
  // Calls the model evaluates itself invalidate nothing.
  if (FD->getName() == "WdfDriverCreate" &&
      findRootVar(FD->getASTContext(), KmdfUnloadVarName))
    return false;
  // Compiler builtins and the C memory routines write only what they are
  // handed, like kernel routines.
  StringRef Name = FD->getName();
  return (isKernelRoutineName(Name) || FD->getBuiltinID() != 0 ||
          isMemoryOverwrite(Name) || isAllocation(Name) ||
          freedArgument(Name)) &&
         !Calls.lookup(Call);
}

const std::vector<const VarDecl *> &
WskChecker::driverGlobals(ASTContext &Ctx) const {
  if (GlobalsOf == &Ctx)
    return Globals;
  GlobalsOf = &Ctx;
  Globals.clear();
  const SourceManager &SM = Ctx.getSourceManager();
  forEachFileScopeVar(Ctx, [&](const VarDecl *VD) {
    if (!VD->hasGlobalStorage() || VD->isStaticLocal() ||
        VD->isStaticDataMember() || VD != VD->getCanonicalDecl())
      return;
    QualType T = VD->getType();
    // Volatile globals are the ones other contexts write; const ones are
    // never invalidated.
    if (T.isVolatileQualified() || T.isConstQualified() ||
        T->isReferenceType() || SM.isInSystemHeader(VD->getLocation()))
      return;
    Globals.push_back(VD);
  });
  return Globals;
}

ProgramStateRef WskChecker::saveDriverGlobals(const CallEvent &Call,
                                              CheckerContext &C,
                                              ProgramStateRef State) const {
  const auto &Vars = driverGlobals(C.getASTContext());
  // A global whose address the routine is handed may be written by it.
  llvm::SmallPtrSet<const MemRegion *, 4> Handed;
  for (unsigned I = 0, E = Call.getNumArgs(); I != E; ++I)
    if (const MemRegion *R = Call.getArgSVal(I).getAsRegion())
      Handed.insert(R->getBaseRegion());

  MemRegionManager &MRM = C.getStoreManager().getRegionManager();
  for (const VarDecl *VD : Vars) {
    const VarRegion *VR = MRM.getVarRegion(VD, C.getLocationContext());
    if (Handed.count(VR))
      continue;
    State = State->set<WskSavedGlobals>(VR, State->getSVal(VR));
  }
  return State;
}

ProgramStateRef WskChecker::restoreDriverGlobals(CheckerContext &C,
                                                 ProgramStateRef State) const {
  auto Saved = State->get<WskSavedGlobals>();
  if (Saved.isEmpty())
    return State;
  for (auto [R, V] : Saved)
    State = State->bindLoc(loc::MemRegionVal(R), V, C.getLocationContext(),
                           /*notifyChanges=*/false);
  return State->remove<WskSavedGlobals>();
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
  // The unload routine never runs for a driver whose DriverEntry fails.
  const auto *FD = dyn_cast_or_null<FunctionDecl>(C.getStackFrame()->getDecl());
  if (!isEnabled(WskRule_MissingDeregister) || !isDriverEntry(FD))
    return;
  // In C++, the destructors of DriverEntry's locals run after the return
  // statement and may still deregister; a registration they lose is
  // reported where it is lost (freed, out of scope).
  if (C.getASTContext().getLangOpts().CPlusPlus &&
      hasLocalWithDestructor(FD->getBody()))
    return;
  const Expr *RetE = RS->getRetValue();
  if (!RetE)
    return;
  ProgramStateRef State = C.getState();
  // KMDF calls the driver object's cleanup callback when DriverEntry fails
  // after WdfDriverCreate: what is live is judged when that returns.
  if (const VarDecl *Cleanup =
          findRootVar(C.getASTContext(), KmdfCleanupVarName))
    if (isSet(State, Cleanup, C.getLocationContext()))
      return;
  bool AnyLive = false;
  for (auto [Reg, S] : State->get<WskRegistrations>())
    AnyLive |= (S.isLive() || S.getKind() == RegState::Pending);
  if (!AnyLive)
    return;

  SValBuilder &SVB = C.getSValBuilder();
  SVal Ret = C.getSVal(RetE);
  SVal Fails =
      SVB.evalBinOp(State, BO_LT, Ret, SVB.makeZeroVal(RetE->getType()),
                    SVB.getConditionType());
  auto FailsD = Fails.getAs<DefinedOrUnknownSVal>();
  if (!FailsD)
    return;
  auto [FailState, OkState] = State->assume(*FailsD);
  if (!FailState)
    return;

  std::vector<std::pair<const MemRegion *, const Expr *>> Live;
  for (auto [Reg, S] : FailState->get<WskRegistrations>())
    if (S.isLive() && !isStackLocal(State, Reg))
      Live.emplace_back(Reg, S.getOrigin());
  if (Live.empty())
    return;

  bool Assumed = static_cast<bool>(OkState);
  const NoteTag *Tag = C.getNoteTag([Assumed](PathSensitiveBugReport &BR) {
    return std::string(Assumed ? "Assuming DriverEntry returns a failure status"
                               : "DriverEntry returns a failure status");
  });
  // The note goes on a node of its own: a report's own node shows only the
  // warning.
  ExplodedNode *Assumed0 = C.addTransition(FailState, Tag);
  ExplodedNode *N =
      Assumed0 ? C.generateNonFatalErrorNode(FailState, Assumed0, &FailTag)
               : nullptr;
  if (!N)
    return;
  for (auto [Reg, Origin] : Live)
    report(WskRule_MissingDeregister, C, RetE,
           registrationPhrase(Reg, Origin) +
               " is still registered when DriverEntry returns a failure "
               "status; the unload routine will not run to deregister it",
           Reg, nullptr, N);
  if (OkState)
    C.addTransition(OkState);
}

void WskChecker::checkEndFunction(const ReturnStmt *RS,
                                  CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const StackFrameContext *SFC = C.getStackFrame();
  ExplodedNode *Pred = C.getPredecessor();
  checkLifecycleCallbackEnd(RS, C, State, Pred);
  ExplodedNode *N = nullptr;
  for (auto [Reg, S] : State->get<WskRegistrations>()) {
    if (!isStackLocal(State, Reg, SFC))
      continue;
    if (S.isLive()) {
      if (!N)
        N = C.generateNonFatalErrorNode(State, Pred);
      if (N)
        report(WskRule_MissingDeregister, C, RS,
               registrationPhrase(Reg, S.getOrigin()) +
                   " goes out of scope while still "
                   "registered",
               Reg, nullptr, N);
    }
    State = forget(State, Reg);
  }
  for (const MemRegion *Reg : State->get<WskEscaped>())
    if (isStackLocal(State, Reg, SFC))
      State = State->remove<WskEscaped>(Reg);
  if (N)
    Pred = N;
  if (State != C.getState() || Pred != C.getPredecessor())
    C.addTransition(State, Pred);
}

void WskChecker::checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  // A status dropped untested: the driver goes on as if the call succeeded.
  for (auto [Reg, RS] : State->get<WskRegistrations>())
    if (RS.getKind() == RegState::Pending && SR.isDead(RS.getStatus()))
      State = resolveRegistration(State, Reg, RS, /*Ok=*/true);
  // Captures stay recorded when their symbols die: a call through the table
  // is traced back through a symbol for the member loaded from it, which
  // does not keep the table's own symbol alive.
  for (auto [Status, Cap] : State->get<WskCaptures>())
    if (Cap.getKind() == CaptureState::Pending && SR.isDead(Status))
      State = resolveCapture(State, Status, Cap, /*Ok=*/true);
  if (State != C.getState())
    C.addTransition(State);
}

ProgramStateRef WskChecker::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *,
    ArrayRef<const MemRegion *> ExplicitRegions,
    ArrayRef<const MemRegion *> Regions, const LocationContext *,
    const CallEvent *Call) const {
  if (ForgettingCallbackState) {
    llvm::SmallPtrSet<const MemRegion *, 16> Changed(Regions.begin(),
                                                     Regions.end());
    for (auto [Reg, RS] : State->get<WskRegistrations>())
      if (Changed.count(Reg->getBaseRegion())) {
        State = forget(State, Reg);
        State = State->add<WskEscaped>(Reg);
      }
    for (const MemRegion *R : Regions)
      if (isa<GlobalsSpaceRegion>(memorySpace(R, State)))
        State = State->add<WskEscaped>(R->getBaseRegion());
    return State;
  }
  // Only what is handed to a call escapes; clang's invalidation of globals
  // at an unknown call is not an escape of the object.
  if (!Call || Calls.lookup(*Call))
    return State;
  // Freeing or overwriting memory keeps no pointer to it.
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getDecl()))
    if (FD->getIdentifier() &&
        (freedArgument(FD->getName()) || isMemoryOverwrite(FD->getName())))
      return State;
  // A driver function the analysis cannot see may use any global and what
  // the globals point to; a kernel routine cannot.
  bool Opaque = !keepsDriverGlobals(*Call) &&
                llvm::any_of(Regions, [](const MemRegion *R) {
                  return isa<GlobalsSpaceRegion>(R);
                });
  if (Opaque) {
    // Other translation units reach only the globals they can name, and
    // what those point to.
    State = State->set<WskGlobalsOpaque>(true);
    bool SharedGlobals = false;
    for (const VarDecl *VD :
         driverGlobals(State->getStateManager().getContext()))
      SharedGlobals |= VD->isExternallyVisible();
    llvm::SmallPtrSet<const MemRegion *, 16> Reached(Regions.begin(),
                                                     Regions.end());
    for (auto [Reg, RS] : State->get<WskRegistrations>()) {
      if (isa<GlobalsSpaceRegion>(memorySpace(Reg, State))
              ? isShared(Reg)
              : SharedGlobals && Reached.count(Reg->getBaseRegion())) {
        State = forget(State, Reg);
        State = State->add<WskEscaped>(Reg);
      }
    }
  }
  for (const MemRegion *E : ExplicitRegions) {
    for (auto [Reg, RS] : State->get<WskRegistrations>()) {
      if (Reg == E || Reg->isSubRegionOf(E) || E->isSubRegionOf(Reg)) {
        State = forget(State, Reg);
        State = State->add<WskEscaped>(Reg);
      }
    }
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

void WskChecker::checkBeginFunction(CheckerContext &C) const {
  if (C.inTopFrame() && isLifecycleRoot(C.getStackFrame()->getDecl()))
    beginLifecycle(C);
}

void WskChecker::beginLifecycle(CheckerContext &C) const {
  // The image was just loaded: every global the unit defines holds its
  // initial value.
  ProgramStateRef State = C.getState();
  ASTContext &Ctx = C.getASTContext();
  const LocationContext *LCtx = C.getLocationContext();
  SValBuilder &SVB = C.getSValBuilder();
  forEachFileScopeVar(Ctx, [&](const VarDecl *VD) {
    // Tentative definitions (C's `int g;`) are definitions too.
    if (!VD->hasGlobalStorage() || VD->isStaticLocal() ||
        VD != VD->getCanonicalDecl() ||
        VD->hasDefinition() == VarDecl::DeclarationOnly ||
        VD->getType()->isReferenceType())
      return;
    if (const VarDecl *Def = VD->getDefinition())
      VD = Def;
    Loc L = State->getLValue(VD, LCtx);
    QualType T = VD->getType();
    if (const Expr *Init = VD->getInit()) {
      if (std::optional<SVal> V = SVB.getConstantVal(Init))
        State = State->bindLoc(L, *V, LCtx);
    } else if (T->isScalarType()) {
      State = State->bindLoc(L, SVB.makeZeroVal(T), LCtx);
    } else if (T->isRecordType() || T->isArrayType()) {
      if (const auto *RD = T->getAsCXXRecordDecl();
          !RD || RD->hasTrivialDefaultConstructor())
        State = State->bindDefaultZero(L, LCtx);
    }
  });

  // The I/O manager hands DriverEntry a driver object with no unload
  // routine set.
  const auto *Root = cast<FunctionDecl>(C.getStackFrame()->getDecl());
  SVal Object = State->getSVal(State->getLValue(Root->getParamDecl(0), LCtx));
  if (Object.getAs<Loc>())
    State = State->bindDefaultZero(Object, LCtx);
  C.addTransition(State->set<WskPhase>(unsigned(Phase::Loading)));
}

const llvm::DenseSet<const VarDecl *> &
WskChecker::callbackGlobals(ASTContext &Ctx) const {
  if (CallbackGlobalsOf != &Ctx) {
    CallbackGlobals = callbackWrittenGlobals(Ctx);
    CallbackGlobalsOf = &Ctx;
  }
  return CallbackGlobals;
}

void WskChecker::evalUnloadPhase(const CallEvent &Call,
                                 CheckerContext &C) const {
  // DriverEntry succeeded; until the unload routine runs, the driver's other
  // callbacks may change whatever they write.
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  SmallVector<SVal, 8> Changed;
  for (const VarDecl *VD : callbackGlobals(C.getASTContext()))
    Changed.push_back(State->getLValue(VD, LCtx));
  if (!Changed.empty()) {
    ForgettingCallbackState = true;
    State = invalidateForCall(State, Changed, Call, C.blockCount());
    ForgettingCallbackState = false;
  }
  State = State->set<WskPhase>(unsigned(Phase::Unloading));
  C.addTransition(State, C.getNoteTag([](PathSensitiveBugReport &BR) {
    return std::string("DriverEntry returns success; later the driver is "
                       "unloaded");
  }));
}

bool WskChecker::evalWdfDriverCreate(const CallEvent &Call,
                                     CheckerContext &C) const {
  // Only the lifecycle root needs the callbacks; elsewhere the call is an
  // ordinary kernel routine.
  ASTContext &Ctx = C.getASTContext();
  const VarDecl *UnloadVar = findRootVar(Ctx, KmdfUnloadVarName);
  const VarDecl *CleanupVar = findRootVar(Ctx, KmdfCleanupVarName);
  const VarDecl *DriverVar = findRootVar(Ctx, KmdfDriverVarName);
  const auto *FD = dyn_cast<FunctionDecl>(Call.getDecl());
  if (!UnloadVar || !DriverVar || Call.getNumArgs() != 5 ||
      FD->getNumParams() != 5)
    return false;

  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  SValBuilder &SVB = C.getSValBuilder();
  DefinedOrUnknownSVal Status = conjureStatus(Call, C);
  State = State->BindExpr(Call.getOriginExpr(), LCtx, Status);
  SVal Ok =
      SVB.evalBinOp(State, BO_GE, Status, SVB.makeZeroVal(Call.getResultType()),
                    SVB.getConditionType());
  auto OkD = Ok.getAs<DefinedOrUnknownSVal>();
  if (!OkD) {
    C.addTransition(State);
    return true;
  }
  auto [Created, Failed] = State->assume(*OkD);

  if (Created) {
    // The callback a member of the structure argument \p Arg points to.
    auto Member = [&](unsigned Arg, StringRef Field) -> std::optional<SVal> {
      const auto *RD =
          FD->getParamDecl(Arg)->getType()->getPointeeType()->getAsRecordDecl();
      const MemRegion *R = Call.getArgSVal(Arg).getAsRegion();
      if (!RD || !R || !isa<SubRegion>(R))
        return std::nullopt;
      for (const FieldDecl *F : RD->fields())
        if (F->getName() == Field)
          return Created->getSVal(
              C.getStoreManager().getRegionManager().getFieldRegion(
                  F, cast<SubRegion>(R->StripCasts())));
      return std::nullopt;
    };
    if (auto V = Member(3, "EvtDriverUnload"))
      Created = Created->bindLoc(Created->getLValue(UnloadVar, LCtx), *V, LCtx);
    if (CleanupVar)
      if (auto V = Member(2, "EvtCleanupCallback"))
        Created =
            Created->bindLoc(Created->getLValue(CleanupVar, LCtx), *V, LCtx);
    // The handle goes to the caller and to the root's callbacks.
    SVal Handle = conjureForCall(SVB, DispatchTag, Call, DriverVar->getType(),
                                 C.blockCount());
    Created =
        Created->bindLoc(Created->getLValue(DriverVar, LCtx), Handle, LCtx);
    if (auto Out = Call.getArgSVal(4).getAs<Loc>())
      if (!Out->isZeroConstant())
        Created = Created->bindLoc(*Out, Handle, LCtx);
    C.addTransition(Created);
  }
  if (Failed)
    C.addTransition(Failed);
  return true;
}

void WskChecker::checkLifecycleCallbackEnd(const ReturnStmt *RS,
                                           CheckerContext &C,
                                           ProgramStateRef &State,
                                           ExplodedNode *&Pred) const {
  const StackFrameContext *SFC = C.getStackFrame();
  const LocationContext *Parent = SFC->getParent();
  if (!Parent || !isLifecycleRoot(Parent->getStackFrame()->getDecl()))
    return;
  Phase P = phaseOf(State);
  if (isDriverEntry(dyn_cast_or_null<FunctionDecl>(SFC->getDecl())))
    return;

  // The root calls DriverUnload, then KMDF's EvtDriverUnload, then the
  // driver object's EvtCleanupCallback: judge after the last that is set.
  ASTContext &Ctx = C.getASTContext();
  const VarDecl *UnloadVar = findRootVar(Ctx, KmdfUnloadVarName);
  const VarDecl *CleanupVar = findRootVar(Ctx, KmdfCleanupVarName);
  const auto *Site = dyn_cast_or_null<CallExpr>(SFC->getCallSite());
  const Expr *Callee =
      Site ? Site->getCallee()->IgnoreParenImpCasts() : nullptr;
  const auto *CalleeVar =
      Callee && isa<DeclRefExpr>(Callee)
          ? dyn_cast<VarDecl>(cast<DeclRefExpr>(Callee)->getDecl())
          : nullptr;
  bool IsCleanup = CleanupVar && CalleeVar == CleanupVar;
  bool IsKmdfUnload = UnloadVar && CalleeVar == UnloadVar;
  if (P == Phase::Unloading && !IsCleanup) {
    if (!IsKmdfUnload && UnloadVar && isSet(State, UnloadVar, Parent))
      return;
    if (CleanupVar && isSet(State, CleanupVar, Parent))
      return;
  }
  if (P == Phase::Loading && !IsCleanup)
    return;

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
    if (!S.isLive() || isStackLocal(State, Reg))
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
