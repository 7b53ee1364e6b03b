// Look-alike of lifecycle-dispatch-saved-pointer.c that is correct: the
// capture taken in DriverEntry is held until the unload routine has made its
// last dispatch call, released, and only then deregistered.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HeldUnload;

static const WSK_CLIENT_DISPATCH g_HeldClient = {MAKE_WSK_VERSION(1, 0), 0,
                                                 NULL};
static WSK_REGISTRATION g_HeldReg;
static WSK_PROVIDER_NPI g_HeldNpi;

VOID HeldUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  g_HeldNpi.Dispatch->WskControlClient(g_HeldNpi.Client, 0, 0, NULL, 0, NULL,
                                       NULL, NULL);
  WskReleaseProviderNPI(&g_HeldReg);
  WskDeregister(&g_HeldReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_HeldClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&client, &g_HeldReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_HeldReg, WSK_INFINITE_WAIT, &g_HeldNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_HeldReg);
    return status;
  }
  DbgPrint("wsk: provider captured\n");
  DriverObject->DriverUnload = HeldUnload;
  return STATUS_SUCCESS;
}
