// Correct look-alike for wsk.MissingDeregister at DriverEntry: the
// registration's address is handed to a support library the analysis cannot
// see (it may own and deregister it from then on), so tracking stops and the
// later failure exit is not reported.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RelayUnload;

// Provided by a static library linked into the driver; declared only. The
// library takes ownership of the registration and deregisters it in
// SupportLibShutdown.
VOID SupportLibAdoptRegistration(PWSK_REGISTRATION Registration);
VOID SupportLibShutdown(VOID);

static const WSK_CLIENT_DISPATCH g_RelayClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_RelayReg;
static PDEVICE_OBJECT g_RelayDevice;

VOID RelayUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_RelayDevice);
  SupportLibShutdown();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_RelayClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_RelayReg);
  if (!NT_SUCCESS(status))
    return status;

  SupportLibAdoptRegistration(&g_RelayReg);

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_RelayDevice);
  if (!NT_SUCCESS(status)) {
    SupportLibShutdown();
    return status; // no-warning: the library owns the registration now
  }

  DriverObject->DriverUnload = RelayUnload;
  return STATUS_SUCCESS;
}
