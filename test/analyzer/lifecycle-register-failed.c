// wsk.DuplicateDeregister across DriverEntry and unload: DriverEntry
// tolerates a failed WskRegister (the driver runs without networking) and
// still succeeds, and the unload routine deregisters unconditionally. Only
// the lifecycle root, which carries the registration state from DriverEntry
// into unload, can see it. The second registration is guarded by a flag and
// is correct.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NfsUnload;

static const WSK_CLIENT_DISPATCH g_NfsClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_NfsReg;
static WSK_REGISTRATION g_NfsLockReg;
static BOOLEAN g_NfsLockRegistered;

VOID NfsUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_NfsLockRegistered)
    WskDeregister(&g_NfsLockReg); // no-warning
  WskDeregister(&g_NfsReg); // expected-warning{{WskDeregister on 'g_NfsReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NfsClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_NfsLockReg);
  g_NfsLockRegistered = NT_SUCCESS(status) ? TRUE : FALSE;

  status = WskRegister(&clientNpi, &g_NfsReg);
  if (!NT_SUCCESS(status))
    DbgPrint("nfs: running without networking (%x)\n", status);

  DriverObject->DriverUnload = NfsUnload;
  return STATUS_SUCCESS; // no-warning: unload runs after success
}
