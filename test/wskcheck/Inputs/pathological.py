"""Writes a driver source that is legal C but overflows clang's stack.

  pathological.py else-if N   an N-long 'else if' chain (generated code)
  pathological.py terms N     one expression of N terms
"""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
print("#include <wsk.h>")
print("WSK_REGISTRATION g_Reg;")
if kind == "else-if":
    print("int Classify(int x) {")
    print("  int r = 0;")
    print("  if (x == 0) r = 1;")
    for i in range(1, n):
        print(f"  else if (x == {i}) r = {i + 1};")
    print("  WskDeregister(&g_Reg);")
    print("  return r;")
    print("}")
elif kind == "terms":
    print("int Sum(int x) {")
    print("  WskDeregister(&g_Reg);")
    print("  return " + "+".join(["x"] * n) + ";")
    print("}")
else:
    sys.exit(f"unknown kind {kind}")
