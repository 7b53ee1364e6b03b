#include <wsk.h>
#include "PacketHeaders.h"

static WSK_REGISTRATION Registration;
static WSK_CLIENT_DISPATCH Dispatch = {MAKE_WSK_VERSION(1, 0), 0, NULL};

/* The name finds the union's first member, a whole byte: 0xFC, not the
   6-bit field, so the first branch is taken and the second is not. */
extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &Dispatch};
  V4_HEADER Header = {};
  Header.tos = 0xFC;
  if (!NT_SUCCESS(WskRegister(&Npi, &Registration)))
    return STATUS_UNSUCCESSFUL;
  WskDeregister(&Registration);
  if (Header.tos == 0xFC)
    WskDeregister(&Registration);
  return STATUS_SUCCESS;
}
