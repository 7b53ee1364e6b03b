// A system thread started in DriverEntry runs, at the latest, where the
// unload routine waits for it, or else after the unload routine returns.
// The correct driver stops the thread and waits for it before releasing the
// NPI; the thread that uses the provider once more after being told to stop,
// with an unload routine that does not wait, is reported.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ThUnload;
KSTART_ROUTINE ThMain;
static const WSK_CLIENT_DISPATCH g_ThClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_ThReg;
static WSK_PROVIDER_NPI g_ThNpi;
static KEVENT g_ThStop;
static HANDLE g_ThHandle;
static BOOLEAN g_ThStopping;

VOID ThMain(PVOID Context)
{
  UNREFERENCED_PARAMETER(Context);
  for (;;) {
    KeWaitForSingleObject(&g_ThStop, Executive, KernelMode, FALSE, NULL);
#ifndef BUG
    if (g_ThStopping)
      break;
#endif
    g_ThNpi.Dispatch->WskControlClient(g_ThNpi.Client, 0, 0, NULL, 0, NULL, // bug-warning {{'WskControlClient' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
                                       NULL, NULL);
#ifdef BUG
    if (g_ThStopping)
      break;
#endif
  }
  PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID ThUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  g_ThStopping = TRUE;
  KeSetEvent(&g_ThStop, 0, FALSE);
#ifndef BUG
  ZwWaitForSingleObject(g_ThHandle, FALSE, NULL);
#endif
  ZwClose(g_ThHandle);
  WskReleaseProviderNPI(&g_ThReg);
  WskDeregister(&g_ThReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_ThClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&g_ThStop, SynchronizationEvent, FALSE);
  status = WskRegister(&client, &g_ThReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_ThReg, WSK_INFINITE_WAIT, &g_ThNpi);
  if (!NT_SUCCESS(status)) { WskDeregister(&g_ThReg); return status; }
  status = PsCreateSystemThread(&g_ThHandle, THREAD_ALL_ACCESS, NULL, NULL, NULL, ThMain, NULL);
  if (!NT_SUCCESS(status)) { WskReleaseProviderNPI(&g_ThReg); WskDeregister(&g_ThReg); return status; }
  DriverObject->DriverUnload = ThUnload;
  return STATUS_SUCCESS;
}
