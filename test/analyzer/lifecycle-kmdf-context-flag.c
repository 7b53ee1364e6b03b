// KMDF: the registration and a "captured" flag live in the WDFDRIVER's
// context. No variable points to the context between DriverEntry and
// EvtDriverUnload; the framework hands it to the unload callback, which
// releases the capture only when the flag says it was taken. The correct
// driver is silent; the one that sets the flag whether or not the capture
// succeeded is reported.
//
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

typedef struct _KC_CONTEXT {
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
  BOOLEAN Captured;
} KC_CONTEXT, *PKC_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(KC_CONTEXT, KcGetContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD KcUnload;
static const WSK_CLIENT_DISPATCH g_KcClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};

VOID KcUnload(WDFDRIVER Driver)
{
  PKC_CONTEXT ctx = KcGetContext(Driver);
  if (ctx->Captured)
    WskReleaseProviderNPI(&ctx->Registration); // bug-warning {{WskReleaseProviderNPI on 'ctx->Registration' without a matching successful capture [wsk.UnbalancedRelease]}}
  WskDeregister(&ctx->Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WDF_DRIVER_CONFIG config;
  WDF_OBJECT_ATTRIBUTES attributes;
  WSK_CLIENT_NPI client = {NULL, &g_KcClient};
  WDFDRIVER driver;
  PKC_CONTEXT ctx;
  NTSTATUS status;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  config.EvtDriverUnload = KcUnload;
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, KC_CONTEXT);
  status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config,
                           &driver);
  if (!NT_SUCCESS(status))
    return status;
  ctx = KcGetContext(driver);
  status = WskRegister(&client, &ctx->Registration);
  if (!NT_SUCCESS(status))
    return status;
  ctx->Captured = FALSE;
#ifdef BUG
  (VOID)WskCaptureProviderNPI(&ctx->Registration, WSK_NO_WAIT, &ctx->Provider);
  ctx->Captured = TRUE;
#else
  if (NT_SUCCESS(WskCaptureProviderNPI(&ctx->Registration, WSK_NO_WAIT,
                                       &ctx->Provider)))
    ctx->Captured = TRUE;
#endif
  return STATUS_SUCCESS;
}
