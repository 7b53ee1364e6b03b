// DriverEntry waits forever for an event nobody sets, before the
// duplicate deregistration wskcheck finds: every run hangs and is stopped.
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static KEVENT Ready;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi = {NULL, &ClientDispatch};
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  KeInitializeEvent(&Ready, NotificationEvent, FALSE);
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  KeWaitForSingleObject(&Ready, Executive, KernelMode, FALSE, NULL);
  WskDeregister(&Registration);
  WskDeregister(&Registration);
  return STATUS_UNSUCCESSFUL;
}
