/* Structured exception handling: __try/__except and __leave are analysed;
 * a function with __try/__finally is not (clang's analysis has no model of
 * termination handlers) but the rest of the file still is. */
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_Reg;

NTSTATUS ProbeThenStop(PMDL Mdl) {
  __try {
    MmProbeAndLockPages(Mdl, KernelMode, IoReadAccess);
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    return GetExceptionCode();
  }
  WskDeregister(&g_Reg);
  WskDeregister(&g_Reg);
  return STATUS_SUCCESS;
}

VOID LeaveEarly(BOOLEAN Early) {
  WSK_REGISTRATION local;
  WskDeregister(&local);
  __try {
    if (Early)
      __leave;
    DbgPrint("late\n");
  } __except (EXCEPTION_EXECUTE_HANDLER) {
  }
}

VOID WithFinally(VOID) {
  __try {
    WskDeregister(&g_Reg);
  } __finally {
    DbgPrint("done\n");
  }
}
