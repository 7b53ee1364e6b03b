#!/usr/bin/env python3
"""Analysis time of wskcheck against plain `clang --analyze`, as ratios.

For each file, times (median of --runs) three runs of the same clang:
  plain   clang --analyze (clang's default checkers)
  wsk     the same with the plugin and -analyzer-checker=wsk
  noroot  as wsk, with the lifecycle root switched off
and prints the times and the ratios wsk/plain and wsk/noroot (the cost of
following DriverEntry into the unload routine).

  scripts/bench-analysis.py [--build build] [--runs 7] [file...]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FILES = [
    "examples/echo_driver/driver.c",
    "examples/echo_driver/wsk_client.c",
    "test/analyzer/lifecycle-kmdf-cleanup.c",
    "test/analyzer/lifecycle-shared-cleanup.c",
    "test/analyzer/MissingDeregister.c",
]


def timed(cmd, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--llvm", default=os.environ.get("WSK_LLVM_MAJOR", "19"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    clang = f"/usr/lib/llvm-{args.llvm}/bin/clang"
    plugin = os.path.join(args.build, "lib", "WskCheckerPlugin.so")
    if not os.path.exists(plugin):
        sys.exit(f"bench-analysis: no plugin at {plugin}; build first")
    base = [clang, "--analyze", "-o", "/dev/null",
            "-I", os.path.join(ROOT, "runtime_shim", "include")]
    wsk = ["-fplugin=" + plugin, "-Xanalyzer", "-analyzer-checker=wsk"]
    noroot = ["-Xanalyzer", "-analyzer-config",
              "-Xanalyzer", "wsk.Modeling:LifecycleRoot=false"]

    print(f"{'file':45} {'plain':>8} {'wsk':>8} {'noroot':>8} "
          f"{'wsk/plain':>10} {'wsk/noroot':>11}")
    for f in args.files or DEFAULT_FILES:
        path = f if os.path.isabs(f) else os.path.join(ROOT, f)
        t_plain = timed(base + [path], args.runs)
        t_wsk = timed(base + wsk + [path], args.runs)
        t_noroot = timed(base + wsk + noroot + [path], args.runs)
        print(f"{f:45} {t_plain*1000:7.1f}ms {t_wsk*1000:7.1f}ms "
              f"{t_noroot*1000:7.1f}ms {t_wsk/t_plain:10.2f} "
              f"{t_wsk/t_noroot:11.2f}")


if __name__ == "__main__":
    main()
