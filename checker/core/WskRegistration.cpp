//===- WskRegistration.cpp - Register the wsk checkers --------------------===//

#include "core/WskRegistration.h"
#include "catalog/WskRules.h"
#include "core/KernelModel.h"
#include "core/WskChecker.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;
using namespace clang::ento;

namespace {

void registerModeling(CheckerManager &Mgr) {
  Mgr.registerChecker<wsk::WskChecker>()->setKernelModel(
      Mgr.getChecker<wsk::KernelModel>());
}

/// A rule checker only switches on the reports of its rule in the model.
template <WskRuleId Rule> void registerRule(CheckerManager &Mgr) {
  Mgr.getChecker<wsk::WskChecker>()->enableRule(Rule,
                                                Mgr.getCurrentCheckerName());
}

bool alwaysRegister(const CheckerManager &) { return true; }

} // namespace

void wsk::registerCheckers(CheckerRegistry &Registry) {
  Registry.addChecker(registerKernelModel, alwaysRegister,
                      KernelModelingCheckerName,
                      "Models the kernel around the driver: what kernel "
                      "routines write, the driver object, the driver's life",
                      "", /*IsHidden=*/true);
  Registry.addChecker(registerModeling, alwaysRegister, ModelingCheckerName,
                      "Models the WSK client lifecycle", "",
                      /*IsHidden=*/true);
  Registry.addDependency(ModelingCheckerName, KernelModelingCheckerName);
  Registry.addCheckerOption("bool", ModelingCheckerName, "LifecycleRoot",
                            "true",
                            "Analyse DriverEntry, then the unload routine it "
                            "installs, as one path",
                            "released");
// No published rule pages (WSK_DOCS_URL empty): no link rather than a
// relative one.
#define WSK_RULE_DOCS_URI(Id)                                                  \
  (sizeof(WSK_DOCS_URL) > 1 ? WSK_DOCS_URL #Id ".md" : "")
#define WSK_RULE(Id, Level, Summary, Description)                              \
  Registry.addChecker(registerRule<WskRule_##Id>, alwaysRegister, "wsk." #Id,  \
                      Summary, WSK_RULE_DOCS_URI(Id), /*IsHidden=*/false);     \
  Registry.addDependency("wsk." #Id, ModelingCheckerName);
#include "catalog/WskRules.def"
}

void wsk::enableCheckers(AnalyzerOptions &Opts,
                         llvm::ArrayRef<std::string> DisabledRules) {
  Opts.CheckersAndPackages.emplace_back(std::string(CheckerPackage), true);
  // Modelling only (noreturn and builtin functions): keeps paths feasible
  // without adding reports of other kinds.
  Opts.CheckersAndPackages.emplace_back("core.builtin", true);
  for (const std::string &Rule : DisabledRules)
    Opts.CheckersAndPackages.emplace_back(Rule, false);
}
