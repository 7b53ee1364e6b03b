// A function of the driver that clang does not follow (here: past its
// inlining depth, five calls below DriverEntry) is evaluated as a call it
// cannot see. Unlike code outside the driver, it may register and capture
// the file's own static registration: after it, no global of the driver is
// known never registered, and the unload routine's release and deregister
// are not judged against a registration the analysis did not see.
// Called near enough to be followed, the same code is judged.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=ok -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok -DNEAR %s
// RUN: %clang_analyze_wsk -verify=bug -DNEAR -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD SkUnload;

static const WSK_CLIENT_DISPATCH g_SkClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_SkReg;
static WSK_PROVIDER_NPI g_SkNpi;
static ULONG g_SkDepth;

static NTSTATUS SkRegister(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_SkClient};
  NTSTATUS status = WskRegister(&client, &g_SkReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_SkReg, WSK_INFINITE_WAIT, &g_SkNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_SkReg);
    return status;
  }
  return STATUS_SUCCESS;
}

// One layer of a driver's start-up: counts itself, calls the next.
#define SK_LAYER(Name, Next)                                                   \
  static NTSTATUS Name(VOID)                                                   \
  {                                                                            \
    NTSTATUS status;                                                           \
    g_SkDepth++;                                                               \
    status = Next();                                                           \
    if (!NT_SUCCESS(status)) {                                                 \
      g_SkDepth--;                                                             \
      return status;                                                           \
    }                                                                          \
    return STATUS_SUCCESS;                                                     \
  }
SK_LAYER(SkLayer5, SkRegister)
SK_LAYER(SkLayer4, SkLayer5)
SK_LAYER(SkLayer3, SkLayer4)
SK_LAYER(SkLayer2, SkLayer3)
SK_LAYER(SkLayer1, SkLayer2)

VOID SkUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
#ifndef BUG
  WskReleaseProviderNPI(&g_SkReg);
#endif
  WskDeregister(&g_SkReg); // bug-warning {{WskDeregister on 'g_SkReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  NTSTATUS status;
  UNREFERENCED_PARAMETER(RegistryPath);
#ifdef NEAR
  status = SkRegister();
#else
  status = SkLayer1();
#endif
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = SkUnload;
  return STATUS_SUCCESS;
}
