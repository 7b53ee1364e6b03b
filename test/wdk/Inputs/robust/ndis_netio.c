/* NDIS, the IP helper routines of netioapi.h and the safe string routines,
 * with a WSK client beside them. */
#include <ntddk.h>
#include <ndis.h>
#include <netioapi.h>
#include <ntstrsafe.h>
#include <wsk.h>

static WSK_REGISTRATION g_Reg;
static const WSK_CLIENT_DISPATCH g_Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};

static NTSTATUS DescribeInterfaces(PUNICODE_STRING Text) {
  PMIB_IF_TABLE2 table = NULL;
  NTSTATUS status = GetIfTable2(&table);
  if (!NT_SUCCESS(status))
    return status;
  status = RtlUnicodeStringPrintf(Text, L"%lu interfaces", table->NumEntries);
  FreeMibTable(table);
  return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                     PUNICODE_STRING RegistryPath) {
  WCHAR buffer[64];
  UNICODE_STRING text;
  WSK_CLIENT_NPI npi = {NULL, &g_Dispatch};
  NDIS_STATUS ndisStatus = NDIS_STATUS_SUCCESS;
  NTSTATUS status;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  RtlInitEmptyUnicodeString(&text, buffer, sizeof(buffer));

  status = WskRegister(&npi, &g_Reg);
  if (!NT_SUCCESS(status))
    return status;
  status = DescribeInterfaces(&text);
  if (!NT_SUCCESS(status) || ndisStatus != NDIS_STATUS_SUCCESS)
    return status; /* BUG: still registered */
  WskDeregister(&g_Reg);
  return STATUS_UNSUCCESSFUL;
}
