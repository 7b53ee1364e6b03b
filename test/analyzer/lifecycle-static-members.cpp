// A class's static data members are globals of the image like any other:
// defined in this file without an initialiser (or with `false`, or as a
// structure with a constructor that does nothing) they hold zeros when
// DriverEntry starts. Here the unload routine releases the capture only when
// the member flag says it was taken: silent (a member taken as unknown would
// report a release on the path where the capture failed). The BUG variant
// deregisters without releasing: reported. A member this file only declares
// (defined by another file) is unknown: with the option a declared member,
// DriverEntry registers on the path where it is set, and the BUG variant is
// reported there.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -verify=ok -DDECLARED_ONLY %s
// RUN: %clang_analyze_wsk -verify=bug -DBUG -DDECLARED_ONLY %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

extern "C" DRIVER_INITIALIZE DriverEntry;

struct SmStats {
  ULONG Starts;
  ULONG Stops;
};

class SmClient {
public:
  static NTSTATUS Start();
  static void Stop();
  static bool s_Enabled; // the configuration's

private:
  static WSK_REGISTRATION s_Reg;
  static WSK_PROVIDER_NPI s_Npi;
  static bool s_Registered;
  static bool s_Captured;
  static SmStats s_Stats;
};

WSK_REGISTRATION SmClient::s_Reg;
WSK_PROVIDER_NPI SmClient::s_Npi;
bool SmClient::s_Registered = false;
bool SmClient::s_Captured;
SmStats SmClient::s_Stats;
#ifndef DECLARED_ONLY
bool SmClient::s_Enabled = true;
#endif

static const WSK_CLIENT_DISPATCH g_SmClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               nullptr};

NTSTATUS SmClient::Start() {
  WSK_CLIENT_NPI client = {nullptr, &g_SmClient};
  if (!s_Enabled)
    return STATUS_SUCCESS;
  NTSTATUS status = WskRegister(&client, &s_Reg);
  if (!NT_SUCCESS(status))
    return status;
  s_Registered = true;
  status = WskCaptureProviderNPI(&s_Reg, WSK_INFINITE_WAIT, &s_Npi);
  if (NT_SUCCESS(status))
    s_Captured = true;
  ++s_Stats.Starts;
  return STATUS_SUCCESS;
}

void SmClient::Stop() {
#ifndef BUG
  if (s_Captured) {
    WskReleaseProviderNPI(&s_Reg);
    s_Captured = false;
  }
#endif
  if (s_Registered) {
    WskDeregister(&s_Reg); // bug-warning {{WskDeregister on 's_Reg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
    s_Registered = false;
  }
  ++s_Stats.Stops;
}

static VOID SmUnload(PDRIVER_OBJECT) { SmClient::Stop(); }

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING) {
  NTSTATUS status = SmClient::Start();
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = SmUnload;
  return STATUS_SUCCESS;
}
