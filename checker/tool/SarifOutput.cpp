//===- SarifOutput.cpp - Findings as a SARIF 2.1.0 log --------------------===//
//
// Written for code-scanning services and SARIF viewers: rule metadata comes
// from the catalog, paths are codeFlows, files below the working directory
// are relative to %SRCROOT% so that results map onto a repository checkout.
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"
#include "Output.h"
#include "RuleDocs.h"
#include "RuleLookup.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

constexpr StringLiteral SrcRoot = "%SRCROOT%";

json::Object artifactLocation(StringRef AbsPath, const SourcePaths &Paths) {
  json::Object L{{"uri", Paths.reportUri(AbsPath)}};
  if (Paths.relativeToBase(AbsPath))
    L["uriBaseId"] = SrcRoot;
  return L;
}

/// A SARIF location; with a message when \p Message is non-empty.
json::Object location(const SourcePoint &P, const SourcePaths &Paths,
                      StringRef Message = "") {
  json::Object Loc;
  if (P.isValid()) {
    json::Object Region{{"startLine", P.Line}};
    if (P.Utf16Column)
      Region["startColumn"] = P.Utf16Column;
    Loc["physicalLocation"] =
        json::Object{{"artifactLocation", artifactLocation(P.File, Paths)},
                     {"region", std::move(Region)}};
  }
  if (!Message.empty())
    Loc["message"] = json::Object{{"text", Message}};
  return Loc;
}

/// What code-scanning services sort and filter rules by: a rule's kind of
/// consequence, how sure a report is, how bad the bug is. The rules whose
/// bug makes the kernel act on memory after it was handed back (a use
/// after free) are security rules.
struct RuleTraits {
  const char *ShortName;
  const char *Cwe;
  /// GitHub's problem.severity: error, warning or recommendation.
  const char *Severity;
  /// GitHub's security-severity (a CVSS-like score); null: not a security
  /// rule.
  const char *SecuritySeverity;
};

const RuleTraits Traits[] = {
    // The image is unloaded while netio still holds the client dispatch.
    {"MissingDeregister", "772", "error", nullptr},
    {"UnloadSkipsDeregister", "772", "error", nullptr},
    {"DuplicateDeregister", "675", "error", nullptr},
    {"DispatchAfterRelease", "416", "error", "7.0"},
    {"DispatchWithoutCapture", "908", "error", nullptr},
    // WskDeregister never returns: the unload hangs.
    {"DeregisterWhileCaptured", "833", "error", nullptr},
    {"UnbalancedRelease", "675", "error", nullptr},
    {"DoubleRegister", "675", "error", nullptr},
    // The capture fails; what follows works on a capture never made.
    {"CaptureWithoutRegister", "666", "warning", nullptr},
    {"SocketOpenAtDeregister", "833", "error", nullptr},
    {"SocketUseAfterClose", "416", "error", "7.0"},
};
static_assert(sizeof(Traits) / sizeof(Traits[0]) == WskRule_Count,
              "every rule of the catalog needs its traits");

const RuleTraits *traitsOf(StringRef ShortName) {
  for (const RuleTraits &T : Traits)
    if (ShortName == T.ShortName)
      return &T;
  return nullptr;
}

json::Array rules() {
  json::Array Rules;
  for (int I = 0; I < WskRule_Count; ++I) {
    const WskRuleInfo &Info = WskRuleCatalog[I];
    json::Object Rule{
        {"id", Info.Name},
        {"name", Info.ShortName},
        {"shortDescription", json::Object{{"text", Info.Summary}}},
        {"fullDescription", json::Object{{"text", Info.Description}}},
        {"defaultConfiguration", json::Object{{"level", Info.Level}}},
    };
    RuleHelp Help = ruleHelp(I);
    if (!Help.Text.empty())
      Rule["help"] = json::Object{{"text", Help.Text},
                                  {"markdown", Help.Markdown}};
    // Only a page that is published somewhere: a link into a repository
    // nobody can open is worse than none.
    std::string Uri = ruleHelpUri(I);
    if (!Uri.empty())
      Rule["helpUri"] = Uri;
    json::Array Tags{"correctness", "reliability", "wsk"};
    json::Object Properties{{"precision", "high"}};
    if (const RuleTraits *T = traitsOf(Info.ShortName)) {
      if (T->SecuritySeverity) {
        Tags.push_back("security");
        Properties["security-severity"] = T->SecuritySeverity;
      }
      Tags.push_back(std::string("external/cwe/cwe-") + T->Cwe);
      Properties["problem.severity"] = T->Severity;
    }
    Properties["tags"] = std::move(Tags);
    Rule["properties"] = std::move(Properties);
    Rules.push_back(std::move(Rule));
  }
  return Rules;
}

json::Object threadFlowLocation(const PathStep &S, const SourcePaths &Paths) {
  json::Object TFL{{"location", location(S.Where, Paths, S.Message)},
                   {"nestingLevel", S.Depth}};
  // SARIF's own vocabulary for the kinds of steps viewers can style.
  switch (S.Kind) {
  case PathStep::ControlFlow:
    TFL["kinds"] = json::Array{"branch"};
    break;
  case PathStep::CallEnter:
    TFL["kinds"] = json::Array{"call"};
    break;
  case PathStep::CallReturn:
    TFL["kinds"] = json::Array{"return"};
    break;
  case PathStep::Event:
  case PathStep::Note:
    break;
  }
  return TFL;
}

json::Object result(const Finding &F, const SourcePaths &Paths) {
  json::Object Result{{"ruleId", F.Rule},
                      {"level", F.RuleIndex >= 0
                                    ? WskRuleCatalog[F.RuleIndex].Level
                                    : "warning"},
                      {"message", json::Object{{"text", F.Message}}}};
  if (F.RuleIndex >= 0)
    Result["ruleIndex"] = F.RuleIndex;

  json::Object Primary = location(F.Where, Paths);
  if (!F.Function.empty())
    Primary["logicalLocations"] = json::Array{
        json::Object{{"fullyQualifiedName", F.Function}, {"kind", "function"}}};
  Result["locations"] = json::Array{std::move(Primary)};

  json::Object Fingerprints;
  if (!F.Fingerprint.empty())
    Fingerprints[FingerprintKey] = F.Fingerprint;
  // Clang's own hash, for tools that compare analyzer results; it changes
  // when the finding's line is re-indented, so baselines do not use it.
  if (!F.IssueHash.empty())
    Fingerprints["wskcheck/issueHash/v1"] = F.IssueHash;
  if (!Fingerprints.empty())
    Result["partialFingerprints"] = std::move(Fingerprints);

  if (F.Suppressed) {
    json::Object Suppression{{"kind", "inSource"}};
    if (F.SuppressedBy.isValid())
      Suppression["location"] =
          location(F.SuppressedBy, Paths, "Suppressed here");
    Result["suppressions"] = json::Array{std::move(Suppression)};
  }
  switch (F.BaselineState) {
  case Finding::NoBaseline:
    break;
  case Finding::New:
    Result["baselineState"] = "new";
    break;
  case Finding::Unchanged:
    Result["baselineState"] = "unchanged";
    break;
  }

  if (!F.Path.empty()) {
    json::Array Steps;
    for (const PathStep &S : F.Path)
      Steps.push_back(threadFlowLocation(S, Paths));
    Result["codeFlows"] = json::Array{json::Object{
        {"threadFlows",
         json::Array{json::Object{{"locations", std::move(Steps)}}}}}};
  }

  if (!F.Notes.empty()) {
    json::Array Related;
    int Id = 0;
    for (const PathStep &S : F.Notes) {
      json::Object L = location(S.Where, Paths, S.Message);
      L["id"] = Id++;
      Related.push_back(std::move(L));
    }
    Result["relatedLocations"] = std::move(Related);
  }

  if (!F.EntryPoint.empty())
    Result["properties"] = json::Object{{"analysisEntryPoint", F.EntryPoint}};
  return Result;
}

/// What went wrong with the files that were not analysed, and which rules
/// were switched off: the run's invocation record.
json::Object invocation(const Report &R, const SourcePaths &Paths) {
  json::Array Notifications;
  for (const FileResult &File : R.Files) {
    if (File.analysed())
      continue;
    // A file with nothing to check is not an error, but a reader of the
    // log should see that it gave no results for that reason.
    std::string Text = File.Detail;
    if (!File.failed())
      Text = File.Source + ": " + File.Detail;
    json::Object N{{"level", File.failed() ? "error" : "note"},
                   {"message", json::Object{{"text", Text}}}};
    if (!File.AbsolutePath.empty())
      N["locations"] = json::Array{json::Object{
          {"physicalLocation",
           json::Object{{"artifactLocation",
                         artifactLocation(File.AbsolutePath, Paths)}}}}};
    Notifications.push_back(std::move(N));
  }

  for (const SkippedProject &P : R.Projects)
    Notifications.push_back(json::Object{
        {"level", P.Failed ? "error" : "note"},
        {"message",
         json::Object{{"text", "skipped project " + P.Path + ": " + P.Reason}}},
        {"locations",
         json::Array{json::Object{
             {"physicalLocation",
              json::Object{{"artifactLocation",
                            artifactLocation(P.AbsolutePath, Paths)}}}}}}});

  json::Array Overrides;
  for (const std::string &Rule : R.DisabledRules) {
    int Index = findRuleByName(Rule);
    json::Object Descriptor{{"id", Rule}};
    if (Index >= 0)
      Descriptor["index"] = Index;
    Overrides.push_back(
        json::Object{{"descriptor", std::move(Descriptor)},
                     {"configuration", json::Object{{"enabled", false}}}});
  }

  if (!R.Incomplete.empty())
    Notifications.push_back(json::Object{
        {"level", "error"},
        {"message",
         json::Object{{"text", "incomplete report: " + R.Incomplete}}}});

  bool ProjectFailed = llvm::any_of(
      R.Projects, [](const SkippedProject &P) { return P.Failed; });
  json::Object Inv{{"executionSuccessful", R.numFailed() == 0 &&
                                               !ProjectFailed &&
                                               R.Incomplete.empty()}};
  if (!Notifications.empty())
    Inv["toolExecutionNotifications"] = std::move(Notifications);
  if (!Overrides.empty())
    Inv["ruleConfigurationOverrides"] = std::move(Overrides);
  return Inv;
}

} // namespace

void writeSarifReport(const Report &R, const SourcePaths &Paths,
                      raw_ostream &OS) {
  json::Object Driver{{"name", "wskcheck"},
                      {"version", toolVersion()},
                      {"semanticVersion", toolVersion()},
                      {"rules", rules()}};
  std::string Manual = manualUrl();
  if (!Manual.empty())
    Driver["informationUri"] = Manual;

  json::Array Results;
  for (const FileResult &File : R.Files)
    for (const Finding &F : File.Findings)
      Results.push_back(result(F, Paths));

  json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                   {"columnKind", "utf16CodeUnits"},
                   {"invocations", json::Array{invocation(R, Paths)}},
                   {"results", std::move(Results)}};
  if (!Paths.baseDir().empty())
    Run["originalUriBaseIds"] = json::Object{
        {SrcRoot, json::Object{{"uri", SourcePaths::fileUri(Paths.baseDir(),
                                                            /*IsDirectory=*/
                                                            true)}}}};

  json::Object Log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", json::Array{std::move(Run)}}};
  OS << formatv("{0:2}", json::Value(std::move(Log))) << '\n';
}

} // namespace tool
} // namespace wsk
