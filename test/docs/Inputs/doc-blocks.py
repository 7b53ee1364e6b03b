#!/usr/bin/env python3
"""The fenced code blocks of the documentation, for the tests that keep it
true.

  doc-blocks.py run --tree SRC (--build BUILD | --wskcheck BUILD/bin/wskcheck) FILE...
      runs every block marked ```sh runnable in FILEs, each in a fresh copy
      of the source tree SRC (BUILD's bin/ and lib/ copied into its build/),
      and fails if one fails
  doc-blocks.py parse FILE...
      parses every yaml and json block, and says how many it parsed
  doc-blocks.py get FILE NAME
      prints the block marked with name=NAME in its info string
  doc-blocks.py workflow-step FILE HEADING STEP
      prints the run: command of step STEP of the YAML block under the
      heading HEADING

The runnable marker: ```sh runnable [status=N]. The block runs with
`bash -e -o pipefail` from the copy's root and must exit 0; with status=N it
runs without -e and its last command must exit N (a wskcheck run with
findings exits 1). Commands that cannot run on this machine (Windows, a
driver repository of your own) are in blocks without the marker.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^(\s*)```(.*)$")


def blocks(path):
    """(line, info string, text, heading) of each fenced block of a file."""
    out, heading, inside = [], "", None
    with open(path) as f:
        for number, line in enumerate(f, 1):
            m = FENCE.match(line.rstrip("\n"))
            if inside is None:
                if line.startswith("#"):
                    heading = line.strip("# \n")
                if m:
                    inside = (number, m.group(2).strip(), [], heading,
                              len(m.group(1)))
            elif m and not m.group(2).strip():
                out.append((inside[0], inside[1], "".join(inside[2]),
                            inside[3]))
                inside = None
            else:
                # An indented block (in a list item) loses its indentation.
                inside[2].append(line[inside[4]:] if line[:inside[4]].isspace()
                                 else line)
    return out


def info(words):
    parts = words.split()
    attrs = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    return (parts[0] if parts else ""), set(parts[1:]), attrs


def copy_tree(tree, build, dest):
    skip = shutil.ignore_patterns(".git", "build", "build-*", "build22")
    shutil.copytree(tree, dest, ignore=skip, symlinks=True)
    for sub in ("bin", "lib"):
        shutil.copytree(os.path.join(build, sub),
                        os.path.join(dest, "build", sub), symlinks=True)


def run(argv):
    tree = build = None
    files = []
    args = iter(argv)
    for a in args:
        if a == "--tree":
            tree = next(args)
        elif a == "--build":
            build = next(args)
        elif a == "--wskcheck":  # the build's bin/wskcheck
            build = os.path.dirname(os.path.dirname(os.path.abspath(next(args))))
        else:
            files.append(a)
    failures = count = 0
    with tempfile.TemporaryDirectory(prefix="wskcheck-docs.") as tmp:
        for path in files:
            rel = os.path.relpath(path, tree)
            for line, words, text, _ in blocks(path):
                lang, flags, attrs = info(words)
                if "runnable" not in flags:
                    continue
                count += 1
                where = os.path.join(tmp, f"{count}")
                copy_tree(tree, build, where)
                status = int(attrs.get("status", "0"))
                shell = ["bash", "-o", "pipefail"]
                if "status" not in attrs:
                    shell.insert(1, "-e")
                env = dict(os.environ)
                # The copy's build/ already holds the build under test.
                env["WSK_PREBUILT"] = "1"
                r = subprocess.run(shell + ["-c", text], cwd=where, env=env,
                                   capture_output=True, text=True,
                                   timeout=900)
                ok = r.returncode == status
                print(f"{'ok' if ok else 'FAILED'}: {rel}:{line}: "
                      f"exit {r.returncode}" +
                      ("" if ok else f", expected {status}"))
                if not ok:
                    failures += 1
                    print(f"--- the block:\n{text}--- its output:\n"
                          f"{r.stdout}{r.stderr}---")
                shutil.rmtree(where, ignore_errors=True)
    print(f"{count} runnable blocks, {failures} failed")
    failures += check_packages(files, tree)
    return 1 if failures or not count else 0


def check_packages(files, tree):
    """Every package an apt-get install line of the docs names (marked or
    not: installing needs root and the network) is in this machine's
    Debian archive, under that name."""
    names = set()
    for path in files:
        for _, _, text, _ in blocks(path):
            for line in text.replace("\\\n", " ").splitlines():
                if "apt-get install" not in line:
                    continue
                words = line.split("apt-get install", 1)[1].split()
                names.update(w for w in words if re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", w))
    missing = [n for n in sorted(names) if subprocess.run(
        ["apt-cache", "show", "--no-all-versions", n],
        capture_output=True).returncode != 0]
    print(f"packages named by apt-get install: {len(names)}, "
          f"not in the archive: {' '.join(missing) or 'none'}")
    return len(missing)


def get(path, name):
    for _, words, text, _ in blocks(path):
        if info(words)[2].get("name") == name:
            sys.stdout.write(text)
            return 0
    print(f"doc-blocks: no block named {name} in {path}", file=sys.stderr)
    return 1


def workflow_step(path, heading, step):
    import yaml
    for _, words, text, h in blocks(path):
        if h != heading or info(words)[0] != "yaml":
            continue
        for job in yaml.safe_load(text)["jobs"].values():
            for s in job["steps"]:
                if s.get("name") == step and "run" in s:
                    sys.stdout.write(s["run"].rstrip("\n") + "\n")
                    return 0
    print(f"doc-blocks: no step {step!r} under {heading!r} in {path}",
          file=sys.stderr)
    return 1


def parse(files):
    import json
    import yaml
    counts, bad = {"yaml": 0, "json": 0}, 0
    for path in files:
        for line, words, text, _ in blocks(path):
            lang = info(words)[0]
            if lang not in counts:
                continue
            try:
                (yaml.safe_load if lang == "yaml" else json.loads)(text)
                counts[lang] += 1
            except Exception as e:
                bad += 1
                print(f"FAILED: {path}:{line}: {lang}: {e}")
    print(f"parsed {counts['yaml']} yaml and {counts['json']} json blocks, "
          f"{bad} failed")
    return 1 if bad else 0


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "run":
        return run(rest)
    if cmd == "parse":
        return parse(rest)
    if cmd == "get" and len(rest) == 2:
        return get(*rest)
    if cmd == "workflow-step" and len(rest) == 3:
        return workflow_step(*rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
