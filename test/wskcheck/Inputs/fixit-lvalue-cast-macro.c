#include <wsk.h>

/* A cast used as an lvalue in a macro's body (Microsoft C takes it): every
   expansion assigns to it, and the file is analysed with the body's cast
   rewritten in memory. */
#define GET_TYPE(Source, Type) ((UCHAR)(Type) = *(Source))

static WSK_REGISTRATION Registration;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  UCHAR Header[2] = {4, 0};
  ULONG Kind = 0;
  GET_TYPE(Header, Kind);
  if (NT_SUCCESS(WskRegister(&Npi, &Registration))) {
    WskDeregister(&Registration);
    WskDeregister(&Registration);
  }
  return Kind ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
