#!/usr/bin/env python3
"""A scripted LSP client: starts a server, opens (and saves) a file, and
prints the diagnostics the server publishes for it, paths relative to the
root, one line per diagnostic and one per related location.

  lsp-client.py --root DIR --open FILE [--save] [--bench N] -- SERVER...

--bench N saves the file N times and prints, for each save, the seconds
from didSave to the diagnostics (the time an editor waits after saving).
"""
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse

TIMEOUT = 600


class Client:
    def __init__(self, cmd):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.messages = []
        self.cond = threading.Condition()
        threading.Thread(target=self.reader, daemon=True).start()
        self.next_id = 0

    def reader(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    with self.cond:
                        self.messages.append(None)
                        self.cond.notify_all()
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            msg = json.loads(out.read(length))
            with self.cond:
                self.messages.append(msg)
                self.cond.notify_all()

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and
                         "method" not in m)

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def wait(self, pred):
        deadline = time.monotonic() + TIMEOUT
        with self.cond:
            while True:
                for i, m in enumerate(self.messages):
                    if m is None:
                        sys.exit("lsp-client: the server closed its output")
                    if pred(m):
                        del self.messages[:i + 1]
                        return m
                left = deadline - time.monotonic()
                if left <= 0:
                    sys.exit("lsp-client: timed out")
                self.cond.wait(left)


def rel(uri, root):
    path = urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return os.path.relpath(path, root)


def show(params, root):
    diags = sorted(params["diagnostics"],
                   key=lambda d: (d["range"]["start"]["line"],
                                  d["range"]["start"]["character"]))
    name = rel(params["uri"], root)
    print(f"publishDiagnostics {name}: {len(diags)}")
    for d in diags:
        s = d["range"]["start"]
        sev = {1: "error", 2: "warning", 3: "note"}.get(d.get("severity"), "?")
        print(f"{name}:{s['line'] + 1}:{s['character'] + 1}: {sev}: "
              f"{d['message']} [{d.get('code', '')}] ({d.get('source')})")
        for r in d.get("relatedInformation", []):
            rs = r["location"]["range"]["start"]
            print(f"  related {rel(r['location']['uri'], root)}:"
                  f"{rs['line'] + 1}:{rs['character'] + 1}: {r['message']}")


def main(argv):
    sep = argv.index("--")
    opts, server = argv[:sep], argv[sep + 1:]
    root = os.path.abspath(opts[opts.index("--root") + 1])
    path = os.path.abspath(opts[opts.index("--open") + 1])
    bench = int(opts[opts.index("--bench") + 1]) if "--bench" in opts else 0
    uri = "file://" + urllib.parse.quote(path)
    c = Client(server)
    init = c.request("initialize", {"processId": os.getpid(),
                                    "rootUri": "file://" + root,
                                    "capabilities": {}})
    print("initialize:", json.dumps(init["result"]["capabilities"],
                                    sort_keys=True))
    c.notify("initialized", {})
    is_mine = (lambda m: m.get("method") == "textDocument/publishDiagnostics"
               and m["params"]["uri"] == uri)
    with open(path) as f:
        text = f.read()
    start = time.monotonic()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "c", "version": 1, "text": text}})
    show(c.wait(is_mine)["params"], root)
    opened = time.monotonic() - start
    if "--save" in opts:
        c.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        print("after didSave:")
        show(c.wait(is_mine)["params"], root)
    times = []
    for _ in range(bench):
        start = time.monotonic()
        c.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        c.wait(is_mine)
        times.append(time.monotonic() - start)
    if bench:
        times.sort()
        print(f"open: {opened:.2f} s; save to diagnostics, {bench} saves: "
              f"median {times[len(times) // 2]:.2f} s, min {times[0]:.2f} s, "
              f"max {times[-1]:.2f} s")
    # An unknown request gets an error, not silence.
    err = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                           "position": {"line": 0,
                                                        "character": 0}})
    print("hover:", err.get("error", {}).get("code"))
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    show(c.wait(is_mine)["params"], root)
    c.request("shutdown", None)
    c.notify("exit", None)
    print("exit status:", c.proc.wait(timeout=60))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
