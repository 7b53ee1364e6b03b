//===- LifecycleRoot.h - The driver's life as one analysed path -*- C++ -*-===//
//
// A driver is loaded, DriverEntry runs, and only if it succeeds is the unload
// routine it installed called, later. The lifecycle root is a function the
// analyzer sees as any other top-level function and that plays the OS:
//
//   void __wskcheck_lifecycle(PDRIVER_OBJECT D, PUNICODE_STRING R) {
//     if (DriverEntry(D, R) >= 0) {
//       __wskcheck_unload_phase();           // callbacks may have run
//       if (D->DriverUnload) D->DriverUnload(D);
//       if (UnloadHandler) UnloadHandler(D);                 // NDIS miniport
//       if (EvtDriverUnload) EvtDriverUnload(Driver);        // KMDF
//       if (EvtCleanupCallback) EvtCleanupCallback(Driver);  // KMDF
//       if (WorkItem) WorkItem(Device, Context);   // queued, never waited
//       if (Thread) Thread(Context);               // for (KernelModel.h)
//     } else if (EvtCleanupCallback) {
//       EvtCleanupCallback(Driver);  // KMDF deletes the driver object
//     }
//   }
//
// It is built as AST after the translation unit is parsed (so it depends on
// no header order) and handed to the analysis like a parsed function. The
// kernel modelling checker (KernelModel.h) completes it: initial values of
// globals at its start, the KMDF callbacks from WdfDriverCreate, the NDIS
// unload handler from NdisMRegisterMiniportDriver, the invalidation at the
// marker.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_LIFECYCLEROOT_H
#define WSKCHECK_CORE_LIFECYCLEROOT_H

#include "core/CleanupGuards.h"
#include "clang/AST/ASTConsumer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <memory>

namespace clang {
class AnalyzerOptions;
class ASTContext;
class Decl;
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace wsk {

inline constexpr llvm::StringLiteral LifecycleRootName = "__wskcheck_lifecycle";
inline constexpr llvm::StringLiteral UnloadPhaseMarkerName =
    "__wskcheck_unload_phase";
inline constexpr llvm::StringLiteral KmdfUnloadVarName =
    "__wskcheck_EvtDriverUnload";
inline constexpr llvm::StringLiteral KmdfCleanupVarName =
    "__wskcheck_EvtCleanupCallback";
inline constexpr llvm::StringLiteral KmdfDriverVarName = "__wskcheck_WdfDriver";
inline constexpr llvm::StringLiteral NdisUnloadVarName =
    "__wskcheck_NdisUnloadHandler";
inline constexpr llvm::StringLiteral IoWorkItemVarName =
    "__wskcheck_IoWorkItem";
inline constexpr llvm::StringLiteral IoWorkItemDeviceVarName =
    "__wskcheck_IoWorkItemDevice";
inline constexpr llvm::StringLiteral IoWorkItemContextVarName =
    "__wskcheck_IoWorkItemContext";
inline constexpr llvm::StringLiteral SystemThreadVarName =
    "__wskcheck_SystemThread";
inline constexpr llvm::StringLiteral SystemThreadContextVarName =
    "__wskcheck_SystemThreadContext";
/// The analyzer-config key that switches the root off.
inline constexpr llvm::StringLiteral LifecycleRootOption =
    "wsk.Modeling:LifecycleRoot";

/// Builds the lifecycle root for the DriverEntry defined in \p Ctx's
/// translation unit and adds it (and the variables it uses) to the
/// translation unit. Returns null when the unit defines no DriverEntry or
/// its signature is not the WDK's.
clang::FunctionDecl *buildLifecycleRoot(clang::ASTContext &Ctx);

/// Calls \p F on every variable declared at file scope (in extern "C"
/// blocks and namespaces too), and with \p StaticMembers on the static data
/// members of the classes defined there.
void forEachFileScopeVar(clang::ASTContext &Ctx,
                         llvm::function_ref<void(const clang::VarDecl *)> F,
                         bool StaticMembers = false);

/// The global an lvalue designates: g, g.f, g[i], (g).f; null for other
/// objects.
const clang::VarDecl *globalOf(const clang::Expr *E);

/// Whether \p D is the lifecycle root.
bool isLifecycleRoot(const clang::Decl *D);

/// What other callbacks may change between load and unload.
struct CallbackWrites {
  /// The globals that code outside the DriverEntry and unload call trees
  /// writes or takes the address of (other than to hand a registration to
  /// a WSK call that does not register or deregister it).
  llvm::DenseSet<const clang::VarDecl *> Globals;
  /// The registrations a condition on one of those globals guards (in the
  /// DriverEntry and unload call trees, the condition decides whether they
  /// are deregistered): forgotten with their guard.
  Cleanup Guarded;
  /// The integer globals of this unit that nothing able to run after
  /// DriverEntry returns reads (it may assign them): their values cannot
  /// matter to the unload routine, and the root forgets them there, so that
  /// paths that differ only in them go on as one.
  llvm::DenseSet<const clang::VarDecl *> UnreadAfterEntry;
};
CallbackWrites callbackWrittenGlobals(clang::ASTContext &Ctx);

/// Whether the analyzer configuration asks for the lifecycle root
/// (`-analyzer-config wsk.Modeling:LifecycleRoot=false` turns it off).
bool lifecycleRootEnabled(const clang::AnalyzerOptions &Opts);

/// Builds the root when the unit is complete and hands it to \p Forward
/// before the analysis of the unit starts. Placed before the analysis
/// consumer.
class LifecycleRootConsumer : public clang::ASTConsumer {
public:
  explicit LifecycleRootConsumer(
      std::function<void(clang::FunctionDecl *)> Forward)
      : Forward(std::move(Forward)) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override;

private:
  std::function<void(clang::FunctionDecl *)> Forward;
};

/// Puts the lifecycle root builder in front of the analysis consumer
/// \p Analysis, for front ends that create the analysis themselves, when
/// \p Opts asks for it.
std::unique_ptr<clang::ASTConsumer>
withLifecycleRoot(std::unique_ptr<clang::ASTConsumer> Analysis,
                  const clang::AnalyzerOptions &Opts);

} // namespace wsk

#endif
