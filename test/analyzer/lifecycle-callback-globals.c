// The lifecycle root invalidates, before calling unload, the globals that
// other callbacks can write (here: one the IOCTL handler sets), but keeps
// those only DriverEntry and unload write. The "paused" shortcut in unload
// can therefore be taken and skips the deregistration
// (wsk.UnloadSkipsDeregister); the registration flag, written only by
// DriverEntry and unload, keeps its value and the guarded cleanup stays
// silent.
//
// A handler nothing installs or calls (left in the file, static, and
// unreferenced) never runs: what it writes keeps its value, and the shortcut
// it would open is never taken.
//
// RUN: %clang_analyze_wsk -verify %s
// RUN: %clang_analyze_wsk -verify=dead -DNOT_INSTALLED %s
// dead-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

#define IOCTL_QOS_PAUSE 0x00222004

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD QosUnload;
#ifndef NOT_INSTALLED
DRIVER_DISPATCH QosDeviceControl;
#endif

static const WSK_CLIENT_DISPATCH g_QosClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_QosReg;
static BOOLEAN g_QosRegistered;
static BOOLEAN g_QosPaused;
static PDEVICE_OBJECT g_QosDevice;

#ifdef NOT_INSTALLED
static VOID QosPause(VOID) { g_QosPaused = TRUE; }

static NTSTATUS QosDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  QosPause();
#else
NTSTATUS QosDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  g_QosPaused = TRUE;
#endif
  Irp->IoStatus.Status = STATUS_SUCCESS;
  Irp->IoStatus.Information = 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS; // no-warning
}

VOID QosUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_QosDevice);
  if (g_QosPaused)
    return; // expected-warning{{Unload routine returns while WSK registration 'g_QosReg' is still registered [wsk.UnloadSkipsDeregister]}}
  if (g_QosRegistered) {
    WskDeregister(&g_QosReg); // no-warning
    g_QosRegistered = FALSE;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_QosClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_QosPaused = FALSE;
  g_QosRegistered = FALSE;

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_QosDevice);
  if (!NT_SUCCESS(status))
    return status;

  status = WskRegister(&clientNpi, &g_QosReg);
  if (!NT_SUCCESS(status)) {
    IoDeleteDevice(g_QosDevice);
    return status; // no-warning
  }
  g_QosRegistered = TRUE;

#ifndef NOT_INSTALLED
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = QosDeviceControl;
#endif
  DriverObject->DriverUnload = QosUnload;
  return STATUS_SUCCESS;
}
