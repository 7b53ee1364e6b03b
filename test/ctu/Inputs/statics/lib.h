/* Init and cleanup helpers of a two-file driver. */
#include <ntddk.h>
#include <wsk.h>

NTSTATUS LibInit(VOID);
VOID LibCleanup(VOID);
