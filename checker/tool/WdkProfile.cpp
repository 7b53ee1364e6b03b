//===- WdkProfile.cpp - Analyse driver sources without the WDK ------------===//

#include "WdkProfile.h"
#include "CaseOverlay.h"
#include "GeneratedHeaders.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/Version.h"
#if CLANG_VERSION_MAJOR >= 22
#include "clang/Options/Options.h"
#else
#include "clang/Driver/Options.h"
#endif
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <set>

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

/// The profile headers a directory must hold to be taken for the profile's.
bool isWdkIncludeDir(StringRef Dir) {
  SmallString<256> Wsk(Dir), Prelude(Dir);
  sys::path::append(Wsk, "wsk.h");
  sys::path::append(Prelude, "wskcheck_wdk_prelude.h");
  return !Dir.empty() && sys::fs::exists(Wsk) && sys::fs::exists(Prelude);
}

bool isMingwIncludeDir(StringRef Dir) {
  SmallString<256> Ntddk(Dir);
  sys::path::append(Ntddk, "ddk", "ntddk.h");
  return !Dir.empty() && sys::fs::exists(Ntddk);
}

std::string absolutePath(StringRef P) {
  SmallString<256> Abs(P);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

Error profileError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

/// -Xclang <A>: cc1 options reach the front end the same way from the gcc
/// and the clang-cl driver, which spell include options differently.
void addCc1(std::vector<std::string> &Args, StringRef Option, StringRef Value) {
  for (StringRef A :
       {StringRef("-Xclang"), Option, StringRef("-Xclang"), Value})
    Args.push_back(A.str());
}

bool isIdentifierStart(char C) { return isAlpha(C) || C == '_'; }

/// The identifier at the start of \p Text (after blanks), or empty.
StringRef leadingIdentifier(StringRef Text) {
  Text = Text.ltrim(" \t");
  if (Text.empty() || !isIdentifierStart(Text[0]))
    return {};
  size_t N = 1;
  while (N < Text.size() && (isAlnum(Text[N]) || Text[N] == '_'))
    ++N;
  return Text.take_front(N);
}

/// The text of each <Name ...>text< element of project file \p Text; the
/// element may carry attributes (a Condition on the build configuration).
std::vector<StringRef> elementTexts(StringRef Text, StringRef Name) {
  std::vector<StringRef> Texts;
  std::string Open = ("<" + Name).str();
  for (StringRef R = Text;;) {
    size_t At = R.find(Open);
    if (At == StringRef::npos)
      break;
    R = R.drop_front(At + Open.size());
    if (R.empty() || (R[0] != '>' && !isSpace(R[0])))
      continue;
    R = R.drop_until([](char C) { return C == '>'; }).drop_front();
    Texts.push_back(R.take_until([](char C) { return C == '<'; }));
  }
  return Texts;
}

/// A trace function as WPP is told of it: Name{KEY=value,...}(PARAM,...).
struct TraceFunction {
  /// The static parameters, in order.
  std::vector<std::pair<std::string, std::string>> Statics;
  /// The parameters of a call, as named (MSG, "..." included); empty
  /// when the declaration does not list them.
  std::vector<std::string> Params;
};
using TraceFunctions = std::map<std::string, TraceFunction>;

/// Parses "Name{KEY=value,...}(PARAM,...)" at the start of \p Text into
/// \p Functions (the first declaration of a name wins). With \p NeedStatics,
/// only the form with static parameters counts.
void parseTraceFunction(StringRef Text, TraceFunctions &Functions,
                        bool NeedStatics = false) {
  Text = Text.ltrim(" \t\r\n");
  StringRef Name = leadingIdentifier(Text);
  if (Name.empty())
    return;
  Text = Text.drop_front(Name.size()).ltrim(" \t");
  TraceFunction F;
  if (Text.consume_front("{")) {
    size_t Close = Text.find('}');
    if (Close == StringRef::npos)
      return;
    SmallVector<StringRef, 4> Items;
    Text.take_front(Close).split(Items, ',', -1, /*KeepEmpty=*/false);
    for (StringRef Item : Items) {
      auto [Key, Value] = Item.split('=');
      if (!Key.trim().empty())
        F.Statics.emplace_back(Key.trim().str(), Value.trim().str());
    }
    Text = Text.drop_front(Close + 1).ltrim(" \t");
  } else if (NeedStatics) {
    return;
  }
  // The parameters; a double-parenthesised list (Hexdump((LEVEL,MSG,...)))
  // is one argument to the macro, so it keeps none.
  if (Text.consume_front("(") && !Text.starts_with("(")) {
    size_t Close = Text.find(')');
    if (Close != StringRef::npos) {
      SmallVector<StringRef, 4> Items;
      Text.take_front(Close).split(Items, ',');
      for (StringRef Item : Items)
        F.Params.push_back(Item.trim().str());
    }
  }
  Functions.emplace(Name.str(), std::move(F));
}

/// Trace functions configured in \p Text: the declarations inside
/// begin_wpp config ... end_wpp (after FUNC, or alone in the
/// Name{KEY=value}(...) form), <WppTraceFunction ...>name(...);name(...)<
/// in a project file, and -func:name(...) in WPP command options.
void collectTraceFunctions(StringRef Text, TraceFunctions &Functions) {
  StringRef Rest = Text;
  for (size_t Begin; (Begin = Rest.find("begin_wpp")) != StringRef::npos;) {
    Rest = Rest.drop_front(Begin + strlen("begin_wpp"));
    size_t End = Rest.find("end_wpp");
    // Statements end with ';' and sit in // comments in a header.
    SmallVector<StringRef, 8> Lines;
    Rest.take_front(End).split(Lines, '\n');
    for (StringRef Line : Lines) {
      Line = Line.trim();
      Line.consume_front("//");
      Line = Line.ltrim(" \t");
      if (Line.starts_with("FUNC") && Line.size() > 4 && isSpace(Line[4]))
        parseTraceFunction(Line.drop_front(4), Functions);
      else
        parseTraceFunction(Line, Functions, /*NeedStatics=*/true);
    }
    if (End == StringRef::npos)
      break;
  }
  // The project property lists its functions separated by ';':
  // TraceEvents(LEVEL,FLAGS,MSG,...);Hexdump((LEVEL,FLAGS,MSG,...))
  for (StringRef Value : elementTexts(Text, "WppTraceFunction")) {
    SmallVector<StringRef, 4> Items;
    Value.split(Items, ';');
    for (StringRef Item : Items)
      parseTraceFunction(Item, Functions);
  }
  StringRef Marker = "-func:";
  for (size_t At; (At = Text.find(Marker)) != StringRef::npos;) {
    Text = Text.drop_front(At + Marker.size());
    parseTraceFunction(Text, Functions);
  }
}

/// The stand-in macro for trace function \p Name. A call traces nothing,
/// its arguments dropped unevaluated (they may name trace flags only the
/// real .tmh declares), but where the project gives the function's
/// parameter combination WPP_<...>_PRE/_POST macros, the code they wrap
/// around the call is kept: WPP puts them there, and they may test a status
/// and return (RETURN_IF_NOT_STATUS_SUCCESS{FLAG=...}(NTSTATUS)).
void writeTraceFunction(raw_ostream &OS, StringRef Name,
                        const TraceFunction &F) {
  OS << "#ifndef " << Name << "\n";
  std::string Combination = "WPP";
  std::vector<std::string> Parameters, Arguments;
  for (const auto &[Key, Value] : F.Statics) {
    Combination += "_" + Key;
    Arguments.push_back(Value);
  }
  for (size_t I = 0; I < F.Params.size(); ++I) {
    StringRef Param = F.Params[I];
    if (Param == "...") {
      Parameters.push_back("...");
      continue;
    }
    std::string Local = "wskcheck_a" + std::to_string(I);
    Parameters.push_back(Local);
    if (Param == "MSG")
      continue;
    Combination += "_" + Param.str();
    Arguments.push_back(Local);
  }
  bool Valid = !F.Params.empty() && all_of(F.Params, [](const std::string &P) {
    return P == "..." || clang::isValidAsciiIdentifier(P);
  }) && all_of(F.Statics, [](const auto &S) {
    return clang::isValidAsciiIdentifier(S.first);
  });
  if (Valid) {
    std::string Pre = Combination + "_PRE", Post = Combination + "_POST";
    OS << "#if defined(" << Pre << ") || defined(" << Post << ")\n";
    for (const std::string &M : {Pre, Post})
      OS << "#ifndef " << M << "\n#define " << M << "(...)\n#endif\n";
    OS << "#define " << Name << "(" << join(Parameters, ", ") << ") " << Pre
       << "(" << join(Arguments, ", ") << ") ((void)0) " << Post << "("
       << join(Arguments, ", ") << ")\n#else\n";
  }
  OS << "#define " << Name << "(...) WSKCHECK_WPP_NOOP()\n";
  if (Valid)
    OS << "#endif\n";
  OS << "#endif\n";
}

/// The .tmh names \p Text includes, as written (backslashes made slashes).
void collectTmhIncludes(StringRef Text, std::set<std::string> &Names) {
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.ltrim(" \t");
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim(" \t");
    if (!Line.consume_front("include"))
      continue;
    Line = Line.ltrim(" \t");
    if (Line.empty() || (Line[0] != '"' && Line[0] != '<'))
      continue;
    char Close = Line[0] == '"' ? '"' : '>';
    size_t End = Line.find(Close, 1);
    if (End == StringRef::npos)
      continue;
    std::string Name = Line.slice(1, End).str();
    if (!StringRef(Name).ends_with_insensitive(".tmh"))
      continue;
    std::replace(Name.begin(), Name.end(), '\\', '/');
    // A stand-in is written below the stub directory and nowhere else.
    if (Name.empty() || Name[0] == '/' || StringRef(Name).contains(':') ||
        any_of(make_range(sys::path::begin(Name, sys::path::Style::posix),
                          sys::path::end(Name)),
               [](StringRef Part) { return Part == ".."; }))
      continue;
    Names.insert(Name);
  }
}

/// A WPP configuration file (tracewpp's -ini:) holds the statements of a
/// `begin_wpp config` block, FUNC lines among them.
void collectIniTraceFunctions(StringRef Text, TraceFunctions &Functions) {
  collectTraceFunctions(("begin_wpp config\n" + Text + "\nend_wpp").str(),
                        Functions);
}

/// The files named by the \p Element element (WppAdditionalConfigurationFile,
/// WppScanConfigurationData) in the project file \p Project, as paths on
/// this machine.
std::vector<std::string>
wppConfigurationFiles(StringRef Text, StringRef Project, StringRef Element) {
  std::vector<std::string> Files;
  for (StringRef Value : elementTexts(Text, Element)) {
    SmallVector<StringRef, 4> Entries;
    Value.split(Entries, ';', -1, /*KeepEmpty=*/false);
    for (StringRef Entry : Entries) {
      std::string Name = Entry.trim().str();
      // A property ($(WDKContentRoot)...) names the WDK's own files.
      if (Name.empty() || StringRef(Name).contains("$("))
        continue;
      std::replace(Name.begin(), Name.end(), '\\', '/');
      SmallString<256> Path(Name);
      if (!sys::path::is_absolute(Path)) {
        Path = sys::path::parent_path(Project);
        sys::path::append(Path, Name);
      }
      sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      // Project files name their files as Windows finds them ("..\inc"
      // for Inc).
      if (!sys::fs::exists(Path))
        if (std::optional<std::string> OnDisk = findIgnoringCase(Path))
          Path = *OnDisk;
      Files.push_back(std::string(Path));
    }
  }
  return Files;
}

bool isHeaderOrProject(StringRef Path) {
  StringRef Ext = sys::path::extension(Path);
  StringRef Name = sys::path::filename(Path);
  return Ext.equals_insensitive(".h") || Ext.equals_insensitive(".hpp") ||
         Ext.equals_insensitive(".hxx") || Ext.equals_insensitive(".vcxproj") ||
         Ext.equals_insensitive(".props") || Name.equals_insensitive("sources");
}

/// Appends the headers and project files directly in \p Dir to \p Files.
void listConfigFiles(StringRef Dir, std::set<std::string> &Files) {
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (It->type() != sys::fs::file_type::regular_file &&
        It->type() != sys::fs::file_type::symlink_file)
      continue;
    if (isHeaderOrProject(It->path()))
      Files.insert(It->path());
  }
}

} // namespace

ArrayRef<StringRef> wdkProfileNames() {
  static const StringRef Names[] = {"mingw"};
  return Names;
}

Expected<std::string> findWdkIncludeDir(const Installation &Installed) {
  // An explicit directory, for a relocated installation and for testing the
  // headers from a work tree.
  if (std::optional<std::string> Env =
          sys::Process::GetEnv("WSKCHECK_WDK_INCLUDE")) {
    if (isWdkIncludeDir(*Env))
      return absolutePath(*Env);
    return profileError("WSKCHECK_WDK_INCLUDE is '" + *Env +
                        "', which does not hold wskcheck's WDK profile "
                        "headers (wsk.h, wskcheck_wdk_prelude.h)");
  }
  // Installed: <prefix>/bin/wskcheck and <prefix>/share/wskcheck/wdk/include.
  std::string Beside = Installed.findBeside(
      {"../share/wskcheck/wdk/include", "share/wskcheck/wdk/include",
       "checker/wdk/include", "wdk/include"},
      isWdkIncludeDir);
  if (!Beside.empty())
    return Beside;
#ifdef WSK_WDK_INCLUDE_DIR
  // The source tree wskcheck was built from, for build/bin/wskcheck.
  if (isWdkIncludeDir(WSK_WDK_INCLUDE_DIR))
    return absolutePath(WSK_WDK_INCLUDE_DIR);
#endif
  return profileError(
      "cannot find wskcheck's WDK profile headers (checker/wdk/include); "
      "set WSKCHECK_WDK_INCLUDE to that directory");
}

Expected<std::string> findMingwIncludeDir() {
  if (std::optional<std::string> Env =
          sys::Process::GetEnv("WSKCHECK_MINGW_INCLUDE")) {
    if (isMingwIncludeDir(*Env))
      return absolutePath(*Env);
    return profileError("--wdk=mingw needs the mingw-w64 kernel headers: "
                        "WSKCHECK_MINGW_INCLUDE is '" +
                        *Env + "', which has no ddk/ntddk.h");
  }
  // Debian and Ubuntu (mingw-w64-x86-64-dev), then the layouts of other
  // distributions' mingw-w64 header packages.
  for (StringRef Dir :
       {"/usr/share/mingw-w64/include", "/usr/x86_64-w64-mingw32/include",
        "/usr/x86_64-w64-mingw32/sys-root/mingw/include"})
    if (isMingwIncludeDir(Dir))
      return Dir.str();
  return profileError(
      "--wdk=mingw needs the mingw-w64 kernel headers, and "
      "/usr/share/mingw-w64/include/ddk/ntddk.h does not exist: install "
      "mingw-w64-x86-64-dev (apt-get install mingw-w64-x86-64-dev), or set "
      "WSKCHECK_MINGW_INCLUDE to the directory holding ddk/ntddk.h");
}

Expected<std::vector<std::string>>
wdkProfileArguments(StringRef Profile, const Installation &Installed) {
  if (!is_contained(wdkProfileNames(), Profile))
    return profileError("unknown WDK profile '" + Profile +
                        "' (use --wdk=" + join(wdkProfileNames(), "|") + ")");
  Expected<std::string> Mingw = findMingwIncludeDir();
  if (!Mingw)
    return Mingw.takeError();
  Expected<std::string> Own = findWdkIncludeDir(Installed);
  if (!Own)
    return Own.takeError();

  std::vector<std::string> Args = {
      // x64 Windows, as the WDK's compiler sees it: LLP64 (long is 32 bits),
      // Microsoft extensions and compatibility, _MSC_VER of Visual Studio
      // 2022.
      "--target=x86_64-pc-windows-msvc",
      "-fms-extensions",
      "-fms-compatibility",
      "-fms-compatibility-version=19.40",
      // mingw-w64's headers pick their GNU branches by __GNUC__; without it
      // they define __attribute__ away and break clang's own intrinsics.
      "-fgnuc-version=4.2.1",
      // What Microsoft's C compiler only warns about, clang rejects by
      // default; the analysis takes the file as the WDK build does.
      "-Wno-error=implicit-function-declaration",
      "-Wno-error=implicit-int",
      "-Wno-error=int-conversion",
      "-Wno-error=incompatible-function-pointer-types",
      "-Wno-error=incompatible-pointer-types",
      "-Wno-error=return-type",
      // Microsoft's preprocessor pastes a string literal to the next one
      // ("%S: "##Format); clang warns in Microsoft mode and concatenates.
      "-Wno-error=invalid-token-paste",
  };
  // The profile's headers come first, so they can stand in for mingw-w64's
  // (setjmp.h, ws2def.h) and wrap them (ntddk.h, wdm.h, ...). mingw-w64
  // comes last, after clang's own headers, as it does for a mingw compiler.
  // All are system headers: their code is not what is analysed.
  addCc1(Args, "-isystem", *Own);
  SmallString<256> Ddk(*Mingw);
  sys::path::append(Ddk, "ddk");
  addCc1(Args, "-idirafter", Ddk);
  addCc1(Args, "-idirafter", *Mingw);
  // The WDK build's predefined macros, each unless the file's own command
  // line defines it.
  SmallString<256> Prelude(*Own);
  sys::path::append(Prelude, "wskcheck_wdk_prelude.h");
  addCc1(Args, "-include", Prelude);
  return Args;
}

std::vector<std::string> wdkProfileTrailingArguments(StringRef Profile) {
  if (!is_contained(wdkProfileNames(), Profile))
    return {};
  // The headers are x64 Windows headers whatever target the build recorded.
  return {"--target=x86_64-pc-windows-msvc"};
}

Expected<WppStubs> prepareWppStubs(ArrayRef<std::string> Sources,
                                   ArrayRef<std::string> HeaderDirs,
                                   StringRef OutDir) {
  std::set<std::string> Tmh, ConfigFiles, Dirs;
  TraceFunctions Functions;
  for (const std::string &Source : Sources) {
    auto Buffer = MemoryBuffer::getFile(Source);
    if (!Buffer)
      continue; // Reported when the file itself is analysed.
    collectTmhIncludes((*Buffer)->getBuffer(), Tmh);
    collectTraceFunctions((*Buffer)->getBuffer(), Functions);
    Dirs.insert(sys::path::parent_path(absolutePath(Source)).str());
  }
  for (const std::string &Dir : HeaderDirs)
    Dirs.insert(absolutePath(Dir));
  for (const std::string &Dir : Dirs)
    listConfigFiles(Dir, ConfigFiles);
  for (const std::string &File : ConfigFiles) {
    if (auto Buffer = MemoryBuffer::getFile(File)) {
      // A header may include the trace header of the source it serves.
      collectTmhIncludes((*Buffer)->getBuffer(), Tmh);
      collectTraceFunctions((*Buffer)->getBuffer(), Functions);
      for (const std::string &Ini : wppConfigurationFiles(
               (*Buffer)->getBuffer(), File, "WppAdditionalConfigurationFile"))
        if (auto IniText = MemoryBuffer::getFile(Ini))
          collectIniTraceFunctions((*IniText)->getBuffer(), Functions);
      // The header WPP scans for begin_wpp blocks, perhaps in a folder of
      // another project (a library's trace.h).
      for (const std::string &Scanned : wppConfigurationFiles(
               (*Buffer)->getBuffer(), File, "WppScanConfigurationData"))
        if (auto ScannedText = MemoryBuffer::getFile(Scanned))
          collectTraceFunctions((*ScannedText)->getBuffer(), Functions);
    }
  }
  std::vector<GeneratedHeader> Generated =
      generatedHeaders(std::vector<std::string>(Dirs.begin(), Dirs.end()));
  WppStubs Stubs;
  if (Tmh.empty() && Generated.empty())
    return Stubs;

  SmallString<256> Dir(OutDir);
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return createStringError(EC, "cannot create %s: %s", Dir.c_str(),
                             EC.message().c_str());
  Stubs.Dir = std::string(Dir);

  std::string Text;
  raw_string_ostream OS(Text);
  OS << "/* Written by wskcheck in place of the WPP preprocessor's trace "
        "header:\n   tracing compiles to nothing. */\n"
        "#include <wskcheck_wpp.h>\n";
  for (const auto &[Name, F] : Functions)
    writeTraceFunction(OS, Name, F);
  OS.flush();

  for (const std::string &Name : Tmh) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, sys::path::Style::posix, Name);
    sys::path::native(Path);
    if (std::error_code EC =
            sys::fs::create_directories(sys::path::parent_path(Path)))
      return createStringError(EC, "cannot write %s: %s", Path.c_str(),
                               EC.message().c_str());
    std::error_code EC;
    raw_fd_ostream Out(Path, EC);
    if (EC)
      return createStringError(EC, "cannot write %s: %s", Path.c_str(),
                               EC.message().c_str());
    Out << Text;
    Stubs.Headers.push_back(Name);
  }
  for (const GeneratedHeader &H : Generated) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, H.Name);
    std::error_code EC;
    raw_fd_ostream Out(Path, EC);
    if (EC)
      return createStringError(EC, "cannot write %s: %s", Path.c_str(),
                               EC.message().c_str());
    Out << H.Text;
  }
  // After the file's own include folders (a real header there wins) but
  // before mingw-w64's, whose ddk/wmidata.h must not stand in for a
  // project's generated WmiData.h.
  addCc1(Stubs.Arguments, "-isystem", Stubs.Dir);
  return Stubs;
}

namespace {

/// Whether \p Command runs clang in clang-cl mode.
bool isClMode(ArrayRef<std::string> Command) {
  StringRef Name = sys::path::stem(Command.front());
  if (Name.equals_insensitive("cl") || Name.ends_with_insensitive("clang-cl"))
    return true;
  return llvm::any_of(Command,
                      [](StringRef A) { return A == "--driver-mode=cl"; });
}

/// Whether clang-cl takes \p Arg for an option it knows.
bool isKnownClOption(StringRef Arg) {
#if CLANG_VERSION_MAJOR >= 22
  const llvm::opt::OptTable &Table = clang::getDriverOptTable();
  llvm::opt::Visibility Cl(clang::options::CLOption);
#else
  const llvm::opt::OptTable &Table = clang::driver::getDriverOptTable();
  llvm::opt::Visibility Cl(clang::driver::options::CLOption);
#endif
  std::string Copy = Arg.str();
  const char *Argv[] = {Copy.c_str()};
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Parsed =
      Table.ParseArgs(Argv, MissingIndex, MissingCount, Cl);
  for (const llvm::opt::Arg *A : Parsed) {
    llvm::opt::Option::OptionClass Kind = A->getOption().getKind();
    if (Kind == llvm::opt::Option::InputClass ||
        Kind == llvm::opt::Option::UnknownClass)
      return false;
  }
  return true;
}

} // namespace

std::vector<std::string>
withoutWindowsOnlyArguments(ArrayRef<std::string> Command) {
  if (Command.empty())
    return {};
  bool Cl = isClMode(Command);
  std::vector<std::string> Out{Command.front()};
  for (size_t I = 1; I < Command.size(); ++I) {
    StringRef A = Command[I];
    // A forced include of a file this machine does not have.
    for (StringRef Prefix : {"/FI", "-FI", "-include"}) {
      // -include takes its file as the next argument only.
      if (!A.starts_with(Prefix) || (Prefix == "-include" && A != Prefix))
        continue;
      StringRef File = A.drop_front(Prefix.size());
      bool Separate = File.empty() && I + 1 < Command.size();
      if (Separate)
        File = Command[I + 1];
      if (!File.empty() && !sys::fs::exists(File)) {
        I += Separate;
        A = StringRef();
      }
      break;
    }
    if (A.empty())
      continue;
    if (Cl && A.starts_with("/") && !sys::fs::exists(A) && !isKnownClOption(A))
      continue;
    Out.push_back(A.str());
  }
  return Out;
}

} // namespace tool
} // namespace wsk
