#!/usr/bin/env python3
"""Feeds wskcheck and wskcheck-confirm malformed inputs for a bounded time.

  fuzz-inputs.py --wskcheck=BIN [--confirm=BIN] [--include=DIR]
                 [--seconds=N] [--seed=N]

Generated compilation databases, baselines, SARIF logs and pathological
sources; every run must end with status 0, 1 or 2 (never a signal, never a
Python traceback), within its time limit, leaving no file in its private
TMPDIR or beside its outputs and no process behind. On a failure the inputs
are kept and named, and the status is 1.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

GOOD_SOURCE = """#include <wsk.h>
WSK_REGISTRATION g_Reg;
void Cleanup(void) { WskDeregister(&g_Reg); WskDeregister(&g_Reg); }
"""


def mutate_text(rng, text):
    """A few random edits: truncation, deletion, duplication, noise."""
    data = bytearray(text.encode("utf-8", "surrogateescape"))
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        op = rng.choice(["cut", "del", "dup", "byte", "nest"])
        i = rng.randrange(len(data))
        if op == "cut":
            del data[i:]
        elif op == "del":
            del data[i:i + rng.randint(1, 8)]
        elif op == "dup":
            data[i:i] = data[i:i + rng.randint(1, 40)]
        elif op == "byte":
            data[i] = rng.randrange(256)
        else:
            n = rng.choice([10, 100, 1000, 20000])
            data[i:i] = b"[" * n + b"]" * n
    return bytes(data)


def gen_database(rng, work, include):
    entry = {"directory": work, "file": "a.c",
             "arguments": ["clang", "-I" + include, "-c", "a.c"]}
    kind = rng.choice(["mutate", "types", "deep", "plugin", "args"])
    if kind == "types":
        key = rng.choice(["directory", "file", "arguments", "command"])
        entry[key] = rng.choice([None, 7, [], {}, [1, 2], "", "x" * 5000])
        return json.dumps([entry]).encode()
    if kind == "deep":
        n = rng.choice([63, 64, 65, 5000])
        return ("[" * n + "]" * n).encode()
    if kind == "plugin":
        entry["arguments"][1:1] = rng.choice([
            ["-fplugin=./x.so"], ["-Xclang", "-load", "-Xclang", "./x.so"],
            ["-o", "a.c"], ["-MF", "a.c"], ["-Xclang"], ["-o"]])
        return json.dumps([entry]).encode()
    if kind == "args":
        entry["arguments"] += rng.sample(
            ["--format", "sarif", "-x", "-std=c99x", "-fno-such", "-I", "--",
             "-Xclang", "-o"], rng.randint(1, 3))
        return json.dumps([entry]).encode()
    return mutate_text(rng, json.dumps([entry]))


def gen_source(rng):
    kind = rng.choice(["mutate", "elseif", "terms", "bytes", "comment"])
    if kind == "elseif":
        n = rng.choice([100, 3000, 6000])
        body = "\n".join(f"  else if (x == {i}) r = {i};" for i in range(1, n))
        return (GOOD_SOURCE + "int f(int x) { int r = 0;\n  if (x == 0) r = 1;\n"
                + body + "\n  return r; }\n").encode()
    if kind == "terms":
        n = rng.choice([1000, 65536])
        return (GOOD_SOURCE + "int g(int x) { return " + "+".join(["x"] * n)
                + "; }\n").encode()
    if kind == "bytes":
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
    if kind == "comment":
        return (GOOD_SOURCE + "/* never closed\n").encode()
    return mutate_text(rng, GOOD_SOURCE)


def gen_sarif(rng, good):
    kind = rng.choice(["mutate", "types", "deep"])
    if kind == "deep":
        n = rng.choice([100, 5000])
        return ('{"runs": ' + "[" * n + "]" * n + "}").encode()
    if kind == "types":
        log = json.loads(good) if good else {"runs": []}
        target = rng.choice(["runs", "results", "locations", "region"])
        value = rng.choice([None, 3, "x", [], {}, [7]])
        try:
            if target == "runs":
                log["runs"] = value
            elif target == "results":
                log["runs"][0]["results"] = value
            elif target == "locations":
                log["runs"][0]["results"][0]["locations"] = value
            else:
                (log["runs"][0]["results"][0]["locations"][0]
                 ["physicalLocation"]["region"]["startLine"]) = value
        except (KeyError, IndexError, TypeError):
            log = value
        return json.dumps(log).encode()
    return mutate_text(rng, good or "{}")


def processes_in(work):
    """Processes whose working directory is below work."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
        except OSError:
            continue
        if cwd == work or cwd.startswith(work + os.sep):
            found.append(int(pid))
    return found


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.failures = 0
        self.runs = 0
        self.good_sarif = ""

    def check(self, work, tmp, cmd, p, expect_python=False):
        self.runs += 1
        problems = []
        if p is None:
            problems.append("did not end within its time limit")
        else:
            if p.returncode not in (0, 1, 2):
                problems.append(f"exit status {p.returncode}")
            if "Traceback" in p.stderr or "Stack dump" in p.stderr:
                problems.append("crash report on standard error")
        if os.listdir(tmp):
            problems.append(f"left in TMPDIR: {os.listdir(tmp)}")
        left = [n for n in os.listdir(work) if ".wskcheck-" in n]
        if left:
            problems.append(f"left beside the outputs: {left}")
        if processes_in(work):
            problems.append("processes left")
        if problems:
            self.failures += 1
            keep = tempfile.mkdtemp(prefix="wskcheck-fuzz-failure-")
            shutil.copytree(work, os.path.join(keep, "work"), symlinks=True)
            sys.stderr.write(f"fuzz: FAIL: {' '.join(cmd)}: "
                             f"{'; '.join(problems)} (inputs in {keep})\n")

    def run(self, work, cmd):
        tmp = os.path.join(work, "..", "tmp")
        tmp = os.path.realpath(tmp)
        env = dict(os.environ, TMPDIR=tmp)
        try:
            p = subprocess.run(cmd, cwd=work, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               errors="replace", timeout=60,
                               start_new_session=True)
        except subprocess.TimeoutExpired:
            p = None
        self.check(work, tmp, cmd, p)
        for pid in processes_in(work):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        return p

    def one(self, root):
        work = os.path.join(root, "work")
        tmp = os.path.join(root, "tmp")
        for d in (work, tmp):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        a = self.args
        with open(os.path.join(work, "a.c"), "wb") as f:
            f.write(gen_source(self.rng))
        what = self.rng.choice(["db", "source", "baseline", "confirm"])
        jobs = self.rng.choice(["-j1", "-j2"])
        base = [a.wskcheck, jobs, "--timeout=20"]
        if what == "db":
            with open(os.path.join(work, "compile_commands.json"), "wb") as f:
                f.write(gen_database(self.rng, work, a.include))
            self.run(work, base + ["-p", ".", "-o", "report.txt"])
        elif what == "source":
            self.run(work, base + ["--format=sarif", "-o", "r.sarif", "a.c",
                                   "--", "-I", a.include])
        elif what == "baseline":
            with open(os.path.join(work, "b.sarif"), "wb") as f:
                f.write(gen_sarif(self.rng, self.good_sarif))
            self.run(work, base + ["--baseline=b.sarif",
                                   "--write-baseline=b.sarif", "a.c", "--",
                                   "-I", a.include])
        elif a.confirm:
            with open(os.path.join(work, "f.sarif"), "wb") as f:
                f.write(gen_sarif(self.rng, self.good_sarif))
            self.run(work, [a.confirm, "--findings=f.sarif", "a.c", "--",
                            "-I", a.include])

    def main(self):
        root = tempfile.mkdtemp(prefix="wskcheck-fuzz-")
        try:
            # A real SARIF log to mutate.
            work = os.path.join(root, "seed")
            os.makedirs(work)
            with open(os.path.join(work, "a.c"), "w") as f:
                f.write(GOOD_SOURCE)
            subprocess.run([self.args.wskcheck, "--format=sarif", "-o",
                            "a.sarif", "a.c", "--", "-I", self.args.include],
                           cwd=work, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            try:
                with open(os.path.join(work, "a.sarif")) as f:
                    self.good_sarif = f.read()
            except OSError:
                pass
            end = time.monotonic() + self.args.seconds
            while time.monotonic() < end:
                self.one(root)
        finally:
            shutil.rmtree(root, ignore_errors=True)
        print(f"fuzz: {self.runs} runs, {self.failures} failed "
              f"(seed {self.args.seed})")
        return 1 if self.failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wskcheck", required=True)
    ap.add_argument("--confirm")
    ap.add_argument("--include", required=True,
                    help="the host headers (runtime_shim/include)")
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    args = ap.parse_args()
    # The runs happen in directories of their own.
    args.wskcheck = os.path.abspath(args.wskcheck)
    args.include = os.path.abspath(args.include)
    if args.confirm:
        args.confirm = os.path.abspath(args.confirm)
    return Fuzzer(args).main()


if __name__ == "__main__":
    sys.exit(main())
