/* The control device. Traces through WPP: EchoTrace and its flag are
   declared by trace.ini and the generated device.tmh only. */
#include "driver.h"
#include "device.tmh"

VOID EchoDeviceStarted(_In_ ULONG Index) {
  EchoTrace(ECHO_TRACE_DEVICE, "device %u started", Index);
}
