/* Start and stop of the WSK client of a two-file driver. */
#include <ntddk.h>
#include <wsk.h>

NTSTATUS LibStart(VOID);
VOID LibStop(VOID);
