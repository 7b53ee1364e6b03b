/* What the WDK profile's target looks like to a driver. */
#include <ntddk.h>
#include <wsk.h>

#define WDK_CHECK(e) _Static_assert(e, #e)
#ifdef __cplusplus
#undef WDK_CHECK
#define WDK_CHECK(e) static_assert(e, #e)
#endif

WDK_CHECK(sizeof(long) == 4);
WDK_CHECK(sizeof(ULONG) == 4);
WDK_CHECK(sizeof(PVOID) == 8);
WDK_CHECK(sizeof(SIZE_T) == 8);
WDK_CHECK(sizeof(ULONG_PTR) == 8);
WDK_CHECK(sizeof(WCHAR) == 2);
WDK_CHECK(_MSC_VER >= 1900);
WDK_CHECK(NTDDI_VERSION >= 0x0A000000);
WDK_CHECK(_WIN32_WINNT >= 0x0A00);
WDK_CHECK(POOL_NX_OPTIN == 1);
#if !defined(_WIN64) || !defined(_AMD64_) || !defined(_M_X64) ||               \
    !defined(_KERNEL_MODE)
#error "not the x64 kernel-mode target"
#endif
WDK_CHECK(sizeof(WSK_REGISTRATION) > 0);
WDK_CHECK(sizeof(SOCKADDR_STORAGE) == 128);
WDK_CHECK(sizeof(SOCKADDR_IN6) == 28);
