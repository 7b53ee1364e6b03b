/* A helper of another file, with nothing of WSK. */
#include <ntddk.h>

ULONG UtilDouble(ULONG Value) { return Value * 2; }
