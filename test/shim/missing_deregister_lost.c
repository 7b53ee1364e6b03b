// The WSK_REGISTRATION is lost while registered: freed with its pool block
// or its device extension, or left on the stack of a function that
// returned. wsk.MissingDeregister where the memory goes (the free call), or
// at the registration for a stack object.
// RUN: %wskshim_cc %s -o %t
// RUN: not %t --ioctl=0x222000 | FileCheck --check-prefix=POOL %s
// RUN: not %t --ioctl=0x222004 | FileCheck --check-prefix=DEVICE %s
// RUN: not %t --ioctl=0x222008 | FileCheck --check-prefix=STACK %s
// RUN: %t --ioctl=0x22200C | count 0
#include <ntddk.h>
#include <wsk.h>

#define IOCTL_POOL CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DEVICE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_STACK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define TAG 'ksWT'

typedef struct _SESSION {
  ULONG Id;
  WSK_REGISTRATION Registration;
} SESSION, *PSESSION;

typedef struct _EXTENSION {
  WSK_REGISTRATION Registration;
} EXTENSION, *PEXTENSION;

static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Control, Extra;

static NTSTATUS PoolSession(void) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  PSESSION Session = (PSESSION)ExAllocatePool2(POOL_FLAG_NON_PAGED,
                                               sizeof(SESSION), TAG);
  NTSTATUS Status;
  if (!Session)
    return STATUS_INSUFFICIENT_RESOURCES;
  Status = WskRegister(&Npi, &Session->Registration);
  // POOL: wskshim: {{.*}}missing_deregister_lost.c:[[@LINE+1]]: wsk.MissingDeregister: the WSK_REGISTRATION registered at missing_deregister_lost.c:[[@LINE-1]] is freed while still registered: it can no longer be deregistered
  ExFreePoolWithTag(Session, TAG);
  return Status;
}

static NTSTATUS DeviceSession(PDRIVER_OBJECT Driver) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status = IoCreateDevice(Driver, sizeof(EXTENSION), NULL,
                                   FILE_DEVICE_UNKNOWN, 0, FALSE, &Extra);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskRegister(&Npi, &((PEXTENSION)Extra->DeviceExtension)->Registration);
  // DEVICE: wskshim: {{.*}}missing_deregister_lost.c:[[@LINE+1]]: wsk.MissingDeregister: the WSK_REGISTRATION registered at missing_deregister_lost.c:[[@LINE-1]] is freed with its device object (IoDeleteDevice) while still registered
  IoDeleteDevice(Extra);
  return Status;
}

static NTSTATUS StackSession(void) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WSK_REGISTRATION Registration;
  // STACK: wskshim: {{.*}}missing_deregister_lost.c:[[@LINE+1]]: wsk.MissingDeregister: the WSK_REGISTRATION registered at missing_deregister_lost.c:[[@LINE+1]] is out of scope (it lived on the stack of the IRP_MJ_DEVICE_CONTROL dispatch routine (0x00222008)) while still registered
  return WskRegister(&Npi, &Registration);
}

static NTSTATUS CleanSession(void) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  WSK_REGISTRATION Registration;
  NTSTATUS Status = WskRegister(&Npi, &Registration);
  if (NT_SUCCESS(Status))
    WskDeregister(&Registration);
  return Status;
}

static NTSTATUS Dispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
  ULONG Code = Stack->Parameters.DeviceIoControl.IoControlCode;
  NTSTATUS Status;
  if (Code == IOCTL_POOL)
    Status = PoolSession();
  else if (Code == IOCTL_DEVICE)
    Status = DeviceSession(DeviceObject->DriverObject);
  else if (Code == IOCTL_STACK)
    Status = StackSession();
  else
    Status = CleanSession();
  Irp->IoStatus.Status = Status;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return Status;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(Control);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0,
                          FALSE, &Control);
  if (!NT_SUCCESS(Status))
    return Status;
  DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Dispatch;
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
// POOL-NOT: wskshim:
// DEVICE-NOT: wskshim:
// STACK-NOT: wskshim:
