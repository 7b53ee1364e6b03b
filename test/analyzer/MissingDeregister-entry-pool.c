// wsk.MissingDeregister at DriverEntry for a registration embedded in a pool
// allocation that a global points to. The device-creation failure path frees
// nothing and deregisters nothing. Pool objects may have no printable name,
// so only the text after the name is matched.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define KVS_TAG ((ULONG)0x2053764B) /* 'KvS ' */

typedef struct _KVS_CLIENT {
  LONG RefCount;
  WSK_REGISTRATION Registration;
} KVS_CLIENT, *PKVS_CLIENT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD KvsUnload;

static const WSK_CLIENT_DISPATCH g_KvsClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static PKVS_CLIENT g_KvsClient;
static PDEVICE_OBJECT g_KvsDevice;

VOID KvsUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  IoDeleteDevice(g_KvsDevice);
  WskDeregister(&g_KvsClient->Registration); // no-warning
  ExFreePoolWithTag(g_KvsClient, KVS_TAG);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_KvsClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  g_KvsClient = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(KVS_CLIENT),
                                      KVS_TAG);
  if (g_KvsClient == NULL)
    return STATUS_INSUFFICIENT_RESOURCES; // no-warning: nothing registered
  RtlZeroMemory(g_KvsClient, sizeof(KVS_CLIENT));
  g_KvsClient->RefCount = 1;

  clientNpi.ClientContext = g_KvsClient;
  status = WskRegister(&clientNpi, &g_KvsClient->Registration);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(g_KvsClient, KVS_TAG); // no-warning: never registered
    return status;                           // no-warning
  }

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_KvsDevice);
  if (!NT_SUCCESS(status)) {
    DbgPrint("kvs: IoCreateDevice failed %x\n", status);
    return status; // expected-warning{{is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
  }

  DriverObject->DriverUnload = KvsUnload;
  return STATUS_SUCCESS;
}
