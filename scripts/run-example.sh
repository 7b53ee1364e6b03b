#!/usr/bin/env bash
# Builds wskcheck (installing what it needs) and runs it on the bundled
# example driver, examples/echo_driver, which has three WSK lifecycle bugs.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}
build=${WSK_BUILD_DIR:-$root/build}
[ -n "${WSK_BUILD_DIR:-}" ] || [ "$major" = 19 ] || build="$root/build-llvm$major"
export WSK_BUILD_DIR="$build"

"$root/scripts/setup.sh" >/dev/null

cd "$root"
echo "\$ wskcheck examples/echo_driver/driver.c examples/echo_driver/wsk_client.c -- -I runtime_shim/include" >&2
status=0
"$build/bin/wskcheck" examples/echo_driver/driver.c \
  examples/echo_driver/wsk_client.c -- -I runtime_shim/include || status=$?
# Exit status 1 means findings, which is what this example is for.
[ "$status" -le 1 ]
