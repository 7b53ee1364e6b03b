/* wskcheck WDK profile: mingw-w64's wdm.h, then what it lacks. */
/* CM_PARTIAL_RESOURCE_DESCRIPTOR's u.Connection (the GPIO and serial bus
   connection resources, Windows 8), which mingw-w64's union lacks: added
   after its last member, u.Memory64, the one place that name appears. */
#define Memory64                                                               \
  Memory64;                                                                    \
  struct {                                                                     \
    UCHAR Class;                                                               \
    UCHAR Type;                                                                \
    UCHAR Reserved1;                                                           \
    UCHAR Reserved2;                                                           \
    ULONG IdLowPart;                                                           \
    ULONG IdHighPart;                                                          \
  } Connection
#include_next <wdm.h>
#undef Memory64
#include <wskcheck_wdk_gaps.h>
