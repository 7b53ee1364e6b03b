#include <wsk.h>

/* Microsoft C takes a variable defined without the `volatile` of its
   declaration. The file is analysed with the definition made volatile. */
__volatile extern PWSK_REGISTRATION Current;
PWSK_REGISTRATION Current = NULL;

static WSK_REGISTRATION Registration;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  NTSTATUS Status = WskRegister(&Npi, &Registration);
  if (NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    WskDeregister(&Registration);
  }
  return Status;
}
