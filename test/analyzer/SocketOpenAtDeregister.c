// wsk.SocketOpenAtDeregister: WskDeregister waits until every socket created
// under the registration is closed. A driver opens a listening socket in
// DriverEntry the way the WSK documentation shows (an IRP, a completion
// routine that signals an event, a wait when the call pends, the status and
// the socket read from the IRP) and keeps it in a global; its unload routine
// closes it before it releases and deregisters, unless the close IRP cannot
// be allocated (BUG_NO_IRP) or it forgets the close (BUG_NO_CLOSE). The
// correct driver is silent, and so are the failed creation and a socket
// handed to code the analysis cannot see.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=noirp -DBUG_NO_IRP %s
// RUN: %clang_analyze_wsk -verify=noclose -DBUG_NO_CLOSE %s
// RUN: %clang_analyze_wsk -verify=ok -DHANDED_AWAY %s
// RUN: %clang_analyze_wsk -verify=entry -DBUG_ENTRY_FAILS %s
// The rule switched off: the bug is not reported.
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.SocketOpenAtDeregister -verify=ok -DBUG_NO_IRP %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=noirp -DBUG_NO_IRP %s
// RUN: %clang_analyze_wsk_wdk -verify=noclose -DBUG_NO_CLOSE %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SoUnload;
IO_COMPLETION_ROUTINE SoComplete;

static const WSK_CLIENT_DISPATCH g_SoClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_SoRegistration;
static WSK_PROVIDER_NPI g_SoProvider;
static PWSK_SOCKET g_SoListen;

#ifdef HANDED_AWAY
void SoKeepSocket(PWSK_SOCKET Socket); // in another file
#endif

NTSTATUS SoComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context) {
  UNREFERENCED_PARAMETER(DeviceObject);
  UNREFERENCED_PARAMETER(Irp);
  KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS SoOpenListen(void) {
  KEVENT Event;
  NTSTATUS Status;
  PIRP Irp = IoAllocateIrp(1, FALSE);
  if (Irp == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  KeInitializeEvent(&Event, SynchronizationEvent, FALSE);
  IoSetCompletionRoutine(Irp, SoComplete, &Event, TRUE, TRUE, TRUE);
  Status = g_SoProvider.Dispatch->WskSocket(
      g_SoProvider.Client, AF_INET6, SOCK_STREAM, IPPROTO_TCP,
      WSK_FLAG_LISTEN_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    Status = Irp->IoStatus.Status;
  }
  if (NT_SUCCESS(Status))
    g_SoListen = (PWSK_SOCKET)Irp->IoStatus.Information;
  IoFreeIrp(Irp);
  return Status;
}

static VOID SoClose(void) {
  KEVENT Event;
  PIRP Irp;
#ifndef BUG_NO_CLOSE
  Irp = IoAllocateIrp(1, FALSE);
#ifdef BUG_NO_IRP
  if (Irp == NULL)
    return;
#else
  while (Irp == NULL)
    Irp = IoAllocateIrp(1, FALSE);
#endif
  KeInitializeEvent(&Event, SynchronizationEvent, FALSE);
  IoSetCompletionRoutine(Irp, SoComplete, &Event, TRUE, TRUE, TRUE);
  if (((PWSK_PROVIDER_BASIC_DISPATCH)g_SoListen->Dispatch)
          ->WskCloseSocket(g_SoListen, Irp) == STATUS_PENDING)
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
  IoFreeIrp(Irp);
  g_SoListen = NULL;
#endif
}

VOID SoUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  SoClose();
  WskReleaseProviderNPI(&g_SoRegistration);
  WskDeregister(&g_SoRegistration); // noirp-warning {{WskDeregister on 'g_SoRegistration' while a socket created under it is still open; it will wait forever}} noclose-warning {{WskDeregister on 'g_SoRegistration' while a socket created under it is still open; it will wait forever}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &g_SoClient};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Path);
  Status = WskRegister(&Npi, &g_SoRegistration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskCaptureProviderNPI(&g_SoRegistration, WSK_INFINITE_WAIT,
                                 &g_SoProvider);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&g_SoRegistration);
    return Status;
  }
  Status = SoOpenListen();
#ifdef HANDED_AWAY
  if (NT_SUCCESS(Status))
    SoKeepSocket(g_SoListen);
#endif
  if (!NT_SUCCESS(Status)) {
    WskReleaseProviderNPI(&g_SoRegistration);
    WskDeregister(&g_SoRegistration);
    return Status;
  }
#ifdef BUG_ENTRY_FAILS
  if (!NT_SUCCESS(IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                                 0, FALSE, &DriverObject->DeviceObject))) {
    WskReleaseProviderNPI(&g_SoRegistration);
    WskDeregister(&g_SoRegistration); // entry-warning {{WskDeregister on 'g_SoRegistration' while a socket created under it is still open; it will wait forever}}
    return STATUS_UNSUCCESSFUL;
  }
#endif
  DriverObject->DriverUnload = SoUnload;
  return STATUS_SUCCESS;
}
