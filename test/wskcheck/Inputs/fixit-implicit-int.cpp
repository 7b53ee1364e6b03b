#include <wsk.h>

/* Microsoft C++ takes a declaration without a type as `int`. */
const DebugLevel = 1;

static WSK_REGISTRATION Registration;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  if (DebugLevel == 1 && NT_SUCCESS(WskRegister(&Npi, &Registration))) {
    WskDeregister(&Registration);
    WskDeregister(&Registration);
  }
  return STATUS_SUCCESS;
}
