// PsTerminateSystemThread does not return to a system thread: a thread that
// owns the registration and ends itself when WskRegister fails never reaches
// its WskDeregister on that path. The same thread that falls through to the
// deregistration after the failure is reported.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD OwUnload;
KSTART_ROUTINE OwThread;
static const WSK_CLIENT_DISPATCH g_OwClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_OwReg;
static KEVENT g_OwStop;
static HANDLE g_OwHandle;

static VOID OwEndThread(NTSTATUS Status)
{
#ifndef BUG
  PsTerminateSystemThread(Status);
#else
  UNREFERENCED_PARAMETER(Status);
#endif
}

VOID OwThread(PVOID Context)
{
  WSK_CLIENT_NPI client = {NULL, &g_OwClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(Context);
  status = WskRegister(&client, &g_OwReg);
  if (!NT_SUCCESS(status))
    OwEndThread(status);
  KeWaitForSingleObject(&g_OwStop, Executive, KernelMode, FALSE, NULL);
  WskDeregister(&g_OwReg); // bug-warning {{WskDeregister on 'g_OwReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
  PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID OwUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  KeSetEvent(&g_OwStop, 0, FALSE);
  ZwWaitForSingleObject(g_OwHandle, FALSE, NULL);
  ZwClose(g_OwHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&g_OwStop, NotificationEvent, FALSE);
  status = PsCreateSystemThread(&g_OwHandle, THREAD_ALL_ACCESS, NULL, NULL,
                                NULL, OwThread, NULL);
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = OwUnload;
  return STATUS_SUCCESS;
}
