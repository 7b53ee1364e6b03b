#!/usr/bin/env python3
"""Checks that the wsk-lifecycle clang-tidy check reports what wskcheck does.

For every C and C++ source in the given directories (globbed when the test
runs, so new analyzer tests are covered without a change here), runs
`wskcheck <file> -- <args>` and `clang-tidy --load=<module>
--checks=-*,wsk-lifecycle <file> -- <args>` and compares the findings: file,
line, column, rule and message of each warning, and its notes in order.

Sources whose RUN lines pass -analyzer-disable-checker=<rules> are compared a
second time per list, with `wskcheck --disable=<rules>` against the check's
DisabledRules option; sources whose analyzer RUN lines pass -D<macro>
(a bug and its correct look-alike in one file) are compared again with each
set of macros.

Exits 1 and prints the differences if any finding differs, or if no finding
was compared at all (so a broken setup cannot pass silently).
"""

import argparse
import concurrent.futures
import difflib
import glob
import json
import os
import re
import shlex
import subprocess
import sys

DIAG = re.compile(
    r"^(?:(?P<file>[^\s].*?):(?P<line>\d+):(?:(?P<col>\d+):)? )?"
    r"(?P<kind>warning|error|note): (?P<msg>.*)$")
RULE = re.compile(r"^(?P<msg>.*) \[(?P<rule>wsk\.\w+)\]$")
DISABLED = re.compile(r"-analyzer-disable-checker=(\S+)")
ANALYZER_RUN = re.compile(r"RUN: %clang_analyze_wsk (.*)$", re.M)
WDK_RUN = re.compile(r"RUN: %clang_analyze_wsk_wdk (.*)$", re.M)
DEFINE = re.compile(r"(?:^|\s)(-D\S+)")


def location(cwd, m):
    if not m.group("file"):
        return ("", 0, 0)
    path = os.path.realpath(os.path.join(cwd, m.group("file")))
    return (path, int(m.group("line")), int(m.group("col") or 0))


def parse(text, cwd, tidy):
    """Findings as (warning, notes) tuples; unparsable warnings kept as-is."""
    findings = []
    errors = []
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        kind, msg = m.group("kind"), m.group("msg")
        if kind == "error":
            errors.append(line)
            continue
        if kind == "note":
            if findings:
                findings[-1][1].append(location(cwd, m) + (msg,))
            continue
        if tidy:
            if not msg.endswith(" [wsk-lifecycle]"):
                errors.append(line)  # Some other check or diagnostic.
                continue
            msg = msg[: -len(" [wsk-lifecycle]")]
        r = RULE.match(msg)
        rule, msg = (r.group("rule"), r.group("msg")) if r else ("?", msg)
        findings.append((location(cwd, m) + (rule, msg), []))
    return sorted((w, tuple(n)) for w, n in findings), errors


def render(findings):
    out = []
    for (path, line, col, rule, msg), notes in findings:
        out.append(f"{path}:{line}:{col}: warning: {msg} [{rule}]")
        for npath, nline, ncol, nmsg in notes:
            out.append(f"  {npath}:{nline}:{ncol}: note: {nmsg}")
    return out


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)


def compare(args, source, disabled, defines, wdk):
    cwd = os.path.dirname(source)
    headers = shlex.split(args.wdk_args) if wdk else ["-I", args.include]
    compiler_args = ["--"] + headers + list(defines)
    wsk_cmd = [args.wskcheck]
    tidy_cmd = [args.clang_tidy, f"--load={args.module}",
                "--checks=-*,wsk-lifecycle", "--header-filter=.*"]
    if disabled:
        wsk_cmd.append(f"--disable={disabled}")
        config = {"CheckOptions": {"wsk-lifecycle.DisabledRules": disabled}}
        tidy_cmd.append("--config=" + json.dumps(config))
    wsk = run(wsk_cmd + [source] + compiler_args, cwd)
    tidy = run(tidy_cmd + [source] + compiler_args, cwd)

    problems = []
    if wsk.returncode not in (0, 1):
        problems.append(f"wskcheck exited {wsk.returncode}:\n{wsk.stderr}")
    if tidy.returncode != 0:
        problems.append(f"clang-tidy exited {tidy.returncode}:\n"
                        f"{tidy.stdout}{tidy.stderr}")
    wsk_findings, _ = parse(wsk.stdout, cwd, tidy=False)
    tidy_findings, tidy_errors = parse(tidy.stdout, cwd, tidy=True)
    if tidy_errors:
        problems.append("clang-tidy reported other diagnostics:\n" +
                        "\n".join(tidy_errors))
    if wsk_findings != tidy_findings:
        diff = difflib.unified_diff(render(wsk_findings),
                                    render(tidy_findings), "wskcheck",
                                    "clang-tidy", lineterm="")
        problems.append("findings differ:\n" + "\n".join(diff))
    notes = sum(len(n) for _, n in wsk_findings)
    return source, disabled, defines, len(wsk_findings), notes, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wskcheck", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--module", required=True)
    parser.add_argument("--include", required=True,
                        help="host kernel headers (-I)")
    parser.add_argument("--wdk-args", default="",
                        help="compiler arguments of the WDK profile, for the "
                        "sources analysed only with it")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("dirs", nargs="+",
                        help="directories whose *.c and *.cpp are compared")
    args = parser.parse_args()
    # The tools run in each source's directory.
    for name in ("wskcheck", "clang_tidy", "module", "include"):
        value = getattr(args, name)
        if os.path.sep in value:
            setattr(args, name, os.path.abspath(value))

    sources = sorted(
        os.path.realpath(f) for d in args.dirs
        for pattern in ("*.c", "*.cpp")
        for f in glob.glob(os.path.join(d, pattern)))
    runs = []
    for source in sources:
        with open(source, encoding="utf-8", errors="replace") as f:
            text = f.read()
        # A source the analyzer suite runs only with the WDK profile's
        # headers is compared with them.
        lines = ANALYZER_RUN.findall(text)
        wdk = not lines and bool(WDK_RUN.findall(text))
        if wdk:
            if not args.wdk_args:
                continue
            lines = WDK_RUN.findall(text)
        runs.append((source, "", (), wdk))
        for disabled in sorted(set(DISABLED.findall(text))):
            runs.append((source, disabled, (), wdk))
        defines = {tuple(DEFINE.findall(m)) for m in lines}
        for d in sorted(defines - {()}):
            runs.append((source, "", d, wdk))

    failures = 0
    total_findings = total_notes = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = pool.map(lambda r: compare(args, *r), runs)
        for source, disabled, defines, findings, notes, problems in results:
            total_findings += findings
            total_notes += notes
            label = os.path.basename(source)
            if disabled:
                label += f" (disabled: {disabled})"
            if defines:
                label += f" ({' '.join(defines)})"
            if problems:
                failures += 1
                print(f"MISMATCH {label}")
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
            else:
                print(f"same     {label}: {findings} findings, {notes} notes")

    print(f"parity: {len(runs) - failures} of {len(runs)} runs over "
          f"{len(sources)} files agree; {total_findings} findings and "
          f"{total_notes} notes from wskcheck")
    if failures or total_findings == 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
