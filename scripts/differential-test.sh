#!/usr/bin/env bash
# Differential test of the WSK model on many generated functions: prints the
# counts by rule and "N functions, E expected reports, M missed, X extra" for
# each seed. Usage: scripts/differential-test.sh [count [first seed [seeds]]]
# (defaults: 2000 functions, seed 1, one seed). wskcheck runs twice on each
# seed's files (WSK_DIFF_RUNS), so reports that change between runs show up.
# Extra options for check_differential.py go in WSK_DIFF_ARGS (default
# "--quiet"; e.g. "--max-show 5" to see examples, "--reduce 20" for minimal
# ones, "--keep DIR" to keep the files). Exit status 1 if any seed disagrees.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-2000}
seed=${2:-1}
seeds=${3:-1}
build=${WSK_BUILD_DIR:-$root/build}

status=0
for ((i = 0; i < seeds; i++)); do
  # shellcheck disable=SC2086
  python3 "$root/test/differential/check_differential.py" \
    --seed $((seed + i)) --count "$count" \
    --wskcheck "$build/bin/wskcheck" \
    --include "$root/runtime_shim/include" \
    --runs "${WSK_DIFF_RUNS:-2}" \
    ${WSK_DIFF_ARGS:---quiet} || status=1
done
exit "$status"
