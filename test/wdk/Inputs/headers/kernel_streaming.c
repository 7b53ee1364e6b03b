/* Kernel streaming headers in C after wdm.h, as AVStream drivers include
   them. */
#include <wdm.h>
#include <ks.h>
#include <ksmedia.h>
#include <acpitabl.h>

static ULONG Width(const ACPI_PLD_V2_BUFFER *Pld, const DESCRIPTION_HEADER *Table) {
  return Pld->Width + Table->Length;
}

ULONG UseStreaming(void) {
  ACPI_PLD_V2_BUFFER Pld = {0};
  DESCRIPTION_HEADER Table = {0};
  KSRTAUDIO_HWLATENCY Latency = {0};
  return Width(&Pld, &Table) + Latency.FifoSize;
}
