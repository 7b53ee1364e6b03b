/* Headers the build generates: from contosomsg.mc (wskcheck writes mc's
   header) and from contosoif.idl (MIDL's, which it does not). */
#include <ntddk.h>
#include "contosomsg.h"
#include "contosoif.h"

NTSTATUS ContosoStarted(void) { return CONTOSO_STARTED; }
