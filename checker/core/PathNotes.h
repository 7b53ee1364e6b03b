//===- PathNotes.h - A finding's path as the front ends show it -*- C++ -*-===//
//
// wskcheck and the clang-tidy module show the same notes for a finding:
// the path clang's text output prints, with a condition stated once (clang
// notes "Assuming 'status' is >= 0" and then "'status' is >= 0" at the same
// place for the `!` around NT_SUCCESS), the lifecycle root's own steps told
// where they happen and without its internal names, and switch cases named
// as the driver wrote them.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_PATHNOTES_H
#define WSKCHECK_CORE_PATHNOTES_H

#include "clang/Analysis/PathDiagnostic.h"
#include <string>
#include <vector>

namespace wsk {

struct PathNote {
  enum NoteKind { Event, ControlFlow, CallEnter, CallReturn };
  NoteKind Kind = Event;
  std::string Message;
  /// Where it is shown (may differ from the piece's location: a root call
  /// is shown where the called routine starts).
  clang::SourceLocation Loc;
  /// The source manager of Loc, null if Loc is invalid.
  const clang::SourceManager *SM = nullptr;
  /// The ranges to highlight (none when Loc is not the piece's own).
  std::vector<clang::SourceRange> Ranges;
  /// Call depth relative to the function where the path starts.
  unsigned Depth = 0;
};

/// The path of \p PD (notes outside the path excluded), in the order
/// clang's text output prints it.
std::vector<PathNote> pathNotes(const clang::ento::PathDiagnostic &PD);

} // namespace wsk

#endif
