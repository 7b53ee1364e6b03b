/* A KMDF driver's file that uses ntintsafe.h's limits and error values,
   a socket I/O control code built with ws2def.h's _IOW, and the create
   parameters of a WDF request. */
#include <ntddk.h>
#include <wdf.h>
#include <ntintsafe.h>
#include <wsk.h>

#define MY_FIONBIO _IOW('f', 126, ULONG)

#ifdef __cplusplus
#define STATIC_ASSERT static_assert
#else
#define STATIC_ASSERT _Static_assert
#endif
STATIC_ASSERT(LONGLONG_MAX == 0x7fffffffffffffffLL, "LONGLONG_MAX");
STATIC_ASSERT(LONG64_ERROR == -1, "LONG64_ERROR");
STATIC_ASSERT(ULONG_ERROR == 0xffffffffUL, "ULONG_ERROR");
STATIC_ASSERT(SIZE_T_MAX == (SIZE_T)-1, "SIZE_T_MAX");
STATIC_ASSERT(ULONG_PTR_ERROR == (ULONG_PTR)-1, "ULONG_PTR_ERROR");
STATIC_ASSERT(DWORD_MAX == 0xffffffffUL, "DWORD_MAX");
STATIC_ASSERT(MY_FIONBIO == 0x8004667e, "FIONBIO");
STATIC_ASSERT(_IOR('f', 127, ULONG) == 0x4004667f, "FIONREAD");

LONGLONG RemainingTimeout(LONGLONG Timeout, LONGLONG Passed)
{
  if (Timeout == LONGLONG_MAX)
    return LONGLONG_MAX;
  return Timeout > Passed ? Timeout - Passed : 0;
}

BOOLEAN CreateHasEas(WDFREQUEST Request)
{
  WDF_REQUEST_PARAMETERS Parameters;
  WDF_REQUEST_PARAMETERS_INIT(&Parameters);
  WdfRequestGetParameters(Request, &Parameters);
  return Parameters.Parameters.Create.EaLength != 0 &&
         Parameters.Parameters.Create.SecurityContext != NULL;
}
