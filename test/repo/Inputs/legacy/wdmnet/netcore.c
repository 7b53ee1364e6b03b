/* A WDM driver built with the old "sources" file, no Visual Studio
   project: analysed with the every-folder heuristic. */
#include "netcore.h"

static WSK_REGISTRATION g_CoreRegistration;
static const WSK_CLIENT_DISPATCH g_CoreDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};

VOID NetCoreUnload(_In_ PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  WskDeregister(&g_CoreRegistration);
  WskDeregister(&g_CoreRegistration);
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                     _In_ PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI client = {NULL, &g_CoreDispatch};
  UNREFERENCED_PARAMETER(RegistryPath);
  DriverObject->DriverUnload = NetCoreUnload;
  return WskRegister(&client, &g_CoreRegistration);
}
