# Runs a command with TMPDIR set to an empty directory, waits until a process
# whose command line matches a pattern is running (the command's child it
# should end), sends the command the signal, and prints what is left:
#   exit <status>            the command's exit status
#   left process: <cmdline>  a process matching the pattern still running
#   left file: <name>        something left in TMPDIR
#
#   python3 interrupt.py <TERM|INT> <pattern> <tmpdir> <command>...
import os
import re
import signal
import subprocess
import sys
import time

sig = getattr(signal, "SIG" + sys.argv[1])
pattern = re.compile(sys.argv[2])
tmp = sys.argv[3]
os.makedirs(tmp, exist_ok=True)
env = dict(os.environ, TMPDIR=tmp)


def matching():
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and int(pid) != os.getpid() and pattern.search(cmd) \
                and "interrupt.py" not in cmd:
            out.append(cmd.strip())
    return out


proc = subprocess.Popen(sys.argv[4:], env=env, stdout=subprocess.DEVNULL)
deadline = time.monotonic() + 120
while not matching() and proc.poll() is None and time.monotonic() < deadline:
    time.sleep(0.1)
if proc.poll() is None:
    proc.send_signal(sig)
try:
    status = proc.wait(timeout=60)
except subprocess.TimeoutExpired:
    proc.kill()
    status = proc.wait()
print(f"exit {status}")
time.sleep(0.5)
for cmd in matching():
    print(f"left process: {cmd}")
for name in sorted(os.listdir(tmp)):
    print(f"left file: {name}")
