#include <wsk.h>

/* Microsoft C takes `sizeof TypeName`; clang asks for the parentheses. The
   file is analysed with them added: Size is 4, so only the first branch
   below is taken. (Clang's own recovery drops the initialiser, which would
   take the second branch too.) */
static WSK_REGISTRATION First, Second;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  ULONG Size = sizeof ULONG;
  if (Size == 4 && NT_SUCCESS(WskRegister(&Npi, &First))) {
    WskDeregister(&First);
    WskDeregister(&First);
  }
  if (Size != 4 && NT_SUCCESS(WskRegister(&Npi, &Second))) {
    WskDeregister(&Second);
    WskDeregister(&Second);
  }
  return STATUS_SUCCESS;
}
