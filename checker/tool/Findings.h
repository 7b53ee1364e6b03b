//===- Findings.h - What one wskcheck run found -----------------*- C++ -*-===//
//
// The analyzer's PathDiagnostics are turned into these plain structures while
// the translation unit is still alive, so the emitters (text, SARIF, and
// later ones) need no Clang state and can run after every file is done.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_FINDINGS_H
#define WSKCHECK_TOOL_FINDINGS_H

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wsk {
namespace tool {

/// A point in a source file, always resolved to a file location (the
/// expansion point for code inside macros).
struct SourcePoint {
  /// Absolute path with "." and ".." removed; empty if the location is not in
  /// a file (e.g. a built-in buffer).
  std::string File;
  /// 1-based, 0 if unknown.
  unsigned Line = 0;
  /// 1-based, in bytes, the way compilers print columns.
  unsigned Column = 0;
  /// 1-based, in UTF-16 code units: SARIF's default column kind. Equals
  /// Column on pure ASCII lines.
  unsigned Utf16Column = 0;

  bool isValid() const { return !File.empty() && Line != 0; }
};

/// One step of the path that leads to a finding.
struct PathStep {
  enum StepKind {
    Event,       ///< Something the analysis observed or assumed.
    ControlFlow, ///< A branch taken ("Taking true branch").
    CallEnter,   ///< "Calling 'Foo'", at the call site.
    CallReturn,  ///< "Returning from 'Foo'", at the call site.
    Note,        ///< A note outside the path (not an ordered step).
  };

  StepKind Kind = Event;
  std::string Message;
  SourcePoint Where;
  /// Call depth relative to the function where the path starts.
  unsigned Depth = 0;
};

/// One diagnostic of one rule.
struct Finding {
  /// Full rule name, e.g. "wsk.DuplicateDeregister" (the analyzer checker).
  std::string Rule;
  /// Index into WskRuleCatalog, or -1 for a checker outside the catalog.
  int RuleIndex = -1;
  std::string Message;
  SourcePoint Where;
  /// Function the finding is in, and the function whose analysis found it
  /// (a driver routine, or the lifecycle root that calls DriverEntry and the
  /// unload routine). Empty when unknown.
  std::string Function;
  std::string EntryPoint;
  /// Clang's issue hash: stable across unrelated edits to the file, so runs
  /// can be compared (SARIF partialFingerprints).
  std::string IssueHash;
  /// The path, in order, as `clang --analyze -analyzer-output=text` prints it.
  std::vector<PathStep> Path;
  /// Extra notes that are not part of the path.
  std::vector<PathStep> Notes;
  /// Hash of the rule, the function and the tokens of the lines the
  /// finding and its path point at (no white space, no comments), but no
  /// line numbers, so it survives edits elsewhere in the file and to
  /// comments (SARIF partialFingerprints "wskcheck/v2", and what
  /// --baseline matches on). The run adds ":<n>",
  /// the occurrence among findings with the same rule, file and hash.
  std::string Fingerprint;
  /// Inside code marked [[clang::suppress]]: kept for SARIF, left out of the
  /// text and HTML reports and of the exit status.
  bool Suppressed = false;
  /// Where the suppressing attribute is written.
  SourcePoint SuppressedBy;

  enum BaselineStateKind {
    NoBaseline, ///< No --baseline given.
    New,
    Unchanged, ///< The baseline has it.
  };
  BaselineStateKind BaselineState = NoBaseline;

  /// Whether the finding counts towards the exit status.
  bool gates() const { return !Suppressed && BaselineState != Unchanged; }
};

/// One thing the model recognised in a unit, for --explain.
struct ModelItem {
  SourcePoint Where;
  /// "entry point", "registration", ... (see core/ModelSummary.h).
  std::string Kind;
  /// The call or declaration as written.
  std::string Text;
  /// The function it is in; empty at file scope.
  std::string Function;
};

/// --ctu: what one parse of a file adds to the index (Ctu.h).
struct CtuIndexPart {
  /// Lookup names of the definitions the file offers other files.
  std::vector<std::string> Names;
  /// Lookup names of the functions and variables it uses without defining
  /// them: where the analysis would import a definition of another file.
  std::vector<std::string> Uses;
  /// Every file the parse read (absolute path), with a hash of the text it
  /// parsed.
  std::vector<std::pair<std::string, std::string>> Inputs;
  /// Whether it has a DriverEntry or WSK calls of its own: without, its
  /// analysis is skipped unless it reaches WSK code through other files.
  bool Checks = true;
};

/// The outcome for one source file named on the command line (or taken from
/// the compilation database).
struct FileResult {
  enum StatusKind {
    Analysed,
    /// Compiles, but has no DriverEntry and no WSK call: the rules cannot
    /// fire, so it is not analysed. Not an error.
    NothingToCheck,
    NoSuchFile,
    NotAFile, ///< A directory or other non-file was named.
    NotInDatabase,
    BadCommand, ///< The compile command cannot be run (see Detail).
    DoesNotCompile,
    Crashed,      ///< The analysis of this file hit an internal error.
    TimedOut,     ///< Stopped after --timeout.
    BadArguments, ///< Clang rejects arguments of its compile command.
  };

  /// The file as the user (or the database) named it.
  std::string Source;
  /// Absolute path, when it could be computed.
  std::string AbsolutePath;
  StatusKind Status = Analysed;
  /// A one-line explanation for statuses other than Analysed.
  std::string Detail;
  std::vector<Finding> Findings;
  /// What clang printed while compiling it (errors), kept whole so that
  /// parallel jobs do not interleave their output.
  std::string CompilerOutput;
  /// What the model recognised (filled for --explain).
  std::vector<ModelItem> Model;
  bool HasDriverEntry = false;
  bool HasWskCalls = false;
  /// The compile commands used, one line each (for --explain).
  std::vector<std::string> Commands;
  /// Functions the file defines, and the functions it calls without
  /// defining them, with the number of calls (see CrossFileCalls.h).
  std::vector<std::string> DefinedFunctions;
  std::vector<std::pair<std::string, unsigned>> ExternalCalls;
  /// --ctu: the file's part of the index, when its analysis was asked to
  /// record it and the file compiled.
  std::optional<CtuIndexPart> CtuIndex;

  bool analysed() const { return Status == Analysed; }
  /// Whether the file could not be analysed because of an error (status 2).
  bool failed() const { return Status != Analysed && Status != NothingToCheck; }
};

/// Why \p F was not analysed, in a few words (the summary, the progress
/// lines); empty if it was.
inline std::string skipReason(const FileResult &F) {
  switch (F.Status) {
  case FileResult::Analysed:
    return std::string();
  case FileResult::NothingToCheck:
    return F.Detail;
  case FileResult::NoSuchFile:
    return "no such file";
  case FileResult::NotAFile:
    return "not a file";
  case FileResult::NotInDatabase:
    return "not in the compilation database";
  case FileResult::BadCommand:
    return "its compile command cannot run";
  case FileResult::DoesNotCompile:
    return "does not compile";
  case FileResult::Crashed:
    return "internal error";
  case FileResult::TimedOut:
    return "timed out";
  case FileResult::BadArguments:
    return "invalid compiler arguments";
  }
  return F.Detail;
}

/// A project --vcxproj read but did not analyse.
struct SkippedProject {
  /// As reports name files (relative to the current directory when below
  /// it).
  std::string Path;
  std::string AbsolutePath;
  std::string Reason;
  /// It could not be read: the run is incomplete (status 2).
  bool Failed = false;
};

/// Everything one run produced, in the order the files were given.
struct Report {
  std::vector<FileResult> Files;
  /// --vcxproj: the projects skipped (user mode, another configuration, or
  /// unreadable).
  std::vector<SkippedProject> Projects;
  /// Rules switched off with --disable (full names).
  std::vector<std::string> DisabledRules;

  /// Whether --baseline was given (results then carry a baseline state).
  bool HasBaseline = false;
  /// Non-empty when the run was stopped before every file finished: what
  /// happened ("stopped by SIGTERM after 3 of 40 files"); the report then
  /// has only the files that finished.
  std::string Incomplete;

  /// Findings that are reported (not suppressed in source).
  unsigned numFindings() const {
    unsigned N = 0;
    for (const FileResult &F : Files)
      for (const Finding &Fd : F.Findings)
        N += !Fd.Suppressed;
    return N;
  }
  unsigned numSuppressed() const {
    unsigned N = 0;
    for (const FileResult &F : Files)
      for (const Finding &Fd : F.Findings)
        N += Fd.Suppressed;
    return N;
  }
  /// Findings that make the exit status 1.
  unsigned numGating() const {
    unsigned N = 0;
    for (const FileResult &F : Files)
      for (const Finding &Fd : F.Findings)
        N += Fd.gates();
    return N;
  }
  unsigned numAnalysed() const {
    unsigned N = 0;
    for (const FileResult &F : Files)
      N += F.analysed();
    return N;
  }
  unsigned numFailed() const {
    unsigned N = 0;
    for (const FileResult &F : Files)
      N += F.failed();
    return N;
  }
  unsigned numNothingToCheck() const {
    return Files.size() - numAnalysed() - numFailed();
  }
};

} // namespace tool
} // namespace wsk

#endif
