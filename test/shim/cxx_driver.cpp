// A C++ driver whose WSK client is a class with the registration as a
// member: the shim works the same. Stop() runs twice at unload, so the
// second release has no capture behind it (wsk.UnbalancedRelease); with
// -DFIXED, Stop() is idempotent and the run is clean.
// RUN: %wskshim_cxx -Wall -Wextra %s -o %t
// RUN: not %t | FileCheck %s
// RUN: %wskshim_cxx -DFIXED %s -o %t.fixed
// RUN: %t.fixed | count 0
#include <ntddk.h>
#include <wsk.h>

namespace {

const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                            nullptr};

class WskClient {
public:
  NTSTATUS Start() {
    WSK_CLIENT_NPI Npi = {nullptr, &ClientDispatch};
    NTSTATUS Status = WskRegister(&Npi, &Registration);
    if (!NT_SUCCESS(Status))
      return Status;
    Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT,
                                   &Provider);
    if (!NT_SUCCESS(Status)) {
      WskDeregister(&Registration);
      return Status;
    }
    Running = true;
    return STATUS_SUCCESS;
  }

  void Stop() {
#ifdef FIXED
    if (!Running)
      return;
#endif
    // CHECK: wskshim: {{.*}}cxx_driver.cpp:[[@LINE+1]]: wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful capture: the WSK_REGISTRATION is not registered: it was deregistered at cxx_driver.cpp:[[@LINE+2]]
    WskReleaseProviderNPI(&Registration);
    WskDeregister(&Registration);
    Running = false;
  }

private:
  WSK_REGISTRATION Registration = {};
  WSK_PROVIDER_NPI Provider = {};
  bool Running = false;
};

WskClient Client;

VOID Unload(PDRIVER_OBJECT) {
  Client.Stop();
  Client.Stop();
}

} // namespace

extern "C" DRIVER_INITIALIZE DriverEntry;

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath) {
  UNREFERENCED_PARAMETER(RegistryPath);
  NTSTATUS Status = Client.Start();
  if (NT_SUCCESS(Status))
    DriverObject->DriverUnload = Unload;
  return Status;
}
// CHECK-NOT: wskshim:
