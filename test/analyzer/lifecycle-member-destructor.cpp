// C++: the client object is created with the driver's pool operator new in
// DriverEntry, whose Start() sets a member flag; the unload routine deletes
// it, and the destructor deregisters when the flag is set. The member keeps
// its value from load to unload.
//
// RUN: %clang_analyze_wsk -x c++ -verify=bug -DBUG %s
// RUN: %clang_analyze_wsk -x c++ -verify=ok %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

void *operator new(size_t Size, POOL_TYPE Pool)
{
  return ExAllocatePoolWithTag(Pool, Size, 'dMsW');
}
void operator delete(void *P) { ExFreePoolWithTag(P, 'dMsW'); }
void operator delete(void *P, size_t)
{
  ExFreePoolWithTag(P, 'dMsW'); // bug-warning {{WSK registration 'Registration' is freed while still registered [wsk.MissingDeregister]}}
}

static const WSK_CLIENT_DISPATCH g_MdClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

class WskClient {
public:
  NTSTATUS Start() {
    WSK_CLIENT_NPI client = {NULL, &g_MdClient};
    NTSTATUS status = WskRegister(&client, &Registration);
#ifndef BUG
    if (NT_SUCCESS(status))
      Registered = true;
#endif
    return status;
  }
  ~WskClient() {
    if (Registered)
      WskDeregister(&Registration);
  }

private:
  WSK_REGISTRATION Registration = {};
  bool Registered = false;
};

static WskClient *g_MdClientObject;

extern "C" DRIVER_INITIALIZE DriverEntry;

static VOID MdUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  delete g_MdClientObject;
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                PUNICODE_STRING RegistryPath)
{
  UNREFERENCED_PARAMETER(RegistryPath);
  g_MdClientObject = new (NonPagedPool) WskClient();
  if (!g_MdClientObject)
    return STATUS_INSUFFICIENT_RESOURCES;
  NTSTATUS status = g_MdClientObject->Start();
  if (!NT_SUCCESS(status)) {
    delete g_MdClientObject;
    return status;
  }
  DriverObject->DriverUnload = MdUnload;
  return STATUS_SUCCESS;
}
