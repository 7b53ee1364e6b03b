// A call through the provider dispatch table writes what its arguments
// point to and nothing else of the driver's: globals other files can name
// (the registration, a flag guarding the cleanup) keep their values across
// it, as they do across a kernel routine. The unload routine that forgets
// the release before deregistering is reported (BUG); the correct one,
// guarded by the flag, is silent.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=bug -DBUG %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD KgUnload;

const WSK_CLIENT_DISPATCH KgClient = {MAKE_WSK_VERSION(1, 0), 0, NULL};
WSK_REGISTRATION KgRegistration;
WSK_PROVIDER_NPI KgProvider;
BOOLEAN KgStarted;
ULONG KgTransports[16];

VOID KgUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  if (!KgStarted)
    return;
#ifndef BUG
  WskReleaseProviderNPI(&KgRegistration);
#endif
  WskDeregister(&KgRegistration); // bug-warning {{WskDeregister on 'KgRegistration' while the provider NPI is still captured; it will wait forever}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Npi = {NULL, &KgClient};
  SIZE_T Returned;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(Path);
  Status = WskRegister(&Npi, &KgRegistration);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = WskCaptureProviderNPI(&KgRegistration, WSK_INFINITE_WAIT,
                                 &KgProvider);
  if (!NT_SUCCESS(Status)) {
    WskDeregister(&KgRegistration);
    return Status;
  }
  KgStarted = TRUE;
  KgProvider.Dispatch->WskControlClient(
      KgProvider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL,
      sizeof(KgTransports), KgTransports, &Returned, NULL);
  DriverObject->DriverUnload = KgUnload;
  return STATUS_SUCCESS;
}
