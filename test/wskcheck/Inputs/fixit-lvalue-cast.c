#include <wsk.h>

/* Microsoft C takes a cast used as an lvalue: `(T)x` is the object x seen
   with the type T (C4213). The file is analysed with each such cast
   rewritten in memory: Pending, incremented through `&(LONG)Pending`, is 1,
   so only the first branch is taken. */
#define SET_FLAG(Flags, Bit) ((Flags) |= (Bit))

static WSK_REGISTRATION First, Second;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static ULONG Pending;

static LONG Increment(LONG *Value) { return ++*Value; }

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  UCHAR Buffer[8] = {0};
  PVOID Cursor = Buffer;
  ULONG_PTR Tag = 0;
  (PUCHAR)Cursor += 2;
  SET_FLAG((ULONG)Tag, 1);
  if (Increment(&((LONG)(Pending))) == 1 &&
      NT_SUCCESS(WskRegister(&Npi, &First))) {
    WskDeregister(&First);
    WskDeregister(&First);
  }
  if (Pending != 1 && NT_SUCCESS(WskRegister(&Npi, &Second))) {
    WskDeregister(&Second);
    WskDeregister(&Second);
  }
  return Cursor == Buffer + 2 && Tag ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
