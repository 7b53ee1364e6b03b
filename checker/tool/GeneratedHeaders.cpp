//===- GeneratedHeaders.cpp - Headers a WDK build generates ---------------===//

#include "GeneratedHeaders.h"
#include "MsbuildXml.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <optional>
#include <set>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

/// A C integer constant as mc and MOF files write them (0x.., decimal).
std::optional<uint64_t> parseNumber(StringRef S) {
  S = S.trim().rtrim("lLuU");
  uint64_t V;
  if (S.getAsInteger(0, V))
    return std::nullopt;
  return V;
}

/// Whether \p S can be a C identifier (a macro's or a type's name).
bool isIdentifier(StringRef S) { return clang::isValidAsciiIdentifier(S); }

//===----------------------------------------------------------------------===//
// Message text files (mc)
//===----------------------------------------------------------------------===//

struct McName {
  std::string Name;
  uint64_t Value;
  std::string Symbol;
};

/// "(Name=0x1:SYMBOL Other=2)" into its entries.
std::vector<McName> parseMcNames(StringRef List) {
  std::vector<McName> Names;
  SmallVector<StringRef, 8> Entries;
  List.trim().trim("()").split(Entries, ' ', -1, /*KeepEmpty=*/false);
  for (StringRef E : Entries) {
    auto [Name, Rest] = E.split('=');
    auto [Number, Symbol] = Rest.split(':');
    std::optional<uint64_t> V = parseNumber(Number);
    if (Name.trim().empty() || !V)
      continue;
    Names.push_back({Name.trim().lower(), *V, Symbol.trim().str()});
  }
  return Names;
}

class MessageTextWriter {
public:
  explicit MessageTextWriter(raw_ostream &OS) : OS(OS) {}

  void statement(StringRef Key, StringRef Value) {
    std::string K = Key.lower();
    if (K == "messageidtypedef") {
      Typedef = Value.str();
    } else if (K == "severitynames") {
      Severities = parseMcNames(Value);
    } else if (K == "facilitynames") {
      Facilities = parseMcNames(Value);
    } else if (K == "messageid") {
      finishMessage();
      InMessage = true;
      StringRef V = Value.trim();
      if (V.consume_front("+")) {
        IdDelta = parseNumber(V).value_or(1);
        Id.reset();
      } else {
        IdDelta = 1;
        Id = V.empty() ? std::nullopt : parseNumber(V);
      }
    } else if (K == "severity") {
      Severity = Value.lower();
    } else if (K == "facility") {
      Facility = Value.lower();
    } else if (K == "symbolicname") {
      Symbol = Value.str();
    }
  }

  /// The end of a message's header lines (its Language= text follows).
  void finishMessage() {
    if (!InMessage)
      return;
    InMessage = false;
    uint64_t Sev = valueOf(Severities, Severity);
    uint64_t Fac = valueOf(Facilities, Facility);
    uint64_t Code = Id ? *Id : LastIdOfFacility[Fac] + IdDelta;
    LastIdOfFacility[Fac] = Code;
    if (!isIdentifier(Symbol))
      return;
    writeNames();
    uint32_t Value =
        uint32_t(Sev & 3) << 30 | uint32_t(Fac & 0xFFF) << 16 | (Code & 0xFFFF);
    OS << "#define " << Symbol << " ";
    if (Typedef.empty())
      OS << format("0x%08XL", Value) << "\n";
    else
      OS << "((" << Typedef << ")" << format("0x%08XL", Value) << ")\n";
    Symbol.clear();
  }

private:
  static uint64_t valueOf(const std::vector<McName> &Names, StringRef Name) {
    for (const McName &N : Names)
      if (N.Name == Name)
        return N.Value;
    return 0;
  }

  /// The facility and severity names, once, before the first message.
  void writeNames() {
    if (NamesWritten)
      return;
    NamesWritten = true;
    for (const std::vector<McName> *List : {&Facilities, &Severities})
      for (const McName &N : *List)
        if (isIdentifier(N.Symbol))
          OS << "#define " << N.Symbol << " " << format("0x%llX", N.Value)
             << "\n";
  }

  raw_ostream &OS;
  std::string Typedef;
  std::vector<McName> Severities = {{"success", 0, ""},
                                    {"informational", 1, ""},
                                    {"warning", 2, ""},
                                    {"error", 3, ""}};
  std::vector<McName> Facilities = {{"system", 0xFF, ""},
                                    {"application", 0xFFF, ""}};
  // Severity and facility carry over from one message to the next.
  std::string Severity = "success", Facility = "application";
  std::optional<uint64_t> Id;
  uint64_t IdDelta = 1;
  std::map<uint64_t, uint64_t> LastIdOfFacility;
  std::string Symbol;
  bool InMessage = false, NamesWritten = false;
};

//===----------------------------------------------------------------------===//
// Instrumentation manifests (mc -km)
//===----------------------------------------------------------------------===//

void collectElements(const XmlElement &E, StringRef Name,
                     std::vector<const XmlElement *> &Out) {
  // Element names may carry a namespace prefix (win:, evt:).
  StringRef Local = StringRef(E.Name).rsplit(':').second;
  if (Local.empty())
    Local = E.Name;
  if (Local == Name)
    Out.push_back(&E);
  for (const auto &C : E.Children)
    collectElements(*C, Name, Out);
}

/// mc's spelling of a provider's name in its macros' names.
std::string macroSuffix(StringRef Name) {
  std::string S;
  for (char C : Name)
    S += isAlnum(C) || C == '_' ? C : '_';
  return S;
}

/// "{0006A660-8F12-11d2-B854-00C04FAD5171}" as the initialiser's numbers,
/// "0x0006a660, 0x8f12, 0x11d2, 0xb8, ..."; empty if it is not a GUID.
std::string guidNumbers(StringRef Guid) {
  Guid = Guid.trim().trim("{}");
  SmallVector<StringRef, 5> Parts;
  Guid.split(Parts, '-');
  if (Parts.size() != 5 || Parts[0].size() != 8 || Parts[1].size() != 4 ||
      Parts[2].size() != 4 || Parts[3].size() != 4 || Parts[4].size() != 12)
    return "";
  std::string Hex = (Parts[3] + Parts[4]).str();
  if (!all_of(Guid, [](char C) { return isHexDigit(C) || C == '-'; }))
    return "";
  std::string Out =
      ("0x" + Parts[0] + ", 0x" + Parts[1] + ", 0x" + Parts[2]).str();
  for (size_t I = 0; I < Hex.size(); I += 2)
    Out += ", 0x" + Hex.substr(I, 2);
  return Out;
}

/// The initialiser {a, b, c, {d0, ..., d7}} from guidNumbers' text.
std::string guidInitializer(StringRef Numbers) {
  SmallVector<StringRef, 11> N;
  Numbers.split(N, ", ");
  std::string Out = ("{ " + N[0] + ", " + N[1] + ", " + N[2] + ", { ").str();
  for (size_t I = 3; I < N.size(); ++I)
    Out += (N[I] + (I + 1 < N.size() ? ", " : "")).str();
  return Out + " } }";
}

//===----------------------------------------------------------------------===//
// WMI class descriptions (wmimofck -h)
//===----------------------------------------------------------------------===//

/// A MOF file as tokens: identifiers, numbers, strings (quotes kept) and
/// punctuation; comments dropped.
std::vector<std::string> mofTokens(StringRef T) {
  std::vector<std::string> Tokens;
  for (size_t I = 0; I < T.size();) {
    char C = T[I];
    if (isSpace(C)) {
      ++I;
    } else if (T.substr(I).starts_with("//")) {
      I = T.find('\n', I);
    } else if (T.substr(I).starts_with("/*")) {
      size_t End = T.find("*/", I + 2);
      I = End == StringRef::npos ? End : End + 2;
    } else if (C == '"') {
      size_t J = I + 1;
      while (J < T.size() && T[J] != '"')
        J += T[J] == '\\' ? 2 : 1;
      Tokens.push_back(T.slice(I, std::min(J + 1, T.size())).str());
      I = J + 1;
    } else if (isAlnum(C) || C == '_' || C == '#') {
      size_t J = I + 1;
      while (J < T.size() && (isAlnum(T[J]) || T[J] == '_'))
        ++J;
      Tokens.push_back(T.slice(I, J).str());
      I = J;
    } else {
      Tokens.push_back(std::string(1, C));
      ++I;
    }
    if (I == StringRef::npos)
      break;
  }
  return Tokens;
}

/// Qualifiers "[key, read, WmiDataId(1), guid("{...}")]": name (lower
/// case) to its argument (quotes removed), "" for none.
using Qualifiers = std::map<std::string, std::string>;

struct MofItem {
  Qualifiers Quals;
  std::string Type, Name;
  bool Array = false;
  std::string Dimension; // Fixed size, or "" for a variable-sized array.
};

struct MofMethod {
  Qualifiers Quals;
  std::string Name;
  std::vector<MofItem> Parameters;
};

struct MofClass {
  Qualifiers Quals;
  std::string Name;
  std::vector<MofItem> Items;
  std::vector<MofMethod> Methods;
};

class MofParser {
public:
  explicit MofParser(std::vector<std::string> Tokens)
      : Tokens(std::move(Tokens)) {}

  std::vector<MofClass> classes() {
    std::vector<MofClass> Classes;
    while (Pos < Tokens.size()) {
      Qualifiers Q = qualifiers();
      if (peek() == "#") { // #pragma: to the end of its parentheses.
        skipPast(")");
        continue;
      }
      if (!equalsLower(peek(), "class")) {
        ++Pos;
        continue;
      }
      ++Pos;
      MofClass C;
      C.Quals = std::move(Q);
      C.Name = take();
      if (peek() == ":") { // The base class.
        ++Pos;
        take();
      }
      if (peek() != "{")
        continue;
      ++Pos;
      members(C);
      Classes.push_back(std::move(C));
    }
    return Classes;
  }

private:
  static bool equalsLower(StringRef A, StringRef B) {
    return A.equals_insensitive(B);
  }
  StringRef peek(size_t Ahead = 0) const {
    return Pos + Ahead < Tokens.size() ? StringRef(Tokens[Pos + Ahead]) : "";
  }
  std::string take() {
    return Pos < Tokens.size() ? Tokens[Pos++] : std::string();
  }
  void skipPast(StringRef T) {
    while (Pos < Tokens.size() && Tokens[Pos++] != T)
      ;
  }

  Qualifiers qualifiers() {
    Qualifiers Q;
    if (peek() != "[")
      return Q;
    ++Pos;
    while (Pos < Tokens.size() && peek() != "]") {
      std::string Name = StringRef(take()).lower();
      std::string Arg;
      if (peek() == "(") {
        ++Pos;
        // Arguments: strings concatenated, or one number or name; nested
        // braces ({"a", "b"} lists) are skipped.
        int Depth = 1;
        while (Pos < Tokens.size() && Depth > 0) {
          StringRef T = peek();
          if (T == "(" || T == "{")
            ++Depth;
          else if (T == ")" || T == "}")
            --Depth;
          else if (Depth == 1 && T != ",")
            Arg += T.starts_with("\"") ? T.drop_front().drop_back().str()
                                       : T.str();
          ++Pos;
        }
      }
      if (peek() == ":") { // Flavors: "qualifier : ToSubclass".
        ++Pos;
        take();
      }
      Q[Name] = Arg;
      if (peek() == ",")
        ++Pos;
    }
    ++Pos;
    return Q;
  }

  /// A typed name with an optional array part: "uint32 Values[4]".
  bool typedName(MofItem &I) {
    I.Type = take();
    if (peek() == "ref") { // Object references: "Class ref Name".
      ++Pos;
      I.Type += " ref";
    }
    I.Name = take();
    if (peek() == "[") {
      ++Pos;
      I.Array = true;
      if (peek() != "]")
        I.Dimension = take();
      skipPast("]");
    }
    return !I.Type.empty() && !I.Name.empty();
  }

  void members(MofClass &C) {
    while (Pos < Tokens.size() && peek() != "}") {
      Qualifiers Q = qualifiers();
      MofItem Item;
      Item.Quals = std::move(Q);
      if (!typedName(Item))
        break;
      if (peek() == "(") { // A method: its parameters.
        ++Pos;
        MofMethod M{std::move(Item.Quals), Item.Name, {}};
        while (Pos < Tokens.size() && peek() != ")") {
          MofItem P;
          P.Quals = qualifiers();
          if (!typedName(P))
            break;
          M.Parameters.push_back(std::move(P));
          if (peek() == ",")
            ++Pos;
        }
        ++Pos;
        C.Methods.push_back(std::move(M));
      } else {
        C.Items.push_back(std::move(Item));
      }
      skipPast(";");
    }
    skipPast("}");
    if (peek() == ";")
      ++Pos;
  }

  std::vector<std::string> Tokens;
  size_t Pos = 0;
};

/// The C type wmimofck gives a MOF data item's type; empty for the items
/// of no fixed size (strings, references, variable-sized objects), which
/// end the fixed part of a structure.
std::string cTypeOf(const MofItem &I) {
  static const StringMap<StringRef> Types = {
      {"boolean", "BOOLEAN"}, {"uint8", "UCHAR"},      {"sint8", "CHAR"},
      {"uint16", "USHORT"},   {"sint16", "SHORT"},     {"uint32", "ULONG"},
      {"sint32", "LONG"},     {"uint64", "ULONGLONG"}, {"sint64", "LONGLONG"},
      {"real32", "FLOAT"},    {"real64", "DOUBLE"},    {"char16", "WCHAR"}};
  auto It = Types.find(StringRef(I.Type).lower());
  if (It != Types.end())
    return It->second.str();
  if (StringRef(I.Type).equals_insensitive("datetime"))
    return "WCHAR"; // A 25-character date and time string.
  if (StringRef(I.Type).equals_insensitive("object")) {
    auto Embedded = I.Quals.find("embeddedobject");
    return Embedded != I.Quals.end() && isIdentifier(Embedded->second)
               ? Embedded->second
               : "";
  }
  if (StringRef(I.Type).equals_insensitive("string") ||
      StringRef(I.Type).ends_with(" ref") || !isIdentifier(I.Type))
    return "";
  return I.Type; // An embedded class of the same file.
}

/// Writes one structure member, its _SIZE and _ID; false when the item has
/// no fixed size and the structure ends before it.
bool writeMember(raw_ostream &OS, StringRef Prefix, const MofItem &I,
                 StringRef Id) {
  std::string Type = cTypeOf(I);
  if (Type.empty())
    return false;
  bool DateTime = StringRef(I.Type).equals_insensitive("datetime");
  std::string Dim = DateTime ? "25" : I.Dimension;
  if (I.Array && I.Dimension.empty()) {
    // A variable-sized array: its size is another item's value.
    auto Max = I.Quals.find("max");
    Dim = Max != I.Quals.end() && parseNumber(Max->second) ? Max->second : "1";
  }
  if (!Dim.empty() && !parseNumber(Dim))
    return false;
  OS << "    " << Type << " " << I.Name;
  if (!Dim.empty())
    OS << "[" << Dim << "]";
  OS << ";\n";
  OS << "    #define " << Prefix << "_" << I.Name << "_SIZE sizeof(" << Type
     << (Dim.empty() ? "" : "[" + Dim + "]") << ")\n";
  if (!Id.empty())
    OS << "    #define " << Prefix << "_" << I.Name << "_ID " << Id << "\n";
  OS << "\n";
  return true;
}

/// The structure named \p Name of \p Items; nothing when no item has a
/// fixed size.
void writeStructure(raw_ostream &OS, StringRef Name,
                    ArrayRef<std::pair<std::string, const MofItem *>> Items) {
  std::string Body, Last;
  raw_string_ostream BS(Body);
  for (const auto &[Id, Item] : Items) {
    if (!writeMember(BS, Name, *Item, Id))
      break;
    Last = Item->Name;
  }
  BS.flush();
  if (Last.empty())
    return;
  OS << "typedef struct _" << Name << "\n{\n"
     << Body << "} " << Name << ", *P" << Name << ";\n\n"
     << "#define " << Name << "_SIZE (FIELD_OFFSET(" << Name << ", " << Last
     << ") + " << Name << "_" << Last << "_SIZE)\n\n";
}

void writeMofClass(raw_ostream &OS, const MofClass &C) {
  auto Guid = C.Quals.find("guid");
  std::string Numbers =
      Guid == C.Quals.end() ? std::string() : guidNumbers(Guid->second);
  if (Numbers.empty() || !isIdentifier(C.Name))
    return;
  OS << "// " << C.Name << "\n"
     << "#define " << C.Name << "Guid \\\n    " << guidInitializer(Numbers)
     << "\n\n"
     << "#if !defined(MIDL_PASS)\n"
     << "DEFINE_GUID(" << C.Name << "_GUID, \\\n            " << Numbers
     << ");\n#endif\n\n";

  // The data block: the WmiDataId items in id order.
  std::vector<std::pair<uint64_t, const MofItem *>> Data;
  for (const MofItem &I : C.Items) {
    auto Id = I.Quals.find("wmidataid");
    if (Id == I.Quals.end())
      continue;
    if (std::optional<uint64_t> N = parseNumber(Id->second))
      Data.push_back({*N, &I});
  }
  llvm::sort(Data,
             [](const auto &A, const auto &B) { return A.first < B.first; });
  std::vector<std::pair<std::string, const MofItem *>> Members;
  for (const auto &[Id, Item] : Data)
    Members.push_back({std::to_string(Id), Item});
  writeStructure(OS, C.Name, Members);

  for (const MofMethod &M : C.Methods) {
    auto Id = M.Quals.find("wmimethodid");
    if (Id == M.Quals.end() || !parseNumber(Id->second) ||
        !isIdentifier(M.Name))
      continue;
    OS << "#define " << M.Name << " " << Id->second << "\n\n";
    for (bool In : {true, false}) {
      std::vector<std::pair<uint64_t, const MofItem *>> Params;
      for (const MofItem &P : M.Parameters) {
        if (!P.Quals.count(In ? "in" : "out"))
          continue;
        auto PId = P.Quals.find("id");
        std::optional<uint64_t> N =
            PId == P.Quals.end() ? std::nullopt : parseNumber(PId->second);
        Params.push_back({N.value_or(Params.size()), &P});
      }
      llvm::stable_sort(Params, [](const auto &A, const auto &B) {
        return A.first < B.first;
      });
      std::vector<std::pair<std::string, const MofItem *>> Members;
      for (const auto &[N, P] : Params)
        Members.push_back({std::to_string(N + 1), P});
      writeStructure(OS, M.Name + (In ? "_IN" : "_OUT"), Members);
    }
  }
}

//===----------------------------------------------------------------------===//
// Which headers a checkout's build generates
//===----------------------------------------------------------------------===//

/// The file name part of a project's path value ("$(IntDir)\x.h" -> x.h).
StringRef fileNamePart(StringRef Value) {
  Value = Value.trim().trim('"');
  size_t Slash = Value.find_last_of("/\\");
  return Slash == StringRef::npos ? Value : Value.drop_front(Slash + 1);
}

const XmlElement *child(const XmlElement &E, StringRef Name) {
  for (const auto &C : E.Children)
    if (C->Name == Name)
      return C.get();
  return nullptr;
}

/// Header names the project \p Root sets for its generator inputs: each
/// input (by file name, lower case) to the headers made from it.
void projectHeaderNames(const XmlElement &Root,
                        std::map<std::string, std::set<std::string>> &Names) {
  std::vector<const XmlElement *> Items;
  // MessageCompile: <GeneratedFilesBaseName>, else the input's name.
  collectElements(Root, "MessageCompile", Items);
  for (const XmlElement *E : Items) {
    const std::string *Include = E->attribute("Include");
    const XmlElement *Base = child(*E, "GeneratedFilesBaseName");
    if (!Include || !Base || Base->Text.find('$') != std::string::npos ||
        Base->Text.find('%') != std::string::npos)
      continue;
    SmallVector<StringRef, 2> Inputs;
    StringRef(*Include).split(Inputs, ';', -1, false);
    for (StringRef In : Inputs)
      Names[fileNamePart(In).lower()].insert(
          (fileNamePart(Base->Text) + ".h").str());
  }
  // Wmimofck on MofComp's binary output: <HeaderOutputFile>.
  std::map<std::string, std::string> MofOfBinary;
  Items.clear();
  collectElements(Root, "MofComp", Items);
  for (const XmlElement *E : Items)
    if (const std::string *Include = E->attribute("Include"))
      if (const XmlElement *Bmf = child(*E, "CreateBinaryMofFile"))
        MofOfBinary[fileNamePart(Bmf->Text).lower()] =
            fileNamePart(*Include).lower();
  Items.clear();
  collectElements(Root, "Wmimofck", Items);
  for (const XmlElement *E : Items) {
    const std::string *Include = E->attribute("Include");
    const XmlElement *Header = child(*E, "HeaderOutputFile");
    if (!Include || !Header || fileNamePart(Header->Text).empty())
      continue;
    std::string Bmf = fileNamePart(*Include).lower();
    auto Mof = MofOfBinary.find(Bmf);
    std::string Input = Mof != MofOfBinary.end()
                            ? Mof->second
                            : (sys::path::stem(Bmf) + ".mof").str();
    Names[Input].insert(fileNamePart(Header->Text).str());
  }
}

std::optional<std::string> headerText(StringRef Input, StringRef Text) {
  StringRef Ext = sys::path::extension(Input);
  if (Ext.equals_insensitive(".mc"))
    return messageTextHeader(Text);
  if (Ext.equals_insensitive(".mof"))
    return mofHeader(Text);
  if (Ext.equals_insensitive(".man")) {
    Expected<std::string> H = manifestHeader(Text);
    if (H)
      return *H;
    consumeError(H.takeError());
  }
  return std::nullopt;
}

} // namespace

std::string messageTextHeader(StringRef Text) {
  std::string Out;
  raw_string_ostream OS(Out);
  OS << "/* Written by wskcheck in place of the header the message compiler "
        "(mc)\n   generates from this message text file. */\n";
  MessageTextWriter W(OS);
  bool InText = false;
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (size_t L = 0; L < Lines.size(); ++L) {
    StringRef Line = Lines[L].rtrim("\r");
    if (InText) {
      InText = Line.trim() != ".";
      continue;
    }
    if (Line.starts_with(";")) {
      OS << Line.drop_front() << "\n";
      continue;
    }
    // keyword=value statements; a parenthesised value may span lines.
    for (StringRef R = Line.ltrim(); !R.empty(); R = R.ltrim()) {
      auto [Key, Rest] = R.split('=');
      if (Rest.data() == nullptr || Key.contains(' '))
        break;
      Rest = Rest.ltrim();
      std::string Value;
      if (Rest.starts_with("(")) {
        std::string Joined = Rest.str();
        while (Joined.find(')') == std::string::npos && L + 1 < Lines.size())
          Joined += " " + Lines[++L].rtrim("\r").str();
        size_t Close = Joined.find(')');
        Value = Joined.substr(0, Close + 1);
        W.statement(Key.trim(), Value);
        break; // What follows the list on its line is ignored.
      }
      Value = Rest.take_until(isSpace).str();
      // "MessageId= Severity=Error": an empty value, then the next keyword.
      if (StringRef(Value).contains('='))
        Value.clear();
      R = Rest.drop_front(Value.size());
      W.statement(Key.trim(), Value);
      if (Key.trim().equals_insensitive("language")) {
        W.finishMessage();
        InText = true;
        break;
      }
    }
  }
  W.finishMessage();
  return Out;
}

Expected<std::string> manifestHeader(StringRef Text) {
  Expected<std::unique_ptr<XmlElement>> Root = parseXml(Text);
  if (!Root)
    return Root.takeError();
  std::string Out;
  raw_string_ostream OS(Out);
  OS << "/* Written by wskcheck in place of the header the message compiler "
        "(mc -km)\n   generates from this instrumentation manifest: "
        "tracing is off, the\n   macros log nothing. */\n"
        "#pragma once\n"
        "#ifdef __cplusplus\nextern \"C\" {\n#endif\n";
  std::vector<const XmlElement *> Providers;
  collectElements(**Root, "provider", Providers);
  for (const XmlElement *P : Providers) {
    const std::string *Name = P->attribute("name");
    const std::string *Symbol = P->attribute("symbol");
    const std::string *Guid = P->attribute("guid");
    if (Symbol && Guid && isIdentifier(*Symbol)) {
      std::string Numbers = guidNumbers(*Guid);
      if (!Numbers.empty())
        OS << "__declspec(selectany) const GUID " << *Symbol << " = "
           << guidInitializer(Numbers) << ";\n";
    }
    if (Name) {
      std::string Suffix = macroSuffix(*Name);
      OS << "#define EventRegister" << Suffix << "() ((NTSTATUS)0)\n"
         << "#define EventUnregister" << Suffix << "() ((NTSTATUS)0)\n";
    }
    std::vector<const XmlElement *> Events;
    collectElements(*P, "event", Events);
    for (const XmlElement *E : Events) {
      const std::string *EventSymbol = E->attribute("symbol");
      if (!EventSymbol || !isIdentifier(*EventSymbol))
        continue;
      OS << "#define EventWrite" << *EventSymbol << "(...) ((NTSTATUS)0)\n"
         << "#define EventEnabled" << *EventSymbol << "() ((BOOLEAN)0)\n";
    }
  }
  OS << "#ifdef __cplusplus\n}\n#endif\n";
  return Out;
}

std::string mofHeader(StringRef Text) {
  std::string Out;
  raw_string_ostream OS(Out);
  OS << "/* Written by wskcheck in place of the header wmimofck generates "
        "from this\n   WMI class description. */\n";
  std::vector<MofClass> Classes = MofParser(mofTokens(Text)).classes();
  // A class's HeaderName qualifier names it in the header, as a data block
  // and as the type of another class's embedded items.
  StringMap<std::string> HeaderNames;
  for (const MofClass &C : Classes) {
    auto Named = C.Quals.find("headername");
    if (Named != C.Quals.end() && isIdentifier(Named->second))
      HeaderNames[C.Name] = Named->second;
  }
  auto Rename = [&](std::string &Name) {
    auto It = HeaderNames.find(Name);
    if (It != HeaderNames.end())
      Name = It->second;
  };
  for (MofClass &C : Classes) {
    for (MofItem &I : C.Items) {
      Rename(I.Type);
      auto Embedded = I.Quals.find("embeddedobject");
      if (Embedded != I.Quals.end())
        Rename(Embedded->second);
    }
    Rename(C.Name);
  }
  for (const MofClass &C : Classes)
    writeMofClass(OS, C);
  return Out;
}

std::vector<GeneratedHeader> generatedHeaders(ArrayRef<std::string> Dirs) {
  // Inputs (path) to the header names their build generates.
  std::map<std::string, std::set<std::string>> Headers;
  for (const std::string &Dir :
       std::set<std::string>(Dirs.begin(), Dirs.end())) {
    std::map<std::string, std::string> InputsByName; // lower name -> path
    // The names projects give; else mc's default, the input's base name.
    std::map<std::string, std::set<std::string>> Named, Default;
    std::error_code EC;
    for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC)) {
      StringRef Path = It->path();
      StringRef Ext = sys::path::extension(Path);
      if (Ext.equals_insensitive(".mc") || Ext.equals_insensitive(".man") ||
          Ext.equals_insensitive(".mof")) {
        InputsByName[sys::path::filename(Path).lower()] = Path.str();
        // mc's default: the input's base name. A MOF file's header is named
        // only by its project.
        if (!Ext.equals_insensitive(".mof"))
          Default[sys::path::filename(Path).lower()].insert(
              (sys::path::stem(Path) + ".h").str());
      } else if (Ext.equals_insensitive(".vcxproj")) {
        if (auto Buffer = MemoryBuffer::getFile(Path))
          if (Expected<std::unique_ptr<XmlElement>> Root =
                  parseXml((*Buffer)->getBuffer()))
            projectHeaderNames(**Root, Named);
          else
            consumeError(Root.takeError());
      }
    }
    for (auto &[Input, Names] : Named)
      Default[Input] = std::move(Names);
    for (const auto &[Input, Names] : Default) {
      auto Path = InputsByName.find(Input);
      if (Path != InputsByName.end())
        Headers[Path->second].insert(Names.begin(), Names.end());
    }
  }

  std::vector<GeneratedHeader> Out;
  std::set<std::string> Written;
  for (const auto &[Input, Names] : Headers) {
    auto Buffer = MemoryBuffer::getFile(Input);
    if (!Buffer)
      continue;
    std::optional<std::string> Text = headerText(Input, (*Buffer)->getBuffer());
    if (!Text)
      continue;
    for (const std::string &Name : Names)
      if (Written.insert(StringRef(Name).lower()).second)
        Out.push_back({Name, Input, *Text});
  }
  return Out;
}

} // namespace tool
} // namespace wsk
