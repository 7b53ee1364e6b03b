// Correct look-alike for wsk.MissingDeregister at DriverEntry: on failure the
// driver calls its own unload routine, which deregisters (flag-guarded) and
// releases the provider NPI it captured.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NtpcUnload;

static const WSK_CLIENT_DISPATCH g_NtpcClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_NtpcReg;
static WSK_PROVIDER_NPI g_NtpcProvider;
static BOOLEAN g_NtpcRegistered;
static BOOLEAN g_NtpcCaptured;
static PDEVICE_OBJECT g_NtpcDevice;

VOID NtpcUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_NtpcDevice != NULL)
    IoDeleteDevice(g_NtpcDevice);
  if (g_NtpcCaptured) {
    WskReleaseProviderNPI(&g_NtpcReg);
    g_NtpcCaptured = FALSE;
  }
  if (g_NtpcRegistered) {
    WskDeregister(&g_NtpcReg);
    g_NtpcRegistered = FALSE;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NtpcClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_NtpcRegistered = FALSE;
  g_NtpcCaptured = FALSE;
  g_NtpcDevice = NULL;

  status = WskRegister(&clientNpi, &g_NtpcReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning
  g_NtpcRegistered = TRUE;

  status = WskCaptureProviderNPI(&g_NtpcReg, WSK_INFINITE_WAIT,
                                 &g_NtpcProvider);
  if (!NT_SUCCESS(status)) {
    NtpcUnload(DriverObject);
    return status; // no-warning
  }
  g_NtpcCaptured = TRUE;

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_NtpcDevice);
  if (!NT_SUCCESS(status)) {
    g_NtpcDevice = NULL;
    NtpcUnload(DriverObject);
    return status; // no-warning
  }

  DriverObject->DriverUnload = NtpcUnload;
  return STATUS_SUCCESS;
}
