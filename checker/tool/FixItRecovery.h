//===- FixItRecovery.h - Compile again with clang's fix-its -----*- C++ -*-===//
//
// Microsoft's compiler accepts code that clang rejects with an error and a
// fix-it: `sizeof TypeName` without parentheses, a missing ';' before a
// declaration. A driver written for the WDK then does not compile here,
// though clang knows the fix. Clang's own recovery does not always build
// the fixed code (it may drop the initialiser the error was in), so the
// analysis never looks at a unit with errors: instead, when every error of
// the main file has a fix-it that can be applied, the file is compiled
// again with the fix-its applied in memory. The checkout is not changed.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_FIXITRECOVERY_H
#define WSKCHECK_TOOL_FIXITRECOVERY_H

#include "clang/Frontend/TextDiagnosticPrinter.h"
#include <optional>
#include <string>
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

  /// The main file's text \p Text with the fix-its of every error applied,
  /// if there were errors and each one has fix-its that apply to the main
  /// file outside macros and do not overlap. A typo correction ("did you
  /// mean") guesses another name: it is not a fix.
  std::optional<std::string> fixedMainFile(llvm::StringRef Text) const;

  /// The errors seen.
  unsigned errors() const { return Errors; }

private:
  struct Edit {
    unsigned Begin, End;
    std::string Text;
  };
  const clang::LangOptions *LangOpts = nullptr;
  std::vector<Edit> Edits;
  unsigned Errors = 0;
  bool Unfixable = false;
};

} // namespace tool
} // namespace wsk

#endif
