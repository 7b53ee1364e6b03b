#!/bin/sh
# wskcheck-ci.sh: the shell steps of the CI recipe (docs/ci.md), the same
# on GitHub Actions, GitLab CI and Azure Pipelines.
#
#   wskcheck-ci.sh install
#       installs the Debian/Ubuntu packages wskcheck needs, by name (through
#       sudo when not root); wskcheck-ci.sh packages lists them
#   wskcheck-ci.sh build
#       builds the wskcheck tool into build/ beside this script
#   wskcheck-ci.sh analyze <checkout> [wskcheck options]
#       analyses the checkout with scripts/analyze-driver-repo.sh --ctu
#       (wskcheck --vcxproj --wdk=mingw ...), from the checkout's root,
#       against <checkout>/wskcheck-baseline.sarif when it exists, and
#       writes wskcheck.sarif and html/ into the results folder; then
#       applies the exit status policy
#   wskcheck-ci.sh baseline <checkout> [wskcheck options]
#       writes <checkout>/wskcheck-baseline.sarif from the same analysis
#
# Environment:
#   WSK_LLVM_MAJOR      LLVM version to install and build with (19; 22 works)
#   WSKCHECK_RESULTS    results folder (default: wskcheck-results)
#   WSKCHECK_BASELINE   baseline file (default: <checkout>/wskcheck-baseline.sarif)
#   WSKCHECK_NOT_ANALYSED=warn  a file or project that could not be analysed
#                       is a warning, not a failure
#
# Exit status of analyze: 0 no new finding; 1 new findings (not in the
# baseline, not suppressed in source); 2 a file or project could not be
# analysed (unless WSKCHECK_NOT_ANALYSED=warn), or wskcheck wrote no report.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}

usage() {
  sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

need_checkout() {
  [ $# -ge 1 ] || usage
  [ -d "$1" ] || {
    echo "wskcheck-ci: no such directory: $1" >&2
    exit 2
  }
}

[ $# -ge 1 ] || usage
step=$1
shift
packages="ca-certificates git python3 cmake ninja-build g++
  clang-$major llvm-$major-dev libclang-$major-dev libclang-cpp$major-dev
  clang-tidy-$major clang-tools-$major llvm-$major-tools mingw-w64-x86-64-dev"

case "$step" in
packages)
  # shellcheck disable=SC2086 # one line per package
  printf '%s\n' $packages
  ;;
install)
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends $packages
  ;;
build)
  cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DWSK_LLVM_MAJOR="$major"
  cmake --build "$root/build" --target wskcheck
  ;;
analyze | baseline)
  need_checkout "$@"
  checkout=$(cd "$1" && pwd)
  shift
  results=${WSKCHECK_RESULTS:-wskcheck-results}
  mkdir -p "$results"
  results=$(cd "$results" && pwd)
  baseline=${WSKCHECK_BASELINE:-$checkout/wskcheck-baseline.sarif}
  case "$baseline" in /*) ;; *) baseline=$(pwd)/$baseline ;; esac
  cd "$checkout"
  if [ "$step" = baseline ]; then
    status=0
    sh "$here/analyze-driver-repo.sh" . --ctu --write-baseline "$baseline" \
      "$@" || status=$?
    # Findings are what a baseline records; only 2 is a failure.
    [ "$status" -ne 2 ] || exit 2
    echo "wskcheck-ci: baseline written to $baseline; commit it" >&2
    exit 0
  fi
  set -- --format=sarif -o "$results/wskcheck.sarif" --html "$results/html" "$@"
  [ ! -f "$baseline" ] || set -- --baseline "$baseline" "$@"
  rm -rf "$results/wskcheck.sarif" "$results/html"
  status=0
  sh "$here/analyze-driver-repo.sh" . --ctu "$@" || status=$?
  echo "$status" >"$results/wskcheck-status"
  # The policy reads the SARIF log, not the exit status alone: status 2
  # also covers findings in a run where one file did not compile.
  exec python3 - "$results/wskcheck.sarif" "$status" \
    "${WSKCHECK_NOT_ANALYSED:-fail}" <<'EOF'
import json, sys

path, status, not_analysed_policy = sys.argv[1], int(sys.argv[2]), sys.argv[3]
try:
    with open(path) as f:
        run = json.load(f)["runs"][0]
except (OSError, ValueError, KeyError, IndexError) as e:
    print(f"wskcheck-ci: wskcheck (exit status {status}) wrote no report: {e}",
          file=sys.stderr)
    sys.exit(2)

new = unchanged = suppressed = 0
for result in run.get("results", []):
    if result.get("suppressions"):
        suppressed += 1
    elif result.get("baselineState") == "unchanged":
        unchanged += 1
    else:
        new += 1
        # The new findings in the log, in the compiler's form.
        loc = result["locations"][0]["physicalLocation"]
        region = loc.get("region", {})
        print(f"{loc['artifactLocation']['uri']}:{region.get('startLine', 0)}:"
              f"{region.get('startColumn', 0)}: warning: "
              f"{result['message']['text']} [{result['ruleId']}]",
              file=sys.stderr)
not_analysed = [n["message"]["text"]
                for inv in run.get("invocations", [])
                for n in inv.get("toolExecutionNotifications", [])
                if n.get("level") == "error"]

print(f"wskcheck-ci: {new} new, {unchanged} in the baseline, {suppressed} "
      f"suppressed in source; {len(not_analysed)} not analysed",
      file=sys.stderr)
for text in not_analysed:
    print(f"wskcheck-ci: not analysed: {text}", file=sys.stderr)
if new:
    print("wskcheck-ci: failing: new findings", file=sys.stderr)
    sys.exit(1)
if not_analysed and not_analysed_policy != "warn":
    print("wskcheck-ci: failing: not every file was analysed "
          "(WSKCHECK_NOT_ANALYSED=warn makes this a warning)", file=sys.stderr)
    sys.exit(2)
if status == 2 and not not_analysed:
    print("wskcheck-ci: failing: wskcheck exited with status 2",
          file=sys.stderr)
    sys.exit(2)
sys.exit(0)
EOF
  ;;
-h | --help) usage ;;
*)
  echo "wskcheck-ci: unknown step '$step' (packages, install, build, analyze, baseline)" >&2
  exit 2
  ;;
esac
