// The driver's globals hold their initial values until the driver writes
// them, however a path first reaches them: a structure first handed to a
// kernel routine through its first member (a KEVENT beside the flags), the
// same in the first entry of an array of such structures (the flags in the
// second), a member written before another is read, a flag first read by
// an Interlocked routine in the unload routine. The unload routine releases the
// capture only when the flag says it was taken: silent. Releasing without
// looking at the flag is reported (DriverEntry keeps running when the
// capture fails).
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok -DINTERLOCKED %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DINTERLOCKED %s
// RUN: %clang_analyze_wsk -verify=ok -DARRAY %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DARRAY %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD IvUnload;

typedef struct _IV_STATE {
  KEVENT Stopped;
  BOOLEAN Registered;
  BOOLEAN Captured;
} IV_STATE;

static const WSK_CLIENT_DISPATCH g_IvClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_IvReg;
static WSK_PROVIDER_NPI g_IvNpi;
#ifdef ARRAY
static IV_STATE g_IvSlots[2];
#define IV_EVENT g_IvSlots[0].Stopped
#define IV g_IvSlots[1]
#else
static IV_STATE g_Iv;
#define IV_EVENT g_Iv.Stopped
#define IV g_Iv
#endif
static LONG g_IvHeld;

#ifdef INTERLOCKED
#define CAPTURED() (InterlockedCompareExchange(&g_IvHeld, 0, 0) != 0)
#define SET_CAPTURED() InterlockedExchange(&g_IvHeld, 1)
#else
#define CAPTURED() IV.Captured
#define SET_CAPTURED() (IV.Captured = TRUE)
#endif

VOID IvUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  if (CAPTURED())
#endif
    WskReleaseProviderNPI(&g_IvReg); // bug-warning {{WskReleaseProviderNPI on 'g_IvReg' without a matching successful capture [wsk.UnbalancedRelease]}}
  if (IV.Registered)
    WskDeregister(&g_IvReg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_IvClient};
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&IV_EVENT, NotificationEvent, FALSE);
  status = WskRegister(&client, &g_IvReg);
  if (!NT_SUCCESS(status))
    return status;
  IV.Registered = TRUE;
  DriverObject->DriverUnload = IvUnload;
  status = WskCaptureProviderNPI(&g_IvReg, WSK_NO_WAIT, &g_IvNpi);
  if (NT_SUCCESS(status))
    SET_CAPTURED();
  return STATUS_SUCCESS;
}
