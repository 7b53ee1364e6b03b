// A global that a function of another file may write is not taken to hold
// its initial value after the call, even where this path never touched it
// before: the unload routine's branch on it is followed both ways. Here the
// other file sets the option that makes the unload routine query the
// provider after releasing its NPI: reported. Tracing the option instead is
// silent.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OfUnload;

typedef struct _OF_OPTIONS {
  ULONG Port;
  BOOLEAN Verbose;
} OF_OPTIONS;

static const WSK_CLIENT_DISPATCH g_OfClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_OfReg;
static WSK_PROVIDER_NPI g_OfNpi;
OF_OPTIONS g_OfOptions;

// Implemented in another translation unit: reads the registry into
// g_OfOptions.
VOID OfReadOptions(PUNICODE_STRING RegistryPath);

VOID OfUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&g_OfReg);
  if (g_OfOptions.Verbose)
#ifdef BUG
    g_OfNpi.Dispatch->WskControlClient(g_OfNpi.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, NULL); // bug-warning {{'WskControlClient' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
#else
    DbgPrint("of: unloading\n");
#endif
  WskDeregister(&g_OfReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_OfClient};
  NTSTATUS status;
  OfReadOptions(RegistryPath);
  status = WskRegister(&client, &g_OfReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_OfReg, WSK_INFINITE_WAIT, &g_OfNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_OfReg);
    return status;
  }
  DriverObject->DriverUnload = OfUnload;
  return STATUS_SUCCESS;
}
