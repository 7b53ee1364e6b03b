#!/bin/sh
# profile-coverage.sh <checkout> [-j <n>] [--top <n>] [--results <file>]
#                                [--files <regex>]
#
# Measures how much of a Windows driver repository the WDK profile
# (wskcheck --wdk=mingw) compiles: every kernel-mode C/C++ source is
# compiled once through the profile, nothing is analysed, and the script
# prints the files tried, compiled and skipped, and a histogram of the
# first error of each file that did not compile.
#
# Kernel-mode sources are the ClCompile items of the .vcxproj files whose
# Release|x64 configuration builds a kernel-mode driver or library
# (PlatformToolset WindowsKernelModeDriver*, or DriverType KMDF, WDM,
# Miniport or ExportDriver); each is compiled as wskcheck --vcxproj
# compiles it (the project's own command, as a user runs the tool).
# Sources in folders with no project file above them are tried if they look
# like kernel code (they include a WDK kernel header or define DriverEntry),
# with every folder of the checkout holding a header on the include path,
# as analyze-driver-repo.sh does.
#
#   -j <n>             compile <n> files at a time (default 2)
#   --top <n>          histogram lines to print (default 30)
#   --results <file>   write one line per source: status, first error, file
#   --files <regex>    try only the sources whose path matches <regex>
#
# Uses wskcheck --explain (the profile's compile, including the WPP trace
# header stand-ins; no analysis): WSKCHECK=<path>, else build/bin/wskcheck
# beside this script, else the one on PATH. Needs python3 and the mingw-w64
# headers. Exit status 0 (2 on a usage error). docs/linux-ci.md has the
# figure for microsoft/Windows-driver-samples.
set -eu

usage() {
  sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -h | --help) usage ;; esac
checkout=$1
shift
[ -d "$checkout" ] || {
  echo "profile-coverage: no such directory: $checkout" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
wskcheck=${WSKCHECK:-}
if [ -z "$wskcheck" ]; then
  if [ -x "$here/../build/bin/wskcheck" ]; then
    wskcheck=$here/../build/bin/wskcheck
  else
    wskcheck=$(command -v wskcheck || true)
  fi
fi
[ -n "$wskcheck" ] && [ -x "$wskcheck" ] || {
  echo "profile-coverage: wskcheck not found: build it or set WSKCHECK" >&2
  exit 2
}

PROFILE_COVERAGE_WDK_INCLUDE=${WSKCHECK_WDK_INCLUDE:-$here/../checker/wdk/include}
export PROFILE_COVERAGE_WDK_INCLUDE
exec python3 - "$wskcheck" "$checkout" "$@" <<'EOF'
import collections, concurrent.futures, os, re, subprocess, sys, time
import xml.etree.ElementTree as ET

wskcheck, checkout = sys.argv[1], os.path.realpath(sys.argv[2])
jobs, top, results_file, files_re = 2, 30, None, None
args = sys.argv[3:]
while args:
    a = args.pop(0)
    if a in ("-j", "--jobs") and args:
        jobs = int(args.pop(0))
    elif a.startswith("-j") and a[2:].isdigit():
        jobs = int(a[2:])
    elif a == "--top" and args:
        top = int(args.pop(0))
    elif a == "--results" and args:
        results_file = args.pop(0)
    elif a == "--files" and args:
        files_re = re.compile(args.pop(0))
    else:
        print("profile-coverage: unknown option %s (see --help)" % a,
              file=sys.stderr)
        sys.exit(2)

SOURCE_EXT = (".c", ".cpp", ".cc", ".cxx")
HEADER_EXT = (".h", ".hpp", ".hxx", ".inl")
SKIP_DIRS = {".git", ".svn", ".hg"}
CONFIG, PLATFORM = "Release", "x64"
GLOBAL_PROPERTIES = {"configuration", "platform", "solutiondir"}

all_sources, header_dirs, project_files = [], set(), []
for root, dirs, files in os.walk(checkout):
    dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
    for f in sorted(files):
        low = f.lower()
        if low.endswith(SOURCE_EXT):
            all_sources.append(os.path.join(root, f))
        elif low.endswith(HEADER_EXT):
            header_dirs.add(root)
        elif low.endswith(".vcxproj"):
            project_files.append(os.path.join(root, f))

# ---------------------------------------------------------------------------
# .vcxproj reading: properties, the Release|x64 item definitions, ClCompile.

def local(tag):
    return tag.rsplit("}", 1)[-1]

def expand(text, props):
    def sub(m):
        name = m.group(1)
        return props.get(name.lower(), "\0")  # \0: cannot be resolved here
    return re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_.]*)\)", sub, text or "")

def condition_holds(cond, props):
    if not cond:
        return True
    c = expand(cond, props)
    # The forms project files use: 'a'=='b', 'a'!='b', joined by and/or.
    def term(t):
        t = t.strip().strip("()").strip()
        m = re.fullmatch(r"'([^']*)'\s*(==|!=)\s*'([^']*)'", t)
        if not m:
            return True  # exists(...), functions: assume the usual build
        if "\0" in m.group(1) or "\0" in m.group(3):
            return m.group(2) == "!="  # an undefined property is empty
        eq = m.group(1).lower() == m.group(3).lower()
        return eq if m.group(2) == "==" else not eq
    ors = re.split(r"\s+or\s+", c, flags=re.I)
    return any(all(term(t) for t in re.split(r"\s+and\s+", o, flags=re.I))
               for o in ors)

def win_path(base, p):
    p = p.strip().replace("\\", "/")
    if not p or "\0" in p:
        return None
    return os.path.normpath(p if os.path.isabs(p) else os.path.join(base, p))

def find_solution_dir(project_dir):
    d = project_dir
    while d.startswith(checkout):
        if any(f.lower().endswith(".sln") for f in os.listdir(d)):
            return d
        if d == checkout:
            break
        d = os.path.dirname(d)
    return project_dir

def real_case(path, is_dir):
    """\p path with each component in the case the disk has, or None:
    a project file names its files and folders as Windows finds them."""
    if (os.path.isdir if is_dir else os.path.isfile)(path):
        return path
    d = "/"
    for part in path.strip("/").split("/"):
        try:
            names = {n.lower(): n for n in os.listdir(d)}
        except OSError:
            return None
        if part.lower() not in names:
            return None
        d = os.path.join(d, names[part.lower()])
    return d if (os.path.isdir if is_dir else os.path.isfile)(d) else None

def real_dir(path):
    return real_case(path, True)

class Project:
    pass

def read_project(path):
    pdir = os.path.dirname(path)
    props = {
        "configuration": CONFIG, "platform": PLATFORM,
        "projectdir": pdir + "/", "msbuildprojectdirectory": pdir,
        "msbuildthisfiledirectory": pdir + "/",
        "projectname": os.path.splitext(os.path.basename(path))[0],
        "msbuildprojectname": os.path.splitext(os.path.basename(path))[0],
        "solutiondir": find_solution_dir(pdir) + "/",
    }
    defs = {"preprocessordefinitions": "", "additionalincludedirectories": "",
            "forcedincludefiles": "", "compileas": ""}
    items = []

    def walk(elem, file_dir, depth):
        for child in elem:
            tag = local(child.tag)
            cond = child.get("Condition")
            if tag == "Import":
                if not condition_holds(cond, props) or depth > 8:
                    continue
                props["msbuildthisfiledirectory"] = file_dir + "/"
                target = win_path(file_dir, expand(child.get("Project"), props))
                if target and target.startswith(checkout) and os.path.isfile(target):
                    try:
                        root = ET.parse(target).getroot()
                    except ET.ParseError:
                        continue
                    walk(root, os.path.dirname(target), depth + 1)
                    props["msbuildthisfiledirectory"] = file_dir + "/"
            elif tag in ("PropertyGroup",):
                if not condition_holds(cond, props):
                    continue
                props["msbuildthisfiledirectory"] = file_dir + "/"
                for p in child:
                    name = local(p.tag).lower()
                    # Configuration and Platform are given on the command
                    # line of a build: global, a project cannot change them.
                    if name in GLOBAL_PROPERTIES:
                        continue
                    if condition_holds(p.get("Condition"), props):
                        value = expand(p.text or "", props).replace("\0", "")
                        props[name] = value.strip()
            elif tag == "ImportGroup":
                if condition_holds(cond, props):
                    walk(child, file_dir, depth)
            elif tag == "ItemDefinitionGroup":
                if not condition_holds(cond, props):
                    continue
                for d in child:
                    if local(d.tag) != "ClCompile":
                        continue
                    for m in d:
                        name = local(m.tag).lower()
                        if name in defs and condition_holds(m.get("Condition"), props):
                            text = (m.text or "").strip()
                            prev = defs[name]
                            text = re.sub(r"%\(" + name + r"\)",
                                          lambda _: prev, text, flags=re.I)
                            defs[name] = expand(text, props)
            elif tag == "ItemGroup":
                if not condition_holds(cond, props):
                    continue
                for it in child:
                    if local(it.tag) != "ClCompile" or not it.get("Include"):
                        continue
                    if not condition_holds(it.get("Condition"), props):
                        continue
                    meta = {}
                    for m in it:
                        if condition_holds(m.get("Condition"), props):
                            meta[local(m.tag).lower()] = (m.text or "").strip()
                    for inc in expand(it.get("Include"), props).split(";"):
                        src = win_path(file_dir, inc)
                        if src:
                            items.append((src, meta))

    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return None
    walk(root, pdir, 0)
    proj = Project()
    proj.path, proj.dir, proj.props, proj.defs, proj.items = path, pdir, props, defs, items
    toolset = props.get("platformtoolset", "")
    dtype = props.get("drivertype", "")
    ctype = props.get("configurationtype", "")
    if "kernelmode" in toolset.lower():
        proj.kernel = True
    elif dtype.upper() in ("KMDF", "WDM", "MINIPORT", "EXPORTDRIVER"):
        proj.kernel = True
    elif ctype == "Driver" and dtype.upper() not in ("UMDF",):
        proj.kernel = True
    else:
        proj.kernel = False
    proj.kind = "%s %s %s" % (toolset or "-", ctype or "-", dtype or "-")
    return proj

def split_list(text):
    return [x.strip() for x in (text or "").split(";") if x.strip()]


def command_for(proj, src, meta):
    defs = dict(proj.defs)
    for k in list(defs):
        if k in meta:
            defs[k] = re.sub(r"%\(" + k + r"\)", lambda _: proj.defs[k],
                             meta[k], flags=re.I)
            defs[k] = expand(defs[k], proj.props)
    args = []
    for d in split_list(defs["preprocessordefinitions"]):
        if "\0" in d or d.startswith(("%(", "/", "-")):
            continue  # unresolved, or a compiler option written there
        args.append("-D" + d)
    # The project's VC++ IncludePath (cl.exe's INCLUDE) comes after them.
    for d in (split_list(defs["additionalincludedirectories"]) +
              split_list(proj.props.get("includepath", ""))):
        if "\0" in d:
            continue
        p = win_path(proj.dir, d)
        if p and p.startswith(checkout):
            # A Windows build finds ..\inc as ..\Inc: resolve folder names
            # case-insensitively (file names in #include are left as they are).
            p = real_dir(p)
            if p:
                args += ["-I", p]
    # Sources of another folder find the project folder's quoted headers.
    if os.path.dirname(src) != os.path.realpath(proj.dir):
        args.append("-iquote" + proj.dir)
    for f in split_list(defs["forcedincludefiles"]):
        if "\0" in f:
            continue
        p = win_path(proj.dir, f)
        if p and os.path.isfile(p):
            args += ["-include", p]
        else:
            args += ["-include", f.replace("\\", "/")]
    compile_as = defs["compileas"].lower()
    if compile_as == "compileascpp":
        args += ["-x", "c++"]
    elif compile_as == "compileasc":
        args += ["-x", "c"]
    return args

# ---------------------------------------------------------------------------
# Which sources are tried, and with what.

tasks = {}          # source -> (args, cwd)
skipped = collections.Counter()
claimed = set()
projects = [p for p in (read_project(f) for f in project_files) if p]
for proj in projects:
    for src, meta in proj.items:
        if not src.lower().endswith(SOURCE_EXT):
            continue
        real = real_case(os.path.realpath(src), False)
        if not real:
            continue
        real = os.path.realpath(real)
        claimed.add(real)
        if meta.get("excludedfrombuild", "").lower() == "true":
            continue
        if not proj.kernel:
            continue
        if real not in tasks:
            tasks[real] = (command_for(proj, real, meta), proj.dir, proj.path)

project_dirs = {p.dir for p in projects}
def under_project(path):
    d = os.path.dirname(path)
    while True:
        if d in project_dirs:
            return True
        if d == checkout or len(d) <= len(checkout):
            return False
        d = os.path.dirname(d)

KERNEL_HINT = re.compile(
    r'#\s*include\s*[<"](ntddk|wdm|ntifs|wdf|ndis|fltkernel|storport|wsk)\.h[>"]'
    r"|\bDriverEntry\s*\(", re.I)
heuristic_includes = []
for d in sorted(header_dirs):
    heuristic_includes += ["-I", d]
user_mode = 0
for src in all_sources:
    real = os.path.realpath(src)
    if real in tasks:
        continue
    if real in claimed:
        user_mode += 1
        skipped["in a user-mode project or excluded from the build"] += 1
        continue
    if under_project(real):
        skipped["not built by its folder's project"] += 1
        continue
    try:
        text = open(real, errors="replace").read()
    except OSError:
        continue
    if KERNEL_HINT.search(text):
        tasks[real] = (list(heuristic_includes), os.path.dirname(real), None)
    else:
        skipped["no project file, does not look like kernel code"] += 1

if files_re:
    tasks = {s: t for s, t in tasks.items() if files_re.search(s)}

# ---------------------------------------------------------------------------
# Compile, and classify the first error.

ERROR_RE = re.compile(r"^(.*?):(\d+):(\d+): (fatal error|error): (.*)$")
mingw_dirs = ("/mingw-w64/", "/x86_64-w64-mingw32/")
names_cache = {}

def dir_names(d):
    if d not in names_cache:
        try:
            names_cache[d] = {n.lower(): n for n in os.listdir(d)}
        except OSError:
            names_cache[d] = {}
    return names_cache[d]

def case_insensitive_exists(base, rel):
    d = base
    for part in rel.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            d = os.path.dirname(d)
            continue
        real = dir_names(d).get(part.lower())
        if real is None:
            return False
        d = os.path.join(d, real)
    return True

# The profile's own headers and mingw-w64's: <NTDDK.h> is a case mismatch too.
system_dirs = [os.environ["PROFILE_COVERAGE_WDK_INCLUDE"]]
for m in (os.environ.get("WSKCHECK_MINGW_INCLUDE"), "/usr/share/mingw-w64/include",
          "/usr/x86_64-w64-mingw32/include"):
    if m and os.path.isdir(m):
        system_dirs += [m, os.path.join(m, "ddk")]
        break

checkout_basenames = collections.defaultdict(list)
# What a build generates headers from: message files (mc), ETW manifests
# (.man), WMI schemas (.mof), interfaces (.idl).
generator_stems = set()
for root, dirs, files in os.walk(checkout):
    dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
    for f in files:
        checkout_basenames[f.lower()].append(os.path.join(root, f))
        stem, ext = os.path.splitext(f.lower())
        if ext in (".mc", ".man", ".mof", ".idl") and len(stem) >= 3:
            generator_stems.add(stem)

def generated_by_build(header):
    stem = os.path.splitext(os.path.basename(header.replace("\\", "/")).lower())[0]
    return any(stem == g or stem.startswith(g) for g in generator_stems)

def where(path):
    p = os.path.realpath(path) if os.path.exists(path) else path
    if p.startswith(checkout + "/"):
        return "checkout", os.path.relpath(p, checkout)
    if "/checker/wdk/include/" in p or "/wdk/include/" in p:
        return "profile", os.path.basename(p)
    if any(m in p for m in mingw_dirs):
        return "mingw", os.path.basename(p)
    return "other", os.path.basename(p)

def classify(src, args, cwd, output):
    first = None
    for line in output.splitlines():
        m = ERROR_RE.match(line)
        if m:
            first = m
            break
    if not first:
        lines = [l for l in output.splitlines() if "error" in l]
        return "other", (lines[0] if lines else "no error message").strip()
    path, msg = first.group(1), first.group(5)
    msg = re.sub(r"\s*\[-W[^\]]*\]$", "", msg)
    kind, name = where(path)
    nf = re.match(r"'(.+)' file not found", msg)
    if nf:
        inc = nf.group(1)
        bases = [os.path.dirname(os.path.realpath(path)) if os.path.exists(path) else cwd, cwd]
        bases += [args[i + 1] for i, a in enumerate(args) if a == "-I"]
        bases += system_dirs
        if any(case_insensitive_exists(b, inc) for b in bases):
            return "case mismatch", "'%s' file not found (differs in case only)" % inc
        base = os.path.basename(inc.replace("\\", "/")).lower()
        if base.endswith((".tmh", ".clog.h")) or generated_by_build(inc):
            return "header generated by the build", "'%s' file not found" % inc
        if base in checkout_basenames:
            return "checkout header not found", "'%s' file not found" % inc
        return "missing header", "'%s' file not found" % inc
    if kind == "checkout":
        if re.search(r"unknown type name|undeclared identifier|no member named|"
                     r"use of undeclared|implicit declaration", msg):
            return "WDK name missing", "%s" % msg
        return "error in driver code", msg
    return "error in %s header" % kind, "%s: %s" % (name, msg)

def file_regex(path):
    # An extended regular expression (wskcheck --files) matching just path.
    return "^" + re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", path) + "$"

def compile_one(item):
    src, (args, cwd, project) = item
    if project:
        # The project's own command, as wskcheck --vcxproj builds it (the
        # arguments above only classify a failure).
        cmd = [wskcheck, "--explain", "--vcxproj", project,
               "--files", file_regex(src)]
    else:
        cmd = [wskcheck, "--explain", "--wdk=mingw", src, "--"] + args
    for attempt in range(13):
        try:
            r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               errors="replace", timeout=300)
            out = r.stdout
            break
        except subprocess.TimeoutExpired:
            return src, False, ("other", "timed out")
        except OSError:
            # wskcheck is being rebuilt: wait for it.
            if attempt == 12:
                raise
            time.sleep(10)
    if "does not compile" in out:
        return src, False, classify(src, args, cwd, out)
    if r.returncode == 0:
        return src, True, None
    last = out.strip().splitlines()[-1:] or [""]
    return src, False, ("other", "wskcheck exit status %d: %s" % (
        r.returncode, last[0]))

results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
    for src, ok, why in pool.map(compile_one, sorted(tasks.items())):
        results[src] = (ok, why)

tried = len(results)
compiled = sum(1 for ok, _ in results.values() if ok)
hist = collections.Counter()
kinds = collections.Counter()
for ok, why in results.values():
    if not ok:
        kinds[why[0]] += 1
        hist[why] += 1

print("profile-coverage: %s" % checkout)
print("  projects read:        %d (%d kernel-mode)" % (
    len(projects), sum(1 for p in projects if p.kernel)))
pct = 100.0 * compiled / tried if tried else 0.0
print("  kernel-mode sources:  %d tried, %d compiled (%.1f%%), %d failed" % (
    tried, compiled, pct, tried - compiled))
print("  sources skipped:      %d" % sum(skipped.values()))
for reason, n in skipped.most_common():
    print("    %5d  %s" % (n, reason))
if kinds:
    print("  first errors by kind:")
    for k, n in kinds.most_common():
        print("    %5d  %s" % (n, k))
    print("  first errors (top %d of %d distinct):" % (min(top, len(hist)), len(hist)))
    for (k, msg), n in hist.most_common(top):
        print("    %5d  [%s] %s" % (n, k, msg))
if results_file:
    with open(results_file, "w") as f:
        for src in sorted(results):
            ok, why = results[src]
            rel = os.path.relpath(src, checkout)
            if ok:
                f.write("compiled\t\t\t%s\n" % rel)
            else:
                f.write("failed\t%s\t%s\t%s\n" % (why[0], why[1], rel))
EOF
