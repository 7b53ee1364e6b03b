"""compile-from-db.py <compile_commands.json> <clang> <file name>...

Compiles each named file (-fsyntax-only) with its command from the
database, as another tool would, and prints "<name>: compiles" or clang's
errors."""
import json
import os
import subprocess
import sys

database, clang, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(database) as f:
    entries = json.load(f)
status = 0
for name in names:
    entry = next(e for e in entries if os.path.basename(e["file"]) == name)
    args = [clang] + entry["arguments"][1:] + ["-fsyntax-only", "-w"]
    run = subprocess.run(args, cwd=entry["directory"], capture_output=True,
                         text=True)
    if run.returncode == 0:
        print(f"{name}: compiles")
    else:
        print(f"{name}: does not compile\n{run.stderr}")
        status = 1
sys.exit(status)
