#!/usr/bin/env python3
"""Writes a synthetic WDM driver for scripts/bench-analysis.py: N helper
routines with branches on flags and kernel calls, a DriverEntry that
registers with WSK and calls half of them, and an unload routine that calls
the others and deregisters. Correct code: the analysis reports nothing.

  scripts/gen-bench-driver.py [N] > bench-driver.c
"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
out = []
w = out.append
w("#include <ntddk.h>\n#include <wsk.h>\n")
w("static const WSK_CLIENT_DISPATCH g_Client = {MAKE_WSK_VERSION(1, 0), 0, NULL};")
w("static WSK_REGISTRATION g_Reg;\nstatic WSK_PROVIDER_NPI g_Npi;")
w("static BOOLEAN g_Registered, g_Captured;")
for i in range(n):
    w(f"static ULONG g_Count{i};\nstatic PVOID g_Buffer{i};")
w("")
for i in range(n):
    w(f"static NTSTATUS Step{i}(ULONG Mode)\n{{")
    w(f"  ULONG j;\n  if (Mode & {1 << (i % 8)}) {{")
    w(f"    g_Buffer{i} = ExAllocatePoolWithTag(NonPagedPoolNx, {64 + i}, 'kcnB');")
    w(f"    if (g_Buffer{i} == NULL)\n      return STATUS_INSUFFICIENT_RESOURCES;\n  }}")
    w(f"  for (j = 0; j < (Mode & 3); ++j)\n    g_Count{i} += j;")
    w(f"  if (g_Count{i} > {i})\n    DbgPrint(\"step {i}: %lu\\n\", g_Count{i});")
    w("  return STATUS_SUCCESS;\n}\n")
    w(f"static VOID Undo{i}(VOID)\n{{")
    w(f"  if (g_Buffer{i} != NULL) {{\n    ExFreePoolWithTag(g_Buffer{i}, 'kcnB');")
    w(f"    g_Buffer{i} = NULL;\n  }}\n  g_Count{i} = 0;\n}}\n")
w("DRIVER_UNLOAD BenchUnload;\nVOID BenchUnload(PDRIVER_OBJECT DriverObject)\n{")
w("  UNREFERENCED_PARAMETER(DriverObject);")
for i in range(n):
    w(f"  Undo{i}();")
w("  if (g_Captured)\n    WskReleaseProviderNPI(&g_Reg);")
w("  if (g_Registered)\n    WskDeregister(&g_Reg);\n}\n")
w("DRIVER_INITIALIZE DriverEntry;")
w("NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)\n{")
w("  WSK_CLIENT_NPI client = {NULL, &g_Client};\n  NTSTATUS status;")
w("  ULONG mode = RegistryPath->Length;")
w("  status = WskRegister(&client, &g_Reg);\n  if (!NT_SUCCESS(status))\n    return status;")
w("  g_Registered = TRUE;")
w("  status = WskCaptureProviderNPI(&g_Reg, WSK_NO_WAIT, &g_Npi);")
w("  if (NT_SUCCESS(status))\n    g_Captured = TRUE;")
for i in range(0, n, 2):
    w(f"  status = Step{i}(mode);\n  if (!NT_SUCCESS(status))\n    goto fail;")
w("  DriverObject->DriverUnload = BenchUnload;\n  return STATUS_SUCCESS;\nfail:")
w("  BenchUnload(DriverObject);\n  return status;\n}")
print("\n".join(out))
