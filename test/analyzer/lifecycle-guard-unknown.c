// A flag that guards the cleanup is also written by an IRP dispatch routine
// (outside the DriverEntry and unload call trees), so its value before
// unload is unknown. No report rests on a branch of that unknown guard
// alone: the registration it guards is forgotten with it. A registration
// whose cleanup does not depend on the flag is still judged.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD GuUnload;
DRIVER_DISPATCH GuClose;

static const WSK_CLIENT_DISPATCH g_GuClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_GuReg;
static WSK_REGISTRATION g_GuLogReg;
static BOOLEAN g_GuActive;

VOID GuStopNetworking(VOID);

NTSTATUS GuClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  // The last handle closed: the networking component (another file) is
  // told to stop.
  if (g_GuActive) {
    GuStopNetworking();
    g_GuActive = FALSE;
  }
  Irp->IoStatus.Status = STATUS_SUCCESS;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

VOID GuUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_GuActive)
    WskDeregister(&g_GuReg);
#ifndef BUG
  WskDeregister(&g_GuLogReg);
#endif
} // bug-warning {{Unload routine returns while WSK registration 'g_GuLogReg' is still registered [wsk.UnloadSkipsDeregister]}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_GuClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_GuLogReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskRegister(&client, &g_GuReg);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_GuLogReg);
    return status;
  }
  g_GuActive = TRUE;
  DriverObject->MajorFunction[IRP_MJ_CLOSE] = GuClose;
  DriverObject->DriverUnload = GuUnload;
  return STATUS_SUCCESS;
}
