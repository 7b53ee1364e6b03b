// C++: a client object whose Start() (called from DriverEntry) sets a member
// flag that its destructor, run from the unload routine, tests before it
// deregisters. The member keeps its value from load to unload like a C
// global does.
//
// RUN: %clang_analyze_wsk -x c++ -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -x c++ -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_MfClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

class WskClient {
public:
  NTSTATUS Start() {
    WSK_CLIENT_NPI client = {NULL, &g_MfClient};
    NTSTATUS status = WskRegister(&client, &Registration);
    if (NT_SUCCESS(status)) {
#ifndef BUG
      Registered = true;
#endif
      DbgPrint("mf: started\n");
    }
    return status;
  }
  void Stop() {
    if (Registered) {
      WskDeregister(&Registration);
      Registered = false;
    }
  }
  ~WskClient() { Stop(); }

private:
  WSK_REGISTRATION Registration = {};
  bool Registered = false;
};

static WskClient *g_MfClientObject;
static WskClient g_MfStorage;

extern "C" DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD MfUnload;

static VOID MfUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  g_MfClientObject->Stop();
} // bug-warning {{Unload routine returns while WSK registration 'g_MfStorage.Registration' is still registered [wsk.UnloadSkipsDeregister]}}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath)
{
  UNREFERENCED_PARAMETER(RegistryPath);
  g_MfClientObject = &g_MfStorage;
  NTSTATUS status = g_MfClientObject->Start();
  if (!NT_SUCCESS(status))
    return status;
  DriverObject->DriverUnload = MfUnload;
  return STATUS_SUCCESS;
}
