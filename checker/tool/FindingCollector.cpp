//===- FindingCollector.cpp - PathDiagnostics to Findings -----------------===//

#include "FindingCollector.h"
#include "Baseline.h"
#include "RuleLookup.h"
#include "Suppression.h"
#include "core/LifecycleRoot.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/IssueHash.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporterVisitors.h"
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
    unsigned char C = Prefix[I];
    unsigned Len = C < 0x80                  ? 1
                   : C >= 0xC2 && C < 0xE0 ? 2
                   : C >= 0xE0 && C < 0xF0 ? 3
                   : C >= 0xF0 && C < 0xF5 ? 4
                                           : 0;
    for (unsigned K = 1; K < Len; ++K)
      if (I + K >= Prefix.size() ||
          (static_cast<unsigned char>(Prefix[I + K]) & 0xC0) != 0x80)
        Len = 0;
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
    if (!L.isValid())
      return;
    std::string Text = lineTokens(L.getManager(), LO, L.asLocation());
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

/// How the path is walked: the depth of the lifecycle root's own steps, if
/// the analysis started there.
struct PathContext {
  const LangOptions &LO;
  /// The analysis entry point is the synthesized lifecycle root: its own
  /// steps (depth 0) are the system's, not the driver's.
  bool FromRoot = false;
};

/// \p Message of a "Control jumps to 'case N:'" note with the label as the
/// driver wrote it (STATUS_NOINTERFACE, not -1073741127): clang prints the
/// value of anything that is not an enumerator.
std::string caseLabelAsWritten(const PathDiagnosticControlFlowPiece &Piece,
                               const LangOptions &LO) {
  std::string Message = Piece.getString().str();
  llvm::StringRef Prefix = "Control jumps to 'case ";
  if (!llvm::StringRef(Message).starts_with(Prefix))
    return Message;
  // The piece's locations are flattened to ranges by now: read the label
  // from the source at the case's start.
  PathDiagnosticLocation CaseLoc = Piece.getEndLocation();
  if (!CaseLoc.isValid())
    return Message;
  const SourceManager &SM = CaseLoc.getManager();
  auto [FID, Offset] =
      SM.getDecomposedLoc(SM.getExpansionLoc(CaseLoc.asRange().getBegin()));
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(FID, &Invalid);
  if (Invalid || Offset > Text.size())
    return Message;
  Text = Text.drop_front(Offset);
  if (!Text.consume_front("case"))
    return Message;
  // Up to the label's ':' (not a C++ "::").
  size_t Colon = 0;
  while ((Colon = Text.find(':', Colon)) != llvm::StringRef::npos &&
         Text.substr(Colon, 2) == "::")
    Colon += 2;
  if (Colon == llvm::StringRef::npos)
    return Message;
  std::string Label = Text.take_front(Colon).trim().str();
  // Only a plain label: no comment, no character literal.
  if (Label.empty() || Label.find_first_of("\n/'\"") != std::string::npos)
    return Message;
  size_t End = Message.find(":'", Prefix.size());
  if (End == std::string::npos)
    return Message;
  std::string Rest = Message.substr(End);
  // Clang puts two spaces before "at line".
  size_t Spaces = Rest.find("'  at");
  if (Spaces != std::string::npos)
    Rest.erase(Spaces + 1, 1);
  return Prefix.str() + Label + Rest;
}

void addStep(std::vector<PathStep> &Out, PathStep::StepKind Kind,
             const PathDiagnosticPiece &Piece, unsigned Depth,
             StepLines &Lines, std::string Message = std::string()) {
  // Edges without text (only produced for arrows) say nothing to a reader.
  if (Piece.getString().empty())
    return;
  Lines.add(Piece.getLocation());
  PathStep S;
  S.Kind = Kind;
  S.Message = Message.empty() ? Piece.getString().str() : std::move(Message);
  S.Where = toPoint(Piece.getLocation());
  S.Depth = Depth;
  Out.push_back(std::move(S));
}

/// What the lifecycle root's call runs, from the variable or field it calls
/// through (see LifecycleRoot.h): named by \p CallSite's callee, or else by
/// the root's condition just before the call (\p Condition: "Field
/// 'DriverUnload' is non-null").
std::string rootCallNote(const Stmt *CallSite, const Decl *Callee,
                         llvm::StringRef Condition) {
  std::string Name = "the routine";
  if (const auto *ND = llvm::dyn_cast_or_null<NamedDecl>(Callee))
    Name = "'" + ND->getNameAsString() + "'";
  if (const auto *FD = llvm::dyn_cast_or_null<FunctionDecl>(Callee))
    if (FD->getNameAsString() == "DriverEntry")
      return "The driver is loaded: 'DriverEntry' is called";
  std::string Through;
  if (const auto *CE = llvm::dyn_cast_or_null<CallExpr>(CallSite)) {
    const Expr *E = CE->getCallee()->IgnoreParenImpCasts();
    if (const auto *ME = llvm::dyn_cast<MemberExpr>(E))
      Through = ME->getMemberDecl()->getNameAsString();
    else if (const auto *DRE = llvm::dyn_cast<DeclRefExpr>(E))
      Through = DRE->getDecl()->getNameAsString();
  }
  if (Through.empty()) {
    size_t Open = Condition.find('\'');
    size_t Close = Condition.find('\'', Open + 1);
    if (Open != llvm::StringRef::npos && Close != llvm::StringRef::npos)
      Through = Condition.slice(Open + 1, Close).str();
  }
  if (Through == "DriverUnload" || Through == KmdfUnloadVarName ||
      Through == NdisUnloadVarName)
    return "The driver is unloaded: its unload routine " + Name +
           " is called";
  if (Through == KmdfCleanupVarName)
    return "The framework deletes the driver object: its "
           "EvtCleanupCallback " +
           Name + " is called";
  if (Through == IoWorkItemVarName)
    return "The queued work item " + Name + " runs";
  if (Through == SystemThreadVarName)
    return "The system thread " + Name + " runs";
  return Name + " is called by the system";
}

/// Walks the path in the order PathPieces::flatten produces (and clang's
/// text output prints), keeping the call depth that flattening loses.
void addPath(const PathPieces &Pieces, unsigned Depth,
             std::vector<PathStep> &Out, StepLines &Lines,
             const PathContext &Ctx) {
  // The root's own steps: its branches on the routines DriverEntry
  // installed, and the calls of those routines. The branches name the
  // root's internal variables and point at DriverEntry's declaration; the
  // calls are shown where the routine starts.
  bool InRoot = Ctx.FromRoot && Depth == 0;
  std::string RootCondition;
  for (const PathDiagnosticPieceRef &Piece : Pieces) {
    switch (Piece->getKind()) {
    case PathDiagnosticPiece::Call: {
      const auto &Call = llvm::cast<PathDiagnosticCallPiece>(*Piece);
      if (auto Enter = Call.getCallEnterEvent()) {
        if (InRoot && Call.getCallee()) {
          addStep(Out, PathStep::CallEnter, *Enter, Depth, Lines,
                  rootCallNote(Call.callEnter.asStmt(), Call.getCallee(),
                               RootCondition));
          const SourceManager &SM = Enter->getLocation().getManager();
          SourcePoint Start = toSourcePoint(SM, Call.getCallee()->getLocation());
          if (!Out.empty() && Start.isValid())
            Out.back().Where = Start;
        } else {
          addStep(Out, PathStep::CallEnter, *Enter, Depth, Lines);
        }
      }
      addPath(Call.path, Depth + 1, Out, Lines, Ctx);
      // The root's "Returning from": the next step says what follows.
      if (auto Exit = Call.getCallExitEvent(); Exit && !InRoot)
        addStep(Out, PathStep::CallReturn, *Exit, Depth, Lines);
      break;
    }
    case PathDiagnosticPiece::Macro:
      addPath(llvm::cast<PathDiagnosticMacroPiece>(*Piece).subPieces, Depth,
              Out, Lines, Ctx);
      break;
    case PathDiagnosticPiece::ControlFlow:
      if (InRoot)
        break;
      addStep(Out, PathStep::ControlFlow, *Piece, Depth, Lines,
              caseLabelAsWritten(
                  llvm::cast<PathDiagnosticControlFlowPiece>(*Piece),
                  Ctx.LO));
      break;
    case PathDiagnosticPiece::Event:
    case PathDiagnosticPiece::PopUp:
      // The root's conditions ("'__wskcheck_EvtDriverUnload' is non-null").
      if (InRoot && (Piece->getTag() == ConditionBRVisitor::getTag() ||
                     Piece->getTag() == TrackConstraintBRVisitor::getTag() ||
                     Piece->getString().contains("__wskcheck_"))) {
        RootCondition = Piece->getString().str();
        break;
      }
      addStep(Out, PathStep::Event, *Piece, Depth, Lines);
      break;
    case PathDiagnosticPiece::Note:
      break; // Collected separately: they are not steps of the path.
    }
  }
}

/// The condition a note states, without "Assuming ".
llvm::StringRef condition(llvm::StringRef Message) {
  Message.consume_front("Assuming ");
  return Message;
}

/// Drops the second of two notes at one place that state the same
/// condition: clang notes "Assuming 'status' is >= 0" for the comparison
/// inside NT_SUCCESS and "'status' is >= 0" for the negation around it.
void removeRepeatedConditions(std::vector<PathStep> &Path) {
  std::vector<PathStep> Kept;
  for (PathStep &S : Path) {
    if (!Kept.empty()) {
      const PathStep &Prev = Kept.back();
      if (S.Kind == PathStep::Event && Prev.Kind == PathStep::Event &&
          S.Depth == Prev.Depth && S.Where.File == Prev.Where.File &&
          S.Where.Line == Prev.Where.Line &&
          S.Where.Column == Prev.Where.Column &&
          condition(S.Message) == condition(Prev.Message)) {
        // Keep the one that says it is an assumption.
        if (S.Message.size() > Prev.Message.size())
          Kept.back().Message = std::move(S.Message);
        continue;
      }
    }
    Kept.push_back(std::move(S));
  }
  Path = std::move(Kept);
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
  PathContext Ctx{LO};
  if (const auto *Entry =
          llvm::dyn_cast_or_null<FunctionDecl>(PD.getAnalysisEntryPoint()))
    Ctx.FromRoot =
        Entry->getIdentifier() && Entry->getName() == LifecycleRootName;
  addPath(PD.path, 0, F.Path, Lines, Ctx);
  removeRepeatedConditions(F.Path);
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
