// The C++ side of lifecycle-unread-globals.c: the mode DriverEntry sets when
// the capture succeeds is read later by a function template the unload
// routine calls, or the unload routine is itself a specialization of a
// static function template. The template's body runs, so the mode is read
// after DriverEntry and kept; forgetting it would report a deregistration
// while captured that cannot happen. An unload routine that is a lambda
// converted to a function pointer runs through the lambda's static invoker,
// whose body the AST leaves empty: the analysis cannot follow it and reports
// nothing about what it would have deregistered.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DTEMPLATE_UNLOAD %s
// RUN: %clang_analyze_wsk -verify=ok -DLAMBDA_UNLOAD %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TpUnload;

static const WSK_CLIENT_DISPATCH g_TpClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_TpReg;
static WSK_PROVIDER_NPI g_TpNpi;
static LONG g_TpMode; // 1: registered, 2: captured too

#ifdef BUG
#define CAPTURED 3 // not the value DriverEntry stores
#else
#define CAPTURED 2
#endif

template <typename T> static void TpStop(T Release)
{
  if (g_TpMode == CAPTURED && Release)
    WskReleaseProviderNPI(&g_TpReg);
  WskDeregister(&g_TpReg); // bug-warning {{WskDeregister on 'g_TpReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

#ifdef TEMPLATE_UNLOAD
template <BOOLEAN Release> static VOID TpUnloadAs(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_TpMode == CAPTURED && Release)
    WskReleaseProviderNPI(&g_TpReg);
  WskDeregister(&g_TpReg);
}
#else
VOID TpUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  TpStop<BOOLEAN>(TRUE);
}
#endif

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_TpClient};
  UNREFERENCED_PARAMETER(RegistryPath);
  NTSTATUS status = WskRegister(&client, &g_TpReg);
  if (!NT_SUCCESS(status))
    return status;
  g_TpMode = 1;
  status = WskCaptureProviderNPI(&g_TpReg, WSK_NO_WAIT, &g_TpNpi);
  if (NT_SUCCESS(status))
    g_TpMode = 2;
#if defined(TEMPLATE_UNLOAD)
  DriverObject->DriverUnload = TpUnloadAs<TRUE>;
#elif defined(LAMBDA_UNLOAD)
  DriverObject->DriverUnload = [](PDRIVER_OBJECT) { TpStop<BOOLEAN>(TRUE); };
#else
  DriverObject->DriverUnload = TpUnload;
#endif
  return STATUS_SUCCESS;
}
