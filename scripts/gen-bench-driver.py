#!/usr/bin/env python3
"""Writes synthetic, correct WDM drivers for scripts/bench-analysis.py.

One file (the default): N modules, each two globals and a pair of helper
routines with branches on flags, a loop and pool allocations; a DriverEntry
that registers with WSK and calls half of the modules' setup routines, and an
unload routine that undoes them all and deregisters.

  scripts/gen-bench-driver.py [N] > bench-driver.c

A driver of several files (--files F DIR): DIR/driver.c holds DriverEntry
and the unload routine; each of DIR/mod<k>.c holds N modules like the ones
above plus a WSK client of its own (start and stop routines) that
driver.c calls; DIR/compile_commands.json compiles them all with the
project's host headers as system headers (-isystem), as a driver's build
sees the WDK's (--user-headers: -I, so clang takes them for the driver's own
code).

  scripts/gen-bench-driver.py --files 50 DIR [N] [--user-headers] [--bug K]

The analysis reports nothing on either. With --bug K, module file K's stop
routine forgets its WskDeregister: a bug only a path through driver.c and
mod<K>.c shows (wsk.MissingDeregister where DriverEntry fails after
Mod<K>Start, wsk.UnloadSkipsDeregister at the end of the unload routine),
to see which calls an analysis of a given budget follows.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def modules(w, n, prefix=""):
    """N modules: globals, a setup and an undo routine each."""
    for i in range(n):
        w(f"static ULONG g_{prefix}Count{i};\nstatic PVOID g_{prefix}Buffer{i};")
    w("")
    for i in range(n):
        w(f"static NTSTATUS {prefix}Step{i}(ULONG Mode)\n{{")
        w(f"  ULONG j;\n  if (Mode & {1 << (i % 8)}) {{")
        w(f"    g_{prefix}Buffer{i} = ExAllocatePoolWithTag(NonPagedPoolNx, "
          f"{64 + i}, 'kcnB');")
        w(f"    if (g_{prefix}Buffer{i} == NULL)\n"
          "      return STATUS_INSUFFICIENT_RESOURCES;\n  }")
        w(f"  for (j = 0; j < (Mode & 3); ++j)\n    g_{prefix}Count{i} += j;")
        w(f"  if (g_{prefix}Count{i} > {i})\n"
          f"    DbgPrint(\"step {i}: %lu\\n\", g_{prefix}Count{i});")
        w("  return STATUS_SUCCESS;\n}\n")
        w(f"static VOID {prefix}Undo{i}(VOID)\n{{")
        w(f"  if (g_{prefix}Buffer{i} != NULL) {{\n"
          f"    ExFreePoolWithTag(g_{prefix}Buffer{i}, 'kcnB');")
        w(f"    g_{prefix}Buffer{i} = NULL;\n  }}\n  g_{prefix}Count{i} = 0;\n}}\n")


def one_file(n):
    out = []
    w = out.append
    w("#include <ntddk.h>\n#include <wsk.h>\n")
    w("static const WSK_CLIENT_DISPATCH g_Client = "
      "{MAKE_WSK_VERSION(1, 0), 0, NULL};")
    w("static WSK_REGISTRATION g_Reg;\nstatic WSK_PROVIDER_NPI g_Npi;")
    w("static BOOLEAN g_Registered, g_Captured;")
    modules(w, n)
    w("DRIVER_UNLOAD BenchUnload;\n"
      "VOID BenchUnload(PDRIVER_OBJECT DriverObject)\n{")
    w("  UNREFERENCED_PARAMETER(DriverObject);")
    for i in range(n):
        w(f"  Undo{i}();")
    w("  if (g_Captured)\n    WskReleaseProviderNPI(&g_Reg);")
    w("  if (g_Registered)\n    WskDeregister(&g_Reg);\n}\n")
    w("DRIVER_INITIALIZE DriverEntry;")
    w("NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, "
      "PUNICODE_STRING RegistryPath)\n{")
    w("  WSK_CLIENT_NPI client = {NULL, &g_Client};\n  NTSTATUS status;")
    w("  ULONG mode = RegistryPath->Length;")
    w("  status = WskRegister(&client, &g_Reg);\n"
      "  if (!NT_SUCCESS(status))\n    return status;")
    w("  g_Registered = TRUE;")
    w("  status = WskCaptureProviderNPI(&g_Reg, WSK_NO_WAIT, &g_Npi);")
    w("  if (NT_SUCCESS(status))\n    g_Captured = TRUE;")
    for i in range(0, n, 2):
        w(f"  status = Step{i}(mode);\n  if (!NT_SUCCESS(status))\n    goto fail;")
    w("  DriverObject->DriverUnload = BenchUnload;\n"
      "  return STATUS_SUCCESS;\nfail:")
    w("  BenchUnload(DriverObject);\n  return status;\n}")
    return "\n".join(out) + "\n"


def module_file(k, n, bug=False):
    out = []
    w = out.append
    w("#include <ntddk.h>\n#include <wsk.h>\n#include \"bench.h\"\n")
    w(f"static const WSK_CLIENT_DISPATCH g_Client{k} = "
      "{MAKE_WSK_VERSION(1, 0), 0, NULL};")
    w(f"static WSK_REGISTRATION g_Reg{k};\nstatic BOOLEAN g_Registered{k};")
    modules(w, n, f"M{k}")
    w(f"NTSTATUS Mod{k}Start(ULONG Mode)\n{{")
    w(f"  WSK_CLIENT_NPI client = {{NULL, &g_Client{k}}};\n  NTSTATUS status;")
    w(f"  status = WskRegister(&client, &g_Reg{k});\n"
      "  if (!NT_SUCCESS(status))\n    return status;")
    w(f"  g_Registered{k} = TRUE;")
    for i in range(0, n, 2):
        w(f"  status = M{k}Step{i}(Mode);\n"
          "  if (!NT_SUCCESS(status))\n    return status;")
    w("  return STATUS_SUCCESS;\n}\n")
    w(f"VOID Mod{k}Stop(VOID)\n{{")
    for i in range(n):
        w(f"  M{k}Undo{i}();")
    w(f"  if (g_Registered{k}) {{")
    if not bug:
        w(f"    WskDeregister(&g_Reg{k});")
    w(f"    g_Registered{k} = FALSE;\n  }}\n}}")
    return "\n".join(out) + "\n"


def many_files(files, n, outdir, include_flag="-isystem", bug=None):
    os.makedirs(outdir, exist_ok=True)
    outdir = os.path.abspath(outdir)
    names = ["driver.c"] + [f"mod{k}.c" for k in range(files)]
    with open(os.path.join(outdir, "bench.h"), "w") as f:
        f.write("#pragma once\n")
        for k in range(files):
            f.write(f"NTSTATUS Mod{k}Start(ULONG Mode);\nVOID Mod{k}Stop(VOID);\n")
    drv = ["#include <ntddk.h>\n#include \"bench.h\"\n",
           "DRIVER_UNLOAD BenchUnload;\n"
           "VOID BenchUnload(PDRIVER_OBJECT DriverObject)\n{",
           "  UNREFERENCED_PARAMETER(DriverObject);"]
    drv += [f"  Mod{k}Stop();" for k in range(files)]
    drv += ["}\n", "DRIVER_INITIALIZE DriverEntry;",
            "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, "
            "PUNICODE_STRING RegistryPath)\n{",
            "  ULONG mode = RegistryPath->Length;\n  NTSTATUS status;"]
    for k in range(files):
        drv.append(f"  status = Mod{k}Start(mode);\n"
                   "  if (!NT_SUCCESS(status))\n    goto fail;")
    drv += ["  DriverObject->DriverUnload = BenchUnload;\n"
            "  return STATUS_SUCCESS;\nfail:",
            "  BenchUnload(DriverObject);\n  return status;\n}"]
    with open(os.path.join(outdir, "driver.c"), "w") as f:
        f.write("\n".join(drv) + "\n")
    for k in range(files):
        with open(os.path.join(outdir, f"mod{k}.c"), "w") as f:
            f.write(module_file(k, n, bug == k))
    inc = os.path.join(ROOT, "runtime_shim", "include")
    db = [{"directory": outdir, "file": os.path.join(outdir, name),
           "arguments": ["clang", "-c", include_flag, inc, "-I", outdir, name]}
          for name in names]
    with open(os.path.join(outdir, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)


def main(argv):
    if argv[:1] == ["--files"]:
        user = "--user-headers" in argv
        argv = [a for a in argv if a != "--user-headers"]
        bug = None
        if "--bug" in argv[:-1]:
            i = argv.index("--bug")
            bug = int(argv[i + 1])
            del argv[i:i + 2]
        if len(argv) not in (3, 4):
            sys.exit("usage: gen-bench-driver.py --files F DIR [N] "
                     "[--user-headers] [--bug K]")
        many_files(int(argv[1]), int(argv[3]) if len(argv) > 3 else 4, argv[2],
                   "-I" if user else "-isystem", bug)
        return
    sys.stdout.write(one_file(int(argv[0]) if argv else 40))


if __name__ == "__main__":
    main(sys.argv[1:])
