// KMDF: the deregistration is in EvtDriverUnload, which the framework calls
// at unload but not when DriverEntry fails. An early return in
// EvtDriverUnload skips it (wsk.UnloadSkipsDeregister), and a DriverEntry
// failure after the registration leaks it (wsk.MissingDeregister).
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

#define KU_TAG ((ULONG)0x72774B55) /* 'UKwr' */

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD KuEvtDriverUnload;

static const WSK_CLIENT_DISPATCH g_KuClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_KuReg;
static PVOID g_KuCache;
static PVOID g_KuScratch;

VOID KuEvtDriverUnload(WDFDRIVER Driver)
{
  UNREFERENCED_PARAMETER(Driver);
  if (g_KuCache == NULL)
    return; // expected-warning{{Unload routine returns while WSK registration 'g_KuReg' is still registered [wsk.UnloadSkipsDeregister]}}
  ExFreePoolWithTag(g_KuCache, KU_TAG);
  ExFreePoolWithTag(g_KuScratch, KU_TAG);
  WskDeregister(&g_KuReg); // no-warning
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_KuClientDispatch};
  WDF_DRIVER_CONFIG config;
  NTSTATUS status;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  config.EvtDriverUnload = KuEvtDriverUnload;
  status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                           &config, WDF_NO_HANDLE);
  if (!NT_SUCCESS(status))
    return status; // no-warning: nothing registered yet

  status = WskRegister(&clientNpi, &g_KuReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning

  g_KuScratch = ExAllocatePoolWithTag(NonPagedPoolNx, 512, KU_TAG);
  if (g_KuScratch == NULL)
    // EvtDriverUnload is not called when DriverEntry fails.
    // expected-warning@+1 {{WSK registration 'g_KuReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return STATUS_INSUFFICIENT_RESOURCES;

  // The cache is optional.
  g_KuCache = ExAllocatePoolWithTag(NonPagedPoolNx, 65536, KU_TAG);
  return STATUS_SUCCESS;
}
