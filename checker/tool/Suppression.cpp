//===- Suppression.cpp - [[clang::suppress]] regions of a unit ------------===//
//
// Follows the analyzer's own rules (clang/lib/StaticAnalyzer/Core/
// BugSuppression.cpp in LLVM 19), so that wskcheck and the plugin agree on
// what is suppressed:
//  - [[clang::suppress]] (also __attribute__((suppress))) with no arguments;
//    with arguments the analyzer does not suppress anything yet, and
//    [[gsl::suppress(...)]] is meant for other tools;
//  - on a declaration only the first such attribute counts, and it covers
//    the declaration's whole source range;
//  - on a statement it covers the statement.
//
//===----------------------------------------------------------------------===//

#include "Suppression.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace wsk {
namespace tool {
namespace {

bool suppressesAll(const Attr *A) {
  const auto *S = llvm::dyn_cast_or_null<SuppressAttr>(A);
  return S && !S->isGSL() && S->diagnosticIdentifiers_size() == 0;
}

class RegionCollector : public RecursiveASTVisitor<RegionCollector> {
public:
  RegionCollector(ASTContext &Ctx, std::vector<SuppressionRegion> &Out)
      : Ctx(Ctx), Out(Out) {}

  // Templates are analysed through their instantiations, which carry
  // their own copies of statement attributes.
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitDecl(Decl *D) {
    const auto *A = D->getAttr<SuppressAttr>();
    if (!suppressesAll(A))
      return true;
    add(D->getSourceRange(), A->getLocation());
    D->dropAttr<SuppressAttr>();
    return true;
  }

  // The visitor calls this before it walks S's children, so it walks the
  // replacements.
  bool VisitStmt(Stmt *S) {
    for (Stmt *&Child : S->children())
      Child = strip(Child);
    return true;
  }

private:
  /// \p S without the suppressing attributes: its sub-statement, or a new
  /// attributed statement with the other attributes ([[likely]], ...).
  Stmt *strip(Stmt *S) {
    auto *AS = llvm::dyn_cast_or_null<AttributedStmt>(S);
    if (!AS || llvm::none_of(AS->getAttrs(), suppressesAll))
      return S;
    // The analyzer measures the sub-statement: the attributed statement's
    // own begin location is not reliable.
    add(AS->getSubStmt()->getSourceRange(), AS->getAttrLoc());
    Stmt *Sub = strip(AS->getSubStmt());
    llvm::SmallVector<const Attr *, 4> Kept;
    for (const Attr *A : AS->getAttrs())
      if (!suppressesAll(A))
        Kept.push_back(A);
    if (Kept.empty())
      return Sub;
    return AttributedStmt::Create(Ctx, AS->getAttrLoc(), Kept, Sub);
  }

  void add(SourceRange R, SourceLocation AttrLoc) {
    if (R.isValid())
      Out.push_back({R, AttrLoc});
  }

  ASTContext &Ctx;
  std::vector<SuppressionRegion> &Out;
};

/// A <= B in translation-unit order; works for macro locations too.
bool notAfter(SourceLocation A, SourceLocation B, const SourceManager &SM) {
  return !SM.isBeforeInTranslationUnit(B, A);
}

} // namespace

void SuppressionRegions::takeFrom(ASTContext &Ctx) {
  RegionCollector(Ctx, Regions).TraverseDecl(Ctx.getTranslationUnitDecl());
}

const SuppressionRegion *
SuppressionRegions::find(SourceRange R, const SourceManager &SM) const {
  if (R.isInvalid())
    return nullptr;
  // Regions nest; the innermost names the attribute the reader looks for.
  const SuppressionRegion *Innermost = nullptr;
  for (const SuppressionRegion &Region : Regions)
    if (notAfter(Region.Range.getBegin(), R.getBegin(), SM) &&
        notAfter(R.getEnd(), Region.Range.getEnd(), SM) &&
        (!Innermost ||
         notAfter(Innermost->Range.getBegin(), Region.Range.getBegin(), SM)))
      Innermost = &Region;
  return Innermost;
}

} // namespace tool
} // namespace wsk
