/* Device control: reconnects the WSK client on request. No WSK call of its
   own; it reaches WSK through WskLib.c. */
#include "driver.h"
#include "../INC/NETLIB.H"

NTSTATUS EchoReconnect(VOID) {
  NTSTATUS status = NetStart();
  if (!NT_SUCCESS(status))
    return status;
  /* Starts again without NetStop(): a second registration. */
  return NetStart();
}
