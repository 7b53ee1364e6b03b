#include <wsk.h>

/* Microsoft C takes a definition whose parameter types differ from its
   prototype's (warning C4028). The file is analysed with the prototype
   given the definition's parameters. */
VOID Unregister(PVOID Context);

static WSK_REGISTRATION Registration;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  NTSTATUS Status = WskRegister(&Npi, &Registration);
  if (NT_SUCCESS(Status))
    Unregister(&Registration);
  return Status;
}

VOID Unregister(PWSK_REGISTRATION Registration) {
  WskDeregister(Registration);
  WskDeregister(Registration);
}
