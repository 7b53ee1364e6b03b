/* The driver's small WSK client library (WskLib.c). */
#pragma once

NTSTATUS NetStart(VOID);
VOID NetStop(VOID);
NTSTATUS EchoReconnect(VOID);
