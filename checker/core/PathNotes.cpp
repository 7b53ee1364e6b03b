//===- PathNotes.cpp - A finding's path as the front ends show it ---------===//

#include "PathNotes.h"
#include "LifecycleRoot.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporterVisitors.h"

using namespace clang;
using namespace clang::ento;

namespace wsk {
namespace {

/// \p Message of a "Control jumps to 'case N:'" note with the label as the
/// driver wrote it (STATUS_NOINTERFACE, not -1073741127): clang prints the
/// value of anything that is not an enumerator.
std::string caseLabelAsWritten(const PathDiagnosticControlFlowPiece &Piece) {
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

/// The condition a note states, without "Assuming ".
llvm::StringRef condition(llvm::StringRef Message) {
  Message.consume_front("Assuming ");
  return Message;
}

/// Appends the pieces' notes, keeping the call depth that flattening loses.
/// \p FromRoot: the analysis started at the synthesized lifecycle root,
/// whose own steps (depth 0) are the system's, not the driver's.
void addPath(const PathPieces &Pieces, unsigned Depth, bool FromRoot,
             std::vector<PathNote> &Out) {
  auto Add = [&](PathNote::NoteKind Kind, const PathDiagnosticPiece &Piece,
                 std::string Message = std::string()) {
    // Edges without text (only produced for arrows) say nothing to a reader.
    if (Piece.getString().empty())
      return;
    PathNote N;
    N.Kind = Kind;
    N.Message = Message.empty() ? Piece.getString().str() : std::move(Message);
    // Copied: call enter and exit pieces are made anew on each request.
    if (Piece.getLocation().isValid()) {
      N.Loc = Piece.getLocation().asLocation();
      N.SM = &Piece.getLocation().getManager();
      llvm::append_range(N.Ranges, Piece.getRanges());
    }
    N.Depth = Depth;
    Out.push_back(std::move(N));
  };
  // The root's branches on the routines DriverEntry installed name its
  // internal variables and point at DriverEntry's declaration; its calls
  // are shown where the routine starts.
  bool InRoot = FromRoot && Depth == 0;
  std::string RootCondition;
  for (const PathDiagnosticPieceRef &Piece : Pieces) {
    switch (Piece->getKind()) {
    case PathDiagnosticPiece::Call: {
      const auto &Call = llvm::cast<PathDiagnosticCallPiece>(*Piece);
      if (auto Enter = Call.getCallEnterEvent()) {
        if (InRoot && Call.getCallee()) {
          Add(PathNote::CallEnter, *Enter,
              rootCallNote(Call.callEnter.asStmt(), Call.getCallee(),
                           RootCondition));
          if (!Out.empty() && Call.getCallee()->getLocation().isValid()) {
            Out.back().Loc = Call.getCallee()->getLocation();
            Out.back().Ranges.clear();
          }
        } else {
          Add(PathNote::CallEnter, *Enter);
        }
      }
      addPath(Call.path, Depth + 1, FromRoot, Out);
      // The root's "Returning from": the next note says what follows.
      if (auto Exit = Call.getCallExitEvent(); Exit && !InRoot)
        Add(PathNote::CallReturn, *Exit);
      break;
    }
    case PathDiagnosticPiece::Macro:
      addPath(llvm::cast<PathDiagnosticMacroPiece>(*Piece).subPieces, Depth,
              FromRoot, Out);
      break;
    case PathDiagnosticPiece::ControlFlow:
      if (InRoot)
        break;
      Add(PathNote::ControlFlow, *Piece,
          caseLabelAsWritten(
              llvm::cast<PathDiagnosticControlFlowPiece>(*Piece)));
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
      Add(PathNote::Event, *Piece);
      break;
    case PathDiagnosticPiece::Note:
      break; // Not steps of the path.
    }
  }
}

} // namespace

std::vector<PathNote> pathNotes(const PathDiagnostic &PD) {
  bool FromRoot = false;
  if (const auto *Entry =
          llvm::dyn_cast_or_null<FunctionDecl>(PD.getAnalysisEntryPoint()))
    FromRoot = Entry->getIdentifier() && Entry->getName() == LifecycleRootName;
  std::vector<PathNote> Notes;
  addPath(PD.path, 0, FromRoot, Notes);

  // The second of two notes at one place that state the same condition
  // goes; the one that says it is an assumption stays.
  std::vector<PathNote> Kept;
  for (PathNote &N : Notes) {
    if (!Kept.empty() && N.SM) {
      PathNote &Prev = Kept.back();
      if (N.Kind == PathNote::Event && Prev.Kind == PathNote::Event &&
          N.Depth == Prev.Depth && Prev.SM == N.SM &&
          N.SM->getFileLoc(N.Loc) == N.SM->getFileLoc(Prev.Loc) &&
          condition(N.Message) == condition(Prev.Message)) {
        if (N.Message.size() > Prev.Message.size())
          Prev.Message = std::move(N.Message);
        continue;
      }
    }
    Kept.push_back(std::move(N));
  }
  return Kept;
}

} // namespace wsk
