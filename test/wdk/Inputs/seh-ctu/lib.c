/* A probe of a caller's buffer under structured exception handling. */
#include <ntddk.h>

NTSTATUS LibProbe(PVOID Buffer, ULONG Length)
{
  NTSTATUS status = STATUS_SUCCESS;
  __try {
    ProbeForWrite(Buffer, Length, 1);
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    status = GetExceptionCode();
  }
  return status;
}
