//===- ResultFile.cpp - A file's result as JSON, between processes --------===//

#include "ResultFile.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

json::Value toJson(const SourcePoint &P) {
  json::Object O{{"line", P.Line},
                 {"column", P.Column},
                 {"utf16Column", P.Utf16Column}};
  // JSON strings are UTF-8; a file name in another encoding (Latin-1 on
  // Linux) travels as hex, byte for byte, so the report still names it.
  if (json::isUTF8(P.File))
    O["file"] = P.File;
  else
    O["fileHex"] = toHex(P.File);
  return O;
}

json::Value toJson(const PathStep &S) {
  return json::Object{{"kind", static_cast<int>(S.Kind)},
                      {"message", S.Message},
                      {"where", toJson(S.Where)},
                      {"depth", S.Depth}};
}

json::Array steps(const std::vector<PathStep> &Steps) {
  json::Array A;
  for (const PathStep &S : Steps)
    A.push_back(toJson(S));
  return A;
}

json::Value toJson(const Finding &F) {
  return json::Object{{"rule", F.Rule},
                      {"ruleIndex", F.RuleIndex},
                      {"message", F.Message},
                      {"where", toJson(F.Where)},
                      {"function", F.Function},
                      {"entryPoint", F.EntryPoint},
                      {"issueHash", F.IssueHash},
                      {"fingerprint", F.Fingerprint},
                      {"suppressed", F.Suppressed},
                      {"suppressedBy", toJson(F.SuppressedBy)},
                      {"path", steps(F.Path)},
                      {"notes", steps(F.Notes)}};
}

json::Value toJson(const ModelItem &I) {
  return json::Object{{"where", toJson(I.Where)},
                      {"kind", I.Kind},
                      {"text", I.Text},
                      {"function", I.Function}};
}

} // namespace

// Found by llvm::json through argument-dependent lookup, so outside the
// anonymous namespace.
/// llvm::json reads no unsigned int.
static bool mapUnsigned(json::ObjectMapper &O, StringLiteral Key,
                        unsigned &Out) {
  int64_t V = 0;
  if (!O.map(Key, V) || V < 0 || V > UINT32_MAX)
    return false;
  Out = static_cast<unsigned>(V);
  return true;
}

static bool fromJSON(const json::Value &V, SourcePoint &P, json::Path Path) {
  json::ObjectMapper O(V, Path);
  std::string Hex;
  if (!O || !O.mapOptional("file", P.File) || !O.mapOptional("fileHex", Hex))
    return false;
  if (!Hex.empty()) {
    if (!tryGetFromHex(Hex, P.File))
      return false;
  }
  return mapUnsigned(O, "line", P.Line) &&
         mapUnsigned(O, "column", P.Column) &&
         mapUnsigned(O, "utf16Column", P.Utf16Column);
}

static bool fromJSON(const json::Value &V, PathStep &S, json::Path Path) {
  json::ObjectMapper O(V, Path);
  int Kind = 0;
  if (!O || !O.map("kind", Kind) || Kind < PathStep::Event ||
      Kind > PathStep::Note)
    return false;
  S.Kind = static_cast<PathStep::StepKind>(Kind);
  return O.map("message", S.Message) && O.map("where", S.Where) &&
         mapUnsigned(O, "depth", S.Depth);
}

static bool fromJSON(const json::Value &V, Finding &F, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("rule", F.Rule) && O.map("ruleIndex", F.RuleIndex) &&
         O.map("message", F.Message) && O.map("where", F.Where) &&
         O.map("function", F.Function) && O.map("entryPoint", F.EntryPoint) &&
         O.map("issueHash", F.IssueHash) &&
         O.map("fingerprint", F.Fingerprint) &&
         O.map("suppressed", F.Suppressed) &&
         O.map("suppressedBy", F.SuppressedBy) && O.map("path", F.Path) &&
         O.map("notes", F.Notes);
}

static bool fromJSON(const json::Value &V, ModelItem &I, json::Path Path) {
  json::ObjectMapper O(V, Path);
  return O && O.map("where", I.Where) && O.map("kind", I.Kind) &&
         O.map("text", I.Text) && O.map("function", I.Function);
}

std::string resultToJson(const FileResult &R) {
  json::Array Findings, Model, Commands;
  for (const Finding &F : R.Findings)
    Findings.push_back(toJson(F));
  for (const ModelItem &I : R.Model)
    Model.push_back(toJson(I));
  for (const std::string &C : R.Commands)
    Commands.push_back(C);
  json::Array Defined, CallNames, CallCounts;
  for (const std::string &D : R.DefinedFunctions)
    Defined.push_back(D);
  for (const auto &[Name, N] : R.ExternalCalls) {
    CallNames.push_back(Name);
    CallCounts.push_back(N);
  }
  json::Object O{{"status", static_cast<int>(R.Status)},
                 {"detail", R.Detail},
                 {"compilerOutput", R.CompilerOutput},
                 {"hasDriverEntry", R.HasDriverEntry},
                 {"hasWskCalls", R.HasWskCalls},
                 {"findings", std::move(Findings)},
                 {"model", std::move(Model)},
                 {"commands", std::move(Commands)},
                 {"defined", std::move(Defined)},
                 {"externalCallNames", std::move(CallNames)},
                 {"externalCallCounts", std::move(CallCounts)}};
  if (R.CtuIndex)
    O["ctuIndex"] = ctuIndexToJson(*R.CtuIndex);
  std::string Text;
  raw_string_ostream(Text) << json::Value(std::move(O));
  return Text;
}

static bool mapCalls(json::ObjectMapper &O,
                     std::vector<std::pair<std::string, unsigned>> &Out) {
  std::vector<std::string> Names;
  std::vector<int64_t> Counts;
  if (!O.map("externalCallNames", Names) ||
      !O.map("externalCallCounts", Counts) || Names.size() != Counts.size())
    return false;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (Counts[I] < 0 || Counts[I] > UINT32_MAX)
      return false;
    Out.push_back({Names[I], static_cast<unsigned>(Counts[I])});
  }
  return true;
}

bool resultFromJson(StringRef Text, FileResult &R) {
  Expected<json::Value> V = json::parse(Text);
  if (!V) {
    consumeError(V.takeError());
    return false;
  }
  json::Path::Root Root;
  json::ObjectMapper O(*V, Root);
  int Status = 0;
  if (!O || !O.map("status", Status) || Status < FileResult::Analysed ||
      Status > FileResult::BadArguments)
    return false;
  R.Status = static_cast<FileResult::StatusKind>(Status);
  if (const json::Value *Part = V->getAsObject()->get("ctuIndex")) {
    const json::Object *Obj = Part->getAsObject();
    R.CtuIndex.emplace();
    if (!Obj || !ctuIndexFromJson(*Obj, *R.CtuIndex))
      return false;
  }
  return O.map("detail", R.Detail) &&
         O.map("compilerOutput", R.CompilerOutput) &&
         O.map("hasDriverEntry", R.HasDriverEntry) &&
         O.map("hasWskCalls", R.HasWskCalls) && O.map("findings", R.Findings) &&
         O.map("model", R.Model) && O.map("commands", R.Commands) &&
         O.map("defined", R.DefinedFunctions) &&
         mapCalls(O, R.ExternalCalls);
}

json::Object ctuIndexToJson(const CtuIndexPart &Part) {
  json::Array Names, Uses, Inputs;
  for (const std::string &N : Part.Names)
    Names.push_back(N);
  for (const std::string &U : Part.Uses)
    Uses.push_back(U);
  for (const auto &[Path, Hash] : Part.Inputs)
    Inputs.push_back(json::Object{{"path", Path}, {"hash", Hash}});
  return json::Object{{"names", std::move(Names)},
                      {"uses", std::move(Uses)},
                      {"inputs", std::move(Inputs)},
                      {"checks", Part.Checks}};
}

bool ctuIndexFromJson(const json::Object &O, CtuIndexPart &Part) {
  const json::Array *Names = O.getArray("names");
  const json::Array *Uses = O.getArray("uses");
  const json::Array *Inputs = O.getArray("inputs");
  std::optional<bool> Checks = O.getBoolean("checks");
  if (!Names || !Uses || !Inputs || !Checks)
    return false;
  Part.Checks = *Checks;
  for (auto [From, To] :
       {std::pair(Names, &Part.Names), std::pair(Uses, &Part.Uses)}) {
    for (const json::Value &N : *From) {
      std::optional<StringRef> Name = N.getAsString();
      if (!Name)
        return false;
      To->push_back(Name->str());
    }
  }
  for (const json::Value &V : *Inputs) {
    const json::Object *In = V.getAsObject();
    std::optional<StringRef> Path = In ? In->getString("path") : std::nullopt;
    std::optional<StringRef> Hash = In ? In->getString("hash") : std::nullopt;
    if (!Path || !Hash)
      return false;
    Part.Inputs.push_back({Path->str(), Hash->str()});
  }
  return true;
}

} // namespace tool
} // namespace wsk
