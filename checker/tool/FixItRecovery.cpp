//===- FixItRecovery.cpp - Compile again with clang's fix-its -------------===//

#include "FixItRecovery.h"
#include "clang/AST/Type.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;
using namespace llvm;

namespace wsk {
namespace tool {

void FixItCollector::BeginSourceFile(const LangOptions &LO,
                                     const Preprocessor *PP) {
  TextDiagnosticPrinter::BeginSourceFile(LO, PP);
  LangOpts = &LO;
}

void FixItCollector::addEdit(const SourceManager &SM, CharSourceRange Range,
                             StringRef Text) {
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID() || SM.isInSystemHeader(Range.getBegin())) {
    Unfixable = true;
    return;
  }
  auto [BeginFile, Begin] = SM.getDecomposedLoc(Range.getBegin());
  auto [EndFile, End] = SM.getDecomposedLoc(Range.getEnd());
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(BeginFile);
  if (EndFile != BeginFile || !Entry) {
    Unfixable = true;
    return;
  }
  if (Range.isTokenRange())
    End += Lexer::MeasureTokenLength(Range.getEnd(), SM, *LangOpts);
  // Absolute: the compile runs in the command's directory, the retry's
  // in-memory files are named from anywhere.
  SmallString<256> Path(Entry->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  Edits.push_back({std::string(Path), Begin, End, Text.str()});
}

/// A raw lexer over the file text from \p Loc on, if the text is there.
static std::optional<Lexer>
rawLexerAt(const SourceManager &SM, SourceLocation Loc, const LangOptions &LO) {
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  return std::optional<Lexer>(std::in_place, SM.getLocForStartOfFile(File), LO,
                              Buffer.begin(), Buffer.begin() + Offset,
                              Buffer.end());
}

/// The cast `(T)` that starts the expression at \p Begin, past the
/// parentheses around it: the locations of its '(' and ')'.
static std::optional<std::pair<SourceLocation, SourceLocation>>
findCastAt(const SourceManager &SM, SourceLocation Begin,
           const LangOptions &LO) {
  std::optional<Lexer> Raw = rawLexerAt(SM, Begin, LO);
  if (!Raw)
    return std::nullopt;
  // A cast and its operand are short: a bounded look ahead.
  SmallVector<Token, 64> Tokens;
  Token T;
  while (Tokens.size() < 64 && !Raw->LexFromRawLexer(T))
    Tokens.push_back(T);
  if (T.isNot(tok::eof))
    Tokens.push_back(T);
  auto StartsOperand = [](const Token &T) {
    return T.isOneOf(tok::raw_identifier, tok::l_paren, tok::star, tok::amp,
                     tok::numeric_constant);
  };
  for (size_t Open = 0; Open < Tokens.size() && Tokens[Open].is(tok::l_paren);
       ++Open) {
    size_t Close = Open + 1;
    bool TypeName =
        Close < Tokens.size() && Tokens[Close].is(tok::raw_identifier);
    for (unsigned Depth = 1; Close < Tokens.size(); ++Close) {
      if (Tokens[Close].is(tok::l_paren))
        ++Depth;
      else if (Tokens[Close].is(tok::r_paren) && --Depth == 0)
        break;
      // A type name is words and '*': `struct _MDL *`, `PVOID`.
      if (!Tokens[Close].isOneOf(tok::raw_identifier, tok::star))
        TypeName = false;
    }
    if (Close + 1 >= Tokens.size())
      return std::nullopt;
    if (TypeName && StartsOperand(Tokens[Close + 1]))
      return std::make_pair(Tokens[Open].getLocation(),
                            Tokens[Close].getLocation());
    // Otherwise parentheses around the cast: look inside.
  }
  return std::nullopt;
}

bool FixItCollector::addLvalueCastEdit(const SourceManager &SM,
                                       SourceLocation Loc) {
  // The cast as written: in the file, in a macro's argument (`SetFlag(
  // (ULONG_PTR)Ccb, Flag)`) or in a macro's body (`(UCHAR)Type = ...`),
  // where every expansion assigns to it alike.
  Loc = SM.getSpellingLoc(Loc);
  if (Loc.isInvalid() || !SM.getFileEntryRefForID(SM.getFileID(Loc)))
    return false;
  auto Cast = findCastAt(SM, Loc, *LangOpts);
  if (!Cast)
    return false;
  auto [Open, Close] = *Cast;
  StringRef Type = Lexer::getSourceText(
      CharSourceRange::getCharRange(Open.getLocWithOffset(1), Close), SM,
      *LangOpts);
  addEdit(SM, CharSourceRange::getTokenRange(Open, Close),
          ("*(" + Type.trim() + " *)&").str());
  return true;
}

/// The parentheses of the parameter list after the function name at \p Name,
/// written in a file: `Name ( ... )`.
static std::optional<std::pair<SourceLocation, SourceLocation>>
findParameterList(const SourceManager &SM, SourceLocation Name,
                  const LangOptions &LO) {
  if (Name.isInvalid() || Name.isMacroID())
    return std::nullopt;
  std::optional<Lexer> Raw = rawLexerAt(SM, Name, LO);
  if (!Raw)
    return std::nullopt;
  // A declaration through a function typedef (`DRIVER_UNLOAD Unload;`) has
  // no list.
  Token T;
  Raw->LexFromRawLexer(T);
  if (T.isNot(tok::raw_identifier) || Raw->LexFromRawLexer(T) ||
      T.isNot(tok::l_paren))
    return std::nullopt;
  SourceLocation Open = T.getLocation();
  for (unsigned Depth = 1; !Raw->LexFromRawLexer(T);) {
    if (T.is(tok::l_paren))
      ++Depth;
    else if (T.is(tok::r_paren) && --Depth == 0)
      return std::make_pair(Open, T.getLocation());
  }
  return std::nullopt;
}

bool FixItCollector::addPrototypeEdit(const SourceManager &SM,
                                      SourceLocation Prototype) {
  auto Declared = findParameterList(SM, Prototype, *LangOpts);
  auto Defined = findParameterList(SM, ConflictingDefinition, *LangOpts);
  if (!Declared || !Defined)
    return false;
  StringRef Parameters = Lexer::getSourceText(
      CharSourceRange::getCharRange(Defined->first.getLocWithOffset(1),
                                    Defined->second),
      SM, *LangOpts);
  addEdit(SM,
          CharSourceRange::getCharRange(Declared->first.getLocWithOffset(1),
                                        Declared->second),
          Parameters);
  return true;
}

void FixItCollector::HandleDiagnostic(DiagnosticsEngine::Level Level,
                                      const Diagnostic &Info) {
  TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
  if (PendingPrototype && Level == DiagnosticsEngine::Note &&
      Info.getID() == diag::note_previous_declaration &&
      Info.hasSourceManager()) {
    PendingPrototype = false;
    if (!addPrototypeEdit(Info.getSourceManager(), Info.getLocation()))
      Unfixable = true;
    return;
  }
  if (Level < DiagnosticsEngine::Error)
    return;
  // The note naming the earlier declaration comes next; without it, no fix.
  if (PendingPrototype)
    Unfixable = true;
  PendingPrototype = false;
  ++Errors;
  if (Level == DiagnosticsEngine::Fatal || !Info.hasSourceManager() ||
      !LangOpts) {
    Unfixable = true;
    return;
  }
  const SourceManager &SM = Info.getSourceManager();
  // The repeated member of an anonymous struct gets a name of its own.
  if (Info.getID() == diag::err_anonymous_record_member_redecl &&
      Info.getNumFixItHints() == 0) {
    SourceLocation Loc = Info.getLocation();
    if (Loc.isMacroID()) {
      Unfixable = true;
      return;
    }
    StringRef Name = Lexer::getSourceText(CharSourceRange::getTokenRange(Loc),
                                          SM, *LangOpts);
    RepeatedMembers.insert(Name);
    addEdit(SM, CharSourceRange::getTokenRange(Loc),
            (Name + "_wskcheck_repeated_" + Twine(SM.getFileOffset(Loc))).str());
    return;
  }
  // A declaration without a type, which Microsoft C++ takes as `int` (`const
  // DebugLevel = 1;`).
  if ((Info.getID() == diag::err_missing_type_specifier ||
       Info.getID() == diag::ext_missing_type_specifier) &&
      Info.getNumFixItHints() == 0) {
    SourceLocation Loc = Info.getLocation();
    addEdit(SM, CharSourceRange::getCharRange(Loc, Loc), "int ");
    return;
  }
  // A cast used as an lvalue, which Microsoft C takes as the object seen
  // with the cast's type (`(PUCHAR)Buffer += Length`, `&(LONG)Counter`):
  // `(T)x` becomes `*(T *)&x`, which means that for the same-size types it
  // is written with.
  if (Info.getID() == diag::err_typecheck_lvalue_casts_not_supported ||
      (Info.getID() == diag::err_typecheck_invalid_lvalue_addrof &&
       Info.getNumRanges() > 0)) {
    SourceLocation From =
        Info.getID() == diag::err_typecheck_lvalue_casts_not_supported
            ? Info.getLocation()
            : Info.getRange(0).getBegin();
    if (!addLvalueCastEdit(SM, From))
      Unfixable = true;
    return;
  }
  // A definition whose parameter types differ from its prototype's, which
  // Microsoft C takes with a warning (C4028): the prototype, named by the
  // note that follows, gets the definition's parameters. Uses of the
  // function before the definition may then be warned about, as there.
  if (Info.getID() == diag::err_conflicting_types && !LangOpts->CPlusPlus) {
    PendingPrototype = true;
    ConflictingDefinition = Info.getLocation();
    return;
  }
  // A variable defined without the `volatile` of its declaration
  // (`__volatile extern PMDL Reserve;` then `PMDL Reserve = NULL;`), which
  // Microsoft C takes: the definition gets it.
  if (Info.getID() == diag::err_redefinition_different_type &&
      Info.getNumArgs() >= 3 &&
      Info.getArgKind(1) == DiagnosticsEngine::ak_qualtype &&
      Info.getArgKind(2) == DiagnosticsEngine::ak_qualtype) {
    auto TypeArg = [&](unsigned I) {
      return QualType::getFromOpaquePtr(
                 reinterpret_cast<void *>(Info.getRawArg(I)))
          .getCanonicalType();
    };
    QualType Defined = TypeArg(1), Declared = TypeArg(2);
    Qualifiers WithVolatile = Defined.getQualifiers();
    WithVolatile.addVolatile();
    if (!Defined.isVolatileQualified() &&
        Declared.getQualifiers() == WithVolatile &&
        Declared.getUnqualifiedType() == Defined.getUnqualifiedType()) {
      SourceLocation Name = Info.getLocation();
      addEdit(SM, CharSourceRange::getCharRange(Name, Name), "volatile ");
      return;
    }
  }
  SmallString<128> Message;
  Info.FormatDiagnostic(Message);
  // Clang then drops the whole anonymous union, so the uses of its members
  // are errors too; the renaming makes them good.
  if (Info.getID() == diag::err_no_member) {
    StringRef Member = StringRef(Message).drop_front(
        StringRef("no member named '").size());
    if (StringRef(Message).starts_with("no member named '") &&
        RepeatedMembers.contains(Member.take_until([](char C) {
          return C == '\'';
        })))
      return;
  }
  if (Info.getNumFixItHints() == 0 ||
      StringRef(Message).contains("did you mean")) {
    Unfixable = true;
    return;
  }
  for (const FixItHint &Hint : Info.getFixItHints()) {
    if (Hint.InsertFromRange.isValid()) {
      Unfixable = true;
      return;
    }
    addEdit(SM, Hint.RemoveRange, Hint.CodeToInsert);
  }
}

std::optional<std::vector<std::pair<std::string, std::string>>>
FixItCollector::fixedFiles(vfs::FileSystem &FS) const {
  if (Errors == 0 || Unfixable || PendingPrototype || Edits.empty())
    return std::nullopt;
  std::vector<Edit> Sorted = Edits;
  llvm::stable_sort(Sorted, [](const Edit &A, const Edit &B) {
    return std::tie(A.File, A.Begin) < std::tie(B.File, B.Begin);
  });
  std::vector<std::pair<std::string, std::string>> Files;
  for (size_t First = 0; First < Sorted.size();) {
    size_t Last = First;
    while (Last < Sorted.size() && Sorted[Last].File == Sorted[First].File)
      ++Last;
    auto Buffer = FS.getBufferForFile(Sorted[First].File);
    if (!Buffer)
      return std::nullopt;
    StringRef Text = (*Buffer)->getBuffer();
    std::string Out;
    unsigned At = 0;
    for (size_t I = First; I < Last; ++I) {
      const Edit &E = Sorted[I];
      // The same error seen again (another compile command of the file).
      if (I > First && E.Begin == Sorted[I - 1].Begin &&
          E.End == Sorted[I - 1].End && E.Text == Sorted[I - 1].Text)
        continue;
      if (E.Begin < At || E.End < E.Begin || E.End > Text.size())
        return std::nullopt; // Overlapping edits: no single fixed text.
      Out += Text.slice(At, E.Begin);
      Out += E.Text;
      At = E.End;
    }
    Out += Text.drop_front(At);
    Files.emplace_back(Sorted[First].File, std::move(Out));
    First = Last;
  }
  return Files;
}

} // namespace tool
} // namespace wsk
