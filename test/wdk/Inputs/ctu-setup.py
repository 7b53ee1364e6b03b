"""ctu-setup.py <dir> <clang> <args...> -- <source>...

Writes what clang's cross translation unit analysis reads for <source>s
compiled with <args>: <dir>/compile_commands.json for clang-extdef-mapping
and <dir>/invocations.yaml for on-demand parsing. The tests use it to run
the analyzer plugin across files the way `wskcheck --ctu` does.
"""
import json
import os
import subprocess
import sys

out, clang = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
split = rest.index("--")
args, sources = rest[:split], [os.path.abspath(s) for s in rest[split + 1:]]
# On-demand parsing does not find clang's own headers from a bare compiler
# name: name the resource directory.
resource = subprocess.check_output([clang, "-print-resource-dir"],
                                   text=True).strip()
commands, invocations = [], {}
for source in sources:
    argv = [clang, "-resource-dir=" + resource] + args + ["-c", source]
    commands.append({"directory": os.path.dirname(source), "file": source,
                     "arguments": argv})
    invocations[source] = argv
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(commands, f, indent=1)
with open(os.path.join(out, "invocations.yaml"), "w") as f:
    json.dump(invocations, f, indent=1)  # JSON is YAML's flow style
