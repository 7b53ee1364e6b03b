/* Shared between the driver's files. */
#include <ntddk.h>
#include <wsk.h>

extern WSK_REGISTRATION g_NetReg;
extern WSK_PROVIDER_NPI g_NetNpi;

NTSTATUS NetStart(VOID);
VOID NetStop(VOID);
