// The C++ side of lifecycle-unread-globals.c: the mode DriverEntry sets when
// the capture succeeds is read later by a function template the unload
// routine calls. The call runs the template's body, so the mode is read
// after DriverEntry and kept; forgetting it would report a deregistration
// while captured that cannot happen.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD TpUnload;

static const WSK_CLIENT_DISPATCH g_TpClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_TpReg;
static WSK_PROVIDER_NPI g_TpNpi;
static LONG g_TpMode; // 1: registered, 2: captured too

#ifdef BUG
#define CAPTURED 3 // not the value DriverEntry stores
#else
#define CAPTURED 2
#endif

template <typename T> static void TpStop(T Release)
{
  if (g_TpMode == CAPTURED && Release)
    WskReleaseProviderNPI(&g_TpReg);
  WskDeregister(&g_TpReg); // bug-warning {{WskDeregister on 'g_TpReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

VOID TpUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  TpStop<BOOLEAN>(TRUE);
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_TpClient};
  UNREFERENCED_PARAMETER(RegistryPath);
  NTSTATUS status = WskRegister(&client, &g_TpReg);
  if (!NT_SUCCESS(status))
    return status;
  g_TpMode = 1;
  status = WskCaptureProviderNPI(&g_TpReg, WSK_NO_WAIT, &g_TpNpi);
  if (NT_SUCCESS(status))
    g_TpMode = 2;
  DriverObject->DriverUnload = TpUnload;
  return STATUS_SUCCESS;
}
