// The registration lives in a pool-allocated context that a static global
// points to, and DriverEntry calls a function of another file after storing
// the pointer. That function cannot reach the context, but clang forgets the
// global's value at the call (static ones too), so the analysis can no
// longer tell which object the unload routine deregisters: nothing is
// reported about the context's registration after the call. A context the
// globals do not point to yet at the call is still followed: an error path
// after the call that returns without deregistering it is found. Run with
// the WDK profile's headers too, where they are system headers.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HcUnload;

typedef struct _HC_CONTEXT {
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} HC_CONTEXT, *PHC_CONTEXT;

static const WSK_CLIENT_DISPATCH g_HcClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
#define HC_TAG 0x74436348u

static PHC_CONTEXT g_HcContext;

// Implemented in another translation unit.
NTSTATUS HcStartListener(VOID);

VOID HcUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&g_HcContext->Registration);
  WskDeregister(&g_HcContext->Registration);
  ExFreePoolWithTag(g_HcContext, HC_TAG);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_HcClient};
  PHC_CONTEXT ctx;
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), HC_TAG);
  if (ctx == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  RtlZeroMemory(ctx, sizeof(*ctx));
  status = WskRegister(&client, &ctx->Registration);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(ctx, HC_TAG);
    return status;
  }
  status = WskCaptureProviderNPI(&ctx->Registration, WSK_INFINITE_WAIT,
                                 &ctx->Provider);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&ctx->Registration);
    ExFreePoolWithTag(ctx, HC_TAG);
    return status;
  }
#ifdef BUG
  status = HcStartListener();
  if (!NT_SUCCESS(status)) {
    WskReleaseProviderNPI(&ctx->Registration);
    ExFreePoolWithTag(ctx, HC_TAG); // bug-warning {{WSK registration 'ctx->Registration' is freed while still registered [wsk.MissingDeregister]}}
    return status;
  }
  g_HcContext = ctx;
#else
  g_HcContext = ctx;
  status = HcStartListener();
  if (!NT_SUCCESS(status)) {
    WskReleaseProviderNPI(&ctx->Registration);
    WskDeregister(&ctx->Registration);
    g_HcContext = NULL;
    ExFreePoolWithTag(ctx, HC_TAG);
    return status;
  }
#endif
  DriverObject->DriverUnload = HcUnload;
  return STATUS_SUCCESS;
}
