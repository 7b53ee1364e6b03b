# Prints the processes still running in a Wine prefix (those whose
# environment names it as WINEPREFIX, wineserver included), one line each,
# and exits 1 if there are any. Takes the prefix's lock first, as
# wskcheck-confirm --kernel does, so a runner of another test that is using
# the prefix now is not counted.
#
#   python3 wine-processes.py <prefix>
import fcntl
import os
import sys

prefix = os.path.abspath(sys.argv[1])
with open(prefix + ".lock", "a") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    left = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = f.read().split(b"\0")
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if state != "Z" and b"WINEPREFIX=" + os.fsencode(prefix) in env:
            left.append(f"{pid} {cmd.strip()}")
for line in left:
    print(line)
sys.exit(1 if left else 0)
