/* A small driver for --explain: an entry point that installs its unload
   routine, the four WSK calls and one provider dispatch call. */
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION g_Reg;
static const WSK_CLIENT_DISPATCH g_Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

static void Unload(PDRIVER_OBJECT DriverObject) {
  (void)DriverObject;
  WskDeregister(&g_Reg);
}

static void Resolve(void) {
  WSK_PROVIDER_NPI Npi;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_Reg, WSK_NO_WAIT, &Npi)))
    return;
  Npi.Dispatch->WskControlClient(Npi.Client, 0, 0, NULL, 0, NULL, NULL, NULL);
  WskReleaseProviderNPI(&g_Reg);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Path) {
  WSK_CLIENT_NPI Client = {NULL, &g_Dispatch};
  NTSTATUS Status;
  (void)Path;
  Status = WskRegister(&Client, &g_Reg);
  if (!NT_SUCCESS(Status))
    return Status;
  Resolve();
  DriverObject->DriverUnload = Unload;
  return STATUS_SUCCESS;
}
