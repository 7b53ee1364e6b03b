// A pool context zeroed after allocation has its flags known to be 0: an
// unload routine that tests a flag DriverEntry never set skips its
// deregistration, and frees the registration. Setting the flag makes the
// same driver correct.
//
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DMEMSET %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD ZmUnload;

static const WSK_CLIENT_DISPATCH g_ZmClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

typedef struct _ZM_CONTEXT {
  ULONG Flags;
  WSK_REGISTRATION Registration;
  BOOLEAN Registered;
} ZM_CONTEXT, *PZM_CONTEXT;

static PZM_CONTEXT g_Zm;

VOID ZmUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (g_Zm->Registered)
    WskDeregister(&g_Zm->Registration);
  ExFreePoolWithTag(g_Zm, 'mZsW'); // bug-warning {{WSK registration 'g_Zm->Registration' is freed while still registered [wsk.MissingDeregister]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_ZmClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  g_Zm = (PZM_CONTEXT)ExAllocatePoolWithTag(NonPagedPool, sizeof(ZM_CONTEXT),
                                            'mZsW');
  if (g_Zm == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
#ifdef MEMSET
  memset(g_Zm, 0, sizeof(*g_Zm));
#else
  RtlZeroMemory(g_Zm, sizeof(ZM_CONTEXT));
#endif
  status = WskRegister(&client, &g_Zm->Registration);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(g_Zm, 'mZsW');
    return status;
  }
#ifndef BUG
  g_Zm->Registered = TRUE;
#endif
  DriverObject->DriverUnload = ZmUnload;
  return STATUS_SUCCESS;
}
