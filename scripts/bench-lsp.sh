#!/bin/sh
# bench-lsp.sh [saves]: how long an editor waits, after saving the example
# driver, for wskcheck-lsp to show its findings (didSave to
# publishDiagnostics), over a number of saves (default 10). Prints the
# numbers; docs/editors.md quotes them.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WSK_BUILD_DIR:-$root/build}
saves=${1:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/wskcheck-bench-lsp.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/echo_driver" "$work/echo"
python3 - "$work/echo" "$root/runtime_shim/include" <<'PY'
import json, os, sys
d, inc = sys.argv[1], sys.argv[2]
json.dump([{"directory": d, "file": f, "arguments": ["clang", "-c", "-I", inc, f]}
           for f in ("driver.c", "wsk_client.c")],
          open(os.path.join(d, "compile_commands.json"), "w"))
PY
python3 "$root/test/lsp/Inputs/lsp-client.py" --root "$work/echo" \
  --open "$work/echo/driver.c" --bench "$saves" -- "$build/bin/wskcheck-lsp" |
  grep '^open:'
