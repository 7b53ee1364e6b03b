// WskDeregister waits while another thread still holds a capture; when that
// thread releases it, the deregistration completes: no violation.
// RUN: %wskshim_cc %s -o %t
// RUN: %t | count 0
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static KEVENT Stop, Ready;
static PVOID Worker;

static VOID WorkerMain(PVOID Context) {
  WSK_PROVIDER_NPI Provider;
  LARGE_INTEGER Linger;
  UNREFERENCED_PARAMETER(Context);
  if (NT_SUCCESS(WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT,
                                       &Provider))) {
    KeSetEvent(&Ready, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(&Stop, Executive, KernelMode, FALSE, NULL);
    // Finish up while the unload routine is already deregistering.
    Linger.QuadPart = -100 * 10000LL;
    KeDelayExecutionThread(KernelMode, FALSE, &Linger);
    WskReleaseProviderNPI(&Registration);
  }
  PsTerminateSystemThread(STATUS_SUCCESS);
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  KeSetEvent(&Stop, IO_NO_INCREMENT, FALSE);
  WskDeregister(&Registration);
  KeWaitForSingleObject(Worker, Executive, KernelMode, FALSE, NULL);
  ObDereferenceObject(Worker);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  OBJECT_ATTRIBUTES Attributes;
  HANDLE Thread;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&Stop, NotificationEvent, FALSE);
  KeInitializeEvent(&Ready, NotificationEvent, FALSE);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
  Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, &Attributes, NULL,
                                NULL, WorkerMain, NULL);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  ObReferenceObjectByHandle(Thread, THREAD_ALL_ACCESS, *PsThreadType,
                            KernelMode, &Worker, NULL);
  ZwClose(Thread);
  // The worker holds its capture before unload can run.
  KeWaitForSingleObject(&Ready, Executive, KernelMode, FALSE, NULL);
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
