// Code after PsTerminateSystemThread never runs: a thread that ends itself
// when it cannot allocate its IRP, and otherwise captures the provider NPI
// and opens a socket through it in a helper, is silent (the capture on the
// ended path is not evaluated, so the socket call there must not be taken
// as one through an NPI whose capture failed). The same thread that
// releases the NPI twice on its live path is reported.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TdUnload;
KSTART_ROUTINE TdThread;
static const WSK_CLIENT_DISPATCH g_TdClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_TdReg;
static HANDLE g_TdHandle;

static NTSTATUS TdOpen(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
  return Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_DGRAM,
                                  IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL,
                                  NULL, NULL, NULL, NULL, Irp);
}

VOID TdThread(PVOID Context)
{
  WSK_PROVIDER_NPI npi;
  PIRP irp;
  UNREFERENCED_PARAMETER(Context);
  irp = IoAllocateIrp(1, FALSE);
  if (irp == NULL)
    PsTerminateSystemThread(STATUS_INSUFFICIENT_RESOURCES);
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_TdReg, WSK_INFINITE_WAIT, &npi))) {
    IoFreeIrp(irp);
    PsTerminateSystemThread(STATUS_UNSUCCESSFUL);
  }
  (VOID)TdOpen(&npi, irp);
  WskReleaseProviderNPI(&g_TdReg);
#ifdef BUG
  WskReleaseProviderNPI(&g_TdReg); // bug-warning {{WskReleaseProviderNPI on 'g_TdReg' without a matching successful capture [wsk.UnbalancedRelease]}}
#endif
  IoFreeIrp(irp);
  PsTerminateSystemThread(STATUS_SUCCESS);
}

VOID TdUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  ZwWaitForSingleObject(g_TdHandle, FALSE, NULL);
  ZwClose(g_TdHandle);
  WskDeregister(&g_TdReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_TdClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_TdReg);
  if (!NT_SUCCESS(status))
    return status;
  status = PsCreateSystemThread(&g_TdHandle, THREAD_ALL_ACCESS, NULL, NULL,
                                NULL, TdThread, NULL);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_TdReg);
    return status;
  }
  DriverObject->DriverUnload = TdUnload;
  return STATUS_SUCCESS;
}
