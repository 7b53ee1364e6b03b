// Work the driver queues runs later on the same path: a work item queued in
// the unload routine runs, at the latest, where the unload routine waits for
// it, or else after the unload routine returns. One that calls the provider
// after the unload released the NPI is reported; the unload routine that
// waits for it before releasing is correct (the model does not place the
// work item at the wait, and stays quiet about it).
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
DRIVER_UNLOAD WiUnload;
IO_WORKITEM_ROUTINE WiWorker;
static const WSK_CLIENT_DISPATCH g_WiClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_WiReg;
static WSK_PROVIDER_NPI g_WiNpi;
static PIO_WORKITEM g_WiItem;
static PDEVICE_OBJECT g_WiDevice;
static KEVENT g_WiDone;

VOID WiWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Context);
  g_WiNpi.Dispatch->WskControlClient(g_WiNpi.Client, 0, 0, NULL, 0, NULL, // bug-warning {{'WskControlClient' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
                                     NULL, NULL);
  KeSetEvent(&g_WiDone, 0, FALSE);
}

VOID WiUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoQueueWorkItem(g_WiItem, WiWorker, DelayedWorkQueue, NULL);
#ifndef BUG
  KeWaitForSingleObject(&g_WiDone, Executive, KernelMode, FALSE, NULL);
#endif
  WskReleaseProviderNPI(&g_WiReg);
  WskDeregister(&g_WiReg);
  IoFreeWorkItem(g_WiItem);
  IoDeleteDevice(g_WiDevice);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_WiClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&g_WiDone, NotificationEvent, FALSE);
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_WiDevice);
  if (!NT_SUCCESS(status))
    return status;
  g_WiItem = IoAllocateWorkItem(g_WiDevice);
  if (g_WiItem == NULL) { IoDeleteDevice(g_WiDevice); return STATUS_INSUFFICIENT_RESOURCES; }
  status = WskRegister(&client, &g_WiReg);
  if (!NT_SUCCESS(status)) { IoFreeWorkItem(g_WiItem); IoDeleteDevice(g_WiDevice); return status; }
  status = WskCaptureProviderNPI(&g_WiReg, WSK_INFINITE_WAIT, &g_WiNpi);
  if (!NT_SUCCESS(status)) { WskDeregister(&g_WiReg); IoFreeWorkItem(g_WiItem); IoDeleteDevice(g_WiDevice); return status; }
  DriverObject->DriverUnload = WiUnload;
  return STATUS_SUCCESS;
}
