//===- CrossFileCalls.cpp - Calls the analysis of one file cannot follow --===//

#include "CrossFileCalls.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <set>

using namespace clang;

namespace wsk {
namespace tool {
namespace {

class CallScanner : public RecursiveASTVisitor<CallScanner> {
public:
  CallScanner(const SourceManager &SM) : SM(SM) {}

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && FD->isExternallyVisible() &&
        !SM.isInSystemHeader(FD->getLocation()))
      Defined.insert(FD->getQualifiedNameAsString());
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || Callee->getBuiltinID() || Callee->hasBody() ||
        SM.isInSystemHeader(CE->getBeginLoc()))
      return true;
    ++Calls[Callee->getQualifiedNameAsString()];
    return true;
  }

  const SourceManager &SM;
  std::set<std::string> Defined;
  std::map<std::string, unsigned> Calls;
};

} // namespace

void collectCrossFileCalls(ASTContext &Ctx, FileResult &R) {
  CallScanner Scanner(Ctx.getSourceManager());
  Scanner.TraverseDecl(Ctx.getTranslationUnitDecl());
  for (const std::string &Name : Scanner.Defined)
    R.DefinedFunctions.push_back(Name);
  for (const auto &[Name, N] : Scanner.Calls)
    R.ExternalCalls.push_back({Name, N});
}

unsigned countCallsIntoOtherFiles(const Report &R) {
  llvm::StringMap<unsigned> DefinedBy;
  for (const FileResult &F : R.Files)
    for (const std::string &Name : F.DefinedFunctions)
      ++DefinedBy[Name];
  unsigned N = 0;
  for (const FileResult &F : R.Files) {
    if (!F.analysed())
      continue;
    for (const auto &[Name, Count] : F.ExternalCalls)
      if (DefinedBy.count(Name))
        N += Count;
  }
  return N;
}

} // namespace tool
} // namespace wsk
