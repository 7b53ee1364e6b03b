/* Calls util.c's helper, and has nothing of WSK itself: it has nothing to
   check, with or without the index. */
#include <ntddk.h>

ULONG UtilDouble(ULONG Value);

ULONG UserQuadruple(ULONG Value) { return UtilDouble(UtilDouble(Value)); }
