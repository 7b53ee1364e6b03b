//===- Vcxproj.cpp - Compile commands from Visual Studio projects ---------===//
//
// MSBuild evaluates a project in passes: properties (following imports, in
// document order), then item definitions, then items, each with the final
// properties. The reader does the same for the elements compile commands
// depend on. Names of properties and metadata are case-insensitive, as in
// MSBuild.
//
//===----------------------------------------------------------------------===//

#include "Vcxproj.h"
#include "CaseOverlay.h"
#include "MsbuildXml.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <optional>
#include <set>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

/// Imports deeper than this are taken for a cycle the checks below missed.
constexpr unsigned MaxImportDepth = 32;
constexpr unsigned MaxConditionDepth = 64;

Error projectError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

/// \p Path with '/' separators, relative ones taken from \p Base, without
/// "." and "..".
std::string normalPath(StringRef Base, StringRef Path) {
  std::string Slashed = Path.trim().str();
  std::replace(Slashed.begin(), Slashed.end(), '\\', '/');
  SmallString<256> Out;
  if (sys::path::is_absolute(Slashed, sys::path::Style::posix)) {
    Out = Slashed;
  } else {
    Out = Base;
    sys::path::append(Out, sys::path::Style::posix, Slashed);
  }
  sys::path::remove_dots(Out, /*remove_dot_dot=*/true, sys::path::Style::posix);
  return std::string(Out);
}

/// Splits an MSBuild list ("a;b;;c") into its trimmed, non-empty entries.
SmallVector<std::string, 8> splitList(StringRef List) {
  SmallVector<StringRef, 8> Parts;
  List.split(Parts, ';', -1, /*KeepEmpty=*/false);
  SmallVector<std::string, 8> Out;
  for (StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim().str());
  return Out;
}

using Metadata = StringMap<std::string>;

struct Item {
  std::string Path;
  Metadata Meta;
};

class Evaluator;

/// A number in an MSBuild comparison: decimal, or hexadecimal with 0x.
std::optional<double> msbuildNumber(StringRef Text) {
  Text = Text.trim();
  uint64_t Hex;
  if (Text.starts_with_insensitive("0x")) {
    if (Text.drop_front(2).getAsInteger(16, Hex))
      return std::nullopt;
    return double(Hex);
  }
  double D;
  if (Text.getAsDouble(D))
    return std::nullopt;
  return D;
}

/// MSBuild conditions: comparisons of strings and numbers, `and`, `or`,
/// `!`, parentheses, Exists() and HasTrailingSlash(). Anything else makes
/// the condition false.
class ConditionParser {
public:
  ConditionParser(StringRef Text, const Evaluator &Ev, const Metadata *Meta)
      : Text(Text), Ev(Ev), Meta(Meta) {}

  bool evaluate() {
    bool Value = parseOr();
    skipSpace();
    return !Failed && Pos == Text.size() && Value;
  }

private:
  StringRef Text;
  size_t Pos = 0;
  unsigned Depth = 0;
  bool Failed = false;
  const Evaluator &Ev;
  const Metadata *Meta;

  void skipSpace() {
    while (Pos < Text.size() && isSpace(Text[Pos]))
      ++Pos;
  }

  bool keyword(StringRef Word) {
    skipSpace();
    StringRef Rest = Text.substr(Pos);
    if (!Rest.starts_with_insensitive(Word))
      return false;
    if (Rest.size() > Word.size() &&
        (isAlnum(Rest[Word.size()]) || Rest[Word.size()] == '_'))
      return false;
    Pos += Word.size();
    return true;
  }

  bool punct(StringRef P) {
    skipSpace();
    if (!Text.substr(Pos).starts_with(P))
      return false;
    Pos += P.size();
    return true;
  }

  bool parseOr() {
    bool V = parseAnd();
    while (!Failed && keyword("or")) {
      bool R = parseAnd();
      V = V || R;
    }
    return V;
  }

  bool parseAnd() {
    bool V = parseNot();
    while (!Failed && keyword("and")) {
      bool R = parseNot();
      V = V && R;
    }
    return V;
  }

  bool parseNot() {
    // Deeper than any real condition; a guard for the stack.
    if (++Depth > MaxConditionDepth) {
      Failed = true;
      return false;
    }
    bool V = parseNotBody();
    --Depth;
    return V;
  }

  bool parseNotBody() {
    skipSpace();
    if (Pos < Text.size() && Text[Pos] == '!' &&
        !Text.substr(Pos).starts_with("!="))
      return ++Pos, !parseNot();
    return parsePrimary();
  }

  /// A quoted string, or a bare word (which may hold $(...)), expanded.
  std::optional<std::string> parseOperand();

  bool parsePrimary();
};

class Evaluator {
public:
  Evaluator(StringRef ProjectPath, StringRef Configuration, StringRef Platform)
      : ProjectPath(ProjectPath.str()), Configuration(Configuration.str()),
        Platform(Platform.str()) {
    ProjectDir = sys::path::parent_path(ProjectPath).str();
  }

  Error run();

  /// \p S with $(Property) and, given \p Meta, %(Metadata) references
  /// replaced. A property that is not defined (or a property function)
  /// expands to nothing, as in MSBuild, or with \p Keep stays as written,
  /// so that a path built on the WDK's properties can be told from one in
  /// the checkout; \p Undefined is set when one was met.
  std::string expand(StringRef S, const Metadata *Meta,
                     bool *Undefined = nullptr, bool Keep = false) const;
  bool holds(const XmlElement &E, const Metadata *Meta = nullptr) const {
    const std::string *C = E.attribute("Condition");
    if (!C || StringRef(*C).trim().empty())
      return true;
    return ConditionParser(*C, *this, Meta).evaluate();
  }
  bool exists(StringRef Path) const {
    std::string P = expand(Path, nullptr);
    if (StringRef(P).trim().empty())
      return false;
    return findIgnoringCase(normalPath(ProjectDir, P)).has_value();
  }
  std::string property(StringRef Name) const {
    std::string Key = Name.lower();
    if (Key == "configuration")
      return Configuration;
    if (Key == "platform")
      return Platform;
    if (Key == "msbuildthisfiledirectory")
      return ThisFileDir + "/";
    if (Key == "msbuildthisfile")
      return sys::path::filename(ThisFile).str();
    if (Key == "msbuildthisfilefullpath")
      return ThisFile;
    auto It = Props.find(Key);
    return It == Props.end() ? std::string() : It->second;
  }
  bool defined(StringRef Name) const {
    std::string Key = Name.lower();
    return Key == "configuration" || Key == "platform" ||
           Key.rfind("msbuildthisfile", 0) == 0 || Props.count(Key);
  }

  std::string ProjectPath, ProjectDir, Configuration, Platform;
  std::string ThisFile, ThisFileDir;
  StringMap<std::string> Props;
  std::vector<std::string> Configurations;
  std::vector<Item> Items;
  Metadata Definitions;

private:
  struct Group {
    const XmlElement *E;
    std::string File;
  };
  std::vector<std::unique_ptr<XmlElement>> Documents;
  std::vector<Group> DefinitionGroups, ItemGroups;
  std::vector<std::string> ImportStack;

  Error load(StringRef File);
  Error processBody(const XmlElement &Body);
  Error import(const XmlElement &E);
  void setProperty(StringRef Name, StringRef Value) {
    std::string Key = Name.lower();
    // The configuration and platform are global properties, which a
    // project cannot change.
    if (Key == "configuration" || Key == "platform")
      return;
    Props[Key] = expand(Value, nullptr, nullptr, /*Keep=*/true);
  }
  void withFile(StringRef File) {
    ThisFile = File.str();
    ThisFileDir = sys::path::parent_path(File).str();
  }
  void evaluateDefinitions(const XmlElement &Group);
  void evaluateItems(const XmlElement &Group);
};

std::optional<std::string> ConditionParser::parseOperand() {
  skipSpace();
  if (Pos == Text.size())
    return std::nullopt;
  if (Text[Pos] == '\'') {
    size_t End = Text.find('\'', Pos + 1);
    if (End == StringRef::npos)
      return std::nullopt;
    StringRef Raw = Text.slice(Pos + 1, End);
    Pos = End + 1;
    return Ev.expand(Raw, Meta);
  }
  size_t Start = Pos;
  int Depth = 0;
  while (Pos < Text.size()) {
    char C = Text[Pos];
    if (C == '(')
      ++Depth;
    else if (C == ')') {
      if (Depth == 0)
        break;
      --Depth;
    } else if (Depth == 0 &&
               (isSpace(C) || C == '=' || C == '!' || C == '<' || C == '>'))
      break;
    ++Pos;
  }
  if (Pos == Start)
    return std::nullopt;
  return Ev.expand(Text.slice(Start, Pos), Meta);
}

bool ConditionParser::parsePrimary() {
  if (punct("(")) {
    bool V = parseOr();
    if (!punct(")"))
      Failed = true;
    return V;
  }
  for (StringRef Function : {"Exists", "HasTrailingSlash"}) {
    size_t Save = Pos;
    if (keyword(Function) && punct("(")) {
      std::optional<std::string> Arg = parseOperand();
      if (!Arg || !punct(")")) {
        Failed = true;
        return false;
      }
      if (Function == "Exists")
        return Ev.exists(*Arg);
      return !Arg->empty() && (Arg->back() == '\\' || Arg->back() == '/');
    }
    Pos = Save;
  }
  std::optional<std::string> Left = parseOperand();
  if (!Left) {
    Failed = true;
    return false;
  }
  for (StringRef Op : {"==", "!=", "<=", ">=", "<", ">"}) {
    if (!punct(Op))
      continue;
    std::optional<std::string> Right = parseOperand();
    if (!Right) {
      Failed = true;
      return false;
    }
    if (Op == "==")
      return StringRef(*Left).equals_insensitive(*Right);
    if (Op == "!=")
      return !StringRef(*Left).equals_insensitive(*Right);
    std::optional<double> L = msbuildNumber(*Left), R = msbuildNumber(*Right);
    if (!L || !R) {
      Failed = true;
      return false;
    }
    if (Op == "<=")
      return *L <= *R;
    if (Op == ">=")
      return *L >= *R;
    if (Op == "<")
      return *L < *R;
    return *L > *R;
  }
  if (StringRef(*Left).equals_insensitive("true"))
    return true;
  if (!StringRef(*Left).equals_insensitive("false"))
    Failed = true;
  return false;
}

std::string Evaluator::expand(StringRef S, const Metadata *Meta,
                              bool *Undefined, bool Keep) const {
  std::string Out;
  while (!S.empty()) {
    size_t At = S.find_first_of("$%");
    if (At == StringRef::npos || At + 1 >= S.size() || S[At + 1] != '(') {
      size_t Take = At == StringRef::npos ? S.size() : At + 1;
      Out += S.take_front(Take).str();
      S = S.drop_front(Take);
      continue;
    }
    Out += S.take_front(At).str();
    char Kind = S[At];
    S = S.drop_front(At + 2);
    // The reference's text, up to the matching parenthesis.
    size_t End = 0;
    for (int Depth = 0; End < S.size(); ++End) {
      if (S[End] == '(')
        ++Depth;
      else if (S[End] == ')' && Depth-- == 0)
        break;
    }
    StringRef Name = S.take_front(End).trim();
    S = S.drop_front(std::min(End + 1, S.size()));
    bool Plain = !Name.empty() && all_of(Name, [](char C) {
      return isAlnum(C) || C == '_' || C == '-';
    });
    if (Kind == '%') {
      if (Meta && Plain) {
        auto It = Meta->find(Name.lower());
        if (It != Meta->end())
          Out += It->second;
      }
      continue;
    }
    // Property functions and registry or item references are not evaluated.
    if (!Plain || !defined(Name)) {
      if (Undefined)
        *Undefined = true;
      if (Keep)
        Out += ("$(" + Name + ")").str();
      continue;
    }
    Out += property(Name);
  }
  return Out;
}

Error Evaluator::import(const XmlElement &E) {
  const std::string *Project = E.attribute("Project");
  if (!Project)
    return Error::success();
  bool Undefined = false;
  std::string Expanded = expand(*Project, nullptr, &Undefined);
  if (Undefined)
    return Error::success(); // The WDK's and Visual Studio's own files.
  for (const std::string &Entry : splitList(Expanded)) {
    if (StringRef(Entry).find_first_of("*?") != StringRef::npos)
      continue;
    std::optional<std::string> Found =
        findIgnoringCase(normalPath(ThisFileDir, Entry));
    if (!Found || !sys::fs::is_regular_file(*Found) ||
        is_contained(ImportStack, *Found))
      continue;
    if (ImportStack.size() >= MaxImportDepth)
      return projectError("imports nested too deeply at '" + *Found + "'");
    std::string SavedFile = ThisFile;
    if (Error Err = load(*Found))
      return Err;
    withFile(SavedFile);
  }
  return Error::success();
}

Error Evaluator::processBody(const XmlElement &Body) {
  for (const auto &Child : Body.Children) {
    const XmlElement &C = *Child;
    if (C.Name == "Choose") {
      const XmlElement *Chosen = nullptr;
      for (const auto &W : C.Children) {
        if (W->Name == "When" && holds(*W)) {
          Chosen = W.get();
          break;
        }
        if (W->Name == "Otherwise")
          Chosen = W.get();
      }
      if (Chosen)
        if (Error Err = processBody(*Chosen))
          return Err;
      continue;
    }
    // Item groups are evaluated with the final properties, in pass three.
    if (C.Name == "ItemGroup") {
      ItemGroups.push_back({&C, ThisFile});
      continue;
    }
    if (!holds(C))
      continue;
    if (C.Name == "PropertyGroup") {
      for (const auto &P : C.Children)
        if (holds(*P))
          setProperty(P->Name, P->Text);
    } else if (C.Name == "Import") {
      if (Error Err = import(C))
        return Err;
    } else if (C.Name == "ImportGroup") {
      for (const auto &I : C.Children)
        if (I->Name == "Import" && holds(*I))
          if (Error Err = import(*I))
            return Err;
    } else if (C.Name == "ItemDefinitionGroup") {
      DefinitionGroups.push_back({&C, ThisFile});
    }
  }
  return Error::success();
}

Error Evaluator::load(StringRef File) {
  auto Buffer = MemoryBuffer::getFile(File);
  if (!Buffer)
    return projectError("cannot read '" + File +
                        "': " + Buffer.getError().message());
  Expected<std::unique_ptr<XmlElement>> Root = parseXml((*Buffer)->getBuffer());
  if (!Root)
    return projectError("'" + File +
                        "' is not valid XML: " + toString(Root.takeError()));
  if ((*Root)->Name != "Project")
    return projectError("'" + File +
                        "' is not an MSBuild project (its root is <" +
                        (*Root)->Name + ">, not <Project>)");
  Documents.push_back(std::move(*Root));
  const XmlElement &Doc = *Documents.back();
  withFile(File);
  ImportStack.push_back(File.str());
  Error Err = processBody(Doc);
  ImportStack.pop_back();
  return Err;
}

void Evaluator::evaluateDefinitions(const XmlElement &Group) {
  for (const auto &C : Group.Children) {
    if (C->Name != "ClCompile" || !holds(*C, &Definitions))
      continue;
    for (const auto &M : C->Children)
      if (holds(*M, &Definitions))
        Definitions[StringRef(M->Name).lower()] =
            expand(M->Text, &Definitions, nullptr, /*Keep=*/true);
  }
}

void Evaluator::evaluateItems(const XmlElement &Group) {
  for (const auto &C : Group.Children) {
    if (!holds(*C))
      continue;
    if (C->Name == "ProjectConfiguration") {
      if (const std::string *Include = C->attribute("Include"))
        Configurations.push_back(expand(*Include, nullptr));
      continue;
    }
    if (C->Name != "ClCompile")
      continue;
    if (const std::string *Remove = C->attribute("Remove")) {
      for (const std::string &R : splitList(expand(*Remove, nullptr))) {
        std::string Gone = StringRef(normalPath(ProjectDir, R)).lower();
        llvm::erase_if(Items, [&](const Item &I) {
          return StringRef(I.Path).lower() == Gone;
        });
      }
      continue;
    }
    const std::string *Include = C->attribute("Include");
    if (!Include)
      continue;
    Metadata Meta = Definitions;
    for (const auto &[Name, Value] : C->Attributes)
      if (!is_contained({"Include", "Exclude", "Remove", "Update", "Condition",
                         "KeepMetadata", "RemoveMetadata", "KeepDuplicates"},
                        Name))
        Meta[StringRef(Name).lower()] =
            expand(Value, &Meta, nullptr, /*Keep=*/true);
    for (const auto &M : C->Children)
      if (holds(*M, &Meta))
        Meta[StringRef(M->Name).lower()] =
            expand(M->Text, &Meta, nullptr, /*Keep=*/true);
    for (const std::string &Entry : splitList(expand(*Include, nullptr))) {
      std::string Path = normalPath(ProjectDir, Entry);
      StringRef Name = sys::path::filename(Path, sys::path::Style::posix);
      if (Name.find_first_of("*?") == StringRef::npos) {
        Items.push_back({Path, Meta});
        continue;
      }
      // A wildcard in the file name: the matching files of its folder.
      std::string Pattern = Name.lower();
      std::vector<std::string> Matches;
      std::error_code EC;
      StringRef Dir = sys::path::parent_path(Path, sys::path::Style::posix);
      for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
           It.increment(EC)) {
        std::string Candidate = sys::path::filename(It->path()).lower();
        // Only '*' and '?' are wildcards.
        std::function<bool(StringRef, StringRef)> Match =
            [&](StringRef P, StringRef S) -> bool {
          if (P.empty())
            return S.empty();
          if (P[0] == '*')
            return Match(P.drop_front(), S) ||
                   (!S.empty() && Match(P, S.drop_front()));
          return !S.empty() && (P[0] == '?' || P[0] == S[0]) &&
                 Match(P.drop_front(), S.drop_front());
        };
        if (Match(Pattern, Candidate))
          Matches.push_back(It->path());
      }
      llvm::sort(Matches);
      for (const std::string &M : Matches)
        Items.push_back({M, Meta});
    }
  }
}

Error Evaluator::run() {
  SmallString<256> Name(sys::path::stem(ProjectPath));
  // The defaults Visual Studio's own property sheets give, which a
  // checkout does not have.
  std::string SolutionDir = ProjectDir;
  for (StringRef D = ProjectDir; !D.empty(); D = sys::path::parent_path(D)) {
    std::error_code EC;
    bool Found = false;
    for (sys::fs::directory_iterator It(D, EC), End; It != End && !EC;
         It.increment(EC))
      if (StringRef(It->path()).ends_with_insensitive(".sln"))
        Found = true;
    if (Found) {
      SolutionDir = D.str();
      break;
    }
    if (D == sys::path::parent_path(D))
      break;
  }
  std::string OutputSub = StringRef(Platform).equals_insensitive("Win32")
                              ? Configuration + "/"
                              : Platform + "/" + Configuration + "/";
  Props["projectdir"] = ProjectDir + "/";
  Props["msbuildprojectdirectory"] = ProjectDir;
  Props["projectname"] = std::string(Name);
  Props["msbuildprojectname"] = std::string(Name);
  Props["targetname"] = std::string(Name);
  Props["projectfilename"] = sys::path::filename(ProjectPath).str();
  Props["msbuildprojectfile"] = sys::path::filename(ProjectPath).str();
  Props["projectpath"] = ProjectPath;
  Props["msbuildprojectfullpath"] = ProjectPath;
  Props["solutiondir"] = SolutionDir + "/";
  Props["intdir"] = OutputSub;
  Props["outdir"] = SolutionDir + "/" + OutputSub;
  Props["platformtarget"] = Platform;
  // The target Windows version the WDK's property sheets set (Windows 10
  // and later) and the versions they name for comparisons with it, as in
  // Condition="$(_NT_TARGET_VERSION) < $(_NT_TARGET_VERSION_WIN8)".
  Props["_nt_target_version"] = "0xA00";
  Props["_nt_target_version_win7"] = "0x601";
  Props["_nt_target_version_win8"] = "0x602";
  Props["_nt_target_version_winblue"] = "0x603";
  Props["_nt_target_version_win10"] = "0xA00";

  // MSBuild imports the nearest Directory.Build.props before the project's
  // own properties, and Directory.Build.targets after them.
  auto Nearest = [&](StringRef FileName) -> std::optional<std::string> {
    for (StringRef D = ProjectDir; !D.empty(); D = sys::path::parent_path(D)) {
      SmallString<256> P(D);
      sys::path::append(P, FileName);
      if (sys::fs::is_regular_file(P))
        return std::string(P);
      if (D == sys::path::parent_path(D))
        break;
    }
    return std::nullopt;
  };
  if (std::optional<std::string> Props = Nearest("Directory.Build.props"))
    if (Error Err = load(*Props))
      return Err;
  if (Error Err = load(ProjectPath))
    return Err;
  if (std::optional<std::string> Targets = Nearest("Directory.Build.targets"))
    if (Error Err = load(*Targets))
      return Err;

  for (const Group &G : DefinitionGroups) {
    withFile(G.File);
    if (holds(*G.E))
      evaluateDefinitions(*G.E);
  }
  for (const Group &G : ItemGroups) {
    withFile(G.File);
    if (holds(*G.E))
      evaluateItems(*G.E);
  }
  return Error::success();
}

bool isTrue(const Metadata &Meta, StringRef Key) {
  auto It = Meta.find(Key);
  return It != Meta.end() &&
         StringRef(It->second).trim().equals_insensitive("true");
}

StringRef metadata(const Metadata &Meta, StringRef Key) {
  auto It = Meta.find(Key);
  return It == Meta.end() ? StringRef() : StringRef(It->second).trim();
}

/// The compile command MSBuild's ClCompile would run for \p I, in clang's
/// gcc-style syntax; include directories and forced includes a checkout
/// does not have are left out.
clang::tooling::CompileCommand commandFor(const Item &I, const Evaluator &Ev) {
  const Metadata &M = I.Meta;
  std::vector<std::string> Args = {"clang"};
  StringRef CompileAs = metadata(M, "compileas");
  StringRef Ext = sys::path::extension(I.Path);
  bool Cxx = CompileAs.equals_insensitive("CompileAsCpp") ||
             (!CompileAs.equals_insensitive("CompileAsC") &&
              !Ext.equals_insensitive(".c"));
  Args.push_back("-x");
  Args.push_back(Cxx ? "c++" : "c");
  StringRef Standard =
      Cxx ? metadata(M, "languagestandard") : metadata(M, "languagestandard_c");
  static const std::pair<StringRef, StringRef> Standards[] = {
      {"stdcpp14", "c++14"}, {"stdcpp17", "c++17"},     {"stdcpp20", "c++20"},
      {"stdcpp23", "c++23"}, {"stdcpplatest", "c++2c"}, {"stdc11", "c11"},
      {"stdc17", "c17"},     {"stdclatest", "c23"}};
  for (const auto &[Msvc, Clang] : Standards)
    if (Standard.equals_insensitive(Msvc))
      Args.push_back(("-std=" + Clang).str());

  // A property the checkout does not define is empty in a define, as in
  // MSBuild.
  for (const std::string &D :
       splitList(metadata(M, "preprocessordefinitions"))) {
    std::string Define = D;
    for (size_t At; (At = Define.find("$(")) != std::string::npos;) {
      size_t End = At + 2;
      for (int Depth = 0; End < Define.size(); ++End) {
        if (Define[End] == '(')
          ++Depth;
        else if (Define[End] == ')' && Depth-- == 0)
          break;
      }
      Define.erase(At, End + 1 - At);
    }
    // A name that is not an identifier ("/wd4996" written among the
    // definitions) defines nothing; cl.exe only warns about it.
    StringRef Name = StringRef(Define).trim().split('=').first.split('(').first;
    if (clang::isValidAsciiIdentifier(Name))
      Args.push_back("-D" + StringRef(Define).trim().str());
  }
  for (const std::string &U :
       splitList(metadata(M, "undefinepreprocessordefinitions")))
    Args.push_back("-U" + U);
  // Defines and undefines among the project's raw cl.exe options; the
  // other options are the compiler's business, not the analysis's.
  SmallVector<StringRef, 16> Options;
  SplitString(metadata(M, "additionaloptions"), Options);
  for (size_t K = 0; K < Options.size(); ++K) {
    StringRef O = Options[K];
    if (O.contains("$(") || O.size() < 2 || (O[0] != '/' && O[0] != '-'))
      continue;
    char Kind = O[1];
    if (Kind != 'D' && Kind != 'U')
      continue;
    StringRef Value = O.drop_front(2);
    if (Value.empty() && K + 1 < Options.size())
      Value = Options[++K];
    if (!Value.empty() && !Value.contains("$("))
      Args.push_back((Twine("-") + Twine(Kind) + Value).str());
  }

  // Include directories: those that exist in the checkout, as spelled on
  // disk. An entry that used a property the checkout cannot define is the
  // WDK's or the SDK's.
  std::vector<std::string> IncludeDirs;
  // Folders of the WDK's kernel-mode headers ($(DDK_INC_PATH)wlan\2.0),
  // relative to it.
  std::vector<std::string> WdkSubdirs;
  // The project's VC++ include path (IncludePath, cl.exe's INCLUDE) is
  // searched after them.
  auto Raw = M.find("additionalincludedirectories");
  std::string IncludePath = Ev.property("IncludePath");
  for (StringRef List :
       {Raw != M.end() ? StringRef(Raw->second) : "", StringRef(IncludePath)}) {
    for (const std::string &Entry : splitList(List)) {
      StringRef Sub(Entry);
      if (Sub.consume_front_insensitive("$(DDK_INC_PATH)")) {
        Sub = Sub.trim("\\/");
        std::string Dir = Sub.str();
        std::replace(Dir.begin(), Dir.end(), '\\', '/');
        if (!Dir.empty() && !Sub.contains("$(") && !Sub.contains("%(") &&
            !is_contained(WdkSubdirs, Dir))
          WdkSubdirs.push_back(Dir);
        continue;
      }
      if (StringRef(Entry).contains("$(") || StringRef(Entry).contains("%("))
        continue;
      std::optional<std::string> Dir =
          findIgnoringCase(normalPath(Ev.ProjectDir, Entry));
      if (Dir && sys::fs::is_directory(*Dir) &&
          !is_contained(IncludeDirs, *Dir))
        IncludeDirs.push_back(*Dir);
    }
  }
  for (const std::string &Dir : IncludeDirs)
    Args.push_back("-I" + Dir);
  // The same folders of the WDK profile's headers, searched after them: the
  // profile names its own folder with -iprefix.
  for (const std::string &Dir : WdkSubdirs)
    llvm::append_range(Args, std::vector<std::string>{"-Xclang", "-iwithprefix",
                                                      "-Xclang", Dir});
  // A project that compiles sources of another folder ("..\pcidrv.c")
  // finds the quoted headers of its own folder, where MSBuild runs cl.exe.
  std::string SourceDir =
      sys::path::parent_path(I.Path, sys::path::Style::posix).str();
  if (!sys::fs::equivalent(SourceDir, Ev.ProjectDir))
    Args.push_back("-iquote" + Ev.ProjectDir);

  // A forced include is looked up as cl.exe does: beside the source, then
  // on the include path.
  for (const std::string &F : splitList(metadata(M, "forcedincludefiles"))) {
    if (StringRef(F).contains("$("))
      continue;
    std::vector<std::string> Bases = {Ev.ProjectDir, SourceDir};
    llvm::append_range(Bases, IncludeDirs);
    for (const std::string &Base : Bases) {
      std::optional<std::string> File = findIgnoringCase(normalPath(Base, F));
      if (File && sys::fs::is_regular_file(*File)) {
        Args.push_back("-include");
        Args.push_back(*File);
        break;
      }
    }
  }
  std::string Source = findIgnoringCase(I.Path).value_or(I.Path);
  Args.push_back("-c");
  Args.push_back(Source);
  return clang::tooling::CompileCommand(Ev.ProjectDir, Source, std::move(Args),
                                        /*Output=*/"");
}

void readOne(StringRef Path, StringRef Configuration, StringRef Platform,
             ProjectOutcome &Out) {
  Evaluator Ev(Path, Configuration, Platform);
  if (Error Err = Ev.run()) {
    Out.Kind = ProjectOutcome::Invalid;
    Out.Reason = toString(std::move(Err));
    return;
  }
  std::string Wanted = (Configuration + "|" + Platform).str();
  if (!Ev.Configurations.empty() &&
      none_of(Ev.Configurations, [&](const std::string &C) {
        return StringRef(C).equals_insensitive(Wanted);
      })) {
    Out.Kind = ProjectOutcome::NoConfiguration;
    Out.Reason = "has no configuration '" + Wanted + "' (it has " +
                 join(Ev.Configurations, ", ") + ")";
    return;
  }
  std::string UserMode =
      userModeReason(Ev.property("ConfigurationType"),
                     Ev.property("PlatformToolset"), Ev.property("DriverType"));
  if (!UserMode.empty()) {
    Out.Kind = ProjectOutcome::UserMode;
    Out.Reason = UserMode;
    return;
  }
  std::set<std::string> Seen;
  for (const Item &I : Ev.Items) {
    if (isTrue(I.Meta, "excludedfrombuild") || !Seen.insert(I.Path).second)
      continue;
    Out.Commands.push_back(commandFor(I, Ev));
  }
}

std::string absolutePath(StringRef P) {
  SmallString<256> Abs(P);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

} // namespace

std::string userModeReason(StringRef ConfigurationType,
                           StringRef PlatformToolset, StringRef DriverType) {
  ConfigurationType = ConfigurationType.trim();
  PlatformToolset = PlatformToolset.trim();
  DriverType = DriverType.trim();
  if (PlatformToolset.starts_with_insensitive("WindowsKernelModeDriver") ||
      DriverType.equals_insensitive("KMDF") ||
      DriverType.equals_insensitive("WDM") ||
      (ConfigurationType.equals_insensitive("Driver") &&
       !DriverType.equals_insensitive("UMDF")))
    return std::string();
  bool UserMode =
      PlatformToolset.starts_with_insensitive("WindowsUserModeDriver") ||
      DriverType.equals_insensitive("UMDF") ||
      ConfigurationType.equals_insensitive("Application") ||
      ConfigurationType.equals_insensitive("DynamicLibrary") ||
      !PlatformToolset.empty();
  // A project that says nothing about its kind (a fragment, or a kind the
  // checkout's missing property sheets would set) is taken as a driver's.
  if (!UserMode)
    return std::string();
  std::vector<std::string> What;
  if (!ConfigurationType.empty())
    What.push_back(("ConfigurationType " + ConfigurationType).str());
  if (!PlatformToolset.empty())
    What.push_back(("PlatformToolset " + PlatformToolset).str());
  if (!DriverType.empty())
    What.push_back(("DriverType " + DriverType).str());
  return "user-mode project (" + join(What, ", ") + ")";
}

Expected<std::pair<std::string, std::string>>
parseConfiguration(StringRef Text) {
  auto [Configuration, Platform] = Text.split('|');
  Configuration = Configuration.trim();
  Platform = Platform.trim();
  if (Configuration.empty() || Platform.contains('|'))
    return projectError("bad configuration '" + Text +
                        "' (use <configuration>|<platform>, such as "
                        "'Release|x64')");
  if (Platform.empty())
    Platform = "x64";
  return std::make_pair(Configuration.str(), Platform.str());
}

Expected<std::vector<ProjectOutcome>>
readProjects(StringRef Path, StringRef Configuration, StringRef Platform) {
  std::vector<std::string> Files;
  if (sys::fs::is_directory(Path)) {
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Path, EC), End;
         It != End && !EC; It.increment(EC)) {
      StringRef Name = sys::path::filename(It->path());
      if (Name == ".git" || Name == ".svn" || Name == ".hg") {
        It.no_push();
        continue;
      }
      if (Name.ends_with_insensitive(".vcxproj") &&
          sys::fs::is_regular_file(It->path()))
        Files.push_back(absolutePath(It->path()));
    }
    if (EC)
      return projectError("cannot list '" + Path + "': " + EC.message());
    if (Files.empty())
      return projectError("no .vcxproj file in '" + Path + "'");
    llvm::sort(Files);
  } else if (sys::fs::exists(Path)) {
    Files.push_back(absolutePath(Path));
  } else {
    return projectError("no such project file or directory: '" + Path + "'");
  }

  std::vector<ProjectOutcome> Outcomes;
  for (const std::string &File : Files) {
    ProjectOutcome Out;
    Out.Path = File;
    readOne(File, Configuration, Platform, Out);
    Outcomes.push_back(std::move(Out));
  }
  return Outcomes;
}

} // namespace tool
} // namespace wsk
