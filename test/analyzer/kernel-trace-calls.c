// Tracing and kernel routines between the WSK calls write nothing of the
// driver's: a registration in a global with external linkage, beside the
// device pointer IoCreateDevice writes in the same struct, stays known.
// Both with the project's headers and with the WDK profile, where every
// kernel routine is declared in a system header.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TrUnload;

static const WSK_CLIENT_DISPATCH g_TrClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

// Shared with the driver's other files.
typedef struct _TR_GLOBALS {
  WSK_REGISTRATION Registration;
  PDEVICE_OBJECT Device;
  UNICODE_STRING DeviceName;
  KEVENT Stopped;
} TR_GLOBALS;
TR_GLOBALS g_Tr;

VOID TrUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  DbgPrint("tr: unloading\n");
  IoDeleteDevice(g_Tr.Device);
  WskDeregister(&g_Tr.Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_TrClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  DbgPrint("tr: loading\n");
  status = WskRegister(&client, &g_Tr.Registration);
  DbgPrint("tr: WskRegister %x\n", status);
  if (!NT_SUCCESS(status))
    return status;

  KeInitializeEvent(&g_Tr.Stopped, NotificationEvent, FALSE);
  RtlInitUnicodeString(&g_Tr.DeviceName, L"\\Device\\Tr");
  status = IoCreateDevice(DriverObject, 0, &g_Tr.DeviceName,
                          FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Tr.Device);
  DbgPrint("tr: IoCreateDevice %x\n", status);
  if (!NT_SUCCESS(status)) {
#ifndef BUG
    WskDeregister(&g_Tr.Registration);
#endif
    return status; // bug-warning {{WSK registration 'g_Tr.Registration' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
  }
  DriverObject->DriverUnload = TrUnload;
  return STATUS_SUCCESS;
}
