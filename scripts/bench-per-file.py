#!/usr/bin/env python3
"""What wskcheck's containment costs per file: prints numbers, asserts nothing.

wskcheck analyses every file in a child process of its own (a fork, with -j1
too), which writes its result as JSON to a temporary file; the parent reads
it back, keeps a copy for a stopped run and assembles the report at the end.
This script measures what that costs per file against the same files
analysed one after the other in one process.

The files: --files copies of one small generated driver
(scripts/gen-bench-driver.py --modules, a DriverEntry that registers with
WSK and an unload routine that deregisters) with one bug added (a second
WskDeregister), and a compile_commands.json. Before the timed rounds, each
program runs once on all the files and must report the bug in every one
of them: both analyse all N files.

  wskcheck   wskcheck -p DB -j1 -q: one fork, result file and JSON per file
  one-proc   clang-tidy with WskTidyModule.so (the same modelling core and
             rules) on the same files in one clang-tidy process

Each is also run on one of the files, and the cost of a file is the
difference divided by N-1, so that neither program's start-up counts. The
per-file overhead printed is wskcheck's cost of a file less clang-tidy's:
the fork, the result file, the JSON both ways, the progress line, what a
fresh process pays for its first analysis (its memory faulted in, lazy
initialisation), and whatever wskcheck's own front end does per file that
the clang-tidy module does not (the same analysis, each with its own setup).

To split the fork from the rest, two more runs on one file:
  start-up   wskcheck --version: loading and initialising wskcheck
  in-proc    the process a -j child would be where there is no fork
             (wskcheck --internal-result=R --internal-source=F -p DB): one
             file analysed in the process itself, its result written as
             JSON, no fork
"fork" is then wskcheck's 1-file run less in-proc: the fork, the parent's
reading of the result, the report; "first analysis" is in-proc less
start-up: one file analysed by a fresh process.

Times are wall time and CPU time (user + system of the children,
getrusage(RUSAGE_CHILDREN)); the runs of one round go in turn, rotated
round after round, and each figure is the median over the rounds.

  scripts/bench-per-file.py [--build build] [--llvm 19] [--files 50]
      [--modules 2] [--runs 5]
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "scripts", "gen-bench-driver.py")


def times_of(cmd):
    """CPU seconds (user + system) of the command and its children, and its
    wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit("bench-per-file: %s failed (%d): %s" % (
            " ".join(cmd[:3]), done.returncode,
            done.stderr.decode(errors="replace")[-2000:]))
    return ((after.ru_utime - before.ru_utime) +
            (after.ru_stime - before.ru_stime), wall)


BUG = "wsk.DuplicateDeregister"


def make_database(tmp, files, modules):
    with open(os.path.join(tmp, "drv.c"), "w") as f:
        subprocess.run([sys.executable, GEN, str(modules)], stdout=f,
                       check=True)
        f.write("void BenchBug(void) { WskDeregister(&g_Reg); "
                "WskDeregister(&g_Reg); }\n")
    names = []
    for i in range(files):
        name = os.path.join(tmp, "drv%03d.c" % i)
        shutil.copy(os.path.join(tmp, "drv.c"), name)
        names.append(name)
    os.remove(os.path.join(tmp, "drv.c"))
    include = os.path.join(ROOT, "runtime_shim", "include")
    entries = [{"directory": tmp, "file": n,
                "arguments": ["clang", "-c", "-I", include, n]}
               for n in names]
    with open(os.path.join(tmp, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return names


def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--llvm", default="19",
                    help="LLVM major version of the build (for clang-tidy)")
    ap.add_argument("--files", type=int, default=50)
    ap.add_argument("--modules", type=int, default=2,
                    help="modules of the generated driver (its size)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if args.files < 2:
        sys.exit("bench-per-file: --files needs at least 2")

    wskcheck = os.path.join(args.build, "bin", "wskcheck")
    module = os.path.join(args.build, "lib", "WskTidyModule.so")
    tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
    for path in (wskcheck, module, tidy):
        if not os.path.exists(path):
            sys.exit("bench-per-file: %s does not exist; build first" % path)

    with tempfile.TemporaryDirectory(prefix="wsk-perfile-") as tmp:
        names = make_database(tmp, args.files, args.modules)
        cmds = {}
        for label, files in (("N", names), ("1", names[:1])):
            cmds["wskcheck." + label] = [wskcheck, "-p", tmp, "-j1", "-q",
                                         *files]
            cmds["one-proc." + label] = [tidy, "--load=" + module,
                                         "--checks=-*,wsk-lifecycle",
                                         "--quiet", "-p", tmp, *files]
        cmds["start-up"] = [wskcheck, "--version"]
        cmds["in-proc"] = [wskcheck, "-p", tmp,
                           "--internal-result=" + os.path.join(tmp, "r.json"),
                           "--internal-source=" + names[0]]
        for name in ("wskcheck.N", "one-proc.N"):
            out = subprocess.run(cmds[name], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, check=False)
            found = out.stdout.decode(errors="replace").count(
                "[%s]" % BUG)
            if found != len(names):
                sys.exit("bench-per-file: %s reported %s in %d of %d files"
                         % (name.split(".")[0], BUG, found, len(names)))
        cpu = {name: [] for name in cmds}
        wall = {name: [] for name in cmds}
        for r in range(args.runs):
            order = list(cmds)
            order = order[r % len(order):] + order[:r % len(order)]
            for name in order:
                c, w = times_of(cmds[name])
                cpu[name].append(c)
                wall[name].append(w)
        med = {("cpu", n): statistics.median(v) for n, v in cpu.items()}
        med.update({("wall", n): statistics.median(v)
                    for n, v in wall.items()})

    n = args.files
    print("%d copies of a %d-module driver, median of %d rounds" %
          (n, args.modules, args.runs))
    print("%-8s %-10s %10s %10s %12s" %
          ("time", "run", "%d files" % n, "1 file", "per file"))
    per = {}
    for kind in ("wall", "cpu"):
        for run in ("wskcheck", "one-proc"):
            all_, one = med[(kind, run + ".N")], med[(kind, run + ".1")]
            per[(kind, run)] = (all_ - one) / (n - 1)
            print("%-8s %-10s %9.2fs %9.2fs %10.1fms" %
                  (kind, run, all_, one, 1000 * per[(kind, run)]))
    for kind in ("wall", "cpu"):
        extra = per[(kind, "wskcheck")] - per[(kind, "one-proc")]
        print("%s: wskcheck's overhead per file %.1f ms (%.0f%% of a file "
              "in one process)" % (kind, 1000 * extra,
                                   100 * extra / per[(kind, "one-proc")]))
    for kind in ("wall", "cpu"):
        start = med[(kind, "start-up")]
        inproc = med[(kind, "in-proc")]
        one = med[(kind, "wskcheck.1")]
        print("%s, one file: start-up %.1f ms, first analysis %.1f ms, "
              "fork %.1f ms" % (kind, 1000 * start, 1000 * (inproc - start),
                                1000 * (one - inproc)))


if __name__ == "__main__":
    main()
