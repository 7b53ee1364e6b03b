//===- Baseline.cpp - Accepted findings from an earlier run ---------------===//

#include "Baseline.h"
#include "JsonInput.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

std::string key(StringRef Rule, StringRef Uri, StringRef Fingerprint) {
  return (Rule + "\n" + Uri + "\n" + Fingerprint).str();
}

std::string key(const Finding &F, const SourcePaths &Paths) {
  return key(F.Rule, Paths.reportUri(F.Where.File), F.Fingerprint);
}

Error baselineError(StringRef Path, const Twine &Why) {
  return createStringError(inconvertibleErrorCode(),
                           "baseline '" + Path + "' " + Why);
}

} // namespace

Expected<Baseline> Baseline::load(StringRef Path) {
  Expected<std::unique_ptr<MemoryBuffer>> Buffer = readJsonFile(Path);
  if (!Buffer)
    return createStringError(inconvertibleErrorCode(),
                             "cannot read baseline '" + Path +
                                 "': " + toString(Buffer.takeError()));
  Expected<json::Value> Log = parseJson((*Buffer)->getBuffer());
  if (!Log)
    return baselineError(Path, "is not JSON: " + toString(Log.takeError()));
  const json::Object *Root = Log->getAsObject();
  const json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs)
    return baselineError(Path, "is not a SARIF log (no \"runs\")");

  Baseline B;
  for (const json::Value &Run : *Runs) {
    const json::Object *RunObj = Run.getAsObject();
    const json::Array *Results = RunObj ? RunObj->getArray("results") : nullptr;
    if (!Results)
      continue;
    for (const json::Value &Result : *Results) {
      const json::Object *R = Result.getAsObject();
      if (!R)
        continue;
      std::optional<StringRef> Rule = R->getString("ruleId");
      const json::Object *Prints = R->getObject("partialFingerprints");
      std::optional<StringRef> Print =
          Prints ? Prints->getString(FingerprintKey) : std::nullopt;
      // A log from another tool, or from an older wskcheck, would match
      // nothing and silently turn every finding into a new one.
      if (Rule && !Print && Prints && Prints->getString("wskcheck/v1"))
        return baselineError(Path, "was written by an older wskcheck (its "
                                   "fingerprints are \"wskcheck/v1\"); write "
                                   "it again with --write-baseline");
      if (!Rule || !Print)
        return baselineError(Path, "has a result without a \"" +
                                       FingerprintKey +
                                       "\" fingerprint; write it again "
                                       "with --write-baseline");
      std::optional<StringRef> Uri;
      if (const json::Array *Locs = R->getArray("locations"))
        if (!Locs->empty())
          if (const json::Object *L = (*Locs)[0].getAsObject())
            if (const json::Object *PL = L->getObject("physicalLocation"))
              if (const json::Object *AL = PL->getObject("artifactLocation"))
                Uri = AL->getString("uri");
      B.Keys.insert(key(*Rule, Uri.value_or(""), *Print));
    }
  }
  return B;
}

bool Baseline::contains(const Finding &F, const SourcePaths &Paths) const {
  return Keys.contains(key(F, Paths));
}

void numberFingerprints(Report &R, const SourcePaths &Paths) {
  StringMap<unsigned> Seen;
  for (FileResult &File : R.Files)
    for (Finding &F : File.Findings)
      F.Fingerprint += ":" + std::to_string(++Seen[key(F, Paths)]);
}

void applyBaseline(Report &R, const Baseline &B, const SourcePaths &Paths) {
  R.HasBaseline = true;
  for (FileResult &File : R.Files)
    for (Finding &F : File.Findings)
      F.BaselineState =
          B.contains(F, Paths) ? Finding::Unchanged : Finding::New;
}

} // namespace tool
} // namespace wsk
