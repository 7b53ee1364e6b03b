#!/usr/bin/env bash
# Measures the runtime shim's cost per intercepted call in the host build:
# builds runtime_shim/bench/bench_shim.c with the shim (wskshim-cc, the
# forced-include header) and without it (the same host environment and
# provider simulator, no header: calls go straight to the simulator), runs
# both and prints ns per call and the difference. Not a test: numbers
# depend on the machine (docs/shim.md records some).
#
#   scripts/bench-shim.sh [iterations]      (default 2000000; 3 runs each,
#                                            the fastest is kept)
# Uses the build in WSK_BUILD_DIR (default build/); builds the shim there.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WSK_BUILD_DIR:-$root/build}
iterations=${1:-2000000}
cmake --build "$build" -j2 --target wskshim >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src="$root/runtime_shim/bench/bench_shim.c"
cc=$(sed -n 's/^CMAKE_C_COMPILER:FILEPATH=//p' "$build/CMakeCache.txt")
libs=("$build/lib/libwskshim_runner.a" "$build/lib/libwskshim_host.a"
  "$build/lib/libwskshim_core.a" -lpthread)
inc=(-I "$root/runtime_shim/include" -I "$root/checker/catalog"
  -I "$root/runtime_shim/core")

"$build/bin/wskshim-cc" -O2 -o "$work/with-shim" "$src"
"$cc" -O2 -std=gnu99 -Wno-multichar "${inc[@]}" -o "$work/direct" "$src" \
  "${libs[@]}"

run() { # binary -> lines "name ns"
  local best=""
  for _ in 1 2 3; do
    BENCH_ITERATIONS=$iterations "$1" --quiet --no-dispatch \
      --timeout-ms=600000 2>/dev/null |
      sed -n 's/^bench: \(.*[^ ]\) \+\([0-9.]\+\) ns\/call$/\1\t\2/p' \
        >"$work/run.txt"
    if [ -z "$best" ]; then
      cp "$work/run.txt" "$work/best.txt"
      best=1
    else
      paste "$work/best.txt" "$work/run.txt" |
        awk -F'\t' '{ printf "%s\t%s\n", $1, ($2 < $4 ? $2 : $4) }' \
          >"$work/min.txt"
      mv "$work/min.txt" "$work/best.txt"
    fi
  done
  cat "$work/best.txt"
}

run "$work/direct" >"$work/direct.txt"
run "$work/with-shim" >"$work/shim.txt"

echo "host: $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(nproc) cpu(s)"
type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
echo "compiler: $("$cc" --version | head -n1); driver -O2; shim libraries $type"
echo "iterations: $iterations per loop, fastest of 3 runs"
printf '%-34s %10s %10s %10s\n' "call" "direct ns" "shim ns" "overhead"
paste "$work/direct.txt" "$work/shim.txt" |
  awk -F'\t' '{ printf "%-34s %10.1f %10.1f %10.1f\n", $1, $2, $4, $4 - $2 }'
