/* A driver traced with WPP through project-configured trace functions: the
 * calls name trace flags (TRACE_DRIVER) that only the generated netdrv.tmh
 * declares, so the file compiles only with a stand-in for it (NetDump is
 * the second function the project lists, with one parenthesised argument
 * list). The cleanup on DriverEntry's failure path forgets the
 * registration. */
#include <ntddk.h>
#include <wsk.h>
#include "trace.h"
#include "netdrv.tmh"

static WSK_REGISTRATION g_Reg;
static const WSK_CLIENT_DISPATCH g_Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NetUnload;

VOID NetUnload(PDRIVER_OBJECT DriverObject) {
  TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_DRIVER, "%!FUNC! unloading");
  WskDeregister(&g_Reg);
  WPP_CLEANUP(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI npi = {NULL, &g_Dispatch};
  PDEVICE_OBJECT device;
  NTSTATUS status;

  WPP_INIT_TRACING(DriverObject, RegistryPath);
  status = WskRegister(&npi, &g_Reg);
  if (!NT_SUCCESS(status)) {
    TraceEvents(TRACE_LEVEL_ERROR, TRACE_DRIVER, "WskRegister %!STATUS!",
                status);
    WPP_CLEANUP(DriverObject);
    return status;
  }
  TraceSocket("registered %p", &g_Reg);
  NetDump((TRACE_LEVEL_VERBOSE, TRACE_SOCKET, "registration %p", &g_Reg));
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK, 0,
                          FALSE, &device);
  if (!NT_SUCCESS(status)) {
    NetLog(TRACE_LEVEL_ERROR, TRACE_DRIVER, "IoCreateDevice %!STATUS!", status);
    WPP_CLEANUP(DriverObject);
    return status;
  }
  DriverObject->DriverUnload = NetUnload;
  return STATUS_SUCCESS;
}
