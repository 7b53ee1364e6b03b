#!/usr/bin/env bash
# Builds wskcheck (installing what it needs) and runs the whole lit suite.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}
build=${WSK_BUILD_DIR:-$root/build}
[ -n "${WSK_BUILD_DIR:-}" ] || [ "$major" = 19 ] || build="$root/build-llvm$major"
export WSK_BUILD_DIR="$build"

"$root/scripts/setup.sh"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# Debian ships lit in different places across LLVM versions.
lit=/usr/lib/llvm-$major/build/utils/lit/lit.py
[ -f "$lit" ] || lit=/usr/lib/llvm-$major/bin/lit
python3 "$lit" -sv "$build/test" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain "N passed, N failed" form.
"$root/scripts/lit-summary.sh" "$log"
exit "$status"
