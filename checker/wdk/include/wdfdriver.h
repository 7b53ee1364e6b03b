/* wskcheck WDK profile: wdfdriver.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Driver object: framework version queries --- */
#ifndef WSKCHECK_WDF_DRIVER_VERSION
#define WSKCHECK_WDF_DRIVER_VERSION
#ifdef __cplusplus
extern "C" {
#endif

typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS {
  ULONG Size;
  ULONG MajorVersion;
  ULONG MinorVersion;
} WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(
    PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params, ULONG MajorVersion,
    ULONG MinorVersion) {
  RtlZeroMemory(Params, sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
  Params->Size = sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS);
  Params->MajorVersion = MajorVersion;
  Params->MinorVersion = MinorVersion;
}

BOOLEAN WdfDriverIsVersionAvailable(
    WDFDRIVER Driver, PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
NTSTATUS WdfDriverRetrieveVersionString(WDFDRIVER Driver, WDFSTRING String);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_DRIVER_VERSION */
/* --- end Driver object --- */
