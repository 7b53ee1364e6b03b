// A driver whose DriverEntry succeeds without installing an unload routine
// is never unloaded: nothing to report, although the registration is never
// undone.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;

static const WSK_CLIENT_DISPATCH g_PermClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                 NULL};
static WSK_REGISTRATION g_PermReg;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_PermClient};
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  return WskRegister(&client, &g_PermReg);
}
