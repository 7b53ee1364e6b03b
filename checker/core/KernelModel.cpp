//===- KernelModel.cpp - The kernel around the driver ---------------------===//
//
// Clang's default for a function without a body is to forget every global
// and everything its pointer arguments reach. For a driver that loses the
// flags its cleanup is guarded by and the unload routine it installed, and
// turns correct drivers into false reports. The kernel does far less: this
// checker evaluates kernel routines by what they are documented to write.
//
//===----------------------------------------------------------------------===//

#include "core/KernelModel.h"
#include "core/AnalyzerCompat.h"
#include "core/KernelApi.h"
#include "core/LifecycleRoot.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ento;

REGISTER_TRAIT_WITH_PROGRAMSTATE(KernelPhase, unsigned)
/// The context block of each KMDF object handle.
REGISTER_MAP_WITH_PROGRAMSTATE(KernelObjectContexts, SymbolRef, SVal)
/// Set while the model invalidates memory itself.
REGISTER_TRAIT_WITH_PROGRAMSTATE(KernelWriting, unsigned)
/// Set once work was queued where the model cannot place it.
REGISTER_TRAIT_WITH_PROGRAMSTATE(KernelWorkDropped, bool)
/// Set once a function of the driver ran without the analysis following it.
REGISTER_TRAIT_WITH_PROGRAMSTATE(KernelSkippedDriverCode, bool)
/// Globals of imported files (CTU) given their initial values on this path.
REGISTER_SET_WITH_PROGRAMSTATE(KernelImportedGlobals, const VarDecl *)
/// Globals the unit only declares, given an unknown value on this path.
REGISTER_SET_WITH_PROGRAMSTATE(KernelReachedGlobals, const VarDecl *)
// Frames whose system thread PsTerminateSystemThread ended.
REGISTER_SET_WITH_PROGRAMSTATE(KernelEndedThreads, const StackFrameContext *)

namespace wsk {
namespace {

enum class InterlockedOp {
  Exchange,
  CompareExchange,
  Increment,
  Decrement,
  ExchangeAdd,
  Add,
  Or,
  And,
  Xor,
  BitTestAndSet,
  BitTestAndReset,
  BitTestAndComplement,
  Read,
  Write,
};

const llvm::StringMap<KernelRoutine> &routineTable() {
  static const llvm::StringMap<KernelRoutine> Table = [] {
    llvm::StringMap<KernelRoutine> T;
#define KERNEL_ROUTINE(Name, Effect, A, B, C)                                  \
  T[#Name] = {KernelEffect::Effect, A, B, C};
#include "core/KernelRoutines.def"
#undef KERNEL_ROUTINE
    return T;
  }();
  return Table;
}

bool isWaitRoutine(StringRef Name) {
  static const llvm::StringSet<> Waits = {
#define WAIT_ROUTINE(Name) #Name,
#include "core/KernelRoutines.def"
#undef WAIT_ROUTINE
  };
  return Waits.contains(Name);
}

/// The Interlocked or Read/WriteNoFence operation \p Name performs, by its
/// base name (see KernelRoutines.def).
std::optional<InterlockedOp> interlockedOp(StringRef Name) {
  static const llvm::StringMap<InterlockedOp> Ops = [] {
    llvm::StringMap<InterlockedOp> T;
#define INTERLOCKED(Name, Op) T[StringRef(#Name).lower()] = InterlockedOp::Op;
#include "core/KernelRoutines.def"
#undef INTERLOCKED
    return T;
  }();
  // Longest first, so that "ulong" goes before "long".
  static constexpr llvm::StringLiteral Suffixes[] = {
      "nofence", "acquire", "release", "boolean", "pointer", "ushort",
      "ulong",   "uchar",   "short",   "long",    "char",    "ptr",
      "int",     "64",      "32",      "16",      "8"};
  std::string N = Name.ltrim('_').lower();
  bool Stripped = false;
  for (bool Again = true; Again;) {
    Again = false;
    for (StringRef S : Suffixes)
      if (N.size() > S.size() && StringRef(N).ends_with(S)) {
        N.resize(N.size() - S.size());
        Again = Stripped = true;
        break;
      }
  }
  auto It = Ops.find(N);
  if (It == Ops.end())
    return std::nullopt;
  // "Read" and "Write" alone are not the kernel's.
  if ((It->second == InterlockedOp::Read ||
       It->second == InterlockedOp::Write) &&
      !Stripped)
    return std::nullopt;
  return It->second;
}

const FunctionDecl *plainFunction(const CallEvent &Call) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD || isa<CXXMethodDecl>(FD) || !FD->getIdentifier())
    return nullptr;
  return FD;
}

/// Whether \p FD is the driver's own function rather than the kernel's: it
/// is defined in the file being analysed.
bool isDriverDefined(const FunctionDecl *FD) {
  const FunctionDecl *Def = FD->getDefinition();
  if (!Def)
    return false;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  return SM.isInMainFile(SM.getExpansionLoc(Def->getLocation()));
}

bool isDriverObjectType(QualType T) {
  StringRef Name = recordName(T->getAsRecordDecl());
  return Name == "_DRIVER_OBJECT" || Name == "DRIVER_OBJECT";
}

/// The field \p Name of the record \p T, if it has one.
const FieldDecl *fieldNamed(QualType T, StringRef Name) {
  if (T.isNull())
    return nullptr;
  const auto *RD = T->getAsRecordDecl();
  if (!RD || !(RD = RD->getDefinition()))
    return nullptr;
  for (const FieldDecl *F : RD->fields())
    if (F->getName() == Name)
      return F;
  return nullptr;
}

/// The region of \p Field in the object \p Base points to.
std::optional<Loc> fieldLoc(CheckerContext &C, SVal Base,
                            const FieldDecl *Field) {
  const MemRegion *R = Base.getAsRegion();
  const auto *Super = R ? dyn_cast<SubRegion>(R->StripCasts()) : nullptr;
  if (!Super || !Field)
    return std::nullopt;
  MemRegionManager &MRM = C.getStoreManager().getRegionManager();
  return loc::MemRegionVal(MRM.getFieldRegion(Field, Super));
}

/// The type of what argument \p I points to, as the driver wrote it
/// (through the casts of macros such as RtlZeroMemory).
QualType pointeeAsWritten(const CallEvent &Call, unsigned I) {
  const Expr *E = Call.getArgExpr(I);
  if (!E)
    return {};
  QualType T = E->IgnoreParenCasts()->getType();
  if (T->isArrayType())
    return T->castAsArrayTypeUnsafe()->getElementType();
  return T->isPointerType() ? T->getPointeeType() : QualType();
}

std::optional<uint64_t> constantArg(const CallEvent &Call, unsigned I,
                                    ProgramStateRef State) {
  SVal V = Call.getArgSVal(I);
  if (const llvm::APSInt *K =
          State->getStateManager().getSValBuilder().getKnownValue(State, V))
    if (K->getActiveBits() <= 64)
      return K->getZExtValue();
  return std::nullopt;
}

SmallVector<const MemRegion *, 1> regionsOf(SVal V) {
  SmallVector<const MemRegion *, 1> Rs;
  if (const MemRegion *R = V.getAsRegion())
    Rs.push_back(R->StripCasts());
  return Rs;
}

} // namespace

//===----------------------------------------------------------------------===//
// What other parts of the model read
//===----------------------------------------------------------------------===//

/// Adds to \p Kept the parts beside \p R of the objects that start where
/// \p R starts (the other members of a structure, the other elements of a
/// small array), with their values in \p State. A part written at the start
/// of an object gets the object's own default binding in clang's store (the
/// two have the same key): the rest of the object would lose its value with
/// it (the flags beside the KEVENT a kernel routine initialises, the other
/// entries of an array of such structures).
static void partsBeside(ProgramStateRef State, const MemRegion *R,
                        SmallVectorImpl<std::pair<Loc, SVal>> &Kept) {
  // Beyond this, an array's other elements are left to the write.
  constexpr uint64_t MaxElements = 64;
  ProgramStateManager &Mgr = State->getStateManager();
  MemRegionManager &MRM = Mgr.getRegionManager();
  ASTContext &Ctx = Mgr.getContext();
  RegionOffset Start = R->getAsOffset();
  if (Start.hasSymbolicOffset())
    return;
  auto Keep = [&](const MemRegion *Part, QualType T) {
    Loc L = loc::MemRegionVal(Part);
    Kept.emplace_back(L, State->getSVal(L, T));
  };
  for (const auto *Sub = dyn_cast<SubRegion>(R); Sub;) {
    const auto *Parent = dyn_cast<TypedValueRegion>(Sub->getSuperRegion());
    if (!Parent)
      return;
    RegionOffset ParentStart = Parent->getAsOffset();
    if (ParentStart.hasSymbolicOffset() ||
        ParentStart.getOffset() != Start.getOffset())
      return;
    QualType T = Parent->getValueType();
    if (const RecordDecl *RD = T->getAsRecordDecl()) {
      const auto *FR = dyn_cast<FieldRegion>(Sub);
      if (!FR || RD->isUnion())
        return;
      for (const FieldDecl *F : RD->fields())
        if (F != FR->getDecl())
          Keep(MRM.getFieldRegion(F, Parent), F->getType());
    } else if (const auto *AT = Ctx.getAsConstantArrayType(T)) {
      // At the array's start: the first element.
      const auto *ER = dyn_cast<ElementRegion>(Sub);
      QualType ET = AT->getElementType();
      if (!ER || AT->getSize().ugt(MaxElements) ||
          !Ctx.hasSameType(ER->getElementType(), ET))
        return;
      SValBuilder &SVB = Mgr.getSValBuilder();
      for (uint64_t I = 1, E = AT->getSize().getZExtValue(); I < E; ++I)
        Keep(MRM.getElementRegion(ET, SVB.makeArrayIndex(I), Parent, Ctx), ET);
    } else {
      return;
    }
    Sub = dyn_cast<SubRegion>(Parent);
  }
}

ProgramStateRef writeObjects(ProgramStateRef State,
                             ArrayRef<const MemRegion *> Regions,
                             const CallEvent &Call, CheckerContext &C) {
  if (Regions.empty())
    return State;
  State = State->set<KernelWriting>(unsigned(KernelWrite::OutParameters));
  RegionAndSymbolInvalidationTraits ITraits;
  SmallVector<SVal, 4> Values;
  SmallVector<std::pair<Loc, SVal>, 8> Kept;
  for (const MemRegion *R : Regions) {
    ITraits.setTrait(
        R, RegionAndSymbolInvalidationTraits::TK_DoNotInvalidateSuperRegion);
    Values.push_back(loc::MemRegionVal(R));
    partsBeside(State, R, Kept);
  }
  State = invalidateForCall(State, Values, Call, C.blockCount(), &ITraits);
  // Not a change of the members: no checker is told.
  for (auto [L, V] : Kept)
    if (llvm::none_of(Regions, [&](const MemRegion *R) {
          const MemRegion *M = L.getAsRegion();
          return M == R || M->isSubRegionOf(R) || R->isSubRegionOf(M);
        }))
      State = State->bindLoc(L, V, C.getLocationContext(),
                             /*notifyChanges=*/false);
  return State->remove<KernelWriting>();
}

const KernelRoutine *lookupKernelRoutine(const CallEvent &Call) {
  const FunctionDecl *FD = plainFunction(Call);
  if (!FD)
    return nullptr;
  auto It = routineTable().find(FD->getName());
  return It == routineTable().end() ? nullptr : &It->second;
}

std::optional<unsigned> freedArgument(const CallEvent &Call) {
  const KernelRoutine *R = lookupKernelRoutine(Call);
  if (R && R->Effect == KernelEffect::Free &&
      unsigned(R->A) < Call.getNumArgs())
    return unsigned(R->A);
  return std::nullopt;
}

std::optional<unsigned> overwrittenArgument(const CallEvent &Call) {
  const KernelRoutine *R = lookupKernelRoutine(Call);
  if (R &&
      (R->Effect == KernelEffect::Fill || R->Effect == KernelEffect::Copy) &&
      unsigned(R->A) < Call.getNumArgs())
    return unsigned(R->A);
  return std::nullopt;
}

bool isAllocation(const CallEvent &Call) {
  const KernelRoutine *R = lookupKernelRoutine(Call);
  return R && (R->Effect == KernelEffect::Allocate ||
               R->Effect == KernelEffect::AllocateZeroed);
}

bool threadEnded(ProgramStateRef State, const LocationContext *LC) {
  if (State->get<KernelEndedThreads>().isEmpty())
    return false;
  for (; LC; LC = LC->getParent())
    if (State->contains<KernelEndedThreads>(LC->getStackFrame()))
      return true;
  return false;
}

KernelWrite currentKernelWrite(ProgramStateRef State) {
  return static_cast<KernelWrite>(State->get<KernelWriting>());
}

Phase lifecyclePhase(ProgramStateRef State) {
  return static_cast<Phase>(State->get<KernelPhase>());
}

bool driverCodeSkipped(ProgramStateRef State) {
  return State->get<KernelSkippedDriverCode>();
}

bool isUnloadPhaseMarker(const CallEvent &Call) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  return FD && FD->isImplicit() && FD->getIdentifier() &&
         FD->getName() == UnloadPhaseMarkerName;
}

//===----------------------------------------------------------------------===//
// Kernel routines
//===----------------------------------------------------------------------===//

/// A parameter through which a KMDF method hands back a handle (WDFTIMER *,
/// WDFQUEUE *, ...): a pointer to a pointer typedef named WDF....
static bool isWdfHandleOut(QualType T) {
  if (!T->isPointerType() || T->getPointeeType().isConstQualified())
    return false;
  QualType Handle = T->getPointeeType();
  const auto *TT = Handle->getAs<TypedefType>();
  return TT && TT->getDecl()->getName().starts_with("WDF") &&
         Handle->isPointerType();
}

/// The note on the path where a creation routine fails, said where the
/// report rests on its status (DriverEntry returns it).
static const NoteTag *failureNote(CheckerContext &C, SVal Status,
                                  StringRef Routine) {
  SymbolRef StatusSym = Status.getAsSymbol();
  return C.getNoteTag(
      [StatusSym, Text = ("Assuming " + Routine + " fails").str()](
          PathSensitiveBugReport &BR) {
        return StatusSym && BR.isInteresting(StatusSym) ? Text : std::string();
      });
}

/// A KMDF method that returns a status and hands back framework objects
/// through handle out-parameters.
static bool createsWdfObjects(const FunctionDecl *FD) {
  if (!FD->getName().starts_with("Wdf"))
    return false;
  const auto *Ret = FD->getReturnType()->getAs<TypedefType>();
  if (!Ret || Ret->getDecl()->getName() != "NTSTATUS")
    return false;
  return llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
    return isWdfHandleOut(P->getType());
  });
}

std::optional<KernelRoutine> kernelModelOf(const CallEvent &Call) {
  const FunctionDecl *FD = plainFunction(Call);
  if (!FD)
    return std::nullopt;
  StringRef Name = FD->getName();
  // The WSK client functions are the WSK model's.
  if (Name.starts_with("Wsk"))
    return std::nullopt;
  if (const KernelRoutine *R = lookupKernelRoutine(Call))
    return *R;
  if (isDriverDefined(FD))
    return std::nullopt;
  if (interlockedOp(Name))
    return KernelRoutine{KernelEffect::Interlocked, 0, -1, -1};
  // Any other kernel routine, compiler builtin or C library function the
  // driver only declares: it writes what its non-const pointer parameters
  // point to, and nothing else.
  if (FD->hasBody() || !(isKernelRoutineName(Name) || FD->getBuiltinID() != 0))
    return std::nullopt;
  if (createsWdfObjects(FD))
    return KernelRoutine{KernelEffect::CreateObject, -1, -1, -1};
  return KernelRoutine{KernelEffect::Writes, -1, -1, -1};
}

SmallVector<const MemRegion *, 4> writtenObjects(const CallEvent &Call,
                                                 const KernelRoutine &R) {
  SmallVector<const MemRegion *, 4> Written;
  auto Add = [&](unsigned I) {
    if (I >= Call.getNumArgs())
      return;
    if (const MemRegion *Reg = Call.getArgSVal(I).getAsRegion())
      Written.push_back(Reg->StripCasts());
  };
  if (R.Effect != KernelEffect::Writes &&
      R.Effect != KernelEffect::CreateObject)
    return Written;
  if (R.A >= 0 || R.B >= 0) {
    for (int I : {R.A, R.B})
      if (I >= 0)
        Add(I);
    return Written;
  }
  // Every non-const pointer parameter, but never the fields the driver set
  // in its driver object; arguments passed through "..." are only read.
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl()))
    for (unsigned I = 0, E = FD->getNumParams(); I != E; ++I) {
      QualType P = FD->getParamDecl(I)->getType();
      if (P->isPointerType() && !P->getPointeeType().isConstQualified() &&
          !isDriverObjectType(P->getPointeeType()))
        Add(I);
    }
  return Written;
}

bool KernelModel::evalCall(const CallEvent &Call, CheckerContext &C) const {
  if (isUnloadPhaseMarker(Call)) {
    evalUnloadPhase(Call, C);
    return true;
  }
  // A lambda converted to a function pointer (`DriverObject->DriverUnload =
  // [](PDRIVER_OBJECT) {...};`) is called through its static invoker, whose
  // body the AST leaves empty (code generation forwards to the lambda): the
  // analysis cannot follow it, and treats it as code it cannot see.
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
      MD && MD->isLambdaStaticInvoker()) {
    ProgramStateRef State = Call.invalidateRegions(C.blockCount(), C.getState());
    QualType T = Call.getResultType();
    if (const Expr *E = Call.getOriginExpr(); E && !T->isVoidType())
      State = State->BindExpr(
          E, C.getLocationContext(),
          conjureForCall(C.getSValBuilder(), nullptr, Call, T, C.blockCount()));
    C.addTransition(State);
    return true;
  }
  const FunctionDecl *FD = plainFunction(Call);
  if (!FD)
    return false;
  StringRef Name = FD->getName();
  if (Name == "WdfDriverCreate")
    return evalWdfDriverCreate(Call, C);
  if (Name == "NdisMRegisterMiniportDriver")
    return evalNdisRegisterMiniport(Call, C);
  std::optional<KernelRoutine> R = kernelModelOf(Call);
  if (!R)
    return false;
  if (R->Effect == KernelEffect::Interlocked)
    return evalInterlocked(Call, C);
  evalRoutine(*R, Call, C);
  return true;
}

void KernelModel::evalRoutine(const KernelRoutine &R, const CallEvent &Call,
                              CheckerContext &C) const {
  if (R.Effect == KernelEffect::CreateDevice)
    return evalCreateDevice(R, Call, C);
  if (R.Effect == KernelEffect::ObjectContext)
    return evalObjectContext(R, Call, C);
  if (R.Effect == KernelEffect::QueueWorkItem ||
      R.Effect == KernelEffect::CreateThread)
    return evalQueue(R, Call, C);

  ProgramStateRef State = dropQueuedWork(Call, C, C.getState());
  const LocationContext *LCtx = C.getLocationContext();
  SValBuilder &SVB = C.getSValBuilder();
  const auto *CE = dyn_cast_or_null<CallExpr>(Call.getOriginExpr());
  auto Arg = [&](int I) -> const MemRegion * {
    if (I < 0 || unsigned(I) >= Call.getNumArgs())
      return nullptr;
    const MemRegion *Reg = Call.getArgSVal(I).getAsRegion();
    return Reg ? Reg->StripCasts() : nullptr;
  };

  SVal Ret = UnknownVal();
  QualType RetT = Call.getResultType();
  if (!RetT->isVoidType())
    Ret = conjureForCall(SVB, nullptr, Call, RetT, C.blockCount());

  SmallVector<const MemRegion *, 4> Written = writtenObjects(Call, R);
  switch (R.Effect) {
  case KernelEffect::EndThread: {
    // The frames from here up to the thread's start routine (a function
    // VOID (PVOID), the outermost such) end; called from other code,
    // PsTerminateSystemThread fails and returns.
    SmallVector<const StackFrameContext *, 4> Frames;
    size_t Thread = 0;
    for (const StackFrameContext *SFC = C.getStackFrame(); SFC;
         SFC = SFC->getParent() ? SFC->getParent()->getStackFrame() : nullptr) {
      Frames.push_back(SFC);
      const auto *D = dyn_cast_or_null<FunctionDecl>(SFC->getDecl());
      if (D && D->getReturnType()->isVoidType() && D->getNumParams() == 1 &&
          D->getParamDecl(0)->getType()->isVoidPointerType())
        Thread = Frames.size();
    }
    for (size_t I = 0; I < Thread; ++I)
      State = State->add<KernelEndedThreads>(Frames[I]);
    break;
  }
  case KernelEffect::Pure:
  case KernelEffect::Free:
  case KernelEffect::Writes:
  case KernelEffect::CreateObject:
    break;
  case KernelEffect::Allocate:
  case KernelEffect::AllocateZeroed:
    // A conjured pointer: the allocation may fail (NULL) or return a block
    // nothing else points to.
    if (R.Effect == KernelEffect::AllocateZeroed)
      if (auto L = Ret.getAs<Loc>())
        State = State->bindDefaultZero(*L, LCtx);
    break;
  case KernelEffect::Fill:
  case KernelEffect::Copy: {
    const MemRegion *Dst = Arg(R.A);
    if (!Dst)
      break;
    if (CE && RetT->isPointerType())
      Ret = Call.getArgSVal(R.A);
    QualType T = pointeeAsWritten(Call, R.A);
    std::optional<uint64_t> Len =
        constantArg(Call, R.Effect == KernelEffect::Fill ? R.B : R.C, State);
    bool Whole =
        !T.isNull() && !T->isVoidType() && !T->isIncompleteType() &&
        !T->isFunctionType() && T->isConstantSizeType() && Len &&
        *Len == uint64_t(C.getASTContext().getTypeSizeInChars(T).getQuantity());
    if (R.Effect == KernelEffect::Fill) {
      std::optional<uint64_t> Value =
          R.C < 0 ? std::optional<uint64_t>(0) : constantArg(Call, R.C, State);
      if (Whole && Value && *Value == 0) {
        State = State->bindDefaultZero(loc::MemRegionVal(Dst), LCtx);
        break;
      }
    } else if (Whole) {
      const MemRegion *Src = Arg(R.B);
      if (Src && C.getASTContext().hasSameUnqualifiedType(
                     T, pointeeAsWritten(Call, R.B))) {
        SVal V = State->getSVal(loc::MemRegionVal(Src), T);
        State = State->bindLoc(loc::MemRegionVal(Dst), V, LCtx);
        break;
      }
    }
    Written.push_back(Dst);
    break;
  }
  case KernelEffect::CreateDevice:
  case KernelEffect::ObjectContext:
  case KernelEffect::QueueWorkItem:
  case KernelEffect::CreateThread:
  case KernelEffect::Interlocked:
    llvm_unreachable("evaluated elsewhere");
  }

  State = writeObjects(State, Written, Call, C);
  if (CE)
    State = State->BindExpr(CE, LCtx, Ret);
  if (R.Effect == KernelEffect::CreateObject)
    return splitOnCreated(State, Call, Ret, C);
  C.addTransition(State);
}

void KernelModel::splitOnCreated(ProgramStateRef State, const CallEvent &Call,
                                 SVal Status, CheckerContext &C) const {
  // On success the framework hands back the new object (documented for each
  // method: "a handle to the new ... object"): a driver that later tests
  // the handle for NULL is not taking a path that began with success.
  SValBuilder &SVB = C.getSValBuilder();
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  auto Succeeded =
      SVB.evalBinOp(State, BO_GE, Status, SVB.makeZeroVal(Call.getResultType()),
                    SVB.getConditionType())
          .getAs<DefinedOrUnknownSVal>();
  if (!FD || !Succeeded) {
    C.addTransition(State);
    return;
  }
  auto [Success, Failure] = State->assume(*Succeeded);
  if (Success) {
    static const int HandleTags[8] = {};
    for (unsigned I = 0, E = std::min<unsigned>(FD->getNumParams(), 8);
         I != E && I < Call.getNumArgs(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      const MemRegion *Out = Call.getArgSVal(I).getAsRegion();
      if (!Out || !isWdfHandleOut(T))
        continue;
      DefinedOrUnknownSVal Handle = conjureForCall(
          SVB, &HandleTags[I], Call, T->getPointeeType(), C.blockCount());
      if (ProgramStateRef NonNull = Success->assume(Handle, true))
        Success = NonNull;
      Success = Success->bindLoc(loc::MemRegionVal(Out), Handle,
                                 C.getLocationContext());
    }
    C.addTransition(Success);
  }
  if (Failure)
    C.addTransition(Failure, failureNote(C, Status, FD->getName()));
}

void KernelModel::evalCreateDevice(const KernelRoutine &R,
                                   const CallEvent &Call,
                                   CheckerContext &C) const {
  // IoCreateDevice(DriverObject, ExtensionSize, ..., &DeviceObject): on
  // success (STATUS_SUCCESS) the new device, with a zeroed extension, is
  // the head of the driver object's device list and is written to the
  // out-parameter; on failure nothing is written.
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  SValBuilder &SVB = C.getSValBuilder();
  const Expr *CE = Call.getOriginExpr();
  if (!CE || unsigned(std::max(R.A, R.C)) >= Call.getNumArgs() ||
      !Call.getArgExpr(R.A)->getType()->isPointerType() ||
      !Call.getArgExpr(R.C)->getType()->isPointerType()) {
    C.addTransition(State);
    return;
  }
  QualType StatusT = Call.getResultType();
  DefinedOrUnknownSVal Status =
      conjureForCall(SVB, nullptr, Call, StatusT, C.blockCount());
  State = State->BindExpr(CE, LCtx, Status);
  SVal Zero = SVB.makeZeroVal(StatusT);
  auto Ok = SVB.evalBinOp(State, BO_EQ, Status, Zero, SVB.getConditionType())
                .getAs<DefinedOrUnknownSVal>();
  auto Failed =
      SVB.evalBinOp(State, BO_LT, Status, Zero, SVB.getConditionType())
          .getAs<DefinedOrUnknownSVal>();
  if (!Ok || !Failed) {
    C.addTransition(State);
    return;
  }

  if (ProgramStateRef S = State->assume(*Ok, true)) {
    QualType DevicePtr = Call.getArgExpr(R.C)->getType()->getPointeeType();
    if (DevicePtr->isPointerType()) {
      static const int DeviceTag = 0, ExtensionTag = 0;
      DefinedOrUnknownSVal Device =
          conjureForCall(SVB, &DeviceTag, Call, DevicePtr, C.blockCount());
      if (auto NonNull = S->assume(Device, true))
        S = NonNull;
      QualType DeviceT = DevicePtr->getPointeeType();
      if (auto Out = Call.getArgSVal(R.C).getAs<Loc>())
        S = S->bindLoc(*Out, Device, LCtx);
      SVal Object = Call.getArgSVal(R.A);
      QualType ObjectT = Call.getArgExpr(R.A)->getType()->getPointeeType();
      if (const FieldDecl *F = fieldNamed(DeviceT, "DeviceExtension")) {
        DefinedOrUnknownSVal Ext = conjureForCall(SVB, &ExtensionTag, Call,
                                                  F->getType(), C.blockCount());
        if (auto L = Ext.getAs<Loc>()) {
          if (auto NonNull = S->assume(Ext, true))
            S = NonNull;
          S = S->bindDefaultZero(*L, LCtx);
        }
        if (auto L = fieldLoc(C, Device, F))
          S = S->bindLoc(*L, Ext, LCtx);
      }
      if (auto L = fieldLoc(C, Device, fieldNamed(DeviceT, "DriverObject")))
        S = S->bindLoc(*L, Object, LCtx);
      if (auto Head =
              fieldLoc(C, Object, fieldNamed(ObjectT, "DeviceObject"))) {
        if (auto Next = fieldLoc(C, Device, fieldNamed(DeviceT, "NextDevice")))
          S = S->bindLoc(*Next, S->getSVal(*Head), LCtx);
        S = S->bindLoc(*Head, Device, LCtx);
      }
    }
    C.addTransition(S);
  }
  if (ProgramStateRef S = State->assume(*Failed, true))
    C.addTransition(S, failureNote(C, Status, "IoCreateDevice"));
}

void KernelModel::evalObjectContext(const KernelRoutine &R,
                                    const CallEvent &Call,
                                    CheckerContext &C) const {
  // The framework allocates one zeroed context per object: every call with
  // the same handle returns the same block.
  ProgramStateRef State = C.getState();
  const Expr *CE = Call.getOriginExpr();
  QualType T = Call.getResultType();
  if (!CE || !T->isPointerType() || unsigned(R.A) >= Call.getNumArgs()) {
    C.addTransition(State);
    return;
  }
  SymbolRef Handle = Call.getArgSVal(R.A).getAsLocSymbol();
  if (!Handle)
    Handle = Call.getArgSVal(R.A).getAsSymbol();
  const LocationContext *LCtx = C.getLocationContext();
  if (Handle)
    if (const SVal *Known = State->get<KernelObjectContexts>(Handle)) {
      C.addTransition(State->BindExpr(CE, LCtx, *Known));
      return;
    }
  DefinedOrUnknownSVal Block =
      conjureForCall(C.getSValBuilder(), nullptr, Call, T, C.blockCount());
  if (auto NonNull = State->assume(Block, true))
    State = NonNull;
  if (auto L = Block.getAs<Loc>())
    State = State->bindDefaultZero(*L, LCtx);
  if (Handle)
    State = State->set<KernelObjectContexts>(Handle, Block);
  C.addTransition(State->BindExpr(CE, LCtx, Block));
}

bool KernelModel::evalInterlocked(const CallEvent &Call,
                                  CheckerContext &C) const {
  std::optional<InterlockedOp> Op =
      interlockedOp(cast<FunctionDecl>(Call.getDecl())->getName());
  const Expr *CE = Call.getOriginExpr();
  if (!Op || !CE || Call.getNumArgs() == 0)
    return false;
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  SValBuilder &SVB = C.getSValBuilder();
  QualType RetT = Call.getResultType();
  auto Target = Call.getArgSVal(0).getAs<Loc>();
  QualType T = Call.getArgExpr(0)->IgnoreImpCasts()->getType();
  T = T->isPointerType() ? T->getPointeeType().getUnqualifiedType()
                         : QualType();
  if (!Target || !Target->getAsRegion() || T.isNull() ||
      !(T->isIntegerType() || T->isPointerType())) {
    // Not a place the model can follow: forget the target.
    State = writeObjects(State, regionsOf(Call.getArgSVal(0)), Call, C);
    if (!RetT->isVoidType())
      State = State->BindExpr(
          CE, LCtx, conjureForCall(SVB, nullptr, Call, RetT, C.blockCount()));
    C.addTransition(State);
    return true;
  }

  SVal Old = State->getSVal(*Target, T);
  auto ArgAs = [&](unsigned I) -> SVal {
    if (I >= Call.getNumArgs())
      return UnknownVal();
    return SVB.evalCast(Call.getArgSVal(I), T, Call.getArgExpr(I)->getType());
  };
  auto Bin = [&](BinaryOperatorKind K, SVal L, SVal R) {
    return SVB.evalBinOp(State, K, L, R, T);
  };
  auto Store = [&](ProgramStateRef S, SVal V) {
    return S->bindLoc(*Target, V, LCtx);
  };
  auto Result = [&](ProgramStateRef S, SVal V) {
    if (!RetT->isVoidType())
      S = S->BindExpr(CE, LCtx, SVB.evalCast(V, RetT, T));
    C.addTransition(S);
    return true;
  };
  SVal One =
      SVB.makeIntVal(1, T->isPointerType() ? C.getASTContext().LongTy : T);

  switch (*Op) {
  case InterlockedOp::Read:
    return Result(State, Old);
  case InterlockedOp::Write:
    return Result(Store(State, ArgAs(1)), UnknownVal());
  case InterlockedOp::Exchange:
    return Result(Store(State, ArgAs(1)), Old);
  case InterlockedOp::CompareExchange: {
    // (Destination, Exchange, Comparand): stores Exchange when Destination
    // equals Comparand; returns the old value either way.
    SVal Equal =
        SVB.evalBinOp(State, BO_EQ, Old, ArgAs(2), SVB.getConditionType());
    auto D = Equal.getAs<DefinedOrUnknownSVal>();
    if (!D)
      return Result(Store(State, UnknownVal()), Old);
    auto [Same, Differ] = State->assume(*D);
    if (Same)
      Result(Store(Same, ArgAs(1)), Old);
    if (Differ)
      Result(Differ, Old);
    return true;
  }
  case InterlockedOp::Increment:
  case InterlockedOp::Decrement: {
    SVal New = Bin(*Op == InterlockedOp::Increment ? BO_Add : BO_Sub, Old, One);
    return Result(Store(State, New), New);
  }
  case InterlockedOp::ExchangeAdd:
    return Result(Store(State, Bin(BO_Add, Old, ArgAs(1))), Old);
  case InterlockedOp::Add: {
    SVal New = Bin(BO_Add, Old, ArgAs(1));
    return Result(Store(State, New), New);
  }
  case InterlockedOp::Or:
    return Result(Store(State, Bin(BO_Or, Old, ArgAs(1))), Old);
  case InterlockedOp::And:
    return Result(Store(State, Bin(BO_And, Old, ArgAs(1))), Old);
  case InterlockedOp::Xor:
    return Result(Store(State, Bin(BO_Xor, Old, ArgAs(1))), Old);
  case InterlockedOp::BitTestAndSet:
  case InterlockedOp::BitTestAndReset:
  case InterlockedOp::BitTestAndComplement: {
    // (Base, Bit): returns the bit's old value.
    SVal Bit = ArgAs(1);
    SVal Mask = Bin(BO_Shl, One, Bit);
    SVal Was = Bin(BO_And, Bin(BO_Shr, Old, Bit), One);
    SVal New = *Op == InterlockedOp::BitTestAndSet ? Bin(BO_Or, Old, Mask)
               : *Op == InterlockedOp::BitTestAndReset
                   ? Bin(BO_And, Old, Bin(BO_Xor, Mask, SVB.makeIntVal(-1, T)))
                   : Bin(BO_Xor, Old, Mask);
    return Result(Store(State, New), Was);
  }
  }
  return false;
}

//===----------------------------------------------------------------------===//
// The driver's life (the lifecycle root)
//===----------------------------------------------------------------------===//

const KernelModel::RootVars &KernelModel::rootVars(ASTContext &Ctx) const {
  if (RootVarsOf == &Ctx)
    return Vars;
  RootVarsOf = &Ctx;
  Vars = RootVars();
  // The root's variables are implicit file-scope declarations, which name
  // lookup does not see.
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->isImplicit() || !VD->getIdentifier())
      continue;
    StringRef Name = VD->getName();
    if (Name == KmdfUnloadVarName)
      Vars.KmdfUnload = VD;
    else if (Name == KmdfCleanupVarName)
      Vars.KmdfCleanup = VD;
    else if (Name == KmdfDriverVarName)
      Vars.KmdfDriver = VD;
    else if (Name == NdisUnloadVarName)
      Vars.NdisUnload = VD;
    else if (Name == IoWorkItemVarName)
      Vars.WorkItem = VD;
    else if (Name == IoWorkItemDeviceVarName)
      Vars.WorkItemDevice = VD;
    else if (Name == IoWorkItemContextVarName)
      Vars.WorkItemContext = VD;
    else if (Name == SystemThreadVarName)
      Vars.Thread = VD;
    else if (Name == SystemThreadContextVarName)
      Vars.ThreadContext = VD;
  }
  return Vars;
}

const CallbackWrites &KernelModel::callbackWrites(ASTContext &Ctx) const {
  if (CallbackWritesOf != &Ctx) {
    Writes = callbackWrittenGlobals(Ctx);
    CallbackWritesOf = &Ctx;
  }
  return Writes;
}

/// Whether the function pointer \p VD is known to be set.
static bool isSet(ProgramStateRef State, const VarDecl *VD,
                  const LocationContext *LCtx) {
  if (!VD)
    return false;
  SVal V = State->getSVal(State->getLValue(VD, LCtx));
  auto L = V.getAs<DefinedOrUnknownSVal>();
  return L && !State->assume(*L, false);
}

static std::pair<ProgramStateRef, ProgramStateRef>
splitOnStatus(const CallEvent &Call, CheckerContext &C);

void KernelModel::evalQueue(const KernelRoutine &R, const CallEvent &Call,
                            CheckerContext &C) const {
  // A work item or system thread started during the driver's life runs
  // later on the same path: at the latest where the unload routine waits
  // (not placed: forgotten there) or after the unload routine (the root
  // calls it). One of each kind is placed; more, and none is.
  ProgramStateRef State = C.getState();
  const RootVars &V = rootVars(C.getASTContext());
  bool IsThread = R.Effect == KernelEffect::CreateThread;
  const VarDecl *Slot = IsThread ? V.Thread : V.WorkItem;
  const VarDecl *Context = IsThread ? V.ThreadContext : V.WorkItemContext;
  const LocationContext *LCtx = C.getLocationContext();
  if (lifecyclePhase(State) == Phase::None || !Slot || !Context ||
      unsigned(std::max(R.A, R.B)) >= Call.getNumArgs() ||
      State->get<KernelWorkDropped>()) {
    // Not placed: like any other routine, it writes (and so forgets) what
    // its non-const pointer parameters point to, the context among them.
    evalRoutine({KernelEffect::Writes, -1, -1, -1}, Call, C);
    return;
  }

  ProgramStateRef Started = State, Failed = nullptr;
  if (IsThread)
    std::tie(Started, Failed) = splitOnStatus(Call, C);
  if (Started) {
    Loc SlotL = Started->getLValue(Slot, LCtx);
    Loc ContextL = Started->getLValue(Context, LCtx);
    SVal Routine = Call.getArgSVal(R.A), Ctx = Call.getArgSVal(R.B);
    auto Old = Started->getSVal(SlotL).getAs<DefinedOrUnknownSVal>();
    if (!Old || Started->assume(*Old, true)) {
      // Another one is pending: neither is placed.
      SmallVector<const MemRegion *, 2> Handed;
      for (SVal Handle : {Started->getSVal(ContextL), Ctx})
        if (const MemRegion *Reg = Handle.getAsRegion())
          Handed.push_back(Reg->StripCasts());
      Started = writeObjects(Started, Handed, Call, C);
      Started = Started->bindLoc(
          SlotL, C.getSValBuilder().makeNullWithType(Slot->getType()), LCtx);
      Started = Started->set<KernelWorkDropped>(true);
    } else {
      Started = Started->bindLoc(SlotL, Routine, LCtx);
      Started = Started->bindLoc(ContextL, Ctx, LCtx);
      if (!IsThread && V.WorkItemDevice) {
        static const int DeviceTag = 0;
        Started = Started->bindLoc(
            Started->getLValue(V.WorkItemDevice, LCtx),
            conjureForCall(C.getSValBuilder(), &DeviceTag, Call,
                           V.WorkItemDevice->getType(), C.blockCount()),
            LCtx);
      }
    }
    if (IsThread) {
      // The thread's handle and client id are written.
      SmallVector<const MemRegion *, 2> Out;
      for (unsigned I : {0u, 4u})
        if (const MemRegion *Reg = Call.getArgSVal(I).getAsRegion())
          Out.push_back(Reg->StripCasts());
      Started = writeObjects(Started, Out, Call, C);
    }
    C.addTransition(Started);
  }
  if (Failed)
    C.addTransition(Failed);
}

ProgramStateRef KernelModel::dropQueuedWork(const CallEvent &Call,
                                            CheckerContext &C,
                                            ProgramStateRef State) const {
  const FunctionDecl *FD = plainFunction(Call);
  if (!FD || !isWaitRoutine(FD->getName()) ||
      lifecyclePhase(State) != Phase::Unloading)
    return State;
  const RootVars &V = rootVars(C.getASTContext());
  const LocationContext *LCtx = C.getLocationContext();
  SmallVector<const MemRegion *, 2> Handed;
  for (auto [Slot, Context] : {std::pair(V.WorkItem, V.WorkItemContext),
                               std::pair(V.Thread, V.ThreadContext)}) {
    if (!Slot || !Context)
      continue;
    Loc SlotL = State->getLValue(Slot, LCtx);
    auto Old = State->getSVal(SlotL).getAs<DefinedOrUnknownSVal>();
    if (Old && !State->assume(*Old, true))
      continue;
    if (const MemRegion *Reg =
            State->getSVal(State->getLValue(Context, LCtx)).getAsRegion())
      Handed.push_back(Reg->StripCasts());
    State = State->bindLoc(
        SlotL, C.getSValBuilder().makeNullWithType(Slot->getType()), LCtx);
  }
  return writeObjects(State, Handed, Call, C);
}

KernelModel::Slot KernelModel::calledSlot(CheckerContext &C) const {
  const StackFrameContext *SFC = C.getStackFrame();
  const LocationContext *Parent = SFC->getParent();
  if (!Parent || !isLifecycleRoot(Parent->getStackFrame()->getDecl()) ||
      isDriverEntry(dyn_cast_or_null<FunctionDecl>(SFC->getDecl())))
    return Slot::None;
  const auto *Site = dyn_cast_or_null<CallExpr>(SFC->getCallSite());
  if (!Site)
    return Slot::None;
  const Expr *Callee = Site->getCallee()->IgnoreParenImpCasts();
  if (isa<MemberExpr>(Callee))
    return Slot::DriverUnload;
  const auto *DRE = dyn_cast<DeclRefExpr>(Callee);
  const RootVars &V = rootVars(C.getASTContext());
  const Decl *D = DRE ? DRE->getDecl() : nullptr;
  if (D && D == V.NdisUnload)
    return Slot::NdisUnload;
  if (D && D == V.KmdfUnload)
    return Slot::KmdfUnload;
  if (D && D == V.KmdfCleanup)
    return Slot::KmdfCleanup;
  return Slot::None;
}

bool KernelModel::laterSlotSet(CheckerContext &C, ProgramStateRef State,
                               Slot After) const {
  const LocationContext *Root = C.getStackFrame()->getParent();
  const RootVars &V = rootVars(C.getASTContext());
  const VarDecl *Later[] = {V.NdisUnload, V.KmdfUnload, V.KmdfCleanup};
  for (unsigned I = unsigned(After); I < 3; ++I)
    if (isSet(State, Later[I], Root))
      return true;
  return false;
}

bool KernelModel::cleanupSet(CheckerContext &C, ProgramStateRef State) const {
  const RootVars &V = rootVars(C.getASTContext());
  if (!V.KmdfCleanup)
    return false;
  // DriverEntry's frame: the root is its parent.
  const LocationContext *LCtx = C.getLocationContext();
  while (LCtx->getParent())
    LCtx = LCtx->getParent();
  return isSet(State, V.KmdfCleanup, LCtx);
}

void KernelModel::checkLiveSymbols(ProgramStateRef State,
                                   SymbolReaper &SR) const {
  // A KMDF object's context lives as long as the object: the framework
  // hands it to every callback of the object (the unload routine reads the
  // flags DriverEntry set there), though no variable of the driver may
  // point to it in between.
  for (const auto &[Handle, Block] : State->get<KernelObjectContexts>()) {
    SR.markLive(Handle);
    if (SymbolRef B = Block.getAsLocSymbol())
      SR.markLive(B);
  }
}

void KernelModel::checkEndFunction(const ReturnStmt *,
                                   CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  if (State->contains<KernelEndedThreads>(C.getStackFrame()))
    C.addTransition(State->remove<KernelEndedThreads>(C.getStackFrame()));
}

ProgramStateRef KernelModel::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *,
    ArrayRef<const MemRegion *>, ArrayRef<const MemRegion *> Regions,
    const LocationContext *, const CallEvent *Call) const {
  // clang invalidates the driver's globals space at every call it does not
  // follow outside system headers; a callee with a body is the driver's own
  // code that the analysis gave up on.
  if (!Call || lifecyclePhase(State) == Phase::None ||
      State->get<KernelSkippedDriverCode>() ||
      llvm::none_of(Regions, [](const MemRegion *R) {
        return isa<GlobalInternalSpaceRegion>(R);
      }))
    return State;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getDecl());
  if (!FD || !FD->hasBody())
    return State;
  return State->set<KernelSkippedDriverCode>(true);
}

void KernelModel::checkBeginFunction(CheckerContext &C) const {
  if (C.inTopFrame()) {
    // DriverEntry runs once, right after the image is loaded, whether the
    // lifecycle root calls it or (too large for the root to inline, or the
    // root off) it is analysed on its own.
    const Decl *D = C.getStackFrame()->getDecl();
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    if (isLifecycleRoot(D) || (FD && isDriverEntry(FD)))
      beginLifecycle(C);
    return;
  }
  if (lifecyclePhase(C.getState()) != Phase::None)
    initializeImportedGlobals(C);
}

/// The space of the driver's own globals (not constant, not declared in a
/// system header): clang puts every such variable there.
static const MemRegion *driverGlobals(ProgramStateRef State) {
  return State->getStateManager().getRegionManager().getGlobalsRegion(
      MemRegion::GlobalInternalSpaceRegionKind);
}

/// Whether \p R is a variable of the driver's globals space.
static bool inDriverGlobals(ProgramStateRef State, const MemRegion *R) {
  return R && isa<GlobalInternalSpaceRegion>(memorySpace(R, State));
}

/// Whether the zero beginLifecycle gave the driver's globals still stands
/// for what the image loaded: not once code the analysis cannot see wrote
/// the whole space (clang binds it a new symbol).
static bool zeroDefaultStands(ProgramStateRef State) {
  std::optional<SVal> Space =
      State->getStateManager().getStoreManager().getDefaultBinding(
          State->getStore(), driverGlobals(State));
  return Space && Space->isZeroConstant();
}

/// \p State with \p VR holding a value the analysis does not know, the one
/// clang gives a variable nothing bound.
static ProgramStateRef bindUnknownValue(ProgramStateRef State,
                                        const VarRegion *VR,
                                        const LocationContext *LCtx) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  QualType T = VR->getValueType();
  if (T->isScalarType() || T->isReferenceType())
    return State->bindLoc(loc::MemRegionVal(VR),
                          SVB.getRegionValueSymbolVal(VR), LCtx);
  // An aggregate: each part a value of its own, derived from one symbol.
  SymbolRef Sym = regionValueSymbol(SVB.getSymbolManager(), VR);
  return State->bindDefaultInitial(loc::MemRegionVal(VR),
                                   nonloc::SymbolVal(Sym), LCtx);
}

/// Whether the initializer \p E gives zeros: `0`, `NULL`, `{0}`, `{}`, a
/// constructor that does nothing (a global is zeros before it runs).
static bool zeroInitializer(const Expr *E, SValBuilder &SVB) {
  E = E->IgnoreParens();
  if (isa<ImplicitValueInitExpr>(E))
    return true;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return CE->getNumArgs() == 0 && CE->getConstructor()->isTrivial();
  if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
    if (const Expr *Filler = ILE->getArrayFiller();
        Filler && !zeroInitializer(Filler, SVB))
      return false;
    return llvm::all_of(ILE->inits(), [&](const Expr *I) {
      return I && zeroInitializer(I, SVB);
    });
  }
  std::optional<SVal> V = SVB.getConstantVal(E);
  return V && V->isZeroConstant();
}

/// Whether the image loads \p Def as zeros: what the globals space's zero
/// default gives it without a binding of its own.
static bool loadsAsZero(const VarDecl *Def, SValBuilder &SVB) {
  if (const Expr *Init = Def->getInit())
    return zeroInitializer(Init, SVB);
  QualType T = Def->getType();
  if (T->isScalarType())
    return true;
  if (!T->isRecordType() && !T->isArrayType())
    return false;
  const auto *RD = T->getAsCXXRecordDecl();
  return !RD || RD->hasTrivialDefaultConstructor();
}

/// The initial value of \p VD, bound in \p State. A variable of the
/// driver's globals whose value the analysis cannot compute is bound to an
/// unknown value: the space's zero (beginLifecycle) does not stand for it.
static ProgramStateRef bindInitialValue(ProgramStateRef State,
                                        const VarDecl *VD,
                                        const LocationContext *LCtx) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  Loc L = State->getLValue(VD, LCtx);
  QualType T = VD->getType();
  auto Unknown = [&] {
    const auto *VR = dyn_cast_or_null<VarRegion>(L.getAsRegion());
    return VR && inDriverGlobals(State, VR) ? bindUnknownValue(State, VR, LCtx)
                                            : State;
  };
  if (loadsAsZero(VD, SVB))
    return T->isScalarType() ? State->bindLoc(L, SVB.makeZeroVal(T), LCtx)
                             : State->bindDefaultZero(L, LCtx);
  if (const Expr *Init = VD->getInit()) {
    if (std::optional<SVal> V = SVB.getConstantVal(Init))
      return State->bindLoc(L, *V, LCtx);
    // An address the image was linked with: `PLONG p = &g_State;`,
    // `PFN f = Callback;`.
    const Expr *E = Init->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParens();
    else if (!T->isFunctionPointerType())
      return Unknown();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *Target = dyn_cast<VarDecl>(DRE->getDecl());
          Target && Target->hasGlobalStorage())
        return State->bindLoc(L, State->getLValue(Target, LCtx), LCtx);
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        return State->bindLoc(L, SVB.getFunctionPointer(FD), LCtx);
    }
  }
  return Unknown();
}

/// Whether \p VD is a variable the image defines, with a value at load.
static bool isImageVariable(const VarDecl *VD) {
  return VD->hasGlobalStorage() && !VD->isStaticLocal() &&
         VD->hasDefinition() != VarDecl::DeclarationOnly &&
         !VD->getType()->isReferenceType();
}

/// Whether the path must bind \p Def's initial value: not when the space's
/// zero (while \p ZeroStands) gives it, nor for a constant whose initializer
/// clang reads itself (unless it is an address).
static bool needsInitialBinding(ProgramStateRef State, const VarDecl *Def,
                                const LocationContext *LCtx, bool ZeroStands) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  if (inDriverGlobals(State, State->getLValue(Def, LCtx).getAsRegion()))
    return !ZeroStands || !loadsAsZero(Def, SVB);
  const Expr *Init = Def->getInit();
  return !Init || !(SVB.getConstantVal(Init).has_value() ||
                    isa<InitListExpr>(Init->IgnoreParens()));
}

void KernelModel::beginLifecycle(CheckerContext &C) const {
  // The image was just loaded: every global the unit defines holds its
  // initial value. Most are zeros: one default binding of zero on the space
  // of the driver's globals gives them that value, so a state carries no
  // binding for a global its path did not write (each binding makes every
  // step of the analysis slower; a large driver has thousands). The others
  // are bound here; a global the unit only declares is unknown, bound when
  // a path first reaches it (bindLoadedValue).
  ProgramStateRef State = C.getState();
  ASTContext &Ctx = C.getASTContext();
  SValBuilder &SVB = C.getSValBuilder();
  const LocationContext *LCtx = C.getLocationContext();
  State = State->bindDefaultInitial(loc::MemRegionVal(driverGlobals(State)),
                                    SVB.makeZeroVal(Ctx.CharTy), LCtx);
  LoadedGlobals.clear();
  ImageVars.clear();
  auto Load = [&](const VarDecl *Decl) {
    // Each variable once, by its first declaration (a class's static member
    // is declared in the class, defined at file scope).
    const VarDecl *VD = Decl->getCanonicalDecl();
    if (!LoadedGlobals.insert(VD).second || !isImageVariable(VD))
      return;
    // Tentative definitions (C's `int g;`) are definitions too.
    const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
    ImageVars.insert(VD);
    if (VD->isImplicit() ||
        needsInitialBinding(State, Def, LCtx, /*ZeroStands=*/true))
      State = bindInitialValue(State, Def, LCtx);
  };
  forEachFileScopeVar(Ctx, Load, /*StaticMembers=*/true);

  // The I/O manager hands DriverEntry a driver object with no unload
  // routine set and no device.
  const auto *Root = cast<FunctionDecl>(C.getStackFrame()->getDecl());
  SVal Object = State->getSVal(State->getLValue(Root->getParamDecl(0), LCtx));
  if (Object.getAs<Loc>())
    State = State->bindDefaultZero(Object, LCtx);
  C.addTransition(State->set<KernelPhase>(unsigned(Phase::Loading)));
}

ProgramStateRef
KernelModel::bindLoadedValue(ProgramStateRef State, const MemRegion *R,
                             const LocationContext *LCtx) const {
  const auto *VR = R ? dyn_cast<VarRegion>(R->getBaseRegion()) : nullptr;
  if (!VR || !inDriverGlobals(State, VR) ||
      lifecyclePhase(State) == Phase::None)
    return State;
  const VarDecl *VD = VR->getDecl()->getCanonicalDecl();
  if (ImageVars.count(VD) || State->contains<KernelReachedGlobals>(VD) ||
      State->contains<KernelImportedGlobals>(VD))
    return State;
  // A variable the unit only declares is unknown, not the space's zero;
  // once code the analysis cannot see wrote it (or the whole space), its
  // value is clang's.
  if (!zeroDefaultStands(State) ||
      State->getStateManager().getStoreManager().getDefaultBinding(
          State->getStore(), VR))
    return State;
  return bindUnknownValue(State, VR, LCtx)->add<KernelReachedGlobals>(VD);
}

void KernelModel::checkLocation(SVal Loc, bool, const Stmt *,
                                CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  ProgramStateRef Bound =
      bindLoadedValue(State, Loc.getAsRegion(), C.getLocationContext());
  if (Bound != State)
    C.addTransition(Bound);
}

void KernelModel::checkPreCall(const CallEvent &Call, CheckerContext &C) const {
  // A call reaches globals through its arguments without a load the
  // analysis sees: a kernel routine the model evaluates, a C library
  // routine another checker evaluates, clang's invalidation.
  ProgramStateRef State = C.getState();
  for (unsigned I = 0, E = Call.getNumArgs(); I != E; ++I)
    State = bindLoadedValue(State, Call.getArgSVal(I).getAsRegion(),
                            C.getLocationContext());
  if (State != C.getState())
    C.addTransition(State);
}

const std::vector<const VarDecl *> &
KernelModel::referencedGlobals(const FunctionDecl *FD) const {
  auto [It, New] = Referenced.try_emplace(FD);
  if (!New || !FD->getBody())
    return It->second;
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::SmallPtrSet<const VarDecl *, 8> Seen;
    std::vector<const VarDecl *> *Out;
    bool VisitDeclRefExpr(DeclRefExpr *DRE) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->hasGlobalStorage() && !VD->isStaticLocal() &&
            Seen.insert(VD->getCanonicalDecl()).second)
          Out->push_back(VD->getCanonicalDecl());
      return true;
    }
  } F;
  F.Out = &It->second;
  F.TraverseStmt(FD->getBody());
  return It->second;
}

void KernelModel::initializeImportedGlobals(CheckerContext &C) const {
  // Under CTU a function of another file brings its file's globals along
  // when it is imported, after the root began: they were loaded with the
  // image too, so they start at their initial values the first time this
  // path reaches them, exactly like the main file's.
  const auto *FD = dyn_cast_or_null<FunctionDecl>(C.getStackFrame()->getDecl());
  if (!FD)
    return;
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  bool ZeroStands = zeroDefaultStands(State);
  bool Skipped = driverCodeSkipped(State);
  for (const VarDecl *VD : referencedGlobals(FD)) {
    if (LoadedGlobals.count(VD) || State->contains<KernelImportedGlobals>(VD))
      continue;
    const VarDecl *Def = VD->getDefinition();
    if (!Def)
      Def = VD->getActingDefinition();
    if (!Def || !isImageVariable(Def))
      continue;
    // Once clang forgot the driver's globals at a call, a global that call
    // could name (any, if it was the driver's own code) holds clang's value.
    bool Forgotten =
        !ZeroStands && (Skipped || Def->isExternallyVisible()) &&
        inDriverGlobals(State, State->getLValue(Def, LCtx).getAsRegion());
    if (!Forgotten && needsInitialBinding(State, Def, LCtx, ZeroStands))
      State = bindInitialValue(State, Def, LCtx);
    State = State->add<KernelImportedGlobals>(VD);
  }
  if (State != C.getState())
    C.addTransition(State);
}

void KernelModel::evalUnloadPhase(const CallEvent &Call,
                                  CheckerContext &C) const {
  // DriverEntry succeeded; until the unload routine runs, the driver's other
  // callbacks may change whatever they write.
  ProgramStateRef State = C.getState();
  const LocationContext *LCtx = C.getLocationContext();
  SmallVector<SVal, 8> Changed;
  for (const VarDecl *VD : callbackWrites(C.getASTContext()).Globals)
    Changed.push_back(State->getLValue(VD, LCtx));
  if (!Changed.empty()) {
    State = State->set<KernelWriting>(unsigned(KernelWrite::CallbackGlobals));
    State = invalidateForCall(State, Changed, Call, C.blockCount());
    State = State->remove<KernelWriting>();
  }
  // Nothing that runs from here on reads these: paths that differ only in
  // them go on as one.
  for (const VarDecl *VD : callbackWrites(C.getASTContext()).UnreadAfterEntry)
    State = State->killBinding(State->getLValue(VD, LCtx));
  State = State->set<KernelPhase>(unsigned(Phase::Unloading));
  C.addTransition(State, C.getNoteTag([](PathSensitiveBugReport &) {
    return std::string("DriverEntry returns success; later the driver is "
                       "unloaded");
  }));
}

/// Binds the callback in the member \p Field of the structure argument
/// \p Arg of \p Call to the root's variable \p Var.
static ProgramStateRef storeCallback(ProgramStateRef State,
                                     const CallEvent &Call, CheckerContext &C,
                                     unsigned Arg, StringRef Field,
                                     const VarDecl *Var) {
  const auto *FD = dyn_cast<FunctionDecl>(Call.getDecl());
  if (!Var || !FD || Arg >= FD->getNumParams() || Arg >= Call.getNumArgs())
    return State;
  QualType T = FD->getParamDecl(Arg)->getType();
  if (!T->isPointerType())
    return State;
  if (auto L = fieldLoc(C, Call.getArgSVal(Arg),
                        fieldNamed(T->getPointeeType(), Field)))
    return State->bindLoc(State->getLValue(Var, C.getLocationContext()),
                          State->getSVal(*L), C.getLocationContext());
  return State;
}

/// The states where a registration routine succeeded (STATUS_SUCCESS: it
/// returns no other success code) and failed (an error code).
static std::pair<ProgramStateRef, ProgramStateRef>
splitOnStatus(const CallEvent &Call, CheckerContext &C) {
  ProgramStateRef State = C.getState();
  SValBuilder &SVB = C.getSValBuilder();
  QualType T = Call.getResultType();
  DefinedOrUnknownSVal Status =
      conjureForCall(SVB, nullptr, Call, T, C.blockCount());
  State = State->BindExpr(Call.getOriginExpr(), C.getLocationContext(), Status);
  auto Test = [&](BinaryOperatorKind Op) -> ProgramStateRef {
    auto Cond = SVB.evalBinOp(State, Op, Status, SVB.makeZeroVal(T),
                              SVB.getConditionType())
                    .getAs<DefinedOrUnknownSVal>();
    return Cond ? State->assume(*Cond, true) : State;
  };
  return {Test(BO_EQ), Test(BO_LT)};
}

bool KernelModel::evalWdfDriverCreate(const CallEvent &Call,
                                      CheckerContext &C) const {
  // Only the lifecycle root needs the callbacks; elsewhere the call is an
  // ordinary kernel routine.
  const RootVars &V = rootVars(C.getASTContext());
  const auto *FD = dyn_cast<FunctionDecl>(Call.getDecl());
  if (!V.KmdfUnload || !V.KmdfDriver || Call.getNumArgs() != 5 ||
      FD->getNumParams() != 5 || !Call.getOriginExpr())
    return false;
  auto [Created, Failed] = splitOnStatus(Call, C);
  if (Created) {
    Created =
        storeCallback(Created, Call, C, 3, "EvtDriverUnload", V.KmdfUnload);
    Created =
        storeCallback(Created, Call, C, 2, "EvtCleanupCallback", V.KmdfCleanup);
    // The handle goes to the caller and to the root's callbacks.
    static const int HandleTag = 0;
    const LocationContext *LCtx = C.getLocationContext();
    SVal Handle = conjureForCall(C.getSValBuilder(), &HandleTag, Call,
                                 V.KmdfDriver->getType(), C.blockCount());
    Created =
        Created->bindLoc(Created->getLValue(V.KmdfDriver, LCtx), Handle, LCtx);
    if (auto Out = Call.getArgSVal(4).getAs<Loc>())
      if (!Out->isZeroConstant())
        Created = Created->bindLoc(*Out, Handle, LCtx);
    C.addTransition(Created);
  }
  if (Failed)
    C.addTransition(Failed);
  return true;
}

bool KernelModel::evalNdisRegisterMiniport(const CallEvent &Call,
                                           CheckerContext &C) const {
  // NdisMRegisterMiniportDriver(DriverObject, RegistryPath, Context,
  // Characteristics, &Handle): NDIS calls the characteristics'
  // UnloadHandler when the driver unloads.
  const RootVars &V = rootVars(C.getASTContext());
  if (!V.NdisUnload || Call.getNumArgs() != 5 || !Call.getOriginExpr())
    return false;
  auto [Registered, Failed] = splitOnStatus(Call, C);
  if (Registered) {
    Registered =
        storeCallback(Registered, Call, C, 3, "UnloadHandler", V.NdisUnload);
    // The handle is written; nothing else of the driver's is.
    Registered =
        writeObjects(Registered, regionsOf(Call.getArgSVal(4)), Call, C);
    C.addTransition(Registered);
  }
  if (Failed)
    C.addTransition(Failed);
  return true;
}

void registerKernelModel(CheckerManager &Mgr) {
  Mgr.registerChecker<KernelModel>();
}

} // namespace wsk
