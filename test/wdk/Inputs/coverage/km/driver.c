/* Compiles only with the Release|x64 settings of driver.vcxproj: its
   definition, and the include folder it names as ..\Inc. */
#include <ntddk.h>
#include "contoso.h"
#if !CONTOSO_RELEASE || defined(CONTOSO_DEBUG)
#error not the Release|x64 configuration
#endif
DRIVER_INITIALIZE DriverEntry;
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  return CONTOSO_STATUS;
}
