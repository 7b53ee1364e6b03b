#!/usr/bin/env python3
"""wskcheck-lsp: wskcheck's findings in an editor, as a language server.

clangd cannot load analyzer plugins or clang-tidy modules, so a
clangd-based editor shows no WSK finding. This small server (LSP over
stdio, beside clangd) runs

    wskcheck -p <compilation database> --format=sarif -o <tmp> <file>

when a C/C++ file is opened or saved, and publishes each finding as a
diagnostic (code: the rule, with a link to its page when the SARIF log has
one) whose path notes are its relatedInformation.

  wskcheck-lsp [--wskcheck <path>] [-p <build dir>] [--log <file>]
               [-- <more wskcheck options>]

The compilation database: -p, or initializationOptions.compilationDatabase
(a folder or a compile_commands.json), or else the nearest
compile_commands.json above the file, in a folder or its build/ subfolder,
as clangd finds it. wskcheck: --wskcheck, or the one beside this script, or
on the PATH. Python 3 standard library only. docs/editors.md says how to
hook it into an editor.
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

PROG = "wskcheck-lsp"
# Headers are analysed through the sources that include them.
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx")


def uri_to_path(uri):
    parsed = urllib.parse.urlparse(uri)
    return urllib.request.url2pathname(urllib.parse.unquote(parsed.path))


def path_to_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Connection:
    """LSP base protocol: Content-Length framed JSON-RPC on two streams."""

    def __init__(self, rfile, wfile):
        self.rfile, self.wfile = rfile, wfile
        self.lock = threading.Lock()

    def read(self):
        """The next message, None at end of input."""
        length = None
        while True:
            line = self.rfile.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                if length is not None:
                    break
                continue
            name, _, value = line.decode("ascii", "replace").partition(":")
            if name.lower() == "content-length":
                try:
                    length = int(value.strip())
                except ValueError:
                    length = None
        body = self.rfile.read(length)
        if len(body) < length:
            return None
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError:
            return {}

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode("utf-8")
        with self.lock:
            self.wfile.write(b"Content-Length: %d\r\n\r\n" % len(body))
            self.wfile.write(body)
            self.wfile.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})


def find_database(path, root):
    """The folder of the compile_commands.json nearest above path."""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        for cand in (d, os.path.join(d, "build")):
            if os.path.isfile(os.path.join(cand, "compile_commands.json")):
                return cand
        parent = os.path.dirname(d)
        if parent == d or (root and os.path.abspath(d) == root):
            return None
        d = parent


def result_uri(location, bases):
    art = location["physicalLocation"]["artifactLocation"]
    uri = art.get("uri", "")
    base = bases.get(art.get("uriBaseId", ""), {}).get("uri")
    if base and not urllib.parse.urlparse(uri).scheme:
        uri = urllib.parse.urljoin(base, uri)
    return path_to_uri(uri_to_path(uri))


def lsp_range(location):
    region = location["physicalLocation"].get("region", {})
    line = max(region.get("startLine", 1) - 1, 0)
    col = max(region.get("startColumn", 1) - 1, 0)
    end_line = max(region.get("endLine", line + 1) - 1, line)
    end_col = region.get("endColumn")
    end_col = end_col - 1 if end_col and end_col - 1 > col else col + 1
    if end_line != line:
        end_col = max(end_col - 1, 0)
    return {"start": {"line": line, "character": col},
            "end": {"line": end_line, "character": end_col}}


def diagnostics_from_sarif(log):
    """{uri: [diagnostic]} of a wskcheck SARIF log."""
    out = {}
    for run in log.get("runs", []):
        bases = run.get("originalUriBaseIds", {})
        rules = {r.get("id"): r for r in
                 run.get("tool", {}).get("driver", {}).get("rules", [])}
        for result in run.get("results", []):
            if result.get("suppressions") or not result.get("locations"):
                continue
            loc = result["locations"][0]
            uri = result_uri(loc, bases)
            rule = result.get("ruleId", "")
            diag = {
                "range": lsp_range(loc),
                "severity": {"error": 1, "warning": 2, "note": 3}.get(
                    result.get("level", "warning"), 2),
                "source": "wskcheck",
                "code": rule,
                "message": result.get("message", {}).get("text", ""),
            }
            help_uri = rules.get(rule, {}).get("helpUri")
            if help_uri:
                diag["codeDescription"] = {"href": help_uri}
            related = []
            for flow in result.get("codeFlows", [])[:1]:
                for thread in flow.get("threadFlows", [])[:1]:
                    for step in thread.get("locations", []):
                        sloc = step.get("location", {})
                        if "physicalLocation" not in sloc:
                            continue
                        related.append({
                            "location": {"uri": result_uri(sloc, bases),
                                         "range": lsp_range(sloc)},
                            "message": sloc.get("message", {}).get("text", ""),
                        })
            if related:
                diag["relatedInformation"] = related
            out.setdefault(uri, []).append(diag)
        # A file that was not analysed (it does not compile, it is not in
        # the database): one line of information at its top, with the
        # reason; clangd shows the compile errors themselves.
        for inv in run.get("invocations", []):
            for note in inv.get("toolExecutionNotifications", []):
                if note.get("level") != "error" or not note.get("locations"):
                    continue
                uri = result_uri(note["locations"][0], bases)
                out.setdefault(uri, []).append({
                    "range": {"start": {"line": 0, "character": 0},
                              "end": {"line": 0, "character": 1}},
                    "severity": 3, "source": "wskcheck",
                    "message": note.get("message", {}).get("text", "")})
    return out


class Server:
    def __init__(self, conn, wskcheck, database, extra, log):
        self.conn, self.wskcheck = conn, wskcheck
        self.database, self.extra, self.logfile = database, extra, log
        self.root = None
        self.shutdown = False
        self.pending = queue.Queue()
        self.queued = set()
        self.queued_lock = threading.Lock()
        self.published = {}  # analysed file -> uris it published to
        self.warned_no_db = set()
        threading.Thread(target=self.worker, daemon=True).start()

    def log(self, text):
        self.conn.notify("window/logMessage", {"type": 4, "message": text})
        if self.logfile:
            with open(self.logfile, "a") as f:
                f.write(f"{time.strftime('%H:%M:%S')} {text}\n")

    # Requests and notifications.
    def handle(self, msg):
        method, params = msg.get("method"), msg.get("params") or {}
        if "id" in msg and method is None:
            return  # a response to us; we send no requests
        if method == "initialize":
            root = params.get("rootUri")
            self.root = os.path.abspath(uri_to_path(root)) if root else None
            opts = params.get("initializationOptions") or {}
            db = opts.get("compilationDatabase")
            if db and not self.database:
                if db.endswith(".json"):
                    db = os.path.dirname(db)
                if self.root and not os.path.isabs(db):
                    db = os.path.join(self.root, db)
                self.database = db
            self.extra += list(opts.get("wskcheckArgs", []))
            self.conn.send({"id": msg["id"], "result": {
                "capabilities": {"textDocumentSync": {
                    "openClose": True, "change": 0,
                    "save": {"includeText": False}}},
                "serverInfo": {"name": PROG}}})
        elif method == "shutdown":
            self.shutdown = True
            self.conn.send({"id": msg["id"], "result": None})
        elif method == "exit":
            sys.exit(0 if self.shutdown else 1)
        elif method in ("textDocument/didOpen", "textDocument/didSave"):
            uri = params.get("textDocument", {}).get("uri", "")
            if uri.startswith("file:") and uri_to_path(uri).endswith(
                    SOURCE_EXT):
                self.schedule(uri_to_path(uri))
        elif method == "textDocument/didClose":
            path = uri_to_path(params.get("textDocument", {}).get("uri", ""))
            for uri in self.published.pop(path, ()):
                self.conn.notify("textDocument/publishDiagnostics",
                                 {"uri": uri, "diagnostics": []})
        elif "id" in msg:
            self.conn.send({"id": msg["id"], "error": {
                "code": -32601, "message": f"{PROG}: no method {method}"}})

    def schedule(self, path):
        # Saves that come faster than the analysis queue up once per file.
        with self.queued_lock:
            if path in self.queued:
                return
            self.queued.add(path)
        self.pending.put(path)

    def worker(self):
        while True:
            path = self.pending.get()
            with self.queued_lock:
                self.queued.discard(path)
            try:
                self.analyse(path)
            except Exception as e:  # never take the editor's server down
                self.log(f"{PROG}: {path}: {e}")

    def analyse(self, path):
        db = self.database or find_database(path, self.root)
        if not db:
            if path not in self.warned_no_db:
                self.warned_no_db.add(path)
                self.conn.notify("window/showMessage", {
                    "type": 2, "message":
                    f"{PROG}: no compile_commands.json above {path}; "
                    "start the server with -p <build dir>"})
            return
        with tempfile.TemporaryDirectory(prefix="wskcheck-lsp.") as tmp:
            sarif = os.path.join(tmp, "findings.sarif")
            cmd = [self.wskcheck, "-p", db, "--format=sarif", "-o", sarif,
                   *self.extra, path]
            start = time.monotonic()
            proc = subprocess.run(cmd, cwd=self.root or os.path.dirname(path),
                                  capture_output=True, text=True)
            took = time.monotonic() - start
            try:
                with open(sarif) as f:
                    by_uri = diagnostics_from_sarif(json.load(f))
            except (OSError, ValueError):
                lines = proc.stderr.strip().splitlines()
                self.conn.notify("window/showMessage", {
                    "type": 1, "message":
                    f"{PROG}: wskcheck exited with {proc.returncode}: "
                    f"{lines[-1] if lines else 'no output'}"})
                return
        me = path_to_uri(path)
        by_uri.setdefault(me, [])
        for uri in self.published.get(path, set()) - set(by_uri):
            by_uri[uri] = []
        for uri, diags in sorted(by_uri.items()):
            self.conn.notify("textDocument/publishDiagnostics",
                             {"uri": uri, "diagnostics": diags})
        self.published[path] = {u for u, d in by_uri.items() if d}
        count = sum(len(d) for d in by_uri.values())
        self.log(f"{PROG}: {os.path.basename(path)}: {count} diagnostics "
                 f"in {took:.2f} s")


def main(argv):
    wskcheck, database, log, extra = None, None, None, []
    args = iter(argv)
    for a in args:
        if a == "--":
            extra = list(args)
        elif a == "--wskcheck":
            wskcheck = next(args, None)
        elif a == "-p":
            database = next(args, None)
        elif a == "--log":
            log = next(args, None)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a == "--stdio":
            pass  # what some clients pass; stdio is the only transport
        else:
            print(f"{PROG}: unknown option '{a}'", file=sys.stderr)
            return 2
    if not wskcheck:
        beside = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "wskcheck")
        wskcheck = beside if os.access(beside, os.X_OK) else "wskcheck"
    if database:
        database = os.path.abspath(database)
        if database.endswith(".json"):
            database = os.path.dirname(database)
    conn = Connection(sys.stdin.buffer, sys.stdout.buffer)
    server = Server(conn, wskcheck, database, extra, log)
    while True:
        msg = conn.read()
        if msg is None:
            return 0 if server.shutdown else 1
        server.handle(msg)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
