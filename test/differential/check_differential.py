#!/usr/bin/env python3
"""Differential test of wskcheck's WSK model against a reference model.

Generates random functions with gen_wsk_sequences.py, analyses them with
wskcheck, and compares, per function, the set of (rule, line) reports
wskcheck prints with the set the reference model expects from walking every
path. Prints a summary line

  N functions, E expected reports, M missed, X extra

and, for every function where the two differ, its source with the MISSED
(expected, not reported) and EXTRA (reported, not expected on any path)
reports. With --runs N, wskcheck runs N times on the same files and reports
that appear in some runs only are listed as UNSTABLE. Exits 1 on any
disagreement or unstable report, 2 when wskcheck could not analyse the
generated files.
"""

import argparse
import collections
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # leave the source tree as it was
import gen_wsk_sequences as gen  # noqa: E402

SRC_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))

# file:line:col: warning: message [rule]
REPORT_RE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?:warning|error): "
    r"(?P<msg>.*?)(?: \[(?P<rule>[^\]\s]+)\])?$")


def run_wskcheck(wskcheck, include, workdir, names):
    """wskcheck's text output on names (relative to workdir)."""
    cmd = [wskcheck] + names + ["--", "-I", include]

    def stamp():
        try:
            return os.stat(wskcheck).st_mtime_ns
        except OSError:
            return None

    # wskcheck may be rebuilt while this runs: while the binary is missing,
    # changes during the run or cannot start its workers, wait and run
    # again. Any other failure is reported at once.
    for attempt in range(10):
        last = attempt == 9
        before = stamp()
        try:
            proc = subprocess.run(cmd, cwd=workdir, capture_output=True,
                                  text=True)
        except OSError:
            if last:
                raise
            time.sleep(30)
            continue
        if proc.returncode in (0, 1):
            return proc.stdout
        if not last and (before is None or stamp() != before
                         or "posix_spawn" in proc.stderr):
            time.sleep(30)
            continue
        break
    tail = proc.stderr.splitlines()[-40:]
    sys.stderr.write("\n".join(tail) + "\n")
    sys.stderr.write("error: wskcheck exited with status %d on %d files in "
                     "%s\n" % (proc.returncode, len(names), workdir))
    sys.exit(2)


def parse_reports(text):
    """{file basename: {(rule, line), ...}} from wskcheck's text output."""
    out = collections.defaultdict(set)
    for line in text.splitlines():
        m = REPORT_RE.match(line)
        if not m or ": note: " in line:
            continue
        rule = m.group("rule") or "(no rule: %s)" % m.group("msg")
        out[os.path.basename(m.group("file"))].add(
            (rule, int(m.group("line"))))
    return out


def numbered(fn, marks):
    """fn's source with line numbers and marks ({line: [text]}) beside."""
    lines = []
    for i, text in enumerate(fn["source"].rstrip("\n").split("\n")):
        n = fn["first_line"] + i
        note = "   <-- " + "; ".join(marks[n]) if n in marks else ""
        lines.append("%5d  %s%s" % (n, text, note))
    return "\n".join(lines)


def describe(name, fn, missed, extra, unstable=()):
    """One disagreeing function: what differs, then its numbered source."""
    if fn is None:
        return "%s: EXTRA %s at line %d outside any function\n" % (
            name, *sorted(extra)[0])
    marks = collections.defaultdict(list)
    for rule, line in sorted(missed):
        marks[line].append("MISSED " + rule)
    for rule, line in sorted(extra):
        marks[line].append("EXTRA " + rule)
    for rule, line in sorted(unstable):
        marks[line].append("UNSTABLE " + rule)
    return "%s: %s (%d paths): %s\n%s\n" % (
        name, fn["name"], fn["paths"], ", ".join(
            ["MISSED %s at line %d" % r for r in sorted(missed)] +
            ["EXTRA %s at line %d" % r for r in sorted(extra)] +
            ["UNSTABLE %s at line %d (reported in some runs only)" % r
             for r in sorted(unstable)]),
        numbered(fn, marks))


# ---------------------------------------------------------------------------
# Reduction: shrink a disagreeing function, one simplification at a time,
# while the same disagreement (missed or extra, same rule, at the same
# statement) remains. All candidates of a round go into one file, so each
# round costs one wskcheck run.


def _contains(stmts, target):
    return any(n["id"] == target for n in gen.walk(stmts))


def _variants(stmts, target):
    """Copies of stmts, each one step simpler, keeping node target."""
    out = []
    for i, node in enumerate(stmts):
        before, after = stmts[:i], stmts[i + 1:]
        holds = node["id"] == target or any(
            _contains(b, target) for b in gen.sub_bodies(node))
        if not holds:
            out.append(before + after)
            # Pairs such as register + deregister only go away together.
            if after and not (after[0]["id"] == target or _contains(
                    [after[0]], target)):
                out.append(before + after[1:])
        bodies = gen.sub_bodies(node)
        for b in bodies:
            if not holds or _contains(b, target):
                out.append(before + b + after)
        if node["kind"] in ("if_param", "if_status") and \
                node["else"] is not None and not _contains(node["else"],
                                                           target):
            out.append(before + [dict(node, **{"else": None})] + after)
        if node["kind"] in ("if_param", "if_status"):
            keys = ["then", "else"]
        elif node["kind"] == "switch":
            keys = [0, 1, 2]
        else:
            keys = []
        for key in keys:
            body = node["cases"][key] if isinstance(key, int) else node[key]
            if body is None:
                continue
            for v in _variants(body, target):
                n2 = dict(node)
                if isinstance(key, int):
                    n2["cases"] = list(node["cases"])
                    n2["cases"][key] = v
                else:
                    n2[key] = v
                out.append(before + [n2] + after)
        if node["kind"] in ("register", "capture") and node["status"]:
            out.append(before + [dict(node, status=None)] + after)
    return out


def _valid(stmts, assigned=frozenset()):
    """(every status test reads an assigned variable, assigned after, falls
    through)."""
    assigned = set(assigned)
    for node in stmts:
        k = node["kind"]
        if k == "return":
            return True, assigned, False
        if k in ("if_status", "switch") and node["status"] not in assigned:
            return False, assigned, True
        if k in ("register", "capture") and node["status"]:
            assigned.add(node["status"])
        if k == "copy":
            if node["src"] not in assigned:
                return False, assigned, True
            assigned.add(node["dst"])
        bodies = gen.sub_bodies(node)
        if not bodies:
            continue
        if k in ("if_param", "if_status") and node["else"] is None:
            bodies = bodies + [[]]
        outs = []
        for b in bodies:
            ok, a, through = _valid(b, assigned)
            if not ok:
                return False, assigned, True
            if through:
                outs.append(a)
        if not outs:
            return True, assigned, False
        assigned = set.intersection(*outs)
    return True, assigned, True


def _still_disagrees(fn, target, kind, rule, got):
    line = fn["close_line"] if target == "close" else next(
        (n["line"] for n in gen.walk(fn["body"]) if n["id"] == target), None)
    if line is None:
        return False
    exp, _ = gen.expected_reports(fn)
    if kind == "MISSED":
        return (rule, line) in exp and (rule, line) not in got
    return (rule, line) in got and (rule, line) not in exp


def reduce_one(args, workdir, fn, kind, rule, line):
    """The smallest variant of fn that still has this disagreement."""
    target = "close" if line == fn["close_line"] else next(
        (n["id"] for n in gen.walk(fn["body"]) if n.get("line") == line),
        None)
    if target is None:
        return None  # not at a statement (a case label, say): left as is
    best = copy.deepcopy(fn)
    best["used_only"] = True
    rnd = 0
    while True:
        cands = []
        for body in _variants(best["body"], target):
            if _valid(body)[0]:
                cands.append(dict(best, body=copy.deepcopy(body)))
        if not cands:
            break
        chunks, line_no = [gen.HEADER.format(seed=args.seed, first="R",
                                             last="R")], 7
        for k, c in enumerate(cands):
            c["name"] = "Red%d" % k
            text = gen.render_function(c, line_no)
            chunks.append("\n" + text)
            line_no += text.count("\n") + 1
        name = "reduce_%d.c" % rnd
        rnd += 1
        with open(os.path.join(workdir, name), "w") as f:
            f.write("".join(chunks))
        got = parse_reports(run_wskcheck(
            os.path.abspath(args.wskcheck), os.path.abspath(args.include),
            workdir, [name])).get(name, set())
        for c in cands:
            mine = {r for r in got if c["first_line"] <= r[1] <= c["last_line"]}
            if _still_disagrees(c, target, kind, rule, mine):
                best = c
                break
        else:
            break
    best["name"] = fn["name"]
    text = gen.render_function(best, 1)
    tline = best["close_line"] if target == "close" else next(
        n["line"] for n in gen.walk(best["body"]) if n["id"] == target)
    lines = text.rstrip("\n").split("\n")
    lines[tline - 1] += "   <-- %s %s" % (kind, rule)
    return "\n".join(lines[1:]) + "\n"  # without the signature line


def reduce_all(args, workdir, bad, out):
    """Reduces up to args.reduce disagreements, a few per (kind, rule), and
    prints each distinct reduced example once with its count."""
    examples = collections.OrderedDict()
    todo = []
    for name, fn, m, x in bad:
        if fn is None:
            continue
        for kind, reps in (("MISSED", m), ("EXTRA", x)):
            for rule, line in sorted(reps):
                todo.append((kind, rule, line, fn))
    # Round-robin over categories, so every kind of disagreement is reduced.
    cats = collections.OrderedDict()
    for t in sorted(todo, key=lambda t: (t[0], t[1])):
        cats.setdefault(t[:2], []).append(t)
    picked = []
    while len(picked) < args.reduce and any(cats.values()):
        for queue in cats.values():
            if queue and len(picked) < args.reduce:
                picked.append(queue.pop(0))
    for kind, rule, line, fn in picked:
        ex = reduce_one(args, workdir, fn, kind, rule, line)
        if ex is None:
            continue
        key = (kind, rule, ex)
        examples.setdefault(key, []).append(fn["name"])
    out.append("Reduced examples (%d disagreements reduced):" % len(picked))
    for (kind, rule, ex), names in sorted(examples.items()):
        out.append("--- %s %s (from %s)\n%s" % (
            kind, rule, ", ".join(names), ex))



def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0].strip(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200,
                    help="number of functions (default 200)")
    ap.add_argument("--per-file", type=int, default=8,
                    help="functions per C file (default 8)")
    ap.add_argument("--keep", metavar="DIR",
                    help="write the C files and the report here and keep them")
    ap.add_argument("--wskcheck", default=os.path.join(
        SRC_ROOT, "build", "bin", "wskcheck"))
    ap.add_argument("--include", default=os.path.join(
        SRC_ROOT, "runtime_shim", "include"),
        help="the host WSK headers (default runtime_shim/include)")
    ap.add_argument("--max-show", type=int, default=-1, metavar="N",
                    help="print at most N disagreeing functions (default all)")
    ap.add_argument("--reduce", type=int, default=0, metavar="N",
                    help="shrink up to N disagreements to minimal functions "
                    "that still show them, and print those")
    ap.add_argument("--all-tested", action="store_true",
                    help="generate only functions that test every status "
                    "right after its call (no untested outcomes)")
    ap.add_argument("--runs", type=int, default=1, metavar="N",
                    help="run wskcheck N times on the same files and list "
                    "reports that differ between runs (default 1)")
    ap.add_argument("--quiet", action="store_true",
                    help="print the summary and the counts by rule only")
    args = ap.parse_args(argv)

    if args.keep:
        workdir = os.path.abspath(args.keep)
        os.makedirs(workdir, exist_ok=True)
    else:
        workdir = tempfile.mkdtemp(prefix="wsk-differential-")
    try:
        return check(args, workdir)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def check(args, workdir):
    files = gen.generate(args.seed, args.count, args.per_file,
                         all_tested=args.all_tested)
    for name, text, _ in files:
        with open(os.path.join(workdir, name), "w") as f:
            f.write(text)
    runs = []
    for i in range(max(1, args.runs)):
        output = run_wskcheck(os.path.abspath(args.wskcheck),
                              os.path.abspath(args.include), workdir,
                              [name for name, _, _ in files])
        suffix = "" if i == 0 else ".%d" % (i + 1)
        with open(os.path.join(workdir, "wskcheck.out" + suffix), "w") as f:
            f.write(output)
        runs.append(parse_reports(output))
    # The first run is compared; reports that come and go between runs of
    # the same input are listed apart.
    reported = runs[0]
    unstable = {}
    for name, _, _ in files:
        sets = [r.get(name, set()) for r in runs]
        diff = set.union(*sets) - set.intersection(*sets)
        if diff:
            unstable[name] = diff

    nfun = nexp = 0
    missed = collections.Counter()
    extra = collections.Counter()
    bad = []
    for name, _, fns in files:
        got_file = reported.get(name, set())
        for fn in fns:
            nfun += 1
            exp = fn["expected"]
            nexp += len(exp)
            got = {r for r in got_file
                   if fn["first_line"] <= r[1] <= fn["last_line"]}
            m, x = exp - got, got - exp
            for rule, _ in m:
                missed[rule] += 1
            for rule, _ in x:
                extra[rule] += 1
            if m or x:
                bad.append((name, fn, m, x))
    # Reports outside every generated function would be unexplained too.
    for name, _, fns in files:
        for r in reported.get(name, set()):
            if not any(f["first_line"] <= r[1] <= f["last_line"]
                       for f in fns):
                extra[r[0]] += 1
                bad.append((name, None, set(), {r}))

    nmiss, nextra = sum(missed.values()), sum(extra.values())
    listing = [describe(name, fn, m, x) for name, fn, m, x in bad]
    nunstable = 0
    for name, _, fns in files:
        for fn in fns:
            u = {r for r in unstable.get(name, set())
                 if fn["first_line"] <= r[1] <= fn["last_line"]}
            if u:
                nunstable += len(u)
                listing.append(describe(name, fn, set(), set(), u))
    out = []
    if not args.quiet:
        shown = listing if args.max_show < 0 else listing[:args.max_show]
        out.extend(shown)
        if len(shown) < len(listing):
            out.append("... %d more disagreeing functions not shown%s\n" % (
                len(listing) - len(shown),
                " (all in %s)" % os.path.join(workdir, "differential.txt")
                if args.keep else ""))
    if args.reduce and bad:
        reduce_all(args, workdir, bad, out)
    tail = ["  %-28s missed %4d  extra %4d" % (rule, missed[rule], extra[rule])
            for rule in sorted(set(missed) | set(extra))]
    tail.append("seed %d: %d functions, %d expected reports, %d missed, "
                "%d extra (%d functions disagree)%s" % (
                    args.seed, nfun, nexp, nmiss, nextra,
                    len({id(b[1]) for b in bad}),
                    "; %d unstable reports across %d runs" % (
                        nunstable, len(runs)) if len(runs) > 1 else ""))
    sys.stdout.write("\n".join(out + tail) + "\n")
    if args.keep:
        with open(os.path.join(workdir, "differential.txt"), "w") as f:
            f.write("\n".join(listing + tail) + "\n")
    return 1 if bad or nunstable else 0


if __name__ == "__main__":
    sys.exit(main())
