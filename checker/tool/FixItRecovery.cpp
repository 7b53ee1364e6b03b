//===- FixItRecovery.cpp - Compile again with clang's fix-its -------------===//

#include "FixItRecovery.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"

using namespace clang;
using namespace llvm;

namespace wsk {
namespace tool {

void FixItCollector::BeginSourceFile(const LangOptions &LO,
                                     const Preprocessor *PP) {
  TextDiagnosticPrinter::BeginSourceFile(LO, PP);
  LangOpts = &LO;
}

void FixItCollector::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                      const Diagnostic &Info) {
  TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
  if (Level < DiagnosticsEngine::Error)
    return;
  ++Errors;
  SmallString<128> Message;
  Info.FormatDiagnostic(Message);
  if (Level == DiagnosticsEngine::Fatal || Info.getNumFixItHints() == 0 ||
      StringRef(Message).contains("did you mean") || !Info.hasSourceManager() ||
      !LangOpts) {
    Unfixable = true;
    return;
  }
  const SourceManager &SM = Info.getSourceManager();
  for (const FixItHint &Hint : Info.getFixItHints()) {
    CharSourceRange Range = Hint.RemoveRange;
    if (Hint.InsertFromRange.isValid() || Range.isInvalid() ||
        Range.getBegin().isMacroID() || Range.getEnd().isMacroID()) {
      Unfixable = true;
      return;
    }
    auto [BeginFile, Begin] = SM.getDecomposedLoc(Range.getBegin());
    auto [EndFile, End] = SM.getDecomposedLoc(Range.getEnd());
    if (BeginFile != SM.getMainFileID() || EndFile != BeginFile) {
      Unfixable = true;
      return;
    }
    if (Range.isTokenRange())
      End += Lexer::MeasureTokenLength(Range.getEnd(), SM, *LangOpts);
    Edits.push_back({Begin, End, Hint.CodeToInsert});
  }
}

std::optional<std::string> FixItCollector::fixedMainFile(StringRef Text) const {
  if (Errors == 0 || Unfixable || Edits.empty())
    return std::nullopt;
  std::vector<Edit> Sorted = Edits;
  llvm::stable_sort(
      Sorted, [](const Edit &A, const Edit &B) { return A.Begin < B.Begin; });
  std::string Out;
  unsigned At = 0;
  for (size_t I = 0; I < Sorted.size(); ++I) {
    const Edit &E = Sorted[I];
    // The same error seen again (another compile command of the file).
    if (I > 0 && E.Begin == Sorted[I - 1].Begin && E.End == Sorted[I - 1].End &&
        E.Text == Sorted[I - 1].Text)
      continue;
    if (E.Begin < At || E.End < E.Begin || E.End > Text.size())
      return std::nullopt; // Overlapping edits: no single fixed text.
    Out += Text.slice(At, E.Begin);
    Out += E.Text;
    At = E.End;
  }
  Out += Text.drop_front(At);
  return Out;
}

} // namespace tool
} // namespace wsk
