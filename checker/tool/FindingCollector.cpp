//===- FindingCollector.cpp - PathDiagnostics to Findings -----------------===//

#include "FindingCollector.h"
#include "RuleLookup.h"
#include "clang/AST/Decl.h"
#include "clang/Analysis/IssueHash.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ento;

namespace wsk {
namespace tool {
namespace {

/// 1-based UTF-16 column of the character after \p Prefix (the bytes of the
/// line before it), decoding UTF-8 leniently: a stray byte counts as one unit.
unsigned utf16Column(llvm::StringRef Prefix) {
  unsigned Units = 0;
  for (size_t I = 0; I < Prefix.size();) {
    unsigned char C = Prefix[I];
    unsigned Len = 1;
    if (C >= 0xF0 && C < 0xF8)
      Len = 4;
    else if (C >= 0xE0)
      Len = 3;
    else if (C >= 0xC0)
      Len = 2;
    // Characters outside the BMP take a surrogate pair.
    Units += Len == 4 ? 2 : 1;
    I += Len;
  }
  return Units + 1;
}

SourcePoint toPoint(const PathDiagnosticLocation &PDL) {
  SourcePoint P;
  if (!PDL.isValid())
    return P;
  FullSourceLoc Loc = PDL.asLocation();
  if (Loc.isInvalid())
    return P;
  const SourceManager &SM = Loc.getManager();
  // Inside a macro, point where clang's own diagnostics point: at a macro
  // argument's text (the call in NT_SUCCESS(WskRegister(...))), otherwise at
  // the macro's use.
  auto [FID, Offset] = SM.getDecomposedLoc(SM.getFileLoc(Loc));
  bool Invalid = false;
  P.Line = SM.getLineNumber(FID, Offset, &Invalid);
  if (Invalid)
    return SourcePoint();
  P.Column = SM.getColumnNumber(FID, Offset, &Invalid);
  if (Invalid)
    P.Column = 0;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
    // Relative names are relative to the compile command's directory, which
    // the file manager's file system has as its working directory.
    llvm::SmallString<256> Path(FE->getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    P.File = std::string(Path);
  }
  P.Utf16Column = P.Column;
  llvm::StringRef Buffer = SM.getBufferData(FID, &Invalid);
  if (!Invalid && P.Column > 0 && Offset >= P.Column - 1 &&
      Offset <= Buffer.size())
    P.Utf16Column =
        utf16Column(Buffer.substr(Offset - (P.Column - 1), P.Column - 1));
  return P;
}

void addStep(std::vector<PathStep> &Out, PathStep::StepKind Kind,
             const PathDiagnosticPiece &Piece, unsigned Depth) {
  // Edges without text (only produced for arrows) say nothing to a reader.
  if (Piece.getString().empty())
    return;
  PathStep S;
  S.Kind = Kind;
  S.Message = Piece.getString().str();
  S.Where = toPoint(Piece.getLocation());
  S.Depth = Depth;
  Out.push_back(std::move(S));
}

/// Walks the path in the order PathPieces::flatten produces (and clang's
/// text output prints), keeping the call depth that flattening loses.
void addPath(const PathPieces &Pieces, unsigned Depth,
             std::vector<PathStep> &Out) {
  for (const PathDiagnosticPieceRef &Piece : Pieces) {
    switch (Piece->getKind()) {
    case PathDiagnosticPiece::Call: {
      const auto &Call = llvm::cast<PathDiagnosticCallPiece>(*Piece);
      if (auto Enter = Call.getCallEnterEvent())
        addStep(Out, PathStep::CallEnter, *Enter, Depth);
      addPath(Call.path, Depth + 1, Out);
      if (auto Exit = Call.getCallExitEvent())
        addStep(Out, PathStep::CallReturn, *Exit, Depth);
      break;
    }
    case PathDiagnosticPiece::Macro:
      addPath(llvm::cast<PathDiagnosticMacroPiece>(*Piece).subPieces, Depth,
              Out);
      break;
    case PathDiagnosticPiece::ControlFlow:
      addStep(Out, PathStep::ControlFlow, *Piece, Depth);
      break;
    case PathDiagnosticPiece::Event:
    case PathDiagnosticPiece::PopUp:
      addStep(Out, PathStep::Event, *Piece, Depth);
      break;
    case PathDiagnosticPiece::Note:
      break; // Collected separately: they are not steps of the path.
    }
  }
}

std::string nameOf(const Decl *D) {
  if (const auto *ND = llvm::dyn_cast_or_null<NamedDecl>(D))
    return ND->getQualifiedNameAsString();
  return std::string();
}

} // namespace

Finding FindingCollector::toFinding(const PathDiagnostic &PD,
                                    const LangOptions &LO) {
  Finding F;
  F.Rule = PD.getCheckerName().str();
  F.RuleIndex = findRuleByName(F.Rule);
  F.Message = PD.getVerboseDescription().str();
  F.Where = toPoint(PD.getLocation());
  F.Function = nameOf(PD.getDeclWithIssue());
  F.EntryPoint = nameOf(PD.getAnalysisEntryPoint());

  // The same inputs clang's plist and SARIF output hash, so fingerprints
  // match what other analyzer front ends compute.
  PathDiagnosticLocation HashLoc =
      PD.getUniqueingLoc().isValid() ? PD.getUniqueingLoc() : PD.getLocation();
  if (HashLoc.isValid()) {
    const SourceManager &SM = HashLoc.getManager();
    FullSourceLoc L(SM.getExpansionLoc(HashLoc.asLocation()), SM);
    F.IssueHash = std::string(getIssueHash(
        L, PD.getCheckerName(), PD.getBugType(), PD.getDeclWithIssue(), LO));
  }

  addPath(PD.path, 0, F.Path);
  for (const PathDiagnosticPieceRef &Piece : PD.path)
    if (llvm::isa<PathDiagnosticNotePiece>(*Piece))
      addStep(F.Notes, PathStep::Note, *Piece, 0);
  return F;
}

void FindingCollector::FlushDiagnosticsImpl(
    std::vector<const PathDiagnostic *> &Diags, FilesMade *) {
  for (const PathDiagnostic *PD : Diags)
    Out.push_back(toFinding(*PD, LO));
}

} // namespace tool
} // namespace wsk
