#!/usr/bin/env bash
# Builds wskcheck (installing what it needs) and runs it on the bundled
# example driver, examples/echo_driver, which has three WSK lifecycle bugs;
# then confirms each finding by running the driver under the runtime shim.
#
#   scripts/run-example.sh            the host build of the shim, on Linux
#   scripts/run-example.sh --kernel   the kernel build (.sys), under Wine
set -euo pipefail

confirm_args=()
case "${1:-}" in
"") ;;
--kernel) confirm_args=(--kernel) ;;
*)
  echo "usage: $0 [--kernel]" >&2
  exit 2
  ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${WSK_LLVM_MAJOR:-19}
build=${WSK_BUILD_DIR:-$root/build}
[ -n "${WSK_BUILD_DIR:-}" ] || [ "$major" = 19 ] || build="$root/build-llvm$major"
export WSK_BUILD_DIR="$build"

"$root/scripts/setup.sh" >/dev/null

cd "$root"
sources=(examples/echo_driver/driver.c examples/echo_driver/wsk_client.c)
args=(-- -I runtime_shim/include)
sarif=$(mktemp --suffix=.sarif)
trap 'rm -f "$sarif"' EXIT

echo "\$ wskcheck ${sources[*]} ${args[*]}" >&2
status=0
"$build/bin/wskcheck" "${sources[@]}" "${args[@]}" || status=$?
# Exit status 1 means findings, which is what this example is for.
[ "$status" -le 1 ]

# The same findings as SARIF, for the confirmation runner.
status=0
"$build/bin/wskcheck" --format=sarif -o "$sarif" "${sources[@]}" \
  "${args[@]}" 2>/dev/null || status=$?
[ "$status" -le 1 ]

echo >&2
echo "\$ wskcheck-confirm ${confirm_args[*]:+${confirm_args[*]} }--findings=wskcheck.sarif ${sources[*]} ${args[*]}" >&2
# Exit status 0: every finding was reproduced at run time.
"$build/bin/wskcheck-confirm" "${confirm_args[@]}" --findings="$sarif" \
  "${sources[@]}" "${args[@]}"
