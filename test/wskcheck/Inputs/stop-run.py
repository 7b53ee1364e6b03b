"""Starts a command, sends it a signal once it has child processes, and
reports how it ended and whether any process it started is left.

  stop-run.py [--after TEXT] SIGNAL COMMAND...

With --after, the signal is sent once the command has printed a line
containing TEXT on its standard error (passed on as it comes), and its
children are running.

Prints "exit=<status>" (128 + signal when the command ended through its
signal handling, "-<n>" if the signal killed it outright) and
"left=<number of its descendants still alive>".
"""
import os
import signal
import subprocess
import sys
import threading
import time


def descendants(root):
    """Processes (not zombies) below root, found through /proc."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(entry)] = int(fields[1])
    found, todo = set(), [root]
    while todo:
        p = todo.pop()
        for pid, ppid in parents.items():
            if ppid == p and pid not in found:
                found.add(pid)
                todo.append(pid)
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


args = sys.argv[1:]
after = None
if args[0] == "--after":
    after, args = args[1], args[2:]
sig = getattr(signal, args[0])
proc = subprocess.Popen(args[1:], stderr=subprocess.PIPE if after else None)
seen = threading.Event()


def relay():
    """Passes the command's standard error on, noting when TEXT is seen."""
    for line in iter(proc.stderr.readline, b""):
        sys.stderr.buffer.write(line)
        sys.stderr.buffer.flush()
        if after.encode() in line:
            seen.set()


if after:
    reader = threading.Thread(target=relay)
    reader.start()
deadline = time.time() + 60
while (not descendants(proc.pid) or (after and not seen.is_set())) \
        and time.time() < deadline:
    time.sleep(0.05)
# The children are started; let them get into their analysis.
time.sleep(0.3)
children = descendants(proc.pid)
proc.send_signal(sig)
status = proc.wait(timeout=60)
if after:
    reader.join()
# A killed child may take a moment to be gone.
left = children
for _ in range(50):
    left = [p for p in children if alive(p)]
    if not left:
        break
    time.sleep(0.1)
print(f"exit={status}")
print(f"left={len(left)}")
