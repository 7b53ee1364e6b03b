//===- KernelModel.h - The kernel around the driver -------------*- C++ -*-===//
//
// A hidden modelling checker (wsk.KernelModeling) for what the kernel does
// to the driver: the routines of KernelRoutines.def (which write only their
// out-parameters), IoCreateDevice and the driver object, Interlocked and
// memory routines with their one-thread semantics, KMDF object contexts, and
// the driver's life as the lifecycle root plays it: the globals' initial
// values, the unload routines DriverEntry installs (DriverUnload, KMDF's
// EvtDriverUnload and cleanup callback, an NDIS miniport's UnloadHandler) and
// what other callbacks may change before unload.
//
// The WSK model (WskChecker) reads what it needs through this header.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_KERNELMODEL_H
#define WSKCHECK_CORE_KERNELMODEL_H

#include "core/LifecycleRoot.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <vector>

namespace wsk {

/// What a kernel routine does to the driver's memory (KernelRoutines.def).
enum class KernelEffect {
  Pure,
  Writes,
  Allocate,
  AllocateZeroed,
  Free,
  Fill,
  Copy,
  CreateDevice,
  ObjectContext,
  QueueWorkItem,
  CreateThread,
  EndThread,
  /// The Interlocked and ReadNoFence families (matched by name pattern).
  Interlocked,
  /// A KMDF method that returns a status and hands back framework objects
  /// through handle out-parameters (WdfTimerCreate(..., &Timer)): Writes,
  /// and on success each handle is an object, never NULL.
  CreateObject,
};

struct KernelRoutine {
  KernelEffect Effect;
  int A, B, C;
};

/// The table entry of the routine \p Call calls, if it has one.
const KernelRoutine *lookupKernelRoutine(const clang::ento::CallEvent &Call);

/// How the kernel model evaluates \p Call, if it does: a table entry, an
/// Interlocked routine, or the default for other kernel routines, builtins
/// and C library functions the driver only declares (Writes, no indexes).
std::optional<KernelRoutine> kernelModelOf(const clang::ento::CallEvent &Call);

/// The objects a Writes routine writes (only they, not what they are part
/// of); empty for other effects.
llvm::SmallVector<const clang::ento::MemRegion *, 4>
writtenObjects(const clang::ento::CallEvent &Call, const KernelRoutine &R);

/// \p State where \p Call wrote the objects \p Regions designate, and only
/// them (not the objects they are part of), as a kernel routine writes its
/// out-parameters; registrations in them are no longer tracked.
clang::ento::ProgramStateRef
writeObjects(clang::ento::ProgramStateRef State,
             llvm::ArrayRef<const clang::ento::MemRegion *> Regions,
             const clang::ento::CallEvent &Call,
             clang::ento::CheckerContext &C);

/// The argument whose pointee \p Call frees, if it frees one.
std::optional<unsigned> freedArgument(const clang::ento::CallEvent &Call);

/// The argument whose pointee \p Call overwrites byte-wise (memset,
/// RtlZeroMemory, memcpy, ...), if it does.
std::optional<unsigned> overwrittenArgument(const clang::ento::CallEvent &Call);

/// Whether \p Call returns fresh pool memory.
bool isAllocation(const clang::ento::CallEvent &Call);

/// Where the lifecycle root is in the driver's life.
enum class Phase : unsigned { None, Loading, Unloading };
Phase lifecyclePhase(clang::ento::ProgramStateRef State);

/// Whether, since the driver was loaded, this path ran a function of the
/// driver (of this file or, under CTU, an imported one) without following
/// it: clang gave up on it (too deep, too large) and evaluated it as a call
/// it cannot see. Unlike code outside the driver, it may have written any of
/// the driver's globals, the statics of its file included.
bool driverCodeSkipped(clang::ento::ProgramStateRef State);

/// Why the region changes being processed happen, when the kernel model
/// invalidates memory itself (checkers see those changes without a call).
enum class KernelWrite : unsigned {
  None,
  /// A kernel routine writes the objects its out-parameters point to.
  OutParameters,
  /// Between DriverEntry and unload, other callbacks may change the
  /// globals they write.
  CallbackGlobals,
};
KernelWrite currentKernelWrite(clang::ento::ProgramStateRef State);

/// Whether the code at \p LC runs after PsTerminateSystemThread ended the
/// thread of one of its frames: on this path it never runs. (The path is not
/// a sink: the code that started the thread goes on.)
bool threadEnded(clang::ento::ProgramStateRef State,
                 const clang::LocationContext *LC);

/// Whether \p Call is the lifecycle root's marker between DriverEntry and the
/// unload routine, where globals other callbacks write are invalidated.
bool isUnloadPhaseMarker(const clang::ento::CallEvent &Call);

class KernelModel
    : public clang::ento::Checker<
          clang::ento::eval::Call, clang::ento::check::PreCall,
          clang::ento::check::Location, clang::ento::check::BeginFunction,
          clang::ento::check::EndFunction, clang::ento::check::LiveSymbols,
          clang::ento::check::RegionChanges> {
public:
  void checkPreCall(const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;
  void checkLocation(clang::ento::SVal Loc, bool IsLoad, const clang::Stmt *S,
                     clang::ento::CheckerContext &C) const;
  void checkLiveSymbols(clang::ento::ProgramStateRef State,
                        clang::ento::SymbolReaper &SR) const;
  bool evalCall(const clang::ento::CallEvent &Call,
                clang::ento::CheckerContext &C) const;
  void checkBeginFunction(clang::ento::CheckerContext &C) const;
  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;
  clang::ento::ProgramStateRef
  checkRegionChanges(clang::ento::ProgramStateRef State,
                     const clang::ento::InvalidatedSymbols *,
                     llvm::ArrayRef<const clang::ento::MemRegion *>,
                     llvm::ArrayRef<const clang::ento::MemRegion *> Regions,
                     const clang::LocationContext *,
                     const clang::ento::CallEvent *Call) const;

  /// The unload-time routines the root calls after DriverEntry succeeded, in
  /// order; a routine's leak check runs after the last one that is set.
  enum class Slot { DriverUnload, NdisUnload, KmdfUnload, KmdfCleanup, None };

  /// Which slot the function of the current frame was called through, if the
  /// lifecycle root called it.
  Slot calledSlot(clang::ento::CheckerContext &C) const;
  /// Whether a routine of a slot after \p After is set on this path (so the
  /// driver's unload is not over when \p After returns).
  bool laterSlotSet(clang::ento::CheckerContext &C,
                    clang::ento::ProgramStateRef State, Slot After) const;
  /// Whether KMDF's cleanup callback of the driver object is set: it runs
  /// even when DriverEntry fails after WdfDriverCreate.
  bool cleanupSet(clang::ento::CheckerContext &C,
                  clang::ento::ProgramStateRef State) const;

  /// What other callbacks may change between load and unload, and the
  /// cleanup guards of the DriverEntry and unload call trees.
  const CallbackWrites &callbackWrites(clang::ASTContext &Ctx) const;

private:
  struct RootVars {
    const clang::VarDecl *KmdfUnload = nullptr;
    const clang::VarDecl *KmdfCleanup = nullptr;
    const clang::VarDecl *KmdfDriver = nullptr;
    const clang::VarDecl *NdisUnload = nullptr;
    const clang::VarDecl *WorkItem = nullptr;
    const clang::VarDecl *WorkItemDevice = nullptr;
    const clang::VarDecl *WorkItemContext = nullptr;
    const clang::VarDecl *Thread = nullptr;
    const clang::VarDecl *ThreadContext = nullptr;
  };
  const RootVars &rootVars(clang::ASTContext &Ctx) const;
  /// File-scope variables a function's body names (for the statics of
  /// functions imported from other files under CTU).
  const std::vector<const clang::VarDecl *> &
  referencedGlobals(const clang::FunctionDecl *FD) const;

  void beginLifecycle(clang::ento::CheckerContext &C) const;
  /// \p State with an unknown value bound to the global that \p R is part
  /// of, if the unit only declares it and the path has not touched it yet.
  clang::ento::ProgramStateRef
  bindLoadedValue(clang::ento::ProgramStateRef State,
                  const clang::ento::MemRegion *R,
                  const clang::LocationContext *LCtx) const;
  void initializeImportedGlobals(clang::ento::CheckerContext &C) const;
  void evalUnloadPhase(const clang::ento::CallEvent &Call,
                       clang::ento::CheckerContext &C) const;
  bool evalWdfDriverCreate(const clang::ento::CallEvent &Call,
                           clang::ento::CheckerContext &C) const;
  bool evalNdisRegisterMiniport(const clang::ento::CallEvent &Call,
                                clang::ento::CheckerContext &C) const;
  bool evalInterlocked(const clang::ento::CallEvent &Call,
                       clang::ento::CheckerContext &C) const;
  void evalRoutine(const KernelRoutine &R, const clang::ento::CallEvent &Call,
                   clang::ento::CheckerContext &C) const;
  void evalCreateDevice(const KernelRoutine &R,
                        const clang::ento::CallEvent &Call,
                        clang::ento::CheckerContext &C) const;
  void evalQueue(const KernelRoutine &R, const clang::ento::CallEvent &Call,
                 clang::ento::CheckerContext &C) const;
  /// At a wait of the unload routine: what the driver queued may have run
  /// there; it is not run later, and what it was handed is forgotten.
  clang::ento::ProgramStateRef
  dropQueuedWork(const clang::ento::CallEvent &Call,
                 clang::ento::CheckerContext &C,
                 clang::ento::ProgramStateRef State) const;
  void evalObjectContext(const KernelRoutine &R,
                         const clang::ento::CallEvent &Call,
                         clang::ento::CheckerContext &C) const;
  /// The success and failure of a CreateObject routine, \p Status its
  /// result, from \p State where it wrote its out-parameters.
  void splitOnCreated(clang::ento::ProgramStateRef State,
                      const clang::ento::CallEvent &Call,
                      clang::ento::SVal Status,
                      clang::ento::CheckerContext &C) const;

  mutable const clang::ASTContext *RootVarsOf = nullptr;
  mutable RootVars Vars;
  mutable const clang::ASTContext *CallbackWritesOf = nullptr;
  mutable CallbackWrites Writes;
  /// The file-scope variables of the unit when the root began; the ones
  /// imported later (CTU) are initialised when first reached.
  mutable llvm::DenseSet<const clang::VarDecl *> LoadedGlobals;
  /// The variables of the image the unit defines (canonical declarations),
  /// given their initial values when the root began.
  mutable llvm::DenseSet<const clang::VarDecl *> ImageVars;
  mutable llvm::DenseMap<const clang::FunctionDecl *,
                         std::vector<const clang::VarDecl *>>
      Referenced;
};

/// Adds the kernel modelling checker to \p Mgr.
void registerKernelModel(clang::ento::CheckerManager &Mgr);

} // namespace wsk

#endif
