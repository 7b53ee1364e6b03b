//===- LifecycleRoot.cpp - The driver's life as one analysed path ---------===//

#include "core/LifecycleRoot.h"
#include "core/KernelApi.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclGroup.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>

using namespace clang;

namespace wsk {
namespace {

/// Every function, variable and record declared at file scope, looking into
/// extern "C" blocks.
template <typename Fn> void forEachFileScopeDecl(ASTContext &Ctx, Fn F) {
  SmallVector<const DeclContext *, 4> Work{Ctx.getTranslationUnitDecl()};
  while (!Work.empty()) {
    const DeclContext *DC = Work.pop_back_val();
    for (Decl *D : DC->decls()) {
      if (isa<LinkageSpecDecl, NamespaceDecl>(D))
        Work.push_back(cast<DeclContext>(D));
      else
        F(D);
    }
  }
}

FunctionDecl *findDriverEntry(ASTContext &Ctx) {
  FunctionDecl *Entry = nullptr;
  forEachFileScopeDecl(Ctx, [&](Decl *D) {
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!Entry && isDriverEntry(FD) && FD->doesThisDeclarationHaveABody())
      Entry = FD;
  });
  return Entry;
}

/// The record called \p Tag (or typedef'd as \p Typedef) and its field
/// \p Field, if the translation unit declares them.
FieldDecl *findField(ASTContext &Ctx, StringRef Tag, StringRef Typedef,
                     StringRef Field) {
  RecordDecl *RD = nullptr;
  for (StringRef Name : {Tag, Typedef}) {
    for (NamedDecl *ND :
         Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Name))) {
      if (auto *R = dyn_cast<RecordDecl>(ND))
        RD = R->getDefinition();
      else if (auto *TD = dyn_cast<TypedefNameDecl>(ND))
        if (const auto *R = TD->getUnderlyingType()->getAsRecordDecl())
          RD = R->getDefinition();
      if (RD)
        break;
    }
    if (RD)
      break;
  }
  if (!RD)
    return nullptr;
  for (FieldDecl *FD : RD->fields())
    if (FD->getName() == Field)
      return FD;
  return nullptr;
}

/// Builds the root's AST nodes. Every node carries the location of
/// DriverEntry, so path notes at the root point there.
class RootBuilder {
public:
  RootBuilder(ASTContext &Ctx, FunctionDecl *Entry)
      : Ctx(Ctx), Entry(Entry), Loc(Entry->getLocation()) {}

  FunctionDecl *build();

private:
  Expr *ref(ValueDecl *D) {
    return DeclRefExpr::Create(Ctx, NestedNameSpecifierLoc(), SourceLocation(),
                               D, false, Loc, D->getType(), VK_LValue);
  }
  Expr *rvalue(Expr *E) {
    return ImplicitCastExpr::Create(Ctx, E->getType(), CK_LValueToRValue, E,
                                    nullptr, VK_PRValue, FPOptionsOverride());
  }
  Expr *cast(Expr *E, QualType T, CastKind K) {
    return ImplicitCastExpr::Create(Ctx, T, K, E, nullptr, VK_PRValue,
                                    FPOptionsOverride());
  }
  /// A call through the function pointer rvalue \p Fn.
  Expr *callPointer(Expr *Fn, ArrayRef<Expr *> Args) {
    const auto *FT = Fn->getType()->getPointeeType()->getAs<FunctionType>();
    return CallExpr::Create(Ctx, Fn, Args, FT->getReturnType(), VK_PRValue, Loc,
                            FPOptionsOverride());
  }
  Expr *callFunction(FunctionDecl *FD, ArrayRef<Expr *> Args) {
    Expr *Fn = cast(ref(FD), Ctx.getPointerType(FD->getType()),
                    CK_FunctionToPointerDecay);
    return CallExpr::Create(Ctx, Fn, Args, FD->getReturnType(), VK_PRValue, Loc,
                            FPOptionsOverride());
  }
  /// A condition that tests a pointer for null, as C and C++ spell it.
  Expr *nonNull(Expr *Ptr) {
    return Ctx.getLangOpts().CPlusPlus
               ? cast(Ptr, Ctx.BoolTy, CK_PointerToBoolean)
               : Ptr;
  }
  Stmt *ifThen(Expr *Cond, Stmt *Then, Stmt *Else = nullptr) {
    return IfStmt::Create(Ctx, Loc, IfStatementKind::Ordinary, nullptr, nullptr,
                          Cond, Loc, Loc, Then, Loc, Else);
  }
  Stmt *block(ArrayRef<Stmt *> Stmts) {
    return CompoundStmt::Create(Ctx, Stmts, FPOptionsOverride(), Loc, Loc);
  }
  VarDecl *fileVar(StringRef Name, QualType T) {
    auto *VD = VarDecl::Create(Ctx, Ctx.getTranslationUnitDecl(), Loc, Loc,
                               &Ctx.Idents.get(Name), T,
                               Ctx.getTrivialTypeSourceInfo(T, Loc), SC_Static);
    VD->setImplicit();
    Ctx.getTranslationUnitDecl()->addDecl(VD);
    return VD;
  }
  FunctionDecl *function(StringRef Name, QualType Ret,
                         ArrayRef<QualType> Params) {
    QualType T =
        Ctx.getFunctionType(Ret, Params, FunctionProtoType::ExtProtoInfo());
    auto *FD =
        FunctionDecl::Create(Ctx, Ctx.getTranslationUnitDecl(), Loc, Loc,
                             DeclarationName(&Ctx.Idents.get(Name)), T,
                             Ctx.getTrivialTypeSourceInfo(T, Loc), SC_Static);
    FD->setImplicit();
    return FD;
  }
  /// Calls the callback held in \p Var, if it is set, with the values of
  /// \p ArgDecls (the KMDF driver handle, the driver object, a context).
  Stmt *callIfSet(VarDecl *Var, ArrayRef<ValueDecl *> ArgDecls) {
    Expr *Fn = rvalue(ref(Var));
    const auto *FT =
        Var->getType()->getPointeeType()->getAs<FunctionProtoType>();
    if (!FT || FT->getNumParams() != ArgDecls.size())
      return nullptr;
    SmallVector<Expr *, 2> Args;
    for (unsigned I = 0; I != ArgDecls.size(); ++I) {
      Expr *Arg = rvalue(ref(ArgDecls[I]));
      if (!Ctx.hasSameType(Arg->getType(), FT->getParamType(I)))
        Arg = cast(Arg, FT->getParamType(I), CK_BitCast);
      Args.push_back(Arg);
    }
    return ifThen(nonNull(rvalue(ref(Var))), callPointer(Fn, Args));
  }
  QualType callbackType(ArrayRef<QualType> Params) {
    return Ctx.getPointerType(Ctx.getFunctionType(
        Ctx.VoidTy, Params, FunctionProtoType::ExtProtoInfo()));
  }

  ASTContext &Ctx;
  FunctionDecl *Entry;
  SourceLocation Loc;
};

FunctionDecl *RootBuilder::build() {
  if (Entry->getNumParams() != 2)
    return nullptr;
  QualType ObjectPtr = Entry->getParamDecl(0)->getType();
  QualType PathPtr = Entry->getParamDecl(1)->getType();
  QualType Status = Entry->getReturnType();
  if (!ObjectPtr->isPointerType() || !PathPtr->isPointerType() ||
      !Status->isIntegerType())
    return nullptr;

  FunctionDecl *Root =
      function(LifecycleRootName, Ctx.VoidTy, {ObjectPtr, PathPtr});
  ParmVarDecl *Params[2];
  const char *Names[2] = {"DriverObject", "RegistryPath"};
  for (unsigned I = 0; I != 2; ++I) {
    QualType T = I ? PathPtr : ObjectPtr;
    Params[I] = ParmVarDecl::Create(
        Ctx, Root, Loc, Loc, &Ctx.Idents.get(Names[I]), T,
        Ctx.getTrivialTypeSourceInfo(T, Loc), SC_None, nullptr);
  }
  Root->setParams(Params);

  // if (DriverEntry(DriverObject, RegistryPath) >= 0)
  Expr *Call =
      callFunction(Entry, {rvalue(ref(Params[0])), rvalue(ref(Params[1]))});
  QualType StatusT = Status.getCanonicalType();
  Expr *Zero = IntegerLiteral::Create(
      Ctx, llvm::APInt(Ctx.getIntWidth(StatusT), 0), StatusT, Loc);
  Expr *Succeeded = BinaryOperator::Create(
      Ctx, Call, Zero, BO_GE,
      Ctx.getLangOpts().CPlusPlus ? Ctx.BoolTy : Ctx.IntTy, VK_PRValue,
      OK_Ordinary, Loc, FPOptionsOverride());

  SmallVector<Stmt *, 4> Unload;
  FunctionDecl *Marker = function(UnloadPhaseMarkerName, Ctx.VoidTy, {});
  Unload.push_back(callFunction(Marker, {}));

  // if (DriverObject->DriverUnload) DriverObject->DriverUnload(DriverObject);
  const auto *ObjectRD = ObjectPtr->getPointeeType()->getAsRecordDecl();
  FieldDecl *UnloadField = nullptr;
  if (ObjectRD)
    for (FieldDecl *FD : ObjectRD->fields())
      if (FD->getName() == "DriverUnload" &&
          FD->getType()->isFunctionPointerType())
        UnloadField = FD;
  if (UnloadField) {
    auto Member = [&] {
      return rvalue(MemberExpr::CreateImplicit(
          Ctx, rvalue(ref(Params[0])), /*IsArrow=*/true, UnloadField,
          UnloadField->getType(), VK_LValue, OK_Ordinary));
    };
    const auto *FT =
        UnloadField->getType()->getPointeeType()->getAs<FunctionProtoType>();
    if (FT && FT->getNumParams() == 1)
      Unload.push_back(ifThen(nonNull(Member()),
                              callPointer(Member(), {rvalue(ref(Params[0]))})));
  }

  // NDIS: a miniport's unload handler, which NdisMRegisterMiniportDriver
  // was given in its characteristics; the checker stores it here.
  FieldDecl *NdisUnload =
      findField(Ctx, "_NDIS_MINIPORT_DRIVER_CHARACTERISTICS",
                "NDIS_MINIPORT_DRIVER_CHARACTERISTICS", "UnloadHandler");
  if (NdisUnload && NdisUnload->getType()->isFunctionPointerType())
    if (Stmt *S = callIfSet(fileVar(NdisUnloadVarName, NdisUnload->getType()),
                            Params[0]))
      Unload.push_back(S);

  // KMDF: the callbacks WdfDriverCreate was given, which the checker stores
  // in these variables.
  Stmt *FailedCleanup = nullptr;
  FieldDecl *EvtUnload = findField(Ctx, "_WDF_DRIVER_CONFIG",
                                   "WDF_DRIVER_CONFIG", "EvtDriverUnload");
  FieldDecl *EvtCleanup =
      findField(Ctx, "_WDF_OBJECT_ATTRIBUTES", "WDF_OBJECT_ATTRIBUTES",
                "EvtCleanupCallback");
  if (EvtUnload && EvtUnload->getType()->isFunctionPointerType()) {
    const auto *FT =
        EvtUnload->getType()->getPointeeType()->getAs<FunctionProtoType>();
    if (FT && FT->getNumParams() == 1) {
      VarDecl *Driver = fileVar(KmdfDriverVarName, FT->getParamType(0));
      VarDecl *UnloadVar = fileVar(KmdfUnloadVarName, EvtUnload->getType());
      if (Stmt *S = callIfSet(UnloadVar, Driver))
        Unload.push_back(S);
      if (EvtCleanup && EvtCleanup->getType()->isFunctionPointerType()) {
        VarDecl *CleanupVar =
            fileVar(KmdfCleanupVarName, EvtCleanup->getType());
        if (Stmt *S = callIfSet(CleanupVar, Driver)) {
          Unload.push_back(S);
          FailedCleanup = callIfSet(CleanupVar, Driver);
        }
      }
    }
  }

  // Work items and system threads the driver started and nothing waited
  // for run, at the latest, after the unload routine (the checker stores
  // them here; see KernelModel.h).
  if (UnloadField) {
    QualType Device;
    for (FieldDecl *FD : ObjectRD->fields())
      if (FD->getName() == "DeviceObject" && FD->getType()->isPointerType())
        Device = FD->getType();
    if (!Device.isNull()) {
      VarDecl *Work =
          fileVar(IoWorkItemVarName, callbackType({Device, Ctx.VoidPtrTy}));
      VarDecl *WorkDevice = fileVar(IoWorkItemDeviceVarName, Device);
      VarDecl *WorkContext = fileVar(IoWorkItemContextVarName, Ctx.VoidPtrTy);
      if (Stmt *S = callIfSet(Work, {WorkDevice, WorkContext}))
        Unload.push_back(S);
    }
    VarDecl *Thread =
        fileVar(SystemThreadVarName, callbackType({Ctx.VoidPtrTy}));
    VarDecl *ThreadContext = fileVar(SystemThreadContextVarName, Ctx.VoidPtrTy);
    if (Stmt *S = callIfSet(Thread, {ThreadContext}))
      Unload.push_back(S);
  }

  Root->setBody(block({ifThen(Succeeded, block(Unload), FailedCleanup)}));
  Ctx.getTranslationUnitDecl()->addDecl(Root);
  return Root;
}

} // namespace

const VarDecl *globalOf(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return nullptr;
      E = ME->getBase();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
    } else {
      break;
    }
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && VD->hasGlobalStorage() && !VD->isStaticLocal() ? VD : nullptr;
}

namespace {

/// The function whose body runs when \p FD is called: a template's
/// specialization runs the template's. Canonical, as the unit's bodies are
/// keyed.
const FunctionDecl *runsBodyOf(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  return FD->getCanonicalDecl();
}

/// Globals written outside the DriverEntry and unload call trees, by code
/// that can run.
class GlobalWrites : public RecursiveASTVisitor<GlobalWrites> {
public:
  explicit GlobalWrites(ASTContext &Ctx) : Ctx(Ctx) {}

  void run();
  llvm::DenseSet<const VarDecl *> Result;

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && !isLifecycleRoot(FD))
      Functions.push_back(FD);
    return true;
  }
  // Calls are visited before their callee expressions.
  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      CalleeRefs.insert(DRE);
    return true;
  }
  // Parents are visited before their children.
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      ValueUses.insert(BO->getLHS()->IgnoreParens());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->isIncrementDecrementOp())
      ValueUses.insert(UO->getSubExpr()->IgnoreParens());
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *ICE) {
    if (ICE->getCastKind() == CK_LValueToRValue)
      ValueUses.insert(ICE->getSubExpr()->IgnoreParens());
    return true;
  }
  // A lambda may run whenever it is called, from wherever it was handed.
  bool VisitLambdaExpr(LambdaExpr *LE) {
    Body B;
    B.TraverseStmt(LE->getBody());
    ReadByLambdas.insert(B.Read.begin(), B.Read.end());
    for (const FunctionDecl *FD : B.Calls)
      CalledByLambdas.insert(runsBodyOf(FD));
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      if (!CalleeRefs.count(DRE))
        AddressTaken.insert(runsBodyOf(FD));
    } else if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      // Anything but reading or assigning the value (its address, a
      // reference, a member) may let other code read it.
      if (VD->hasGlobalStorage() && !ValueUses.count(DRE))
        Aliased.insert(VD->getCanonicalDecl());
    }
    return true;
  }

private:
  struct Body : RecursiveASTVisitor<Body> {
    llvm::SmallVector<const FunctionDecl *, 8> Calls;
    llvm::SmallVector<const FunctionDecl *, 4> UnloadRoutines;
    llvm::DenseSet<const VarDecl *> Written;
    /// The globals named other than as the left side of `=`.
    llvm::DenseSet<const VarDecl *> Read;
    llvm::DenseSet<const Expr *> Assigned;

    bool VisitDeclRefExpr(DeclRefExpr *DRE) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->hasGlobalStorage() && !Assigned.count(DRE))
          Read.insert(VD->getCanonicalDecl());
      return true;
    }

    void written(const Expr *E) {
      if (const VarDecl *VD = globalOf(E))
        Written.insert(VD->getCanonicalDecl());
    }
    bool VisitBinaryOperator(BinaryOperator *BO) {
      if (BO->getOpcode() == BO_Assign)
        Assigned.insert(BO->getLHS()->IgnoreParens());
      if (BO->isAssignmentOp()) {
        written(BO->getLHS());
        // DriverObject->DriverUnload = Unload;
        if (const auto *ME =
                dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          if (ME->getMemberDecl()->getName() == "DriverUnload" ||
              ME->getMemberDecl()->getName() == "UnloadHandler" ||
              ME->getMemberDecl()->getName() == "EvtDriverUnload" ||
              ME->getMemberDecl()->getName() == "EvtCleanupCallback")
            if (const auto *DRE =
                    dyn_cast<DeclRefExpr>(BO->getRHS()->IgnoreParenImpCasts()))
              if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
                UnloadRoutines.push_back(FD);
      }
      return true;
    }
    bool VisitUnaryOperator(UnaryOperator *UO) {
      if (UO->isIncrementDecrementOp() ||
          (UO->getOpcode() == UO_AddrOf && !ReadOnlyUses.count(UO)))
        written(UO->getSubExpr());
      return true;
    }
    bool VisitImplicitCastExpr(ImplicitCastExpr *ICE) {
      // An array passed by address.
      if (ICE->getCastKind() == CK_ArrayToPointerDecay)
        written(ICE->getSubExpr());
      return true;
    }
    bool VisitCallExpr(CallExpr *CE) {
      const FunctionDecl *FD = CE->getDirectCallee();
      if (!FD)
        return true;
      Calls.push_back(FD);
      // A capture, a release or a query leaves the registration as it was:
      // handing its address to them is no write. (Calls are visited before
      // their arguments.)
      StringRef Name = FD->getIdentifier() ? FD->getName() : "";
      if (CE->getNumArgs() > 0 &&
          (Name == "WskCaptureProviderNPI" || Name == "WskReleaseProviderNPI" ||
           Name == "WskQueryProviderCharacteristics"))
        if (const auto *UO =
                dyn_cast<UnaryOperator>(CE->getArg(0)->IgnoreParenImpCasts()))
          if (UO->getOpcode() == UO_AddrOf)
            ReadOnlyUses.insert(UO);
      return true;
    }
    /// Conditions that decide whether what they control runs.
    bool VisitIfStmt(IfStmt *IS) {
      Guards.push_back({IS->getCond(), IS});
      return true;
    }
    bool VisitConditionalOperator(ConditionalOperator *CO) {
      Guards.push_back({CO->getCond(), CO});
      return true;
    }

    llvm::DenseSet<const UnaryOperator *> ReadOnlyUses;
    /// (condition, the statement it controls)
    llvm::SmallVector<std::pair<const Expr *, const Stmt *>, 4> Guards;
  };

  /// Whether something outside this unit's direct calls may call \p FD: it
  /// is visible to other units, a method, or its address is taken (a
  /// dispatch routine, a callback, a table entry).
  bool mayBeCalledFromOutside(const FunctionDecl *FD) const {
    return FD->isExternallyVisible() || isa<CXXMethodDecl>(FD) ||
           FD->hasAttr<UsedAttr>() || FD->hasAttr<ConstructorAttr>() ||
           FD->hasAttr<DestructorAttr>() ||
           AddressTaken.count(FD->getCanonicalDecl());
  }

  ASTContext &Ctx;
  std::vector<FunctionDecl *> Functions;
  llvm::DenseSet<const DeclRefExpr *> CalleeRefs;
  llvm::DenseSet<const FunctionDecl *> AddressTaken;
  llvm::DenseSet<const Expr *> ValueUses;
  llvm::DenseSet<const VarDecl *> Aliased;
  llvm::DenseSet<const VarDecl *> ReadByLambdas;
  llvm::DenseSet<const FunctionDecl *> CalledByLambdas;

public:
  Cleanup Guarded;
  llvm::DenseSet<const VarDecl *> UnreadAfterEntry;
};

/// The globals \p S names.
void namedGlobals(const Stmt *S, llvm::SmallVectorImpl<const VarDecl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasGlobalStorage() && !VD->isStaticLocal())
        Out.push_back(VD->getCanonicalDecl());
  for (const Stmt *Child : S->children())
    namedGlobals(Child, Out);
}

void GlobalWrites::run() {
  TraverseDecl(Ctx.getTranslationUnitDecl());
  llvm::DenseMap<const FunctionDecl *, Body> Bodies;
  for (FunctionDecl *FD : Functions)
    Bodies[FD->getCanonicalDecl()].TraverseStmt(FD->getBody());

  // The functions Root picks, what they call and, with Installed, the
  // unload routines they install.
  auto CallTree = [&](llvm::function_ref<bool(const FunctionDecl *)> Root,
                      bool Installed) {
    llvm::DenseSet<const FunctionDecl *> Tree;
    SmallVector<const FunctionDecl *, 8> Work;
    auto Add = [&](const FunctionDecl *FD) {
      FD = runsBodyOf(FD);
      if (Tree.insert(FD).second)
        Work.push_back(FD);
    };
    for (auto &[FD, B] : Bodies)
      if (Root(FD))
        Add(FD);
    while (!Work.empty()) {
      auto It = Bodies.find(Work.pop_back_val());
      if (It == Bodies.end())
        continue;
      for (const FunctionDecl *Callee : It->second.Calls)
        Add(Callee);
      if (Installed)
        for (const FunctionDecl *U : It->second.UnloadRoutines)
          Add(U);
    }
    return Tree;
  };
  auto FromOutside = [&](const FunctionDecl *FD) {
    return mayBeCalledFromOutside(FD);
  };

  // The DriverEntry and unload call trees.
  llvm::DenseSet<const FunctionDecl *> Lifecycle =
      CallTree(isDriverEntry, true);
  // The other code that can run: what may be called from outside the
  // unit's direct calls, and what it calls. A static function nothing
  // refers to, or that only such functions call, never runs.
  llvm::DenseSet<const FunctionDecl *> Runs = CallTree(FromOutside, false);

  // volatile and Interlocked access say how a flag is shared, not who
  // writes it: they change nothing here.
  for (auto &[FD, B] : Bodies)
    if (!Lifecycle.count(FD) && Runs.count(FD))
      Result.insert(B.Written.begin(), B.Written.end());

  // What can run once DriverEntry returned: all of the above but what only
  // DriverEntry calls (the unload routines it installs are taken by
  // address), and what lambdas call.
  llvm::DenseSet<const FunctionDecl *> Later = CallTree(
      [&](const FunctionDecl *FD) {
        return (FromOutside(FD) && !isDriverEntry(FD)) ||
               CalledByLambdas.count(FD);
      },
      false);
  llvm::DenseSet<const VarDecl *> ReadLater = ReadByLambdas;
  for (const FunctionDecl *FD : Later) {
    auto It = Bodies.find(FD);
    if (It != Bodies.end())
      ReadLater.insert(It->second.Read.begin(), It->second.Read.end());
  }
  // Integers only: a pointer's value may keep memory alive that a leak
  // check would otherwise see die. Only the main file's: under --ctu a
  // function of another file imported later reads its own file's statics.
  const SourceManager &SM = Ctx.getSourceManager();
  forEachFileScopeVar(Ctx, [&](const VarDecl *VD) {
    VD = VD->getCanonicalDecl();
    if (!VD->isImplicit() && !VD->isExternallyVisible() &&
        SM.isWrittenInMainFile(SM.getExpansionLoc(VD->getLocation())) &&
        VD->getType()->isIntegralOrEnumerationType() &&
        !VD->getType().isVolatileQualified() && !Aliased.count(VD) &&
        !ReadLater.count(VD))
      UnreadAfterEntry.insert(VD);
  });

  CleanupGuards Cleanups;
  auto CleansUp = [&](const FunctionDecl *FD, bool Release) {
    return Cleanups.cleansUp(FD, Release);
  };
  for (auto &[FD, B] : Bodies) {
    if (!Lifecycle.count(FD))
      continue;
    for (auto [Cond, Controlled] : B.Guards) {
      llvm::SmallVector<const VarDecl *, 4> Named;
      namedGlobals(Cond, Named);
      if (llvm::none_of(Named,
                        [&](const VarDecl *VD) { return Result.count(VD); }))
        continue;
      // The guard is forgotten before unload: so is what it guards.
      Cleanup Whole;
      addCleanup(Controlled, CleansUp, Whole);
      Guarded.Deregistered.insert(Whole.Deregistered.begin(),
                                  Whole.Deregistered.end());
      Guarded.DeregistersUnnamed |= Whole.DeregistersUnnamed;
    }
  }
}

} // namespace

FunctionDecl *buildLifecycleRoot(ASTContext &Ctx) {
  FunctionDecl *Entry = findDriverEntry(Ctx);
  return Entry ? RootBuilder(Ctx, Entry).build() : nullptr;
}

void forEachFileScopeVar(ASTContext &Ctx,
                         llvm::function_ref<void(const VarDecl *)> F,
                         bool StaticMembers) {
  std::function<void(const Decl *)> Visit = [&](const Decl *D) {
    if (const auto *VD = dyn_cast<VarDecl>(D))
      F(VD);
    else if (const auto *RD = dyn_cast<CXXRecordDecl>(D);
             StaticMembers && RD && RD->isThisDeclarationADefinition())
      for (const Decl *Member : RD->decls())
        Visit(Member);
  };
  forEachFileScopeDecl(Ctx, [&](Decl *D) { Visit(D); });
}

bool isLifecycleRoot(const Decl *D) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
  return FD && FD->isImplicit() && FD->getIdentifier() &&
         FD->getName() == LifecycleRootName;
}

CallbackWrites callbackWrittenGlobals(ASTContext &Ctx) {
  GlobalWrites W(Ctx);
  W.run();
  return {std::move(W.Result), std::move(W.Guarded),
          std::move(W.UnreadAfterEntry)};
}

void LifecycleRootConsumer::HandleTranslationUnit(ASTContext &Ctx) {
  if (FunctionDecl *Root = buildLifecycleRoot(Ctx))
    Forward(Root);
}

bool lifecycleRootEnabled(const AnalyzerOptions &Opts) {
  auto It = Opts.Config.find(LifecycleRootOption);
  if (It == Opts.Config.end() || It->second == "true")
    return true;
  if (It->second == "false")
    return false;
  // As clang reads its own boolean options: only true and false. Anything
  // else ("0", "no") would otherwise silently mean true; say so, once per
  // process (the plugin is asked once per unit).
  static bool Warned = false;
  if (!Warned) {
    Warned = true;
    llvm::errs() << "warning: invalid value '" << It->second << "' for "
                 << LifecycleRootOption
                 << "; use true or false (taken as true)\n";
  }
  return true;
}

std::unique_ptr<ASTConsumer>
withLifecycleRoot(std::unique_ptr<ASTConsumer> Analysis,
                  const AnalyzerOptions &Opts) {
  if (!lifecycleRootEnabled(Opts))
    return Analysis;
  ASTConsumer *Target = Analysis.get();
  std::vector<std::unique_ptr<ASTConsumer>> Consumers;
  Consumers.push_back(
      std::make_unique<LifecycleRootConsumer>([Target](FunctionDecl *Root) {
        Target->HandleTopLevelDecl(DeclGroupRef(Root));
      }));
  Consumers.push_back(std::move(Analysis));
  return std::make_unique<MultiplexConsumer>(std::move(Consumers));
}

} // namespace wsk
