//===- RuleDocs.cpp - The rule pages, built into wskcheck -----------------===//

#include "RuleDocs.h"
#include "RuleLookup.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

struct Page {
  const char *Name;
  const char *Text;
};

const Page Pages[] = {
#include "RuleDocs.inc"
};

std::string docsBaseUrl() {
#ifdef WSK_DOCS_URL
  return WSK_DOCS_URL;
#else
  return std::string();
#endif
}

/// The "## Heading" sections of \p Page from \p First up to, not
/// including, the one called \p End (or the end).
StringRef sections(StringRef Page, StringRef First, StringRef End) {
  size_t Begin = Page.find("\n## " + First.str() + "\n");
  if (Begin == StringRef::npos)
    return StringRef();
  StringRef Rest = Page.drop_front(Begin + 1);
  size_t Stop = Rest.find("\n## " + End.str() + "\n");
  return Rest.take_front(Stop).rtrim();
}

/// Markdown links in \p Text rewritten for a reader who is not beside the
/// page: relative targets resolved against \p Base, or, without one,
/// reduced to their text. \p Plain also drops the targets of absolute
/// links, and emphasis.
std::string rewriteLinks(StringRef Text, StringRef Base, bool Plain) {
  std::string Out;
  bool InCode = false;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    if (Line.starts_with("```")) {
      InCode = !InCode;
    } else if (!InCode) {
      if (Plain)
        Line.consume_front("## ");
      std::string L;
      for (size_t I = 0; I < Line.size(); ++I) {
        char C = Line[I];
        if (C == '[') {
          size_t Close = Line.find("](", I);
          size_t End = Close == StringRef::npos ? StringRef::npos
                                                 : Line.find(')', Close);
          if (End != StringRef::npos) {
            StringRef Label = Line.slice(I + 1, Close);
            StringRef Target = Line.slice(Close + 2, End);
            bool Absolute = Target.contains("://");
            if (Plain || (!Absolute && Base.empty()))
              L += Label.str();
            else
              L += "[" + Label.str() + "](" +
                   (Absolute ? Target.str() : Base.str() + Target.str()) + ")";
            I = End;
            continue;
          }
        }
        if (Plain && Line.substr(I, 2) == "**") {
          ++I;
          continue;
        }
        L += C;
      }
      Out += L + "\n";
      continue;
    }
    Out += Line.str() + "\n";
  }
  return Out;
}

} // namespace

StringRef rulePage(StringRef Name) {
  for (const Page &P : Pages)
    if (Name == P.Name)
      return P.Text;
  return StringRef();
}

int ruleNamedBy(StringRef Word) {
  // A short name too ("MissingDeregister"), unless a file is called so.
  int Index = findRuleByName(Word);
  if (Index < 0 && !sys::fs::exists(Word))
    for (int I = 0; I < WskRule_Count; ++I)
      if (Word == WskRuleCatalog[I].ShortName)
        Index = I;
  return Index;
}

RuleHelp ruleHelp(int RuleIndex) {
  RuleHelp Help;
  if (RuleIndex < 0 || RuleIndex >= WskRule_Count)
    return Help;
  StringRef Page = rulePage(WskRuleCatalog[RuleIndex].ShortName);
  StringRef Body = sections(Page, "What it means", "At run time");
  if (Body.empty())
    return Help;
  Help.Markdown = rewriteLinks(Body, docsBaseUrl(), /*Plain=*/false);
  Help.Text = rewriteLinks(Body, docsBaseUrl(), /*Plain=*/true);
  return Help;
}

std::string ruleHelpUri(int RuleIndex) {
  std::string Docs = docsBaseUrl();
  if (Docs.empty() || RuleIndex < 0 || RuleIndex >= WskRule_Count)
    return std::string();
  return Docs + WskRuleCatalog[RuleIndex].ShortName + ".md";
}

std::string manualUrl() {
  std::string Base = docsBaseUrl();
  StringRef Rules = Base;
  if (Rules.consume_back("rules/") || Rules.consume_back("rules"))
    return (Rules + "wskcheck.md").str();
  return std::string();
}

} // namespace tool
} // namespace wsk
