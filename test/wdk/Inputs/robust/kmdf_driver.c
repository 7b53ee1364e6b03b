/* A KMDF driver with a control device, a default queue and a per-device
 * context, whose WSK client is registered in DriverEntry and deregistered
 * in EvtDriverUnload -- except on the path where the driver's own flag says
 * the worker is still running. */
#include <ntddk.h>
#include <wdf.h>
#include <wsk.h>

typedef struct _CONTROL_CONTEXT {
  ULONG Opens;
  WDFTIMER Poll;
} CONTROL_CONTEXT, *PCONTROL_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CONTROL_CONTEXT, ControlGetContext)

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_UNLOAD NetUnload;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL NetIoControl;
EVT_WDF_TIMER NetPoll;

static WSK_REGISTRATION g_NetRegistration;
static const WSK_CLIENT_DISPATCH g_NetDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                  NULL};
static BOOLEAN g_WorkerBusy;

VOID NetIoControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputLength,
                  size_t InputLength, ULONG Code) {
  PVOID in;
  size_t length;
  UNREFERENCED_PARAMETER(Queue);
  UNREFERENCED_PARAMETER(OutputLength);
  UNREFERENCED_PARAMETER(InputLength);
  UNREFERENCED_PARAMETER(Code);
  if (!NT_SUCCESS(WdfRequestRetrieveInputBuffer(Request, 4, &in, &length))) {
    WdfRequestComplete(Request, STATUS_INVALID_PARAMETER);
    return;
  }
  WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, length);
}

VOID NetPoll(WDFTIMER Timer) {
  PCONTROL_CONTEXT context =
      ControlGetContext(WdfTimerGetParentObject(Timer));
  context->Opens++;
}

static NTSTATUS NetCreateControlDevice(WDFDRIVER Driver) {
  DECLARE_CONST_UNICODE_STRING(name, L"\\Device\\WdkNet");
  PWDFDEVICE_INIT init;
  WDF_OBJECT_ATTRIBUTES attributes;
  WDF_IO_QUEUE_CONFIG queueConfig;
  WDF_TIMER_CONFIG timerConfig;
  WDFDEVICE device;
  NTSTATUS status;

  init = WdfControlDeviceInitAllocate(Driver, &SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
  if (init == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  status = WdfDeviceInitAssignName(init, &name);
  if (!NT_SUCCESS(status)) {
    WdfDeviceInitFree(init);
    return status;
  }
  WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CONTROL_CONTEXT);
  status = WdfDeviceCreate(&init, &attributes, &device);
  if (!NT_SUCCESS(status)) {
    WdfDeviceInitFree(init);
    return status;
  }
  WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig,
                                         WdfIoQueueDispatchSequential);
  queueConfig.EvtIoDeviceControl = NetIoControl;
  status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES,
                            WDF_NO_HANDLE);
  if (!NT_SUCCESS(status))
    return status;
  WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, NetPoll, 1000);
  WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
  attributes.ParentObject = device;
  status = WdfTimerCreate(&timerConfig, &attributes,
                          &ControlGetContext(device)->Poll);
  if (!NT_SUCCESS(status))
    return status;
  WdfControlFinishInitializing(device);
  return STATUS_SUCCESS;
}

VOID NetUnload(WDFDRIVER Driver) {
  UNREFERENCED_PARAMETER(Driver);
  if (g_WorkerBusy)
    return; /* BUG: the registration stays behind. */
  WskDeregister(&g_NetRegistration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WDF_DRIVER_CONFIG config;
  WDFDRIVER driver;
  WSK_CLIENT_NPI npi;
  NTSTATUS status;

  WDF_DRIVER_CONFIG_INIT(&config, WDF_NO_EVENT_CALLBACK);
  config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
  config.EvtDriverUnload = NetUnload;
  status = WdfDriverCreate(DriverObject, RegistryPath,
                           WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
  if (!NT_SUCCESS(status))
    return status;

  status = NetCreateControlDevice(driver);
  if (!NT_SUCCESS(status))
    return status;

  npi.ClientContext = NULL;
  npi.Dispatch = &g_NetDispatch;
  status = WskRegister(&npi, &g_NetRegistration);
  if (!NT_SUCCESS(status))
    return status;
  g_WorkerBusy = TRUE;
  return STATUS_SUCCESS;
}
