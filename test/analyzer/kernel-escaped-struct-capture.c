// A work item captures the provider NPI through a registration inside a
// global struct that other callbacks write (the device pointer, the work
// item): the analysis forgets the struct there and must stay quiet, not
// fail. The same driver whose worker releases a capture it never took is
// reported from DriverEntry's own path.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD EsUnload;
IO_WORKITEM_ROUTINE EsWorker;

typedef struct _ES_STATE {
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
  PIO_WORKITEM Work;
  KEVENT Done;
  PDEVICE_OBJECT Device;
} ES_STATE;

static ES_STATE g_Es;
static const WSK_CLIENT_DISPATCH g_EsClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};

VOID EsWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Context);
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_Es.Registration, WSK_INFINITE_WAIT,
                                       &g_Es.Provider)))
    WskReleaseProviderNPI(&g_Es.Registration);
  KeSetEvent(&g_Es.Done, IO_NO_INCREMENT, FALSE);
}

VOID EsUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  KeWaitForSingleObject(&g_Es.Done, Executive, KernelMode, FALSE, NULL);
  IoFreeWorkItem(g_Es.Work);
  WskDeregister(&g_Es.Registration);
  IoDeleteDevice(g_Es.Device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_EsClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&g_Es.Done, NotificationEvent, FALSE);
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &g_Es.Device);
  if (!NT_SUCCESS(status))
    return status;
  g_Es.Work = IoAllocateWorkItem(g_Es.Device);
  if (g_Es.Work == NULL) {
    IoDeleteDevice(g_Es.Device);
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  status = WskRegister(&client, &g_Es.Registration);
  if (!NT_SUCCESS(status)) {
    IoFreeWorkItem(g_Es.Work);
    IoDeleteDevice(g_Es.Device);
    return status;
  }
#ifdef BUG
  WskReleaseProviderNPI(&g_Es.Registration); // bug-warning {{WskReleaseProviderNPI on 'g_Es.Registration' without a matching successful capture [wsk.UnbalancedRelease]}}
#endif
  IoQueueWorkItem(g_Es.Work, EsWorker, DelayedWorkQueue, NULL);
  DriverObject->DriverUnload = EsUnload;
  return STATUS_SUCCESS;
}
