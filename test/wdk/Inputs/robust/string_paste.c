/* A trace macro that pastes its format to a prefix, as Microsoft's
   preprocessor allows: the two literals are concatenated. */
#include <ntddk.h>

#define SP_LOG(Format, ...) DbgPrint("%S: " ## Format, __FUNCTIONW__, __VA_ARGS__)

VOID SpTrace(ULONG Value) { SP_LOG("value %lu\n", Value); }
