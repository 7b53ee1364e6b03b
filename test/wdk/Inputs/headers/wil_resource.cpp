// Kernel-mode C++ with the Windows Implementation Library's resource
// wrappers: handles and object references closed by unique_any's close
// function, filled through its & operator, moved between owners; events
// typed with wistd::integral_constant; a push lock.
#include <ntddk.h>
#include <wil/resource.h>

using unique_zw_handle =
    wil::unique_any<HANDLE, decltype(&::ZwClose), &::ZwClose>;
using unique_pkthread =
    wil::unique_any<PKTHREAD, decltype(&ObfDereferenceObject),
                    &ObfDereferenceObject>;
typedef wistd::integral_constant<EVENT_TYPE, SynchronizationEvent>
    auto_reset_event_t;

struct Worker {
  unique_zw_handle NtHandle;
  unique_pkthread ObHandle;
  EX_PUSH_LOCK Lock;
};

static KSTART_ROUTINE Run;
static VOID Run(PVOID Context) { UNREFERENCED_PARAMETER(Context); }

NTSTATUS StartWorker(Worker &W) {
  unique_zw_handle ntHandle;
  unique_pkthread obHandle;
  NTSTATUS Status = PsCreateSystemThread(&ntHandle, THREAD_ALL_ACCESS, nullptr,
                                         nullptr, nullptr, Run, &W);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = ObReferenceObjectByHandle(
      ntHandle.get(), THREAD_ALL_ACCESS, nullptr, KernelMode,
      reinterpret_cast<PVOID *>(&obHandle), nullptr);
  if (!NT_SUCCESS(Status))
    return Status;
  W.NtHandle = wistd::move(ntHandle);
  W.ObHandle = wistd::move(obHandle);
  ExInitializePushLock(&W.Lock);
  return STATUS_SUCCESS;
}

void StopWorker(Worker &W) {
  KEVENT Event;
  KeInitializeEvent(&Event, auto_reset_event_t::value, FALSE);
  ExAcquirePushLockExclusive(&W.Lock);
  if (W.ObHandle)
    KeWaitForSingleObject(W.ObHandle.get(), Executive, KernelMode, FALSE,
                          nullptr);
  ExReleasePushLockExclusive(&W.Lock);
  ExAcquirePushLockShared(&W.Lock);
  ExReleasePushLockShared(&W.Lock);
  W.ObHandle.reset();
  HANDLE Raw = W.NtHandle.release();
  ZwClose(Raw);
}
