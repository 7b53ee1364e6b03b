//===- FindingCollector.cpp - PathDiagnostics to Findings -----------------===//

#include "FindingCollector.h"
#include "Baseline.h"
#include "RuleLookup.h"
#include "Suppression.h"
#include "Utf8.h"
#include "core/PathNotes.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/IssueHash.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ento;

namespace wsk {
namespace tool {
namespace {

/// 1-based UTF-16 column of the character after \p Prefix (the bytes of the
/// line before it). A byte that does not start a valid UTF-8 sequence (a
/// Latin-1 comment) counts as one unit, as readers decode it to one
/// replacement character, and the bytes after it count again.
unsigned utf16Column(llvm::StringRef Prefix) {
  unsigned Units = 0;
  for (size_t I = 0; I < Prefix.size();) {
    unsigned Len = utf8Length(Prefix, I);
    if (Len == 0) {
      ++Units;
      ++I;
      continue;
    }
    // Characters outside the BMP take a surrogate pair.
    Units += Len == 4 ? 2 : 1;
    I += Len;
  }
  return Units + 1;
}

/// The tokens of \p Loc's line (at its file position), one space apart:
/// white space and comments are not tokens, so re-indenting, re-wrapping
/// or editing a comment on the line does not change it.
std::string lineTokens(const SourceManager &SM, const LangOptions &LO,
                       SourceLocation Loc) {
  if (Loc.isInvalid())
    return std::string();
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  auto [FID, Offset] = SM.getDecomposedLoc(FileLoc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(FID, &Invalid);
  if (Invalid || Offset > Buffer.size())
    return std::string();
  size_t Begin = Buffer.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  Begin = Begin == llvm::StringRef::npos || Offset == 0 ? 0 : Begin + 1;
  size_t End = Buffer.find('\n', Offset);
  if (End == llvm::StringRef::npos)
    End = Buffer.size();
  // The lexer needs a terminating null: lex a copy of the line.
  std::string Line = Buffer.slice(Begin, End).str();
  SourceLocation LineLoc = FileLoc.getLocWithOffset(
      static_cast<int>(Begin) - static_cast<int>(Offset));
  Lexer Lex(LineLoc, LO, Line.data(), Line.data(), Line.data() + Line.size());
  unsigned LineOffset = SM.getFileOffset(LineLoc);
  std::string Text;
  Token Tok;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      break;
    if (!Text.empty())
      Text += ' ';
    unsigned At = SM.getFileOffset(Tok.getLocation()) - LineOffset;
    Text += llvm::StringRef(Line).substr(At, Tok.getLength()).str();
  }
  return Text;
}

/// Where the path steps point, for the fingerprint.
struct StepLines {
  const LangOptions &LO;
  std::vector<std::string> Lines;
  void add(const PathDiagnosticLocation &L) {
    if (L.isValid())
      add(L.getManager(), L.asLocation());
  }
  void add(const SourceManager &SM, SourceLocation Loc) {
    if (Loc.isInvalid())
      return;
    std::string Text = lineTokens(SM, LO, Loc);
    // A run of steps on one line counts once, so that an extra branch note
    // on the same line (a different analyzer version) does not matter.
    if (Lines.empty() || Lines.back() != Text)
      Lines.push_back(std::move(Text));
  }
};

SourcePoint toPoint(const PathDiagnosticLocation &PDL) {
  if (!PDL.isValid())
    return SourcePoint();
  FullSourceLoc Loc = PDL.asLocation();
  if (Loc.isInvalid())
    return SourcePoint();
  return toSourcePoint(Loc.getManager(), Loc);
}

void addStep(std::vector<PathStep> &Out, PathStep::StepKind Kind,
             const PathDiagnosticPiece &Piece, unsigned Depth,
             StepLines &Lines) {
  // Edges without text (only produced for arrows) say nothing to a reader.
  if (Piece.getString().empty())
    return;
  Lines.add(Piece.getLocation());
  PathStep S;
  S.Kind = Kind;
  S.Message = Piece.getString().str();
  S.Where = toPoint(Piece.getLocation());
  S.Depth = Depth;
  Out.push_back(std::move(S));
}

/// The path as the front ends show it (core/PathNotes.h).
void addPath(const PathDiagnostic &PD, std::vector<PathStep> &Out,
             StepLines &Lines) {
  for (const PathNote &N : pathNotes(PD)) {
    PathStep S;
    if (N.SM) {
      Lines.add(*N.SM, N.Loc);
      S.Where = toSourcePoint(*N.SM, N.Loc);
    }
    switch (N.Kind) {
    case PathNote::Event:
      S.Kind = PathStep::Event;
      break;
    case PathNote::ControlFlow:
      S.Kind = PathStep::ControlFlow;
      break;
    case PathNote::CallEnter:
      S.Kind = PathStep::CallEnter;
      break;
    case PathNote::CallReturn:
      S.Kind = PathStep::CallReturn;
      break;
    }
    S.Message = N.Message;
    S.Depth = N.Depth;
    Out.push_back(std::move(S));
  }
}

std::string nameOf(const Decl *D) {
  if (const auto *ND = llvm::dyn_cast_or_null<NamedDecl>(D))
    return ND->getQualifiedNameAsString();
  return std::string();
}

/// The line-number-free fingerprint of a finding (see Finding::Fingerprint).
std::string fingerprint(const Finding &F, const PathDiagnosticLocation &Where,
                        const StepLines &Steps, const LangOptions &LO) {
  llvm::MD5 Hash;
  auto Add = [&](llvm::StringRef Part) {
    Hash.update(Part);
    // A separator, so that moving text from one part to the next changes
    // the hash.
    Hash.update(llvm::ArrayRef<uint8_t>{0});
  };
  Add(FingerprintKey);
  Add(F.Rule);
  Add(F.Function);
  if (Where.isValid())
    Add(lineTokens(Where.getManager(), LO, Where.asLocation()));
  for (const std::string &Line : Steps.Lines)
    Add(Line);
  llvm::MD5::MD5Result Result;
  Hash.final(Result);
  return std::string(Result.digest().str());
}

} // namespace

SourcePoint toSourcePoint(const SourceManager &SM, SourceLocation Loc) {
  SourcePoint P;
  if (Loc.isInvalid())
    return P;
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

  StepLines Lines{LO, {}};
  addPath(PD, F.Path, Lines);
  for (const PathDiagnosticPieceRef &Piece : PD.path)
    if (llvm::isa<PathDiagnosticNotePiece>(*Piece))
      addStep(F.Notes, PathStep::Note, *Piece, 0, Lines);
  F.Fingerprint = fingerprint(F, PD.getLocation(), Lines, LO);
  return F;
}

void FindingCollector::FlushDiagnosticsImpl(
    std::vector<const PathDiagnostic *> &Diags, FilesMade *) {
  for (const PathDiagnostic *PD : Diags) {
    Finding F = toFinding(*PD, LO);
    // The analyzer checks both the report's location and its uniqueing
    // location (where a leak was acquired); so does wskcheck.
    if (Suppressions)
      for (const PathDiagnosticLocation &L :
           {PD->getLocation(), PD->getUniqueingLoc()}) {
        if (!L.isValid())
          continue;
        if (const SuppressionRegion *R =
                Suppressions->find(L.asRange(), L.getManager())) {
          F.Suppressed = true;
          F.SuppressedBy = toSourcePoint(L.getManager(), R->AttrLoc);
          break;
        }
      }
    Out.push_back(std::move(F));
  }
}

} // namespace tool
} // namespace wsk
