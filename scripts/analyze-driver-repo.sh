#!/bin/sh
# analyze-driver-repo.sh <checkout> [--ctu] [--keep <dir>] [wskcheck options...]
#
# Analyses every C and C++ file of a Windows driver repository with wskcheck
# on a machine without the WDK (a Linux CI runner): writes a
# compile_commands.json that compiles each file with the repository's own
# header directories (every folder holding a .h), then runs
#   wskcheck -p <that database> --wdk=mingw [--ctu] [wskcheck options...]
# which adds the WDK profile: x64 Windows in Microsoft mode, mingw-w64's
# kernel headers, the project's wsk.h/wdf.h/ndis.h/WPP stand-ins, and a
# stand-in for every WPP trace header (.tmh) the sources include.
#
#   --ctu         follow calls into the repository's other files
#   --keep <dir>  write the database into <dir> and keep it (default: a
#                 temporary directory, removed afterwards)
#   other options go to wskcheck (--format=sarif -o out.sarif, --disable=...)
#
# Needs: wskcheck (WSKCHECK=<path>, else build/bin/wskcheck beside this
# script, else the one on PATH), python3, and the mingw-w64 headers
# (Debian/Ubuntu: apt-get install mingw-w64-x86-64-dev).
# Exit status: wskcheck's (0 clean, 1 findings, 2 a file not analysed or a
# usage error). docs/linux-ci.md explains the set-up and the results.
set -eu

usage() {
  sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2
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

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  db_dir=$(cd "$keep" && pwd)
else
  db_dir=$(mktemp -d "${TMPDIR:-/tmp}/wskcheck-repo.XXXXXX")
  trap 'rm -rf "$db_dir"' EXIT
fi

# The sources and the header folders, without version control metadata.
find "$checkout" \( -name .git -o -name .svn -o -name .hg \) -prune -o \
  -type f \( -name '*.c' -o -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' \) \
  -print | LC_ALL=C sort > "$db_dir/sources.txt"
find "$checkout" \( -name .git -o -name .svn -o -name .hg \) -prune -o \
  -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.hxx' -o -name '*.inl' \) \
  -print | sed 's|/[^/]*$||' | LC_ALL=C sort -u > "$db_dir/include-dirs.txt"

nsources=$(wc -l < "$db_dir/sources.txt" | tr -d ' ')
nincludes=$(wc -l < "$db_dir/include-dirs.txt" | tr -d ' ')
if [ "$nsources" -eq 0 ]; then
  echo "analyze-driver-repo: no .c or .cpp files in $checkout" >&2
  exit 2
fi
echo "analyze-driver-repo: $nsources source files, $nincludes header folders in $checkout" >&2

# One command per file, run in the file's folder (as a driver project
# compiles it, so its own quoted includes resolve), C or C++ by extension.
python3 - "$db_dir" <<'EOF'
import json, os, sys

db_dir = sys.argv[1]
with open(os.path.join(db_dir, "sources.txt")) as f:
    sources = [l.rstrip("\n") for l in f if l.strip()]
with open(os.path.join(db_dir, "include-dirs.txt")) as f:
    includes = [l.rstrip("\n") for l in f if l.strip()]
commands = []
for source in sources:
    language = "c" if source.endswith(".c") else "c++"
    args = ["clang", "-x", language]
    for d in includes:
        args += ["-I", d]
    args += ["-c", source]
    commands.append({"directory": os.path.dirname(source), "file": source,
                     "arguments": args})
with open(os.path.join(db_dir, "compile_commands.json"), "w") as f:
    json.dump(commands, f, indent=1)
EOF

status=0
# shellcheck disable=SC2086 # $ctu is empty or one word
"$wskcheck" -p "$db_dir/compile_commands.json" --wdk=mingw $ctu "$@" || status=$?
[ -z "$keep" ] || echo "analyze-driver-repo: compilation database kept in $db_dir/compile_commands.json" >&2
exit $status
