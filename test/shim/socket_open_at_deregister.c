// Sockets kept in a device extension: a listening socket opened in
// DriverEntry, an accept issued on it (a peer connects when the harness is
// given --accept-connections), both closed by the unload routine before it
// releases and deregisters. WskDeregister with a socket still open is
// wsk.SocketOpenAtDeregister at the call, instead of a hang: when the IRP
// for a close cannot be allocated and the close is skipped, and when the
// accepted connection is forgotten (SKIP_ACCEPTED).
// RUN: %wskshim_cc -Wall -Wextra -Werror %s -o %t
// RUN: %t | count 0
// RUN: %t --async-irps | count 0
// RUN: %t --accept-connections=1 | count 0
// RUN: %t --accept-connections=1 --async-irps | count 0
// RUN: not %t --faults=IoAllocateIrp:3 | FileCheck --check-prefix=LISTEN %s
// RUN: not %t --faults=IoAllocateIrp:3 --async-irps | FileCheck --check-prefix=LISTEN %s
// RUN: not %t --faults=IoAllocateIrp:4 --accept-connections=1 | FileCheck --check-prefix=ACCEPTED %s
// RUN: %wskshim_cc -DSKIP_ACCEPTED %s -o %t.skip
// RUN: %t.skip | count 0
// RUN: not %t.skip --accept-connections=1 --async-irps | FileCheck --check-prefix=ACCEPTED %s
// Keep-going: the WskDeregister that would hang is refused, the run goes on.
// RUN: not %t --faults=IoAllocateIrp:3 --keep-going 2>&1 | FileCheck --check-prefix=KEEP %s
#include <ntddk.h>
#include <wsk.h>

typedef struct _EXTENSION {
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
  PWSK_SOCKET Listen;
  PWSK_SOCKET Accepted;
  PIRP AcceptIrp;
  KEVENT AcceptDone;
} EXTENSION, *PEXTENSION;

static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PDEVICE_OBJECT Device;

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD Unload;
static IO_COMPLETION_ROUTINE SignalDone;
static IO_COMPLETION_ROUTINE AcceptCompleted;

static NTSTATUS SignalDone(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                           PVOID Context) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS AcceptCompleted(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                                PVOID Context) {
  PEXTENSION Ext = (PEXTENSION)Context;
  UNREFERENCED_PARAMETER(DeviceObject);
  if (NT_SUCCESS(Irp->IoStatus.Status))
    Ext->Accepted = (PWSK_SOCKET)Irp->IoStatus.Information;
  KeSetEvent(&Ext->AcceptDone, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

// FALSE when no IRP could be allocated: the close is skipped.
static BOOLEAN CloseSocket(PWSK_SOCKET Socket) {
  KEVENT Done;
  PIRP Irp = IoAllocateIrp(1, FALSE);
  if (Irp == NULL)
    return FALSE;
  KeInitializeEvent(&Done, NotificationEvent, FALSE);
  IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
  if (((const WSK_PROVIDER_BASIC_DISPATCH *)Socket->Dispatch)
          ->WskCloseSocket(Socket, Irp) == STATUS_PENDING)
    KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL);
  IoFreeIrp(Irp);
  return TRUE;
}

static VOID Unload(PDRIVER_OBJECT DriverObject) {
  PEXTENSION Ext = (PEXTENSION)Device->DeviceExtension;
  UNREFERENCED_PARAMETER(DriverObject);
  // Closing the listening socket ends an accept still waiting.
  if (CloseSocket(Ext->Listen)) {
    KeWaitForSingleObject(&Ext->AcceptDone, Executive, KernelMode, FALSE,
                          NULL);
    IoFreeIrp(Ext->AcceptIrp);
  }
#ifndef SKIP_ACCEPTED
  if (Ext->Accepted != NULL)
    CloseSocket(Ext->Accepted);
#endif
  WskReleaseProviderNPI(&Ext->Registration);
  // LISTEN: wskshim: {{.*}}socket_open_at_deregister.c:[[@LINE+3]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskSocket at socket_open_at_deregister.c:{{[0-9]+}}, never closed): it waits for them to be closed and never returns
  // ACCEPTED: wskshim: {{.*}}socket_open_at_deregister.c:[[@LINE+2]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskAccept at socket_open_at_deregister.c:{{[0-9]+}}, never closed)
  // KEEP: socket_open_at_deregister.c:[[@LINE+1]]: wsk.SocketOpenAtDeregister
  WskDeregister(&Ext->Registration);
  IoDeleteDevice(Device);
}
// KEEP-NOT: wsk.
// KEEP: wskshim: done: DriverEntry returned STATUS_SUCCESS (0x00000000); 1 violation(s)

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  PEXTENSION Ext;
  const WSK_PROVIDER_LISTEN_DISPATCH *Listen;
  KEVENT Done;
  PIRP Irp;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);
  Status = IoCreateDevice(DriverObject, sizeof(EXTENSION), NULL,
                          FILE_DEVICE_UNKNOWN, 0, FALSE, &Device);
  if (!NT_SUCCESS(Status))
    return Status;
  Ext = (PEXTENSION)Device->DeviceExtension;
  KeInitializeEvent(&Ext->AcceptDone, NotificationEvent, FALSE);
  Status = WskRegister(&Npi, &Ext->Registration);
  if (!NT_SUCCESS(Status))
    goto Delete;
  Status = WskCaptureProviderNPI(&Ext->Registration, WSK_INFINITE_WAIT,
                                 &Ext->Provider);
  if (!NT_SUCCESS(Status))
    goto Deregister;
  Irp = IoAllocateIrp(1, FALSE);
  if (Irp == NULL) {
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Release;
  }
  KeInitializeEvent(&Done, NotificationEvent, FALSE);
  IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
  Status = Ext->Provider.Dispatch->WskSocket(
      Ext->Provider.Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL);
    Status = Irp->IoStatus.Status;
  }
  if (NT_SUCCESS(Status))
    Ext->Listen = (PWSK_SOCKET)Irp->IoStatus.Information;
  IoFreeIrp(Irp);
  if (!NT_SUCCESS(Status))
    goto Release;
  // The accept completes when a peer connects or the socket is closed.
  Ext->AcceptIrp = IoAllocateIrp(1, FALSE);
  if (Ext->AcceptIrp == NULL) {
    CloseSocket(Ext->Listen);
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Release;
  }
  IoSetCompletionRoutine(Ext->AcceptIrp, AcceptCompleted, Ext, TRUE, TRUE,
                         TRUE);
  Listen = (const WSK_PROVIDER_LISTEN_DISPATCH *)Ext->Listen->Dispatch;
  Listen->WskAccept(Ext->Listen, 0, NULL, NULL, NULL, NULL, Ext->AcceptIrp);
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
Release:
  WskReleaseProviderNPI(&Ext->Registration);
Deregister:
  WskDeregister(&Ext->Registration);
Delete:
  IoDeleteDevice(Device);
  return Status;
}
