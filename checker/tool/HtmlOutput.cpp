//===- HtmlOutput.cpp - Findings as static HTML pages ---------------------===//
//
// index.html lists the findings; source-<n>.html shows one source file,
// whole, once, with every step of every path through it as a numbered box
// under the line it belongs to, so a reader follows a finding from box to
// box (across pages when the path leaves the file). Self-contained pages
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
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>
#include <set>

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
div.note span.meta { display: block; font-weight: normal; font-size: 0.9em; }
div.note span.meta:empty { display: none; }
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

/// One box under a source line: a step of a finding's path.
struct Box {
  /// The finding's number in the report (1-based).
  unsigned Finding = 0;
  /// 1-based step number; the last step is the finding itself.
  unsigned Number = 0;
  StringRef Class;
  std::string Message;
  SourcePoint Where;
  /// The finding itself, for the last step; null for the others.
  const wsk::tool::Finding *Of = nullptr;
};

std::vector<Box> boxesOf(const Finding &F, unsigned Index) {
  std::vector<Box> Boxes;
  for (const PathStep &S : F.Notes)
    Boxes.push_back({Index, 0, "", S.Message, S.Where});
  for (const PathStep &S : F.Path) {
    StringRef Class;
    if (S.Kind == PathStep::ControlFlow)
      Class = "branch";
    else if (S.Kind == PathStep::CallEnter || S.Kind == PathStep::CallReturn)
      Class = "call";
    Boxes.push_back({Index, 0, Class, S.Message, S.Where});
  }
  // The path normally ends at the finding; if not, the finding closes it.
  if (Boxes.empty() || Boxes.back().Message != F.Message ||
      Boxes.back().Where.Line != F.Where.Line ||
      Boxes.back().Where.File != F.Where.File)
    Boxes.push_back({Index, 0, "", F.Message, F.Where});
  Boxes.back().Class = "finding";
  Boxes.back().Of = &F;
  unsigned N = 0;
  for (Box &B : Boxes)
    B.Number = ++N;
  return Boxes;
}

/// The anchor of a step: "finding-<n>" for the finding itself, where the
/// index links to, "f<n>-s<k>" for the steps before it.
std::string anchor(const Box &B) {
  if (B.Of)
    return "finding-" + std::to_string(B.Finding);
  return "f" + std::to_string(B.Finding) + "-s" + std::to_string(B.Number);
}

/// Each source file of the report is one page, whatever the number of
/// findings in it: a page per finding with its files whole grows with
/// findings times lines (2,000 findings in a 4,000-line file made 931 MB).
class SourcePages {
public:
  unsigned pageOf(StringRef File) {
    auto [It, New] = Numbers.try_emplace(File, Files.size() + 1);
    if (New)
      Files.push_back(File.str());
    return It->second;
  }
  unsigned find(StringRef File) const {
    auto It = Numbers.find(File);
    return It == Numbers.end() ? 0 : It->second;
  }
  static std::string name(unsigned Page) {
    return "source-" + std::to_string(Page) + ".html";
  }
  /// A link to \p B from page \p From.
  std::string link(const Box &B, unsigned From) const {
    unsigned To = find(B.Where.File);
    return (To == From ? std::string() : name(To)) + "#" + anchor(B);
  }
  const std::vector<std::string> &files() const { return Files; }

private:
  StringMap<unsigned> Numbers;
  std::vector<std::string> Files;
};

/// Visual width of the text before byte column \p Column, tabs expanded.
unsigned indentOf(StringRef Line, unsigned Column) {
  unsigned Width = 0;
  for (char C : Line.take_front(Column ? Column - 1 : 0))
    Width = C == '\t' ? (Width / TabWidth + 1) * TabWidth : Width + 1;
  return Width;
}

/// What the finding's own box says besides its message.
void writeFindingMeta(raw_ostream &OS, const Finding &F,
                      const SourcePaths &Paths) {
  OS << " [";
  ruleLink(OS, F);
  OS << "]<span class=\"meta\">";
  if (!F.Function.empty())
    OS << "in " << escape(F.Function);
  if (F.EntryPoint == LifecycleRootName)
    OS << "; analysed from the driver's life: DriverEntry, then the unload "
          "routine it installs";
  else if (!F.EntryPoint.empty() && F.EntryPoint != F.Function)
    OS << "; analysed from " << escape(F.EntryPoint);
  auto [Class, Label] = state(F);
  if (!Label.empty()) {
    OS << "; <span class=\"" << Class << "\">" << Label;
    if (F.Suppressed && F.SuppressedBy.isValid())
      OS << " at " << escape(where(F.SuppressedBy, Paths));
    OS << "</span>";
  }
  OS << "</span>";
}

void writeBox(raw_ostream &OS, const Box &B, const std::vector<Box> &Path,
              unsigned Indent, const SourcePages &Pages, unsigned Page,
              const SourcePaths &Paths) {
  // The indent is in the code's monospace "ch", so the box starts under the
  // column it points at.
  OS << "<tr><td class=\"num\"></td><td><div style=\"padding-left: " << Indent
     << "ch\"><div id=\"" << anchor(B) << "\" class=\"note " << B.Class
     << "\"><span class=\"n\">" << B.Finding << '.' << B.Number << "</span>"
     << escape(B.Message);
  if (B.Of)
    writeFindingMeta(OS, *B.Of, Paths);
  const Box *Previous = B.Number > 1 ? &Path[B.Number - 2] : nullptr;
  const Box *Next = B.Number < Path.size() ? &Path[B.Number] : nullptr;
  if (Previous && !Previous->Where.File.empty())
    OS << "<a href=\"" << Pages.link(*Previous, Page)
       << "\" title=\"previous step\">&#9664;</a>";
  if (Next && !Next->Where.File.empty())
    OS << "<a href=\"" << Pages.link(*Next, Page)
       << "\" title=\"next step\">&#9654;</a>";
  OS << "</div></div></td></tr>\n";
}

/// The page of one source file: the file once, with every step of every
/// finding that passes through it in a box under its line.
void writeSourcePage(raw_ostream &OS, unsigned Page, const SourcePages &Pages,
                     const std::vector<std::vector<Box>> &Steps,
                     const SourcePaths &Paths) {
  StringRef File = Pages.files()[Page - 1];
  std::map<unsigned, std::vector<const Box *>> AtLine;
  std::set<unsigned> Hits;
  std::vector<const Box *> Here;
  for (const std::vector<Box> &Path : Steps)
    for (const Box &B : Path)
      if (B.Where.File == File) {
        AtLine[B.Where.Line].push_back(&B);
        if (B.Of) {
          Hits.insert(B.Where.Line);
          Here.push_back(&B);
        }
      }
  auto PathOf = [&](const Box &B) -> const std::vector<Box> & {
    return Steps[B.Finding - 1];
  };

  pageStart(OS, Paths.display(File));
  OS << "<p><a href=\"index.html\">&#8592; all findings</a></p>\n"
     << "<h1>" << escape(Paths.display(File)) << "</h1>\n";
  if (!Here.empty()) {
    OS << "<ul>\n";
    for (const Box *B : Here)
      OS << "<li><a href=\"#" << anchor(*B) << "\">" << B->Finding << "</a> "
         << escape(where(B->Where, Paths)) << ": " << escape(B->Message) << " ["
         << escape(B->Of->Rule) << "]</li>\n";
    OS << "</ul>\n";
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(File);
  if (!Buffer) {
    OS << "<p>The source is not available ("
       << escape(Buffer.getError().message())
       << "); the steps in it:</p>\n<table class=\"code\">\n";
    for (auto &[Line, Boxes] : AtLine)
      for (const Box *B : Boxes)
        writeBox(OS, *B, PathOf(*B), 0, Pages, Page, Paths);
    OS << "</table>\n";
    pageEnd(OS);
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
    if (Hits.count(LineNo))
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
        writeBox(OS, *B, PathOf(*B), indentOf(Text, B->Where.Column), Pages,
                 Page, Paths);
  }
  OS << "</table>\n";
  pageEnd(OS);
}

void writeFindingRow(raw_ostream &OS, const Finding &F, unsigned Index,
                     const SourcePaths &Paths, bool WithState,
                     const SourcePages &Pages) {
  // The source page opens at the finding's own box.
  std::string Link = "#";
  if (unsigned Page = Pages.find(F.Where.File))
    Link = SourcePages::name(Page) + "#finding-" + std::to_string(Index);
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
                const std::vector<const Finding *> &All,
                const SourcePages &Pages) {
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
        writeFindingRow(OS, *All[I], I + 1, Paths, WithState, Pages);
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

bool isReportPage(StringRef Name) {
  // finding-<n>.html: the pages of earlier versions, one per finding.
  return Name == "index.html" ||
         ((Name.starts_with("source-") || Name.starts_with("finding-") ||
           Name.starts_with("rule-")) &&
          Name.ends_with(".html"));
}

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
    if (isReportPage(Name))
      sys::fs::remove(It->path());
  }

  std::vector<const Finding *> All;
  for (const FileResult &File : R.Files)
    for (const Finding &F : File.Findings)
      All.push_back(&F);
  std::vector<std::vector<Box>> Steps;
  SourcePages Pages;
  // Numbered as the index lists them: each finding's file, then the other
  // files of its path.
  for (unsigned I = 0; I < All.size(); ++I) {
    Steps.push_back(boxesOf(*All[I], I + 1));
    if (!All[I]->Where.File.empty())
      Pages.pageOf(All[I]->Where.File);
  }
  for (const std::vector<Box> &Path : Steps)
    for (const Box &B : Path)
      if (!B.Where.File.empty())
        Pages.pageOf(B.Where.File);
  for (unsigned Page = 1; Page <= Pages.files().size(); ++Page) {
    SmallString<256> Name(Dir);
    sys::path::append(Name, SourcePages::name(Page));
    if (Error E = writeFile(Name, [&](raw_ostream &OS) {
          writeSourcePage(OS, Page, Pages, Steps, Paths);
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
  return writeFile(
      Index, [&](raw_ostream &OS) { writeIndex(OS, R, Paths, All, Pages); });
}

} // namespace tool
} // namespace wsk
