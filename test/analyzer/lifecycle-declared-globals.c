// When DriverEntry starts, the globals this file defines hold what the image
// loaded: zeros unless an initialiser says otherwise. A global the file only
// declares (`extern`, defined by another file of the driver) holds whatever
// that file gave it: unknown here, not zero. Here DriverEntry registers and
// captures only when an option says so; the BUG variant's unload routine
// deregisters without releasing the capture, reported on the path where the
// option is set: the option as a declared flag, a member of a declared
// structure, an entry of a declared array, a defined flag initialised to
// TRUE. Defined without an initialiser or as `{0}`, the option is FALSE:
// DriverEntry never registers and nothing is reported.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DSTRUCT %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DARRAY %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DDEFINED_TRUE %s
// RUN: %clang_analyze_wsk -verify=ok -DBUG -DDEFINED_ZERO %s
// RUN: %clang_analyze_wsk -verify=ok -DBUG -DBRACED_ZERO %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DgUnload;

typedef struct _DG_OPTIONS {
  ULONG Port;
  BOOLEAN Enabled;
} DG_OPTIONS;

#if defined(STRUCT)
extern DG_OPTIONS g_DgOptions; // options.c reads them from the registry
#define ENABLED g_DgOptions.Enabled
#elif defined(ARRAY)
extern ULONG g_DgFeatures[]; // features.c
#define ENABLED (g_DgFeatures[1] != 0)
#elif defined(DEFINED_TRUE)
static BOOLEAN g_DgEnabled = TRUE;
#define ENABLED g_DgEnabled
#elif defined(BRACED_ZERO)
static DG_OPTIONS g_DgOptions = {0};
#define ENABLED g_DgOptions.Enabled
#elif defined(DEFINED_ZERO)
static BOOLEAN g_DgEnabled;
#define ENABLED g_DgEnabled
#else
extern BOOLEAN g_DgEnabled; // options.c
#define ENABLED g_DgEnabled
#endif

static const WSK_CLIENT_DISPATCH g_DgClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_DgReg;
static WSK_PROVIDER_NPI g_DgNpi;

VOID DgUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  if (!ENABLED)
    return;
#ifndef BUG
  WskReleaseProviderNPI(&g_DgReg);
#endif
  WskDeregister(&g_DgReg); // bug-warning {{WskDeregister on 'g_DgReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI client = {NULL, &g_DgClient};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);
  DriverObject->DriverUnload = DgUnload;
  if (!ENABLED)
    return STATUS_SUCCESS;
  status = WskRegister(&client, &g_DgReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_DgReg, WSK_INFINITE_WAIT, &g_DgNpi);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_DgReg);
    return status;
  }
  return STATUS_SUCCESS;
}
