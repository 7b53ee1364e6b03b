//===- HtmlOutput.cpp - Findings as static HTML pages ---------------------===//
//
// index.html lists the findings; finding-<n>.html shows each one the way a
// reader follows it: the source files of its path, whole, with every path
// note as a numbered box under the line it belongs to. Self-contained pages
// (inline CSS, no script), so the report can be archived as a CI artifact
// and opened from disk.
//
//===----------------------------------------------------------------------===//

#include "Output.h"
#include "RuleDocs.h"
#include "RuleLookup.h"
#include "core/LifecycleRoot.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

constexpr unsigned TabWidth = 8;

std::string escape(StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\'':
      Out += "&#39;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

constexpr StringLiteral Style = R"css(
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
table.list { border-collapse: collapse; }
table.list td, table.list th { border: 1px solid #ccc; padding: 0.25em 0.6em;
  text-align: left; vertical-align: top; }
table.list th { background: #eee; }
.new { color: #b00; font-weight: bold; } .unchanged { color: #666; }
.suppressed { color: #666; font-style: italic; }
.meta td { padding: 0.1em 0.8em 0.1em 0; vertical-align: top; }
.file { font-family: monospace; background: #eee; padding: 0.3em;
  margin-top: 1em; border: 1px solid #ccc; }
table.code { border-collapse: collapse; font-family: monospace;
  font-size: 0.9em; tab-size: 8; -moz-tab-size: 8; }
table.code td { padding: 0 0.5em; white-space: pre; }
td.num { color: #888; text-align: right; user-select: none;
  border-right: 1px solid #ccc; }
tr.hit td.src { background: #fdd; }
tr.step td.src { background: #ffd; }
div.note { display: inline-block; white-space: pre-wrap; max-width: 60em;
  font-family: sans-serif; margin: 0.2em 0; padding: 0.2em 0.5em;
  border: 1px solid #cc9; background: #ffc; border-radius: 4px; }
div.note.branch { border-color: #aaa; background: #f3f3f3; }
div.note.call { border-color: #9bd; background: #e8f3ff; }
div.note.finding { border-color: #c66; background: #fdd; font-weight: bold; }
div.note a { text-decoration: none; margin-left: 0.6em; }
pre.doc { white-space: pre-wrap; max-width: 60em; }
p.generator { color: #888; font-size: 0.8em; margin-top: 2em; }
span.n { display: inline-block; min-width: 1.4em; text-align: center;
  background: #555; color: #fff; border-radius: 3px; margin-right: 0.4em; }
)css";

void pageStart(raw_ostream &OS, StringRef Title) {
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
        "charset=\"utf-8\">\n"
     << "<title>" << escape(Title) << "</title>\n<style>" << Style
     << "</style>\n</head>\n<body>\n";
}

void pageEnd(raw_ostream &OS) {
  OS << "<p class=\"generator\">wskcheck " << escape(toolVersion())
     << "</p>\n</body>\n</html>\n";
}

std::string pageName(unsigned Index) {
  return "finding-" + std::to_string(Index) + ".html";
}

std::string where(const SourcePoint &P, const SourcePaths &Paths) {
  if (P.File.empty())
    return "?";
  std::string S = Paths.display(P.File) + ":" + std::to_string(P.Line);
  if (P.Column)
    S += ":" + std::to_string(P.Column);
  return S;
}

/// "new", "in the baseline" or "suppressed", with its CSS class.
std::pair<StringRef, StringRef> state(const Finding &F) {
  if (F.Suppressed)
    return {"suppressed", "suppressed in source"};
  switch (F.BaselineState) {
  case Finding::New:
    return {"new", "new"};
  case Finding::Unchanged:
    return {"unchanged", "in the baseline"};
  case Finding::NoBaseline:
    break;
  }
  return {"", ""};
}

std::string rulePageName(int RuleIndex) {
  return std::string("rule-") + WskRuleCatalog[RuleIndex].ShortName + ".html";
}

void ruleLink(raw_ostream &OS, const Finding &F) {
  // The published page if there is one, else the report's own copy of the
  // page built into wskcheck.
  std::string Help = ruleHelpUri(F.RuleIndex);
  if (Help.empty() && F.RuleIndex >= 0)
    Help = rulePageName(F.RuleIndex);
  if (Help.empty()) {
    OS << escape(F.Rule);
    return;
  }
  OS << "<a href=\"" << escape(Help) << "\">" << escape(F.Rule) << "</a>";
}

/// One box under a source line.
struct Box {
  /// 1-based step number; 0 for notes outside the path.
  unsigned Number = 0;
  StringRef Class;
  std::string Message;
  SourcePoint Where;
};

std::vector<Box> boxesOf(const Finding &F) {
  std::vector<Box> Boxes;
  for (const PathStep &S : F.Notes)
    Boxes.push_back({0, "", S.Message, S.Where});
  for (const PathStep &S : F.Path) {
    StringRef Class;
    if (S.Kind == PathStep::ControlFlow)
      Class = "branch";
    else if (S.Kind == PathStep::CallEnter || S.Kind == PathStep::CallReturn)
      Class = "call";
    Boxes.push_back({0, Class, S.Message, S.Where});
  }
  // The path normally ends at the finding; if not, the finding closes it.
  if (Boxes.empty() || Boxes.back().Message != F.Message ||
      Boxes.back().Where.Line != F.Where.Line ||
      Boxes.back().Where.File != F.Where.File)
    Boxes.push_back({0, "", F.Message, F.Where});
  Boxes.back().Class = "finding";
  unsigned N = 0;
  for (Box &B : Boxes)
    B.Number = ++N;
  return Boxes;
}

/// Visual width of the text before byte column \p Column, tabs expanded.
unsigned indentOf(StringRef Line, unsigned Column) {
  unsigned Width = 0;
  for (char C : Line.take_front(Column ? Column - 1 : 0))
    Width = C == '\t' ? (Width / TabWidth + 1) * TabWidth : Width + 1;
  return Width;
}

void writeBox(raw_ostream &OS, const Box &B, unsigned Count, unsigned Indent) {
  // The indent is in the code's monospace "ch", so the box starts under the
  // column it points at.
  OS << "<tr><td class=\"num\"></td><td><div style=\"padding-left: " << Indent
     << "ch\"><div id=\"step-" << B.Number << "\" class=\"note " << B.Class
     << "\"><span class=\"n\">" << B.Number << "</span>" << escape(B.Message);
  if (B.Number > 1)
    OS << "<a href=\"#step-" << B.Number - 1 << "\" title=\"previous step\">"
       << "&#9664;</a>";
  if (B.Number < Count)
    OS << "<a href=\"#step-" << B.Number + 1 << "\" title=\"next step\">"
       << "&#9654;</a>";
  OS << "</div></div></td></tr>\n";
}

/// One source file of the path, with the boxes at their lines.
void writeSource(raw_ostream &OS, StringRef File, const std::vector<Box> &Boxes,
                 const Finding &F, const SourcePaths &Paths) {
  OS << "<div class=\"file\">" << escape(Paths.display(File)) << "</div>\n";
  std::map<unsigned, std::vector<const Box *>> AtLine;
  for (const Box &B : Boxes)
    if (B.Where.File == File)
      AtLine[B.Where.Line].push_back(&B);

  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(File);
  if (!Buffer) {
    OS << "<p>The source is not available ("
       << escape(Buffer.getError().message())
       << "); the steps in it:</p>\n<table class=\"code\">\n";
    for (auto &[Line, Here] : AtLine)
      for (const Box *B : Here)
        writeBox(OS, *B, Boxes.size(), 0);
    OS << "</table>\n";
    return;
  }

  SmallVector<StringRef, 0> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  OS << "<table class=\"code\">\n";
  for (unsigned I = 0; I < Lines.size(); ++I) {
    unsigned LineNo = I + 1;
    StringRef Text = Lines[I].rtrim('\r');
    if (LineNo == Lines.size() && Text.empty())
      break; // The file's final newline.
    auto It = AtLine.find(LineNo);
    StringRef Class;
    if (F.Where.File == File && F.Where.Line == LineNo)
      Class = "hit";
    else if (It != AtLine.end())
      Class = "step";
    OS << "<tr id=\"L" << LineNo << "\"";
    if (!Class.empty())
      OS << " class=\"" << Class << "\"";
    OS << "><td class=\"num\">" << LineNo << "</td><td class=\"src\">"
       << escape(Text) << "</td></tr>\n";
    if (It != AtLine.end())
      for (const Box *B : It->second)
        writeBox(OS, *B, Boxes.size(), indentOf(Text, B->Where.Column));
  }
  OS << "</table>\n";
}

void writeFindingPage(raw_ostream &OS, const Finding &F,
                      const SourcePaths &Paths) {
  pageStart(OS, F.Rule + ": " + F.Message);
  OS << "<p><a href=\"index.html\">&#8592; all findings</a></p>\n"
     << "<h1>" << escape(F.Message) << "</h1>\n<table class=\"meta\">\n"
     << "<tr><td>Rule</td><td>";
  ruleLink(OS, F);
  if (F.RuleIndex >= 0)
    OS << " &mdash; " << escape(WskRuleCatalog[F.RuleIndex].Summary);
  OS << "</td></tr>\n<tr><td>Location</td><td><a href=\"#L" << F.Where.Line
     << "\">" << escape(where(F.Where, Paths)) << "</a></td></tr>\n";
  if (!F.Function.empty())
    OS << "<tr><td>Function</td><td>" << escape(F.Function) << "</td></tr>\n";
  if (F.EntryPoint == LifecycleRootName)
    OS << "<tr><td>Analysed from</td><td>the driver's life: DriverEntry, "
          "then the unload routine it installs</td></tr>\n";
  else if (!F.EntryPoint.empty() && F.EntryPoint != F.Function)
    OS << "<tr><td>Analysed from</td><td>" << escape(F.EntryPoint)
       << "</td></tr>\n";
  auto [Class, Label] = state(F);
  if (!Label.empty()) {
    OS << "<tr><td>State</td><td class=\"" << Class << "\">" << Label;
    if (F.Suppressed && F.SuppressedBy.isValid())
      OS << " at " << escape(where(F.SuppressedBy, Paths));
    OS << "</td></tr>\n";
  }
  OS << "<tr><td>Path</td><td><a href=\"#step-1\">step 1</a> of "
     << boxesOf(F).size() << "</td></tr>\n</table>\n";

  // The finding's file first, then the others in path order.
  std::vector<Box> Boxes = boxesOf(F);
  std::vector<std::string> Files;
  if (!F.Where.File.empty())
    Files.push_back(F.Where.File);
  for (const Box &B : Boxes)
    if (!B.Where.File.empty() && !is_contained(Files, B.Where.File))
      Files.push_back(B.Where.File);
  for (const std::string &File : Files)
    writeSource(OS, File, Boxes, F, Paths);
  pageEnd(OS);
}

void writeFindingRow(raw_ostream &OS, const Finding &F, unsigned Index,
                     const SourcePaths &Paths, bool WithState) {
  // The page opens at the finding's own step, not at the top of the file.
  std::string Link = pageName(Index) + "#step-" +
                     std::to_string(boxesOf(F).size());
  OS << "<tr><td><a href=\"" << Link << "\">" << Index << "</a></td><td>";
  ruleLink(OS, F);
  OS << "</td><td><a href=\"" << Link << "\">"
     << escape(where(F.Where, Paths)) << "</a></td><td>" << escape(F.Function)
     << "</td><td>" << escape(F.Message) << "</td>";
  if (WithState) {
    auto [Class, Label] = state(F);
    OS << "<td class=\"" << Class << "\">" << Label << "</td>";
  }
  OS << "</tr>\n";
}

void writeIndex(raw_ostream &OS, const Report &R, const SourcePaths &Paths,
                const std::vector<const Finding *> &All) {
  pageStart(OS, "wskcheck report");
  OS << "<h1>wskcheck report</h1>\n<p>" << R.numFindings() << " finding"
     << (R.numFindings() == 1 ? "" : "s") << " in " << R.numAnalysed()
     << " analysed file" << (R.numAnalysed() == 1 ? "" : "s");
  if (R.HasBaseline) {
    unsigned New = R.numGating();
    OS << "; <span class=\"new\">" << New << " new</span>, "
       << R.numFindings() - New << " in the baseline";
  }
  OS << ".</p>\n";

  bool WithState = R.HasBaseline;
  auto Table = [&](bool Suppressed) {
    OS << "<table class=\"list\">\n<tr><th>#</th><th>Rule</th><th>Location"
       << "</th><th>Function</th><th>Message</th>"
       << (WithState ? "<th>State</th>" : "") << "</tr>\n";
    for (unsigned I = 0; I < All.size(); ++I)
      if (All[I]->Suppressed == Suppressed)
        writeFindingRow(OS, *All[I], I + 1, Paths, WithState);
    OS << "</table>\n";
  };
  if (R.numFindings())
    Table(false);
  if (R.numSuppressed()) {
    OS << "<h2>Suppressed in source</h2>\n<p>Inside code marked "
       << "<code>[[clang::suppress]]</code>; not counted.</p>\n";
    Table(true);
  }

  auto FileList = [&](bool Failed, StringRef Heading) {
    bool Any = false;
    for (const FileResult &File : R.Files) {
      if (File.analysed() || File.failed() != Failed)
        continue;
      if (!Any)
        OS << "<h2>" << Heading << "</h2>\n<ul>\n";
      Any = true;
      OS << "<li>" << escape(File.Source) << ": " << escape(File.Detail)
         << "</li>\n";
    }
    if (Any)
      OS << "</ul>\n";
  };
  FileList(true, "Files not analysed");
  FileList(false, "Files with nothing to check");
  if (!R.Projects.empty()) {
    OS << "<h2>Projects skipped</h2>\n<ul>\n";
    for (const SkippedProject &P : R.Projects)
      OS << "<li>" << escape(P.Path) << ": " << escape(P.Reason) << "</li>\n";
    OS << "</ul>\n";
  }
  pageEnd(OS);
}

/// A rule's documentation page, as its Markdown source.
void writeRulePage(raw_ostream &OS, int RuleIndex) {
  const WskRuleInfo &Info = WskRuleCatalog[RuleIndex];
  pageStart(OS, std::string(Info.Name) + ": " + Info.Summary);
  OS << "<p><a href=\"index.html\">&#8592; all findings</a></p>\n"
     << "<pre class=\"doc\">" << escape(rulePage(Info.ShortName))
     << "</pre>\n";
  pageEnd(OS);
}

Error writeFile(StringRef Path, function_ref<void(raw_ostream &)> Write) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC)
    return createStringError(inconvertibleErrorCode(),
                             "cannot write '" + Path + "': " + EC.message());
  Write(OS);
  OS.close();
  if (OS.has_error()) {
    std::string Message = OS.error().message();
    OS.clear_error();
    return createStringError(inconvertibleErrorCode(),
                             "cannot write '" + Path + "': " + Message);
  }
  return Error::success();
}

} // namespace

Error writeHtmlReport(const Report &R, const SourcePaths &Paths,
                      StringRef Dir) {
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return createStringError(inconvertibleErrorCode(),
                             "cannot create '" + Dir + "': " + EC.message());
  // Pages of an earlier run would otherwise linger beside the new index.
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    StringRef Name = sys::path::filename(It->path());
    if ((Name.starts_with("finding-") || Name.starts_with("rule-")) &&
        Name.ends_with(".html"))
      sys::fs::remove(It->path());
  }

  std::vector<const Finding *> All;
  for (const FileResult &File : R.Files)
    for (const Finding &F : File.Findings)
      All.push_back(&F);

  for (unsigned I = 0; I < All.size(); ++I) {
    SmallString<256> Page(Dir);
    sys::path::append(Page, pageName(I + 1));
    if (Error E = writeFile(Page, [&](raw_ostream &OS) {
          writeFindingPage(OS, *All[I], Paths);
        }))
      return E;
  }
  // The pages of the rules found, unless published ones are linked.
  std::vector<bool> RuleSeen(WskRule_Count, false);
  for (const Finding *F : All)
    if (F->RuleIndex >= 0 && ruleHelpUri(F->RuleIndex).empty())
      RuleSeen[F->RuleIndex] = true;
  for (int I = 0; I < WskRule_Count; ++I) {
    if (!RuleSeen[I])
      continue;
    SmallString<256> Page(Dir);
    sys::path::append(Page, rulePageName(I));
    if (Error E = writeFile(
            Page, [&](raw_ostream &OS) { writeRulePage(OS, I); }))
      return E;
  }
  SmallString<256> Index(Dir);
  sys::path::append(Index, "index.html");
  return writeFile(Index,
                   [&](raw_ostream &OS) { writeIndex(OS, R, Paths, All); });
}

} // namespace tool
} // namespace wsk
