//===- FixItRecovery.h - Compile again with clang's fix-its -----*- C++ -*-===//
//
// Microsoft's compiler accepts code that clang rejects with an error and a
// fix-it: `sizeof TypeName` without parentheses, a missing ';' before a
// declaration. A driver written for the WDK then does not compile here,
// though clang knows the fix. Clang's own recovery does not always build
// the fixed code (it may drop the initialiser the error was in), so the
// analysis never looks at a unit with errors: instead, when every error of
// the driver's own files has a fix-it that can be applied, the file is
// compiled again with the fix-its applied in memory. The checkout is not
// changed.
//
// One error Microsoft C++ accepts has no fix-it in clang: a member of an
// anonymous struct that repeats the name of a member of the enclosing union
// (`union { UINT8 tos; struct { UINT8 ecn : 2; UINT8 tos : 6; }; }`). The
// repeated member is renamed: the layout stays, and the name finds the
// first member. Two more have no fix-it either and are edited the same
// way: a declaration without a type (`const DebugLevel = 1;`) gets `int`,
// and a cast used as an lvalue (`(PUCHAR)Buffer += Length`,
// `&(LONG)Counter`, in the file or a macro) becomes a dereference of the object seen with the cast's
// type (`*(PUCHAR *)&Buffer`). In C, a definition whose parameter types
// differ from its prototype's (Microsoft C warns) gives the prototype the
// definition's parameters, and a variable defined without the `volatile` of
// its declaration gets it.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_FIXITRECOVERY_H
#define WSKCHECK_TOOL_FIXITRECOVERY_H

#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wsk {
namespace tool {

/// Prints clang's diagnostics as TextDiagnosticPrinter does, and keeps the
/// fix-its of the errors.
class FixItCollector : public clang::TextDiagnosticPrinter {
public:
  using clang::TextDiagnosticPrinter::TextDiagnosticPrinter;

  void BeginSourceFile(const clang::LangOptions &LO,
                       const clang::Preprocessor *PP) override;
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

  /// Each file the errors were in (path, text), read from \p FS, with the
  /// fixes applied: if there were errors and each one has fixes that apply
  /// outside macros and system headers and do not overlap. A typo
  /// correction ("did you mean") guesses another name: it is not a fix.
  std::optional<std::vector<std::pair<std::string, std::string>>>
  fixedFiles(llvm::vfs::FileSystem &FS) const;

  /// The errors seen.
  unsigned errors() const { return Errors; }

private:
  struct Edit {
    std::string File;
    unsigned Begin, End;
    std::string Text;
  };
  /// Records the edit turning the cast used as an lvalue that starts at
  /// \p Loc into a dereference; false if there is no such cast to edit.
  bool addLvalueCastEdit(const clang::SourceManager &SM,
                         clang::SourceLocation Loc);
  /// Records the edit giving the prototype whose name is at \p Prototype
  /// the parameters of the conflicting definition; false if either is not
  /// written `Name(...)` in a file.
  bool addPrototypeEdit(const clang::SourceManager &SM,
                        clang::SourceLocation Prototype);
  /// Records the edit replacing \p Range, or marks the errors unfixable.
  void addEdit(const clang::SourceManager &SM, clang::CharSourceRange Range,
               llvm::StringRef Text);

  const clang::LangOptions *LangOpts = nullptr;
  std::vector<Edit> Edits;
  /// Names of the members renamed so far.
  llvm::StringSet<> RepeatedMembers;
  unsigned Errors = 0;
  bool Unfixable = false;
  /// A conflicting definition was seen; the note naming its prototype is
  /// next.
  bool PendingPrototype = false;
  clang::SourceLocation ConflictingDefinition;
};

} // namespace tool
} // namespace wsk

#endif
