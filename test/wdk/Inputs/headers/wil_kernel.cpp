// Kernel-mode C++ with the Windows Implementation Library's event and fast
// mutex wrappers: a worker thread waits on a suspend event and an exit
// event, takes a lock guarded by a critical region, and signals that it
// has exited; the owner stops it. wil/resource.h comes before ntddk.h here,
// so the kernel wrappers arrive with the second inclusion.
#include <wil/resource.h>
#include <ntddk.h>
#include <wil/resource.h>

class Detector {
public:
  Detector() : Exited(true) {}

  void Run() {
    PVOID Objects[] = {Suspend.get(), Exit.get()};
    Exited.clear();
    for (;;) {
      NTSTATUS Status = KeWaitForMultipleObjects(
          2, Objects, WaitAny, Executive, KernelMode, FALSE, nullptr, nullptr);
      if (Status != STATUS_WAIT_0)
        break;
      auto Lock = Mutex.acquire();
      ++Suspensions;
    }
    Exited.set();
  }

  void Stop() {
    Exit.set();
    Exited.wait();
    if (auto Lock = Mutex.try_acquire())
      Suspensions = 0;
    Plain.acquire().reset();
  }

  bool Running() { return !Exited.is_signaled(); }

private:
  wil::kernel_event_auto_reset Suspend;
  wil::kernel_event_auto_reset Exit;
  wil::kernel_event_manual_reset Exited;
  wil::fast_mutex_with_critical_region Mutex;
  wil::fast_mutex Plain;
  ULONG Suspensions = 0;
};

static Detector *TheDetector;

KSTART_ROUTINE DetectorThread;
VOID DetectorThread(PVOID Context) {
  static_cast<Detector *>(Context)->Run();
  PsTerminateSystemThread(STATUS_SUCCESS);
}

bool DetectorRunning() { return TheDetector && TheDetector->Running(); }
