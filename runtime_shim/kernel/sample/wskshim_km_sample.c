/* A minimal WSK client driver built against the kernel library: it
 * registers, captures the provider NPI to query the transports, releases,
 * and deregisters at unload. Its build proves the kernel variant links into
 * a native image that imports only ntoskrnl.exe and netio.sys; loaded on a
 * test machine, it shows the settings and reports at work (see
 * docs/shim-on-hardware.md).
 */
#include <ntddk.h>
#include <wsk.h>

static WSK_REGISTRATION Registration;
static const WSK_CLIENT_DISPATCH ClientDispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                                   NULL};
static PVOID Transports;

static VOID SampleUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  if (Transports)
    ExFreePoolWithTag(Transports, 'pmSW');
  WskDeregister(&Registration);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WSK_CLIENT_NPI Npi;
  WSK_PROVIDER_NPI Provider;
  SIZE_T Returned = 0;
  NTSTATUS Status;
  UNREFERENCED_PARAMETER(RegistryPath);

  Npi.ClientContext = NULL;
  Npi.Dispatch = &ClientDispatch;
  Status = WskRegister(&Npi, &Registration);
  if (!NT_SUCCESS(Status))
    return Status;
  Transports = ExAllocatePoolWithTag(NonPagedPoolNx, 1024, 'pmSW');
  if (!Transports) {
    WskDeregister(&Registration);
    return STATUS_INSUFFICIENT_RESOURCES;
  }
  Status = WskCaptureProviderNPI(&Registration, WSK_INFINITE_WAIT, &Provider);
  if (!NT_SUCCESS(Status)) {
    ExFreePoolWithTag(Transports, 'pmSW');
    WskDeregister(&Registration);
    return Status;
  }
  Status = Provider.Dispatch->WskControlClient(
      Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 1024, Transports,
      &Returned, NULL);
  WskReleaseProviderNPI(&Registration);
  DbgPrint("wskshim sample: transport query 0x%08lX, %lu bytes\n",
           (unsigned long)Status, (unsigned long)Returned);
  DriverObject->DriverUnload = SampleUnload;
  return STATUS_SUCCESS;
}
