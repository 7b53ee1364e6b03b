// Cleanup guarded by a flag shared between threads: volatile, set and tested
// with the Interlocked routines, or read and written with ReadNoFence and
// WriteNoFence. The routines have their one-thread semantics and volatile
// changes nothing: each correct form is silent, and the same driver that
// never sets the flag (so its unload skips WskDeregister) is reported.
//
// RUN: %clang_analyze_wsk -verify=ok -DFORM_PLAIN %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_PLAIN %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_VOLATILE %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_VOLATILE %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_EXCHANGE %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_EXCHANGE %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_COMPARE %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_COMPARE %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_BITTEST %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_BITTEST %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_INCREMENT %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_INCREMENT %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_ORAND %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_ORAND %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_NOFENCE %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_NOFENCE %s
// RUN: %clang_analyze_wsk -verify=ok -DFORM_ACQUIRE %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DFORM_ACQUIRE %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_PLAIN %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_PLAIN %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_VOLATILE %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_VOLATILE %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_EXCHANGE %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_EXCHANGE %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_COMPARE %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_COMPARE %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_BITTEST %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_BITTEST %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_INCREMENT %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_INCREMENT %s
// RUN: %clang_analyze_wsk_wdk -verify=ok -DFORM_ORAND %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG -DFORM_ORAND %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SfUnload;

static const WSK_CLIENT_DISPATCH g_SfClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_SfReg;
static WSK_PROVIDER_NPI g_SfNpi;

#if defined(FORM_VOLATILE)
static volatile BOOLEAN g_SfReady;
#define SET_READY() (g_SfReady = TRUE)
#define TAKE_READY() (g_SfReady)
#elif defined(FORM_EXCHANGE)
static LONG g_SfReady;
#define SET_READY() InterlockedExchange(&g_SfReady, 1)
#define TAKE_READY() (InterlockedExchange(&g_SfReady, 0) == 1)
#elif defined(FORM_COMPARE)
// The one-time-init flag: only the caller that sees 1 cleans up.
static LONG g_SfReady;
#define SET_READY() InterlockedCompareExchange(&g_SfReady, 1, 0)
#define TAKE_READY() (InterlockedCompareExchange(&g_SfReady, 0, 1))
#elif defined(FORM_BITTEST)
static LONG g_SfFlags;
#define SET_READY() InterlockedBitTestAndSet(&g_SfFlags, 3)
#define TAKE_READY() (InterlockedBitTestAndReset(&g_SfFlags, 3))
#elif defined(FORM_INCREMENT)
static LONG g_SfUsers;
#define SET_READY() InterlockedIncrement(&g_SfUsers)
#define TAKE_READY() (InterlockedDecrement(&g_SfUsers) == 0)
#elif defined(FORM_ORAND)
static LONG g_SfFlags;
#define SET_READY() InterlockedOr(&g_SfFlags, 0x4)
#define TAKE_READY() (InterlockedAnd(&g_SfFlags, ~0x4) & 0x4)
#elif defined(FORM_NOFENCE)
static LONG g_SfReady;
#define SET_READY() WriteNoFence(&g_SfReady, 1)
#define TAKE_READY() (ReadNoFence(&g_SfReady) != 0)
#elif defined(FORM_ACQUIRE)
static LONG g_SfReady;
#define SET_READY() WriteRelease(&g_SfReady, 1)
#define TAKE_READY() (ReadAcquire(&g_SfReady) == 1)
#else
static BOOLEAN g_SfReady;
#define SET_READY() (g_SfReady = TRUE)
#define TAKE_READY() (g_SfReady)
#endif

VOID SfUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  DbgPrint("sf: unload\n");
  if (TAKE_READY()) {
    WskReleaseProviderNPI(&g_SfReg);
    WskDeregister(&g_SfReg);
  }
} // bug-warning {{Unload routine returns while WSK registration 'g_SfReg' is still registered [wsk.UnloadSkipsDeregister]}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_SfClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  status = WskRegister(&client, &g_SfReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_SfReg, WSK_INFINITE_WAIT, &g_SfNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_SfReg);
    return status;
  }
#ifndef BUG
  SET_READY();
#endif
  DbgPrint("sf: ready\n");
  DriverObject->DriverUnload = SfUnload;
  return STATUS_SUCCESS;
}
