//===- ModelSummary.cpp - What the model recognises in a unit -------------===//

#include "core/ModelSummary.h"
#include "core/KernelApi.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

using namespace clang;

namespace wsk {
namespace {

class Summarizer : public RecursiveASTVisitor<Summarizer> {
public:
  Summarizer(ASTContext &Ctx, ModelSummary &Out) : Ctx(Ctx), Out(Out) {}

  bool TraverseFunctionDecl(FunctionDecl *FD) {
    const FunctionDecl *Outer = Current;
    if (FD->doesThisDeclarationHaveABody())
      Current = FD;
    bool Result = RecursiveASTVisitor::TraverseFunctionDecl(FD);
    Current = Outer;
    return Result;
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (isDriverEntry(FD) && FD->doesThisDeclarationHaveABody() &&
        !FD->isImplicit()) {
      Out.HasDriverEntry = true;
      add("entry point", FD->getName().str(), FD->getLocation(), FD);
    }
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    // DriverObject->DriverUnload = Unload; Config.EvtDriverUnload = ...;
    if (!BO->isAssignmentOp())
      return true;
    const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    if (!ME)
      return true;
    StringRef Field = ME->getMemberDecl()->getName();
    if (Field != "DriverUnload" && Field != "EvtDriverUnload" &&
        Field != "EvtCleanupCallback")
      return true;
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(BO->getRHS()->IgnoreParenImpCasts()))
      if (isa<FunctionDecl>(DRE->getDecl()))
        add("unload routine",
            (DRE->getDecl()->getName() + " (" + Field + ")").str(),
            BO->getExprLoc(), Current);
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      if (!FD->getIdentifier())
        return true;
      StringRef Kind = llvm::StringSwitch<StringRef>(FD->getName())
                           .Case("WskRegister", "registration")
                           .Case("WskCaptureProviderNPI", "capture")
                           .Case("WskReleaseProviderNPI", "release")
                           .Case("WskDeregister", "deregistration")
                           .Default("");
      if (!Kind.empty()) {
        Out.HasWskCalls = true;
        add(Kind, text(CE), CE->getBeginLoc(), Current);
      }
      return true;
    }
    const auto *ME =
        dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenImpCasts());
    const auto *Field = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (Field && isProviderDispatchRecord(Field->getParent())) {
      Out.HasWskCalls = true;
      add("dispatch call", text(CE), CE->getBeginLoc(), Current);
    } else if (Field && isSocketDispatchRecord(Field->getParent())) {
      Out.HasWskCalls = true;
      add("socket call", text(CE), CE->getBeginLoc(), Current);
    }
    return true;
  }

private:
  std::string text(const Expr *E) {
    StringRef T = Lexer::getSourceText(
        CharSourceRange::getTokenRange(E->getSourceRange()),
        Ctx.getSourceManager(), Ctx.getLangOpts());
    std::string S;
    // One line, with runs of white space folded.
    for (char C : T) {
      bool Space = C == ' ' || C == '\n' || C == '\t' || C == '\r';
      if (Space && (S.empty() || S.back() == ' '))
        continue;
      S += Space ? ' ' : C;
    }
    return S;
  }

  void add(StringRef Kind, std::string Text, SourceLocation Loc,
           const FunctionDecl *In) {
    Loc = Ctx.getSourceManager().getExpansionLoc(Loc);
    if (Ctx.getSourceManager().isInSystemHeader(Loc))
      return;
    Out.Items.push_back({Kind.str(), std::move(Text),
                         In ? In->getNameAsString() : std::string(), Loc});
  }

  ASTContext &Ctx;
  ModelSummary &Out;
  const FunctionDecl *Current = nullptr;
};

} // namespace

ModelSummary summarizeModel(ASTContext &Ctx) {
  ModelSummary Out;
  Summarizer(Ctx, Out).TraverseDecl(Ctx.getTranslationUnitDecl());
  const SourceManager &SM = Ctx.getSourceManager();
  std::stable_sort(
      Out.Items.begin(), Out.Items.end(),
      [&](const ModelSummary::Item &A, const ModelSummary::Item &B) {
        bool AMain = SM.isInMainFile(A.Loc);
        bool BMain = SM.isInMainFile(B.Loc);
        if (AMain != BMain)
          return AMain;
        return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
      });
  return Out;
}

} // namespace wsk
