//===- LifecycleCheck.cpp - The wsk-lifecycle clang-tidy check ------------===//

#include "tidy/LifecycleCheck.h"
#include "catalog/WskRules.h"
#include "core/PathNotes.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::ento;

namespace wsk {
namespace tidy {
namespace {

/// Whether \p Name is a rule of the catalog; \p Suggestion is set to the full
/// name when \p Name is a rule's short name.
bool isRuleName(StringRef Name, std::string &Suggestion) {
  for (const WskRuleInfo &Rule : WskRuleCatalog) {
    if (Name == Rule.Name)
      return true;
    if (Name.equals_insensitive(Rule.ShortName))
      Suggestion = Rule.Name;
  }
  return false;
}

/// clang-tidy diagnostic texts are format strings.
std::string escapeFormat(StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    Out += C;
    if (C == '%')
      Out += '%';
  }
  return Out;
}

/// Turns the analyzer's reports into clang-tidy diagnostics: the report as a
/// warning that names its rule, then its notes and path as notes, in the
/// order `clang --analyze -analyzer-output=text` (and wskcheck) print them.
class TidyReporter : public PathDiagnosticConsumer {
public:
  TidyReporter(LifecycleCheck &Check, const SourceManager &SM,
               const LangOptions &LO)
      : Check(Check), SM(SM), LO(LO) {}

  StringRef getName() const override { return "wsk-lifecycle"; }
  // The path wskcheck reports: the minimal scheme, with the branch notes
  // ("Taking true branch") it produces.
  PathGenerationScheme getGenerationScheme() const override { return Minimal; }
  bool supportsLogicalOpControlFlow() const override { return true; }
  // A path may start in a .c file and end in a header.
  bool supportsCrossFileDiagnostics() const override { return true; }

  void FlushDiagnosticsImpl(std::vector<const PathDiagnostic *> &Diags,
                            FilesMade *) override {
    for (const PathDiagnostic *PD : Diags)
      report(*PD);
  }

private:
  /// Where a diagnostic inside a macro is shown: at a macro argument's text
  /// (the call in NT_SUCCESS(WskRegister(...))), otherwise at the macro's
  /// use; wskcheck shows it there too.
  SourceLocation place(const PathDiagnosticLocation &L) const {
    if (!L.isValid())
      return SourceLocation();
    SourceLocation Loc = L.asLocation();
    return Loc.isValid() ? SM.getFileLoc(Loc) : Loc;
  }

  void addRanges(DiagnosticBuilder &DB, ArrayRef<SourceRange> Ranges) const {
    for (SourceRange R : Ranges) {
      CharSourceRange FileRange =
          Lexer::makeFileCharRange(CharSourceRange::getTokenRange(R), SM, LO);
      if (FileRange.isValid())
        DB << FileRange;
    }
  }

  void note(const PathDiagnosticPiece &Piece) const {
    // Edges without text are drawn as arrows by other outputs; nothing to
    // read here.
    if (Piece.getString().empty())
      return;
    DiagnosticBuilder DB =
        Check.diag(place(Piece.getLocation()), escapeFormat(Piece.getString()),
                   DiagnosticIDs::Note);
    addRanges(DB, Piece.getRanges());
  }

  void report(const PathDiagnostic &PD) const {
    {
      DiagnosticBuilder DB =
          Check.diag(place(PD.getLocation()),
                     escapeFormat(PD.getVerboseDescription()) + " [" +
                         escapeFormat(PD.getCheckerName()) + "]");
      if (!PD.path.empty())
        addRanges(DB, PD.path.back()->getRanges());
    }
    // Notes outside the path first, then the path.
    for (const PathDiagnosticPieceRef &Piece : PD.path)
      if (isa<PathDiagnosticNotePiece>(*Piece))
        note(*Piece);
    // The path as wskcheck shows it (core/PathNotes.h).
    for (const wsk::PathNote &N : wsk::pathNotes(PD)) {
      SourceLocation Loc = N.Loc.isValid() ? SM.getFileLoc(N.Loc) : N.Loc;
      DiagnosticBuilder DB =
          Check.diag(Loc, escapeFormat(N.Message), DiagnosticIDs::Note);
      addRanges(DB, N.Ranges);
    }
  }

  LifecycleCheck &Check;
  const SourceManager &SM;
  const LangOptions &LO;
};

} // namespace

LifecycleCheck::LifecycleCheck(StringRef Name,
                               clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      DisabledRulesOption(Options.get("DisabledRules", "").str()),
      LifecycleRootOption(Options.get("LifecycleRoot", "true").str()) {
  // Read as text: OptionsView's typed accessors are templates whose mangled
  // names differ between GCC and Clang, and the clang-tidy binary is built
  // with Clang.
  StringRef RootValue = StringRef(LifecycleRootOption).trim();
  std::optional<bool> Root;
  if (RootValue.equals_insensitive("true") || RootValue == "1")
    Root = true;
  else if (RootValue.equals_insensitive("false") || RootValue == "0")
    Root = false;
  if (Root)
    Settings.LifecycleRoot = *Root;
  else
    configurationDiag(escapeFormat("invalid value '" + LifecycleRootOption +
                                   "' for '" + Name.str() +
                                   ".LifecycleRoot' ignored; use true or "
                                   "false"));

  SmallVector<StringRef, 8> Entries;
  for (StringRef Entry : llvm::split(DisabledRulesOption, ','))
    Entry.split(Entries, ';');
  for (StringRef Rule : Entries) {
    Rule = Rule.trim();
    if (Rule.empty())
      continue;
    std::string Suggestion;
    if (isRuleName(Rule, Suggestion)) {
      Settings.DisabledRules.push_back(Rule.str());
      continue;
    }
    // The analyzer would stop the whole unit on an unknown checker name;
    // ignoring the entry keeps the other rules running.
    std::string Message = "unknown rule '" + Rule.str() + "' in '" +
                          Name.str() + ".DisabledRules' ignored";
    if (!Suggestion.empty())
      Message += "; did you mean '" + Suggestion + "'?";
    configurationDiag(escapeFormat(Message));
  }
}

void LifecycleCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "DisabledRules", DisabledRulesOption);
  Options.store(Opts, "LifecycleRoot", LifecycleRootOption);
}

void LifecycleCheck::registerPPCallbacks(const SourceManager &,
                                         Preprocessor *PP, Preprocessor *) {
  this->PP = PP;
}

void LifecycleCheck::registerMatchers(MatchFinder *Finder) {
  // Only to be handed the AST context; the analysis itself runs when the
  // matchers are done, so no other check sees the lifecycle root it adds.
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void LifecycleCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
}

void LifecycleCheck::onEndOfTranslationUnit() {
  if (!Ctx || !PP)
    return;
  analyzeUnit(*Ctx, *PP, Settings,
              std::make_unique<TidyReporter>(*this, Ctx->getSourceManager(),
                                             Ctx->getLangOpts()));
  Ctx = nullptr;
  PP = nullptr;
}

} // namespace tidy
} // namespace wsk
