//===- UnitAnalysis.cpp - The WSK analysis of one complete unit -----------===//
//
// What `clang --analyze` does for path-sensitive checkers, reduced to what the
// WSK checkers use: one checker manager and analysis manager per unit, the
// functions taken in call-graph order (callers first), one ExprEngine per
// top-level function, and a function already inlined into an earlier one not
// analysed again on its own (the analyzer's default "noredundancy" mode).
// The WSK checkers are all path-sensitive, so the AST-only checker passes are
// left out, as is the Objective-C handling (drivers are C and C++).
//
//===----------------------------------------------------------------------===//

#include "tidy/UnitAnalysis.h"
#include "core/LifecycleRoot.h"
#include "core/ModelSummary.h"
#include "core/WskRegistration.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Analysis/Analyses/LiveVariables.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CallGraph.h"
#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/CrossTU/CrossTranslationUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ConstraintManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/FunctionSummary.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/Store.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include "llvm/ADT/PostOrderIterator.h"
#include <functional>
#include <vector>

using namespace clang;
using namespace clang::ento;

namespace wsk {
namespace tidy {
namespace {

/// A compiler invocation without analyzer flags: its analyzer options are the
/// ones wskcheck analyses with. A default-constructed AnalyzerOptions leaves
/// the -analyzer-config values unset; parsing an empty command line fills
/// them in.
std::shared_ptr<CompilerInvocation>
analyzerInvocation(const UnitSettings &Settings) {
  auto Invocation = std::make_shared<CompilerInvocation>();
#if CLANG_VERSION_MAJOR >= 21
  DiagnosticOptions DiagOpts;
  DiagnosticsEngine Ignored(DiagnosticIDs::create(), DiagOpts,
                            new IgnoringDiagConsumer());
#else
  DiagnosticsEngine Ignored(new DiagnosticIDs(), new DiagnosticOptions(),
                            new IgnoringDiagConsumer());
#endif
  CompilerInvocation::CreateFromArgs(*Invocation, {}, Ignored);
  AnalyzerOptions &Opts = Invocation->getAnalyzerOpts();
  Opts.AnalysisDiagOpt = PD_NONE;
  Opts.CheckersAndPackages.clear();
  wsk::enableCheckers(Opts, Settings.DisabledRules);
  if (!Settings.LifecycleRoot)
    Opts.Config[LifecycleRootOption] = "false";
  return Invocation;
}

std::unique_ptr<CompilerInstance>
analyzerCompiler(const UnitSettings &Settings) {
#if CLANG_VERSION_MAJOR >= 21
  return std::make_unique<CompilerInstance>(analyzerInvocation(Settings));
#else
  auto Compiler = std::make_unique<CompilerInstance>();
  Compiler->setInvocation(analyzerInvocation(Settings));
  return Compiler;
#endif
}

/// The analyzer's state for one unit.
class Analysis {
public:
  Analysis(ASTContext &Ctx, Preprocessor &PP, const UnitSettings &Settings,
           std::unique_ptr<PathDiagnosticConsumer> Reports);
  ~Analysis();

  /// Analyses every function found under \p TopLevel, the unit's top-level
  /// declarations in the order the parser produced them.
  void run(ArrayRef<Decl *> TopLevel);

private:
  bool isPathAnalysed(const Decl *D) const;
  void analyzeFunction(Decl *D, SetOfConstDecls *Inlined);

  ASTContext &Ctx;
  // ExprEngine needs a cross-TU context, which can only be made from a
  // compiler instance; this one holds the unit's AST context and the
  // options, nothing else.
  std::unique_ptr<CompilerInstance> Compiler;
  std::unique_ptr<cross_tu::CrossTranslationUnitContext> CTU;
  std::unique_ptr<CheckerManager> Checkers;
  std::unique_ptr<AnalysisManager> Mgr;
  FunctionSummariesTy Summaries;
};

Analysis::Analysis(ASTContext &Ctx, Preprocessor &PP,
                   const UnitSettings &Settings,
                   std::unique_ptr<PathDiagnosticConsumer> Reports)
    : Ctx(Ctx), Compiler(analyzerCompiler(Settings)) {
  Compiler->setASTContext(&Ctx);
  AnalyzerOptions &Opts = Compiler->getAnalyzerOpts();

  CTU = std::make_unique<cross_tu::CrossTranslationUnitContext>(*Compiler);
  std::function<void(CheckerRegistry &)> Registration[] = {
      wsk::registerCheckers};
  Checkers = std::make_unique<CheckerManager>(
      Ctx, Opts, PP, ArrayRef<std::string>(), Registration);
  // The analysis manager owns its path consumers.
  PathDiagnosticConsumers Consumers;
#if CLANG_VERSION_MAJOR >= 21
  Consumers.push_back(std::move(Reports));
#else
  Consumers.push_back(Reports.release());
#endif
  Mgr = std::make_unique<AnalysisManager>(
      Ctx, PP, std::move(Consumers), CreateRegionStoreManager,
      CreateRangeConstraintManager, Checkers.get(), Opts);
}

Analysis::~Analysis() {
  // Destroying the analysis manager flushes the reports to the consumer.
  Mgr.reset();
  Checkers.reset();
  CTU.reset();
  // The unit's AST context belongs to the compiler clang-tidy runs.
  Compiler->setASTContext(nullptr);
}

/// Whether the analyzer would run path-sensitive checks on \p D: code in the
/// main file, not in headers.
bool Analysis::isPathAnalysed(const Decl *D) const {
  if (Mgr->options.AnalyzeAll)
    return true;
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Body = D->getBody();
  SourceLocation Loc =
      SM.getExpansionLoc(Body ? Body->getBeginLoc() : D->getLocation());
  return Loc.isValid() && !SM.isInSystemHeader(Loc) &&
         AnalysisManager::isInCodeFile(Loc, SM);
}

void Analysis::analyzeFunction(Decl *D, SetOfConstDecls *Inlined) {
  if (!D->hasBody() || !isPathAnalysed(D))
    return;
  Mgr->ClearContexts();
  AnalysisDeclContext *ADC = Mgr->getAnalysisDeclContext(D);
  // Bodies the analyzer synthesizes for library functions are models, not
  // code to check; a function without a CFG or whose liveness analysis does
  // not scale is skipped, as the analyzer does.
  if (ADC->isBodyAutosynthesized() || !Mgr->getCFG(D) ||
      !ADC->getAnalysis<RelaxedLiveVariables>())
    return;

  ExprEngine Engine(*CTU, *Mgr, Inlined, &Summaries,
                    ExprEngine::Inline_Regular);
  Engine.ExecuteWorkList(Mgr->getAnalysisDeclContextManager().getStackFrame(D),
                         Mgr->options.MaxNodesPerTopLevelFunction);
  Engine.getBugReporter().FlushReports();
}

void Analysis::run(ArrayRef<Decl *> TopLevel) {
  CallGraph Graph;
  for (Decl *D : TopLevel)
    Graph.addToCallGraph(D);

  // Reverse post-order puts callers before callees, so a helper is usually
  // inlined into its caller first and then not analysed again alone.
  SetOfConstDecls Inlined;
  SetOfConstDecls AnalysedAsTopLevel;
  const bool InlineAll = Mgr->options.InliningMode == All;
  for (CallGraphNode *Node :
       llvm::ReversePostOrderTraversal<CallGraph *>(&Graph)) {
    Decl *D = Node->getDecl();
    if (!D || AnalysedAsTopLevel.count(D))
      continue; // The graph's abstract root, or done.
    // An inheriting constructor has no body written in the source to show a
    // finding in.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
      if (Ctor->isInheritingConstructor())
        continue;
    // Assignment operators are analysed alone even when inlined before: the
    // case where the operand aliases `this` only shows up there.
    const auto *Method = dyn_cast<CXXMethodDecl>(D);
    bool AlwaysAlone = Method && (Method->isCopyAssignmentOperator() ||
                                  Method->isMoveAssignmentOperator());
    if (!AlwaysAlone && Inlined.count(D))
      continue;

    SetOfConstDecls Callees;
    analyzeFunction(D, InlineAll ? nullptr : &Callees);
    // Callees come from call expressions, not always canonical.
    for (const Decl *Callee : Callees)
      Inlined.insert(Callee->getCanonicalDecl());
    AnalysedAsTopLevel.insert(D);
  }
}

} // namespace

void analyzeUnit(ASTContext &Ctx, Preprocessor &PP,
                 const UnitSettings &Settings,
                 std::unique_ptr<PathDiagnosticConsumer> Reports) {
  // The analyzer does not run on a unit that did not compile. A warning
  // that -Werror in the build's flags turned into an error does not count:
  // wskcheck passes -w, and clang --analyze ignores -Werror.
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred())
    return;
  // Most files of a driver never touch WSK; no rule can fire there, and
  // editors run the check on every file.
  ModelSummary Summary = summarizeModel(Ctx);
  if (!Summary.HasDriverEntry && !Summary.HasWskCalls)
    return;

  // The top-level declarations as the parser handed them to its consumers,
  // then the lifecycle root, which wskcheck's consumer receives after the
  // whole unit.
  std::vector<Decl *> TopLevel(Ctx.getTranslationUnitDecl()->decls_begin(),
                               Ctx.getTranslationUnitDecl()->decls_end());
  if (Settings.LifecycleRoot)
    if (FunctionDecl *Root = buildLifecycleRoot(Ctx))
      TopLevel.push_back(Root);
  Analysis(Ctx, PP, Settings, std::move(Reports)).run(TopLevel);
}

} // namespace tidy
} // namespace wsk
