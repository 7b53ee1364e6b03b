// Compiles for wskcheck, not for the shim build (the forced-include header
// defines WSKSHIM_REDIRECT_H).
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;

#ifdef WSKSHIM_REDIRECT_H
#error this source refuses the shim build
#endif

VOID Twice(void) {
  WskDeregister(&Registration);
  WskDeregister(&Registration);
}
