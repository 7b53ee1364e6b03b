// KMDF: a method that creates a framework object (WdfTimerCreate) hands
// back a handle that is never NULL when it succeeds. The unload callback
// tears WSK down only when the timer exists; DriverEntry fails, after
// deregistering, when the timer cannot be created. The correct driver is
// silent; the one that goes on without the timer (the unload callback
// then returns before deregistering) is reported.
//
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

typedef struct _TC_CONTEXT {
  WSK_REGISTRATION Registration;
  WDFTIMER Timer;
} TC_CONTEXT, *PTC_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TC_CONTEXT, TcGetContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD TcUnload;
EVT_WDF_TIMER TcTimer;
static const WSK_CLIENT_DISPATCH g_TcClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};

VOID TcTimer(WDFTIMER Timer) { UNREFERENCED_PARAMETER(Timer); }

VOID TcUnload(WDFDRIVER Driver)
{
  PTC_CONTEXT ctx = TcGetContext(Driver);
  if (ctx->Timer == NULL)
    return; // bug-warning {{Unload routine returns while WSK registration 'ctx->Registration' is still registered [wsk.UnloadSkipsDeregister]}}
  WdfTimerStop(ctx->Timer, TRUE);
  WskDeregister(&ctx->Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WDF_DRIVER_CONFIG config;
  WDF_OBJECT_ATTRIBUTES attributes;
  WDF_TIMER_CONFIG timerConfig;
  WDF_OBJECT_ATTRIBUTES timerAttributes;
  WSK_CLIENT_NPI client = {NULL, &g_TcClient};
  WDFDRIVER driver;
  PTC_CONTEXT ctx;
  NTSTATUS status;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  config.EvtDriverUnload = TcUnload;
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TC_CONTEXT);
  status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config,
                           &driver);
  if (!NT_SUCCESS(status))
    return status;
  ctx = TcGetContext(driver);
  status = WskRegister(&client, &ctx->Registration);
  if (!NT_SUCCESS(status))
    return status;

  WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, TcTimer, 1000);
  WDF_OBJECT_ATTRIBUTES_INIT(&timerAttributes);
  timerAttributes.ParentObject = driver;
  status = WdfTimerCreate(&timerConfig, &timerAttributes, &ctx->Timer);
  if (!NT_SUCCESS(status)) {
#ifdef BUG
    return STATUS_SUCCESS; // Runs on without the timer.
#else
    WskDeregister(&ctx->Registration);
    return status;
#endif
  }
  WdfTimerStart(ctx->Timer, WDF_REL_TIMEOUT_IN_SEC(1));
  return STATUS_SUCCESS;
}
