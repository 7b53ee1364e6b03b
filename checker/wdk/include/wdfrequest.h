/* wskcheck WDK profile: wdfrequest.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Requests: stop action flags, forwarding to the parent --- */
#ifndef WSKCHECK_WDF_REQUEST_STOP_FORWARD
#define WSKCHECK_WDF_REQUEST_STOP_FORWARD
#ifdef __cplusplus
extern "C" {
#endif

/* The ActionFlags of EvtIoStop. */
typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
  WdfRequestStopActionInvalid = 0,
  WdfRequestStopActionSuspend = 0x01,
  WdfRequestStopActionPurge = 0x2,
  WdfRequestStopRequestCancelable = 0x10000000
} WDF_REQUEST_STOP_ACTION_FLAGS;

typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
  WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
  ULONG Size;
  ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;

FORCEINLINE VOID
WDF_REQUEST_FORWARD_OPTIONS_INIT(PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions) {
  RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
  ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
  ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}

NTSTATUS WdfRequestForwardToParentDeviceIoQueue(
    WDFREQUEST Request, WDFQUEUE ParentDeviceQueue,
    PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_REQUEST_STOP_FORWARD */
/* --- end Requests --- */
