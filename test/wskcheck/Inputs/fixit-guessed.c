#include <wsk.h>

/* A name clang does not know: its "did you mean" guesses another name, so
   the file is not analysed as clang recovered it. */
static WSK_REGISTRATION Registration;
static ULONG Counter;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, NULL};
  NTSTATUS Status = WskRegister(&Npi, &Registration);
  if (NT_SUCCESS(Status))
    Countr = 1;
  return Status;
}
