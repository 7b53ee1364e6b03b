/* wskcheck WDK profile: TraceLoggingProvider.h (TraceLogging ETW events),
 * with every event expanding to nothing: the arguments of TraceLoggingWrite
 * are dropped unevaluated, as WPP trace calls are (wskcheck_wpp.h). The
 * provider handle and the registration routines are declared from their
 * documentation, so a driver's provider set-up and tear-down compile.
 */
#ifndef WSKCHECK_WDK_TRACELOGGINGPROVIDER_H
#define WSKCHECK_WDK_TRACELOGGINGPROVIDER_H

#ifdef __cplusplus
extern "C" {
#endif

typedef const struct _TlgProvider_t *TraceLoggingHProvider;

typedef VOID(NTAPI *PTLG_ENABLE_CALLBACK)(LPCGUID SourceId, ULONG IsEnabled,
                                          UCHAR Level,
                                          ULONGLONG MatchAnyKeyword,
                                          ULONGLONG MatchAllKeyword,
                                          PVOID FilterData,
                                          PVOID CallbackContext);

NTSTATUS TraceLoggingRegister(TraceLoggingHProvider hProvider);
NTSTATUS TraceLoggingRegisterEx(TraceLoggingHProvider hProvider,
                                PTLG_ENABLE_CALLBACK pEnableCallback,
                                PVOID pCallbackContext);
VOID TraceLoggingUnregister(TraceLoggingHProvider hProvider);
BOOLEAN TraceLoggingProviderEnabled(TraceLoggingHProvider hProvider,
                                    UCHAR eventLevel,
                                    ULONGLONG eventKeyword);
const GUID *TraceLoggingProviderId(TraceLoggingHProvider hProvider);

#ifdef __cplusplus
#define TRACELOGGING_DECLARE_PROVIDER(hProvider)                               \
  extern "C" const TraceLoggingHProvider hProvider
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, ...)                           \
  extern "C" const TraceLoggingHProvider hProvider = NULL
#else
#define TRACELOGGING_DECLARE_PROVIDER(hProvider)                               \
  extern const TraceLoggingHProvider hProvider
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, ...)                           \
  const TraceLoggingHProvider hProvider = NULL
#endif

/* Events: nothing is written, and nothing of the event is evaluated. */
#define TraceLoggingWrite(...) ((void)0)
#define TraceLoggingWriteActivity(...) ((void)0)
#define TraceLoggingWriteEx(...) ((void)0)
#define TraceLoggingWriteStart(...) ((void)0)
#define TraceLoggingWriteStop(...) ((void)0)
#define TraceLoggingWriteTagged(...) ((void)0)
#define TraceLoggingOptionGroup(...)

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_TRACELOGGINGPROVIDER_H */
