// KMDF: the framework calls the driver object's EvtCleanupCallback when it
// deletes the driver object: at unload, and also when DriverEntry returns a
// failure status after WdfDriverCreate succeeded (EvtDriverUnload is not
// called then). A driver that deregisters in that callback is therefore
// covered on every failure exit after WdfDriverCreate, and on unload. A
// failure exit before the framework driver object exists is not covered:
// wsk.MissingDeregister.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

#define KM_TAG ((ULONG)0x64666D4B) /* 'Kmfd' */

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD KmEvtDriverUnload;
EVT_WDF_OBJECT_CONTEXT_CLEANUP KmEvtDriverContextCleanup;

static const WSK_CLIENT_DISPATCH g_KmClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_KmReg;
static BOOLEAN g_KmRegistered;
static PVOID g_KmTable;

VOID KmEvtDriverUnload(WDFDRIVER Driver)
{
  UNREFERENCED_PARAMETER(Driver);
  DbgPrint("km: unloading\n"); // no-warning: the cleanup callback runs next
}

VOID KmEvtDriverContextCleanup(WDFOBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_KmTable != NULL) {
    ExFreePoolWithTag(g_KmTable, KM_TAG);
    g_KmTable = NULL;
  }
  if (g_KmRegistered) {
    WskDeregister(&g_KmReg); // no-warning
    g_KmRegistered = FALSE;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_KmClientDispatch};
  WDF_DRIVER_CONFIG config;
  WDF_OBJECT_ATTRIBUTES attributes;
  NTSTATUS status;

  g_KmRegistered = FALSE;
  g_KmTable = NULL;

  // Registered before the framework driver object exists.
  status = WskRegister(&clientNpi, &g_KmReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning
  g_KmRegistered = TRUE;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  config.EvtDriverUnload = KmEvtDriverUnload;
  WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
  attributes.EvtCleanupCallback = KmEvtDriverContextCleanup;

  status = WdfDriverCreate(DriverObject, RegistryPath, &attributes, &config,
                           WDF_NO_HANDLE);
  if (!NT_SUCCESS(status))
    // No driver object, so no cleanup callback.
    // expected-warning@+1 {{WSK registration 'g_KmReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return status;

  g_KmTable = ExAllocatePoolWithTag(NonPagedPoolNx, 4096, KM_TAG);
  if (g_KmTable == NULL)
    return STATUS_INSUFFICIENT_RESOURCES; // no-warning: the cleanup callback deregisters

  return STATUS_SUCCESS; // no-warning: unload deletes the driver object, the cleanup callback deregisters
}
