// Driver bugs outside the WSK rules end the run with a report instead of
// taking the harness down: a crash names the faulting source line, a wait
// that never ends is reported as a hang. Exit status 3. A WskDeregister kept
// waiting by an open socket, which used to be a hang too, is now the rule
// wsk.SocketOpenAtDeregister (exit status 1).
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --ioctl=0x222000 2>%t.err | FileCheck --check-prefix=CRASH %s
// RUN: FileCheck --check-prefix=STATUS %s < %t.err
// RUN: not %t --ioctl=0x222004 --deregister-timeout-ms=50 2>%t.socket.err | FileCheck --check-prefix=SOCKET %s
// RUN: FileCheck --check-prefix=SOCKET-STATUS %s < %t.socket.err
// RUN: not %t --ioctl=0x222008 --timeout-ms=1000 | FileCheck --check-prefix=WAIT %s
// RUN: not %t --ioctl=0x22200C | FileCheck --check-prefix=BUGCHECK %s
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_CRASH CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_LEAK_SOCKET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_WAIT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BUGCHECK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _CONTEXT_BLOCK {
  ULONG Count;
} CONTEXT_BLOCK;

static WSK_REGISTRATION Registration;
static WSK_PROVIDER_NPI Provider;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;
static CONTEXT_BLOCK *volatile Block; // never allocated
static KEVENT Never;

static NTSTATUS LeakSocket(void) {
  PIRP Irp = IoAllocateIrp(1, FALSE);
  NTSTATUS Status;
  if (!Irp)
    return STATUS_INSUFFICIENT_RESOURCES;
  // The socket is never closed.
  Status = Provider.Dispatch->WskSocket(Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  IoFreeIrp(Irp);
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  ULONG Code = Stack->Parameters.DeviceIoControl.IoControlCode;
  NTSTATUS Status = STATUS_SUCCESS;
  UNREFERENCED_PARAMETER(DeviceObject);
  if (Code == IOCTL_CRASH) {
    // CRASH: wskshim: {{.*}}crash_and_hang.c:[[@LINE+1]]: crash: the driver crashed (signal 11, SIGSEGV at 0x0) during the IRP_MJ_DEVICE_CONTROL dispatch routine (0x00222000)
    Block->Count++;
  } else if (Code == IOCTL_LEAK_SOCKET) {
    Status = LeakSocket();
  } else if (Code == IOCTL_WAIT) {
    KeWaitForSingleObject(&Never, Executive, KernelMode, FALSE, NULL);
  } else if (Code == IOCTL_BUGCHECK) {
    KeBugCheckEx(0xDEAD, 1, 2, 3, 4);
  }
  Irp->IoStatus.Status = Status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskReleaseProviderNPI(&Registration);
  // SOCKET: wskshim: {{.*}}crash_and_hang.c:[[@LINE+1]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskSocket at crash_and_hang.c:{{[0-9]+}}, never closed)
  WskDeregister(&Registration);
  IoDeleteDevice(Device);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&Never, NotificationEvent, FALSE);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0,
                          FALSE, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskRegister(&Npi, &Registration);
  if (NT_SUCCESS(Status)) {
    Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
    if (!NT_SUCCESS(Status))
      WskDeregister(&Registration);
  }
  if (!NT_SUCCESS(Status)) {
    IoDeleteDevice(Device);
    return Status;
  }
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// STATUS: wskshim: exit status 3
// SOCKET-STATUS: wskshim: exit status 1
// WAIT: wskshim: <wskshim>:0: hang: the run did not finish within 1000 ms (during the IRP_MJ_DEVICE_CONTROL dispatch routine (0x00222008))
// BUGCHECK: wskshim: <wskshim>:0: bugcheck: KeBugCheckEx(0x0000DEAD, 0x1, 0x2, 0x3, 0x4) during the IRP_MJ_DEVICE_CONTROL dispatch routine (0x0022200C)
