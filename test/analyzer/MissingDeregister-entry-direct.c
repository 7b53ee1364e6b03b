// Correct look-alike for wsk.MissingDeregister at DriverEntry: every failure
// exit after the successful WskRegister deregisters first, and the exit
// right after a failed WskRegister returns that call's own status.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

#define ECHO_TAG ((ULONG)0x6F686345) /* 'Echo' */

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD EchoUnload;

static const WSK_CLIENT_DISPATCH g_EchoClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_EchoReg;
static PDEVICE_OBJECT g_EchoDevice;
static PVOID g_EchoRing;

VOID EchoUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  ExFreePoolWithTag(g_EchoRing, ECHO_TAG);
  IoDeleteDevice(g_EchoDevice);
  WskDeregister(&g_EchoReg); // no-warning
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_EchoClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_EchoReg);
  if (!NT_SUCCESS(status)) {
    DbgPrint("echo: WskRegister failed %x\n", status);
    return status; // no-warning: the failed WskRegister's own status
  }

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_EchoDevice);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_EchoReg);
    return status; // no-warning
  }

  g_EchoRing = ExAllocatePoolWithTag(NonPagedPoolNx, 8192, ECHO_TAG);
  if (g_EchoRing == NULL) {
    IoDeleteDevice(g_EchoDevice);
    WskDeregister(&g_EchoReg);
    return STATUS_INSUFFICIENT_RESOURCES; // no-warning
  }

  DriverObject->DriverUnload = EchoUnload;
  return STATUS_SUCCESS; // no-warning
}
