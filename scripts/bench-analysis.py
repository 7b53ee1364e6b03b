#!/usr/bin/env python3
"""Analysis cost of the wsk checkers against plain `clang --analyze`, as ratios.

Sizes (the default): for each size of the generated driver of
scripts/gen-bench-driver.py (modules of globals and helpers, a DriverEntry and
an unload routine, no WSK misuse), times three runs of the same clang:
  plain   clang --analyze (clang's default checkers)
  wsk     the same with the plugin and -analyzer-checker=wsk, as
          docs/analyze-build.md loads it (lifecycle root on)
  noroot  as wsk, with the lifecycle root switched off
and prints the medians and the ratios wsk/plain and noroot/plain. With
--before BUILD, a fourth run, `before`, is the wsk run with the plugin of
another build (the same sources before a change), alternated with the others.

CTU: `wskcheck -p DIR --ctu` against `wskcheck -p DIR` on a generated driver
of --ctu-files files (each with a WSK client of its own, so that both runs
analyse every file), and `--ctu --ctu-cache CACHE` on a cache that one run
before the rounds filled (every timed run is a second run: the files did not
change, so no file is parsed for the index). For these runs the wall time is
printed too, since the index is made with one job per core.

Headers: the project's host headers (runtime_shim/include) stand in for the
WDK's and are passed as system headers (-isystem), as a driver's build passes
the WDK's (clang-cl takes the INCLUDE folders and -imsvc as system folders;
wskcheck --wdk=mingw adds its headers with -isystem). With --headers user
they are passed with -I instead: clang then takes the kernel routines for the
driver's own code and, at each call it cannot see, forgets every global of
the driver, which no real build of a driver makes plain clang do.

Time is the CPU time (user + system) of the child processes
(getrusage(RUSAGE_CHILDREN)), so that other work on the machine counts less
than in wall time; the configurations of one size run in turn, round after
round, and each figure is the median over the rounds.

  scripts/bench-analysis.py [--build build] [--runs 5] [--quick]
      [--sizes 20,40,80,160,320] [--ctu-files 50] [--no-sizes] [--no-ctu]
      [--before BUILD] [--headers system|user]
  scripts/bench-analysis.py [--runs 5] file...   (the three runs per file)
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "scripts", "gen-bench-driver.py")


def times_of(cmd):
    """CPU seconds (user + system) the command and its children used, and
    the wall time it took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) +
            (after.ru_stime - before.ru_stime), wall)


def alternate(cmds, runs, wall=False):
    """Medians of the commands' CPU times (with wall: also of their wall
    times, keyed NAME.wall), the commands run in turn."""
    samples = {name: [] for name in cmds}
    walls = {name: [] for name in cmds}
    for r in range(runs):
        # Rotate the order so no configuration always runs first.
        names = list(cmds)
        names = names[r % len(names):] + names[:r % len(names)]
        for name in names:
            cpu, w = times_of(cmds[name])
            samples[name].append(cpu)
            walls[name].append(w)
    medians = {name: statistics.median(s) for name, s in samples.items()}
    if wall:
        medians.update({name + ".wall": statistics.median(s)
                        for name, s in walls.items()})
    return medians


def include_flag(args):
    return "-I" if args.headers == "user" else "-isystem"


def analyze_cmds(args, clang, plugin, path):
    before = args.before
    base = [clang, "--analyze", "-o", "/dev/null",
            include_flag(args), os.path.join(ROOT, "runtime_shim", "include")]

    def wsk(p):
        return ["-fplugin=" + p, "-Xanalyzer", "-analyzer-checker=wsk"]
    noroot = ["-Xanalyzer", "-analyzer-config",
              "-Xanalyzer", "wsk.Modeling:LifecycleRoot=false"]
    cmds = {"plain": base + [path], "wsk": base + wsk(plugin) + [path],
            "noroot": base + wsk(plugin) + noroot + [path]}
    if before:
        cmds["before"] = base + wsk(before) + [path]
    return cmds


def bench_sizes(args, clang, plugin, tmp):
    print(f"clang --analyze, CPU time, median of {args.runs} alternating "
          f"runs, {args.headers} headers")
    print(f"{'modules':>7} {'lines':>6} {'plain':>8} {'wsk':>8} {'noroot':>8} "
          f"{'wsk/plain':>10} {'noroot/plain':>13}"
          + (f" {'before':>8} {'before/plain':>13}" if args.before else ""))
    for n in args.sizes:
        path = os.path.join(tmp, f"bench{n}.c")
        with open(path, "w") as f:
            subprocess.run([sys.executable, GEN, str(n)], stdout=f, check=True)
        with open(path) as f:
            lines = sum(1 for _ in f)
        t = alternate(analyze_cmds(args, clang, plugin, path),
                      args.runs)
        before = (f" {t['before']:7.2f}s {t['before'] / t['plain']:13.2f}"
                  if args.before else "")
        print(f"{n:7} {lines:6} {t['plain']:7.2f}s {t['wsk']:7.2f}s "
              f"{t['noroot']:7.2f}s {t['wsk'] / t['plain']:10.2f} "
              f"{t['noroot'] / t['plain']:13.2f}{before}", flush=True)


def bench_ctu(args, tmp):
    wskcheck = os.path.join(args.build, "bin", "wskcheck")
    if not os.path.exists(wskcheck):
        sys.exit(f"bench-analysis: no wskcheck at {wskcheck}; build first")
    d = os.path.join(tmp, f"ctu{args.ctu_files}")
    subprocess.run([sys.executable, GEN, "--files", str(args.ctu_files), d]
                   + (["--user-headers"] if args.headers == "user" else []),
                   check=True)
    base = [wskcheck, "-p", d, "--format", "text"]
    if args.jobs:
        base += ["-j", str(args.jobs)]
    cached = base + ["--ctu", "--ctu-cache", os.path.join(tmp, "ctu-cache")]
    # Fill the cache: the timed runs with it are all second runs.
    subprocess.run(cached, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    cmds = {"plain": base, "ctu": base + ["--ctu"], "cached": cached}
    before = None
    if args.before:
        before = os.path.join(os.path.dirname(os.path.dirname(args.before)),
                              "bin", "wskcheck")
        cmds["before"] = [before] + base[1:] + ["--ctu"]
    t = alternate(cmds, args.runs, wall=True)
    print(f"wskcheck -p on {args.ctu_files + 1} files, median of "
          f"{args.runs} alternating runs")
    print(f"{'':5} {'without --ctu':>14} {'--ctu':>8} {'--ctu-cache':>12} "
          f"{'ctu/without':>12} {'cache/without':>14}"
          + (f" {'before --ctu':>13}" if before else ""))
    for kind, suffix in (("CPU", ""), ("wall", ".wall")):
        p, c, k = (t[n + suffix] for n in ("plain", "ctu", "cached"))
        b = f" {t['before' + suffix]:12.2f}s" if before else ""
        print(f"{kind:5} {p:13.2f}s {c:7.2f}s {k:11.2f}s {c / p:12.2f} "
              f"{k / p:14.2f}{b}", flush=True)
    bench_ctu_clang(args, d, tmp)


def bench_ctu_clang(args, d, tmp):
    """What following the calls costs clang itself: driver.c analysed by
    clang --analyze with an index of the module files (clang's own
    clang-extdef-mapping), with and without the plugin."""
    llvm = f"/usr/lib/llvm-{args.llvm}/bin"
    mapping = os.path.join(llvm, "clang-extdef-mapping")
    if not os.path.exists(mapping):
        return
    ctu_dir = os.path.join(tmp, "clang-ctu")
    os.makedirs(ctu_dir, exist_ok=True)
    with open(os.path.join(d, "compile_commands.json")) as f:
        db = json.load(f)
    files = [e["file"] for e in db]
    with open(os.path.join(ctu_dir, "externalDefMap.txt"), "w") as out:
        subprocess.run([mapping, "-p", d] + files, stdout=out,
                       stderr=subprocess.DEVNULL, check=True)
    invocations = {}
    for e in db:
        a = [x for x in e["arguments"] if x != "-c"]
        invocations[e["file"]] = ([os.path.join(llvm, "clang"),
                                   "-working-directory=" + e["directory"],
                                   "-w"] + a[1:])
    inv = os.path.join(ctu_dir, "invocations.yaml")
    with open(inv, "w") as out:
        json.dump(invocations, out)
    ctu = []
    for c in ("experimental-enable-naive-ctu-analysis=true",
              "ctu-dir=" + ctu_dir, "ctu-invocation-list=" + inv,
              "ctu-phase1-inlining=all"):
        ctu += ["-Xanalyzer", "-analyzer-config", "-Xanalyzer", c]
    plugin = os.path.join(args.build, "lib", "WskCheckerPlugin.so")
    base = [os.path.join(llvm, "clang"), "--analyze", "-o", "/dev/null",
            include_flag(args), os.path.join(ROOT, "runtime_shim", "include"),
            "-I", d]
    wsk = ["-fplugin=" + plugin, "-Xanalyzer", "-analyzer-checker=wsk"]
    driver = [os.path.join(d, "driver.c")]
    t = alternate({"plain": base + driver, "plain-ctu": base + ctu + driver,
                   "wsk": base + wsk + driver,
                   "wsk-ctu": base + wsk + ctu + driver}, args.runs)
    print(f"driver.c alone, clang --analyze, CPU time: without the index "
          f"{t['plain']:.2f}s, with it {t['plain-ctu']:.2f}s; with the "
          f"plugin {t['wsk']:.2f}s and {t['wsk-ctu']:.2f}s", flush=True)


def bench_files(args, clang, plugin):
    print(f"{'file':45} {'plain':>8} {'wsk':>8} {'noroot':>8} "
          f"{'wsk/plain':>10} {'noroot/plain':>13}"
          + (f" {'before':>8} {'before/plain':>13}" if args.before else ""))
    for f in args.files:
        path = f if os.path.isabs(f) else os.path.join(ROOT, f)
        t = alternate(analyze_cmds(args, clang, plugin, path),
                      args.runs)
        before = (f" {t['before']*1000:6.0f}ms "
                  f"{t['before'] / t['plain']:13.2f}" if args.before else "")
        print(f"{f:45} {t['plain']*1000:6.0f}ms {t['wsk']*1000:6.0f}ms "
              f"{t['noroot']*1000:6.0f}ms {t['wsk'] / t['plain']:10.2f} "
              f"{t['noroot'] / t['plain']:13.2f}{before}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--llvm", default=os.environ.get("WSK_LLVM_MAJOR", "19"))
    ap.add_argument("--runs", type=int, default=5,
                    help="rounds per configuration (default 5)")
    ap.add_argument("--quick", action="store_true",
                    help="3 rounds, unless --runs says otherwise")
    ap.add_argument("--sizes", default="20,40,80,160,320",
                    help="module counts of the generated driver")
    ap.add_argument("--ctu-files", type=int, default=50,
                    help="module files of the generated CTU driver")
    ap.add_argument("-j", "--jobs", type=int, default=0,
                    help="wskcheck's -j (default: its own default)")
    ap.add_argument("--no-sizes", action="store_true")
    ap.add_argument("--no-ctu", action="store_true")
    ap.add_argument("--before", metavar="BUILD",
                    help="also time the wsk run with BUILD's plugin")
    ap.add_argument("--headers", choices=("system", "user"),
                    default="system",
                    help="pass the host headers as system headers (default) "
                    "or with -I")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if args.quick and not any(a.startswith("--runs") for a in sys.argv):
        args.runs = 3
    args.sizes = [int(s) for s in args.sizes.split(",") if s]

    clang = f"/usr/lib/llvm-{args.llvm}/bin/clang"
    plugin = os.path.join(args.build, "lib", "WskCheckerPlugin.so")
    if not os.path.exists(plugin):
        sys.exit(f"bench-analysis: no plugin at {plugin}; build first")
    if args.before:
        args.before = os.path.join(args.before, "lib", "WskCheckerPlugin.so")
        if not os.path.exists(args.before):
            sys.exit(f"bench-analysis: no plugin at {args.before}")
    if args.files:
        bench_files(args, clang, plugin)
        return
    with tempfile.TemporaryDirectory(prefix="wsk-bench-") as tmp:
        if not args.no_sizes:
            bench_sizes(args, clang, plugin, tmp)
        if not args.no_ctu:
            bench_ctu(args, tmp)


if __name__ == "__main__":
    main()
