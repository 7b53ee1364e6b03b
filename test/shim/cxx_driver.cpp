// A C++ driver whose WSK client is a class with the registration as a
// member: the shim works the same. Stop() runs twice at unload, so the
// second release has no capture behind it (wsk.UnbalancedRelease); with
// -DFIXED, Stop() is idempotent and the run is clean.
// RUN: %wskshim_cxx -Wall -Wextra %s -o %t
// RUN: not %t | FileCheck %s
// RUN: %wskshim_cxx -DFIXED %s -o %t.fixed
// RUN: %t.fixed | count 0
// The same under Wine, built with mingw-w64's g++ into a kernel driver:
// wskcheck's finding is confirmed, and the fixed driver runs clean.
// RUN: %if wine-cxx %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix %s -- -I %wsk_include > %t.kernel %}
// RUN: %if wine-cxx %{ FileCheck --check-prefix=KERNEL --input-file=%t.kernel %s %}
// RUN: %if wine-cxx %{ %wskcheck_confirm --kernel --wine-prefix=%wine_prefix --run %s -- -I %wsk_include -DFIXED > %t.kernel-fixed %}
// RUN: %if wine-cxx %{ FileCheck --check-prefix=KERNEL-FIXED --input-file=%t.kernel-fixed %s %}
// RUN: %if wine-cxx %{ %python %S/../e2e/Inputs/wine-processes.py %wine_prefix %}
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
    // KERNEL: cxx_driver.cpp:[[@LINE+4]]: wsk.UnbalancedRelease: confirmed
    // KERNEL-NEXT: fault plan: none (derived from the path)
    // KERNEL-NEXT: shim report: wskshim: {{.*}}cxx_driver.cpp:[[@LINE+2]]: wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful capture
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
// KERNEL-FIXED-NOT: wskshim:
// KERNEL-FIXED: run: faults=none: loaded, unloaded
// KERNEL-FIXED-NOT: wskshim:
