/* A header the profile does not provide: the file is reported as not
 * analysed, with clang's message naming the header. */
#include <ntddk.h>
#include <vendor_secret_sdk.h>

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(Path);
  return VendorStart();
}
