// A C++ driver with an object at namespace scope whose constructor runs
// before DriverEntry (dynamic initialization): nothing runs it in the
// kernel build, so wskcheck-confirm --kernel refuses the driver.
#include <ntddk.h>

namespace {
struct Processors {
  ULONG Count;
  Processors() : Count(KeQueryActiveProcessorCount(nullptr)) {}
};
Processors Cpus;
} // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  return Cpus.Count ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
