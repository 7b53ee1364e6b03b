//===- TextOutput.cpp - Findings in clang's diagnostic text form ----------===//
//
// Reads like clang's own diagnostics: "file:line:col: warning: ... [rule]",
// the source line and a caret under the column, then one note per path step
// in the same form, coloured as clang colours them when the stream takes
// colours. Editors and CI log parsers that understand compiler diagnostics
// pick the findings up.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "Utf8.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

namespace wsk {
namespace tool {
namespace {

// Clang's colours (TextDiagnostic.cpp).
constexpr auto NoteColor = llvm::raw_ostream::BLACK;
constexpr auto WarningColor = llvm::raw_ostream::MAGENTA;
constexpr auto CaretColor = llvm::raw_ostream::GREEN;
constexpr auto SavedColor = llvm::raw_ostream::SAVEDCOLOR;

constexpr unsigned TabStop = 8;

/// The lines of the files the report points into, read once each.
class SourceLines {
public:
  /// Line \p Line (1-based) of \p File without its line break, or nothing.
  std::optional<llvm::StringRef> line(llvm::StringRef File, unsigned Line) {
    auto [It, Inserted] = Files.try_emplace(File);
    if (Inserted) {
      auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/
                                                false);
      if (Buffer) {
        It->second.Buffer = std::move(*Buffer);
        llvm::StringRef Text = It->second.Buffer->getBuffer();
        while (!Text.empty()) {
          auto [L, Rest] = Text.split('\n');
          It->second.Lines.push_back(L.rtrim('\r'));
          Text = Rest;
        }
      }
    }
    const std::vector<llvm::StringRef> &Lines = It->second.Lines;
    if (Line == 0 || Line > Lines.size())
      return std::nullopt;
    return Lines[Line - 1];
  }

private:
  struct FileLines {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<llvm::StringRef> Lines;
  };
  llvm::StringMap<FileLines> Files;
};

/// \p Line as clang shows it (tabs expanded, bytes that are not printable
/// UTF-8 as <XX>), and the display column at which byte column \p Column
/// (1-based) starts.
std::pair<std::string, unsigned> displayLine(llvm::StringRef Line,
                                             unsigned Column) {
  std::string Out;
  unsigned Width = 0, CaretAt = 0;
  for (size_t I = 0; I < Line.size();) {
    if (I + 1 == Column)
      CaretAt = Width;
    unsigned char C = Line[I];
    if (C == '\t') {
      unsigned Spaces = TabStop - Width % TabStop;
      Out.append(Spaces, ' ');
      Width += Spaces;
      ++I;
      continue;
    }
    unsigned Len = utf8Length(Line, I);
    if (Len == 0 || (Len == 1 && (C < 0x20 || C == 0x7F))) {
      static const char Hex[] = "0123456789ABCDEF";
      Out += '<';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
      Out += '>';
      Width += 4;
      ++I;
      continue;
    }
    Out.append(Line.substr(I, Len).str());
    ++Width;
    I += Len;
  }
  if (Column > Line.size())
    CaretAt = Width + (Column - 1 - Line.size());
  return {Out, CaretAt};
}

unsigned digits(unsigned N) {
  unsigned D = 1;
  while (N >= 10) {
    N /= 10;
    ++D;
  }
  return D;
}

class TextWriter {
public:
  TextWriter(const SourcePaths &Paths, llvm::raw_ostream &OS)
      : Paths(Paths), OS(OS) {}

  void diagnostic(const SourcePoint &P, bool IsWarning,
                  llvm::StringRef Message, llvm::StringRef Rule) {
    OS.changeColor(SavedColor, /*Bold=*/true);
    if (!P.File.empty()) {
      OS << Paths.display(P.File) << ':' << P.Line << ':';
      if (P.Column)
        OS << P.Column << ':';
      OS << ' ';
    }
    OS.changeColor(IsWarning ? WarningColor : NoteColor, /*Bold=*/true);
    OS << (IsWarning ? "warning: " : "note: ");
    OS.resetColor();
    if (IsWarning)
      OS.changeColor(SavedColor, /*Bold=*/true);
    OS << Message;
    if (!Rule.empty())
      OS << " [" << Rule << ']';
    OS.resetColor();
    OS << '\n';
    excerpt(P);
  }

private:
  /// The source line and a caret under the column, with clang's line
  /// number gutter.
  void excerpt(const SourcePoint &P) {
    if (!P.isValid())
      return;
    std::optional<llvm::StringRef> Line = Lines.line(P.File, P.Line);
    if (!Line)
      return;
    auto [Text, CaretAt] = displayLine(*Line, P.Column ? P.Column : 1);
    unsigned Gutter = std::max(4u, digits(P.Line));
    OS.indent(Gutter - digits(P.Line) + 1) << P.Line << " | " << Text << '\n';
    OS.indent(Gutter + 2) << "| ";
    if (P.Column) {
      OS.indent(CaretAt);
      OS.changeColor(CaretColor, /*Bold=*/true);
      OS << '^';
      OS.resetColor();
    }
    OS << '\n';
  }

  const SourcePaths &Paths;
  llvm::raw_ostream &OS;
  SourceLines Lines;
};

} // namespace

void writeTextReport(const Report &R, const SourcePaths &Paths,
                     llvm::raw_ostream &OS) {
  TextWriter W(Paths, OS);
  for (const FileResult &File : R.Files) {
    for (const Finding &F : File.Findings) {
      // Suppressed in source: the author has seen it; SARIF keeps it.
      if (F.Suppressed)
        continue;
      W.diagnostic(F.Where, /*IsWarning=*/true, F.Message, F.Rule);
      // Notes outside the path first, then the path: clang's order.
      for (const PathStep &S : F.Notes)
        W.diagnostic(S.Where, /*IsWarning=*/false, S.Message, "");
      for (const PathStep &S : F.Path)
        W.diagnostic(S.Where, /*IsWarning=*/false, S.Message, "");
    }
  }
  // Last, so that a reader who sees the end of the report sees it.
  if (!R.Incomplete.empty())
    OS << "wskcheck: error: incomplete report: " << R.Incomplete << '\n';
}

} // namespace tool
} // namespace wsk
