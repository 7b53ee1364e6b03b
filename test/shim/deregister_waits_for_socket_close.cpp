// WskDeregister waits while another thread still has a socket open; when
// that thread closes it, the deregistration completes: no violation. The
// socket is a connection made by WskSocketConnect and closed through the
// connection dispatch's Basic member, as C++ spells it. Without the close
// (NO_CLOSE), the wait ends in wsk.SocketOpenAtDeregister.
// RUN: %wskshim_cxx -Wall -Wextra %s -o %t
// RUN: %t | count 0
// RUN: %t --async-irps | count 0
// RUN: %wskshim_cxx -DNO_CLOSE %s -o %t.open
// RUN: not %t.open --deregister-timeout-ms=200 | FileCheck %s
#include <ntddk.h>
#include <wsk.h>

namespace {

WSK_REGISTRATION Registration;
const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                            nullptr};
KEVENT Stop, Ready, Done;
PVOID Worker;

NTSTATUS SignalDone(PDEVICE_OBJECT, PIRP, PVOID Context) {
  KeSetEvent(static_cast<PKEVENT>(Context), IO_NO_INCREMENT, FALSE);
  return STATUS_MORE_PROCESSING_REQUIRED;
}

// Sends Irp's request (already passed to the provider) to completion.
NTSTATUS Wait(PIRP Irp, NTSTATUS Status) {
  if (Status == STATUS_PENDING) {
    KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, nullptr);
    Status = Irp->IoStatus.Status;
  }
  return Status;
}

VOID WorkerMain(PVOID) {
  WSK_PROVIDER_NPI Provider;
  SOCKADDR_IN Local = {}, Remote = {};
  PWSK_SOCKET Socket = nullptr;
  PIRP Irp = IoAllocateIrp(1, FALSE);
  if (Irp &&
      NT_SUCCESS(WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT,
                                       &Provider))) {
    Local.sin_family = Remote.sin_family = AF_INET;
    KeInitializeEvent(&Done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
    NTSTATUS Status = Wait(
        Irp, Provider.Dispatch->WskSocketConnect(
                 Provider.Client, SOCK_STREAM, IPPROTO_TCP,
                 reinterpret_cast<PSOCKADDR>(&Local),
                 reinterpret_cast<PSOCKADDR>(&Remote), 0, nullptr, nullptr,
                 nullptr, nullptr, nullptr, Irp));
    if (NT_SUCCESS(Status))
      Socket = reinterpret_cast<PWSK_SOCKET>(Irp->IoStatus.Information);
    // The socket outlives the capture.
    WskReleaseProviderNPI(&Registration);
  }
  KeSetEvent(&Ready, IO_NO_INCREMENT, FALSE);
  KeWaitForSingleObject(&Stop, Executive, KernelMode, FALSE, nullptr);
  if (Socket) {
    // Finish up while the unload routine is already deregistering.
    LARGE_INTEGER Linger;
    Linger.QuadPart = -100 * 10000LL;
    KeDelayExecutionThread(KernelMode, FALSE, &Linger);
#ifndef NO_CLOSE
    auto Dispatch =
        static_cast<const WSK_PROVIDER_CONNECTION_DISPATCH *>(Socket->Dispatch);
    KeClearEvent(&Done);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    IoSetCompletionRoutine(Irp, SignalDone, &Done, TRUE, TRUE, TRUE);
    Wait(Irp, Dispatch->Basic.WskCloseSocket(Socket, Irp));
#endif
  }
  if (Irp)
    IoFreeIrp(Irp);
  PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID Unload(PDRIVER_OBJECT) {
  KeSetEvent(&Stop, IO_NO_INCREMENT, FALSE);
  // CHECK: wskshim: {{.*}}deregister_waits_for_socket_close.cpp:[[@LINE+1]]: wsk.SocketOpenAtDeregister: WskDeregister while 1 socket(s) created under the registration are open (WskSocketConnect at deregister_waits_for_socket_close.cpp:{{[0-9]+}}, never closed)
  WskDeregister(&Registration);
  KeWaitForSingleObject(Worker, Executive, KernelMode, FALSE, nullptr);
  ObDereferenceObject(Worker);
}

} // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING) {
  WSK_CLIENT_NPI Npi = {nullptr, &ClientDispatch};
  OBJECT_ATTRIBUTES Attributes;
  HANDLE Thread;
  KeInitializeEvent(&Stop, NotificationEvent, FALSE);
  KeInitializeEvent(&Ready, NotificationEvent, FALSE);
  NTSTATUS Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  InitializeObjectAttributes(&Attributes, nullptr, OBJ_KERNEL_HANDLE, nullptr,
                             nullptr);
  Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, &Attributes,
                                nullptr, nullptr, WorkerMain, nullptr);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&Registration);
    return Status;
  }
  ObReferenceObjectByHandle(Thread, THREAD_ALL_ACCESS, *PsThreadType,
                            KernelMode, &Worker, nullptr);
  ZwClose(Thread);
  // The worker has its socket before unload can run.
  KeWaitForSingleObject(&Ready, Executive, KernelMode, FALSE, nullptr);
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
