//===- TextOutput.cpp - Findings in clang's diagnostic text form ----------===//
//
// Matches what `clang --analyze -Xanalyzer -analyzer-output=text` prints (no
// source excerpts), so editors and CI log parsers that understand compiler
// diagnostics pick the findings up.
//
//===----------------------------------------------------------------------===//

#include "Output.h"

namespace wsk {
namespace tool {
namespace {

void printLocation(const SourcePoint &P, const SourcePaths &Paths,
                   llvm::raw_ostream &OS) {
  if (P.File.empty())
    return;
  OS << Paths.display(P.File) << ':' << P.Line << ':';
  if (P.Column)
    OS << P.Column << ':';
  OS << ' ';
}

void printNote(const PathStep &S, const SourcePaths &Paths,
               llvm::raw_ostream &OS) {
  printLocation(S.Where, Paths, OS);
  OS << "note: " << S.Message << '\n';
}

} // namespace

void writeTextReport(const Report &R, const SourcePaths &Paths,
                     llvm::raw_ostream &OS) {
  for (const FileResult &File : R.Files) {
    for (const Finding &F : File.Findings) {
      // Suppressed in source: the author has seen it; SARIF keeps it.
      if (F.Suppressed)
        continue;
      printLocation(F.Where, Paths, OS);
      OS << "warning: " << F.Message << " [" << F.Rule << "]\n";
      // Notes outside the path first, then the path: clang's order.
      for (const PathStep &S : F.Notes)
        printNote(S, Paths, OS);
      for (const PathStep &S : F.Path)
        printNote(S, Paths, OS);
    }
  }
}

} // namespace tool
} // namespace wsk
