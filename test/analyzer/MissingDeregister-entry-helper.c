// Correct look-alike for wsk.MissingDeregister at DriverEntry: one error exit
// calls a cleanup helper that deregisters only what a flag says was
// registered. Kernel routines the driver merely declares (DbgPrint,
// IoCreateDevice, ExAllocatePoolWithTag, KeWaitForSingleObject) run between
// setting the flag and testing it; they cannot write the driver's globals,
// so the flag keeps its value and the cleanup is understood.
//
// RUN: %clang_analyze_wsk -verify %s
// expected-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

#define MON_TAG ((ULONG)0x206E6F4D) /* 'Mon ' */

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD MonUnload;

static const WSK_CLIENT_DISPATCH g_MonClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_MonReg;
static BOOLEAN g_MonWskRegistered;
static PDEVICE_OBJECT g_MonDevice;
static PVOID g_MonBuffer;
static KEVENT g_MonReadyEvent;

static VOID MonCleanup(VOID)
{
  if (g_MonBuffer != NULL) {
    ExFreePoolWithTag(g_MonBuffer, MON_TAG);
    g_MonBuffer = NULL;
  }
  if (g_MonDevice != NULL) {
    IoDeleteDevice(g_MonDevice);
    g_MonDevice = NULL;
  }
  if (g_MonWskRegistered) {
    WskDeregister(&g_MonReg);
    g_MonWskRegistered = FALSE;
  }
}

VOID MonUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  MonCleanup();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_MonClientDispatch};
  LARGE_INTEGER timeout;
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_MonWskRegistered = FALSE;
  g_MonDevice = NULL;
  g_MonBuffer = NULL;
  KeInitializeEvent(&g_MonReadyEvent, NotificationEvent, FALSE);

  status = WskRegister(&clientNpi, &g_MonReg);
  if (!NT_SUCCESS(status))
    goto fail;
  g_MonWskRegistered = TRUE;
  DbgPrint("mon: registered\n");

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_MonDevice);
  if (!NT_SUCCESS(status))
    goto fail;

  g_MonBuffer = ExAllocatePoolWithTag(NonPagedPoolNx, 4096, MON_TAG);
  if (g_MonBuffer == NULL) {
    status = STATUS_INSUFFICIENT_RESOURCES;
    goto fail;
  }

  timeout.QuadPart = -10 * 1000 * 1000; /* one second */
  status = KeWaitForSingleObject(&g_MonReadyEvent, Executive, KernelMode,
                                 FALSE, &timeout);
  if (status == STATUS_TIMEOUT) {
    status = STATUS_IO_TIMEOUT;
    goto fail;
  }

  DriverObject->DriverUnload = MonUnload;
  return STATUS_SUCCESS; // no-warning

fail:
  MonCleanup();
  return status; // no-warning: MonCleanup deregistered what was registered
}
