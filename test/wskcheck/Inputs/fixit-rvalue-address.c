#include <wsk.h>

/* The address of a value that is no object: an error with no fix, under
   Microsoft's compiler too. */
static LONG Increment(LONG *Value) { return ++*Value; }

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  LONG Count = 0;
  return Increment(&(Count + 1)) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
