#!/bin/sh
# analyze-driver-repo.sh <checkout> [--ctu] [--keep <dir>] [wskcheck options...]
#
# Analyses the C and C++ files of a Windows driver repository with wskcheck
# on a machine without the WDK (a Linux CI runner):
#   - where the checkout has Visual Studio projects (.vcxproj), with their
#     compile commands, read by wskcheck --vcxproj (the configuration's
#     defines, include folders and forced includes; user-mode projects are
#     skipped with the reason);
#   - the sources in no folder of a project, with a compile_commands.json
#     that compiles each file with every folder of the checkout that holds
#     a header;
# by running
#   wskcheck [--vcxproj <checkout>] [-p <that database>] --wdk=mingw [--ctu] ...
# which adds the WDK profile: x64 Windows in Microsoft mode, mingw-w64's
# kernel headers, the project's wsk.h/wdf.h/ndis.h/WPP stand-ins, a stand-in
# for every WPP trace header (.tmh) the sources include, and Windows file
# names (includes found whatever their case).
#
#   --ctu         follow calls into the repository's other files
#   --keep <dir>  keep the compile commands, as wskcheck ran them, in
#                 <dir>/compile_commands.json (for clang-tidy, or to run
#                 wskcheck -p <dir> again)
#   other options go to wskcheck (--configuration 'Debug|x64',
#   --format=sarif -o out.sarif, --disable=...)
#
# Needs: wskcheck (WSKCHECK=<path>, else build/bin/wskcheck beside this
# script, else the one on PATH), python3, and the mingw-w64 headers
# (Debian/Ubuntu: apt-get install mingw-w64-x86-64-dev).
# Exit status: wskcheck's (0 clean, 1 findings, 2 a file or project not
# analysed, or a usage error). docs/linux-ci.md explains the set-up and the
# results.
set -eu

usage() {
  sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -h | --help) usage ;; esac
checkout=$1
shift
[ -d "$checkout" ] || {
  echo "analyze-driver-repo: no such directory: $checkout" >&2
  exit 2
}
checkout=$(cd "$checkout" && pwd)

ctu=
keep=
while [ $# -gt 0 ]; do
  case "$1" in
  --ctu) ctu=--ctu ;;
  --keep)
    [ $# -ge 2 ] || usage
    keep=$2
    shift
    ;;
  *) break ;;
  esac
  shift
done

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
  echo "analyze-driver-repo: wskcheck not found: build it (scripts/run-example.sh builds build/bin/wskcheck) or set WSKCHECK" >&2
  exit 2
}

keep_args=
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  keep=$(cd "$keep" && pwd)
  keep_args=--write-database=$keep/compile_commands.json
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/wskcheck-repo.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The projects, and a database for the sources outside their folders. The
# counts go to standard error; <work>/projects says whether to pass
# --vcxproj, <work>/compile_commands.json exists if -p is needed.
python3 - "$checkout" "$work" <<'EOF'
import json, os, sys

checkout, work = sys.argv[1], sys.argv[2]
vcs = {".git", ".svn", ".hg"}
source_ext = (".c", ".cpp", ".cc", ".cxx")
header_ext = (".h", ".hpp", ".hxx", ".inl")
projects, sources, header_dirs = [], [], set()
for root, dirs, files in os.walk(checkout):
    dirs[:] = sorted(d for d in dirs if d not in vcs)
    for name in sorted(files):
        path = os.path.join(root, name)
        lower = name.lower()
        if lower.endswith(".vcxproj"):
            projects.append(path)
        elif lower.endswith(source_ext):
            sources.append(path)
        elif lower.endswith(header_ext):
            header_dirs.add(root)

# A source in the folder of a project, or below it, is for the projects to
# compile, or not (a file excluded from the build, a user-mode program's).
project_dirs = {os.path.dirname(p) for p in projects}


def in_project(path):
    d = os.path.dirname(path)
    while True:
        if d in project_dirs:
            return True
        parent = os.path.dirname(d)
        if d == checkout or parent == d:
            return False
        d = parent


rest = sorted(s for s in sources if not in_project(s))
includes = sorted(header_dirs)
if not projects and not rest:
    print(f"analyze-driver-repo: no .vcxproj, .c or .cpp files in {checkout}",
          file=sys.stderr)
    sys.exit(2)
if projects:
    open(os.path.join(work, "projects"), "w").close()
if rest:
    commands = []
    for source in rest:
        language = "c" if source.endswith(".c") else "c++"
        line = ["clang", "-x", language]
        for d in includes:
            line += ["-I", d]
        line += ["-c", source]
        commands.append({"directory": os.path.dirname(source),
                         "file": source, "arguments": line})
    with open(os.path.join(work, "compile_commands.json"), "w") as f:
        json.dump(commands, f, indent=1)
print(f"analyze-driver-repo: {len(projects)} project files (.vcxproj); "
      f"{len(rest)} source files outside their folders, with "
      f"{len(includes)} header folders; in {checkout}", file=sys.stderr)
EOF

set -- --wdk=mingw ${ctu:+"$ctu"} ${keep_args:+"$keep_args"} "$@"
[ ! -f "$work/compile_commands.json" ] ||
  set -- -p "$work/compile_commands.json" "$@"
[ ! -f "$work/projects" ] || set -- --vcxproj "$checkout" "$@"

status=0
"$wskcheck" "$@" || status=$?
[ -z "$keep" ] || echo "analyze-driver-repo: compile commands kept in $keep/compile_commands.json" >&2
exit $status
