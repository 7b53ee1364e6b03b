// wsk.DispatchWithoutCapture: a WSK_PROVIDER_DISPATCH function called
// through a provider NPI whose capture failed or never happened. A capture
// whose status the driver ignores counts as assumed successful and is not
// reported. The rule ends the path.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

typedef struct _TFTP_SERVER {
  NTSTATUS CaptureStatus;
  WSK_PROVIDER_NPI Provider;
} TFTP_SERVER;

static WSK_REGISTRATION g_TftpReg;
static WSK_PROVIDER_NPI g_TftpProvider;
static TFTP_SERVER g_TftpServer;
static NTSTATUS g_TftpCaptureStatus;

// The failure is logged, and the code carries on.
NTSTATUS TftpOpenBad(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &npi);
  if (!NT_SUCCESS(status))
    DbgPrint("tftp: capture failed %x\n", status);
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
  npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning: the path ended above
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&g_TftpReg);
  return status;
}

// STATUS_NOINTERFACE: the provider is not attached, yet the code asks it to
// resolve a name through a copy of the dispatch pointer.
NTSTATUS TftpResolveBad(PUNICODE_STRING Host, PIRP Irp)
{
  const WSK_PROVIDER_DISPATCH *dispatch;
  PADDRINFOEXW result = NULL;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &g_TftpProvider);
  dispatch = g_TftpProvider.Dispatch;
  if (status == STATUS_NOINTERFACE) {
    DbgPrint("tftp: provider not ready, resolving anyway\n");
    return dispatch->WskGetAddressInfo(g_TftpProvider.Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp); // expected-warning{{'WskGetAddressInfo' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
  }
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&g_TftpReg);
  return status;
}

// The status is stored in a global and tested later, past kernel calls.
VOID TftpQueryBad(PIRP Irp)
{
  g_TftpCaptureStatus = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &g_TftpServer.Provider);
  DbgPrint("tftp: capture %x\n", g_TftpCaptureStatus);
  KeStallExecutionProcessor(50);
  if (!NT_SUCCESS(g_TftpCaptureStatus))
    g_TftpServer.Provider.Dispatch->WskControlClient(g_TftpServer.Provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp); // expected-warning{{'WskControlClient' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
  else
    WskReleaseProviderNPI(&g_TftpReg);
}

// The NPI is captured only on one branch; on the other it still holds the
// zeroes it was initialised with.
NTSTATUS TftpStartBad(BOOLEAN UseProvider, PIRP Irp)
{
  WSK_PROVIDER_NPI npi = {0};
  NTSTATUS status;

  if (UseProvider) {
    status = WskCaptureProviderNPI(&g_TftpReg, WSK_INFINITE_WAIT, &npi);
    if (!NT_SUCCESS(status))
      return status;
  }
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning{{'WskSocket' called through a provider NPI that was never captured [wsk.DispatchWithoutCapture]}}
  if (UseProvider)
    WskReleaseProviderNPI(&g_TftpReg);
  return status;
}

//===--- Look-alikes that must stay silent -------------------------------===//

// Call only on the success branch.
NTSTATUS TftpOpenOk(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &npi);
  if (NT_SUCCESS(status)) {
    status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
    WskReleaseProviderNPI(&g_TftpReg);
  }
  return status;
}

// STATUS_NOINTERFACE is handled, and so is every other failure.
NTSTATUS TftpResolveOk(PUNICODE_STRING Host, PIRP Irp)
{
  PADDRINFOEXW result = NULL;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &g_TftpProvider);
  if (status == STATUS_NOINTERFACE)
    return STATUS_DEVICE_NOT_READY;
  if (!NT_SUCCESS(status))
    return status;
  status = g_TftpProvider.Dispatch->WskGetAddressInfo(g_TftpProvider.Client, Host, NULL, NS_ALL, NULL, NULL, &result, NULL, NULL, Irp); // no-warning
  if (NT_SUCCESS(status))
    g_TftpProvider.Dispatch->WskFreeAddressInfo(g_TftpProvider.Client, result); // no-warning
  WskReleaseProviderNPI(&g_TftpReg);
  return status;
}

// The status is ignored: the capture may have failed (even with
// WSK_INFINITE_WAIT, e.g. while the client deregisters), and then the table
// is not the provider's.
VOID TftpIgnoredStatusBad(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;

  WskCaptureProviderNPI(&g_TftpReg, WSK_INFINITE_WAIT, &npi);
  npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // expected-warning {{'WskSocket' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
  WskReleaseProviderNPI(&g_TftpReg);
}

// The status is kept in a struct field and tested later; the copy of the
// dispatch pointer is used only on the success branch.
VOID TftpStoredStatusOk(PIRP Irp)
{
  const WSK_PROVIDER_DISPATCH *dispatch;

  g_TftpServer.CaptureStatus = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &g_TftpServer.Provider);
  dispatch = g_TftpServer.Provider.Dispatch;
  DbgPrint("tftp: capture %x\n", g_TftpServer.CaptureStatus);
  if (NT_SUCCESS(g_TftpServer.CaptureStatus)) {
    dispatch->WskSocket(g_TftpServer.Provider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
    WskReleaseProviderNPI(&g_TftpReg);
  }
}

// Both branches capture before the call.
NTSTATUS TftpStartOk(BOOLEAN Wait, PIRP Irp)
{
  WSK_PROVIDER_NPI npi = {0};
  NTSTATUS status;

  if (Wait)
    status = WskCaptureProviderNPI(&g_TftpReg, WSK_INFINITE_WAIT, &npi);
  else
    status = WskCaptureProviderNPI(&g_TftpReg, WSK_NO_WAIT, &npi);
  if (!NT_SUCCESS(status))
    return status;
  status = npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // no-warning
  WskReleaseProviderNPI(&g_TftpReg);
  return status;
}
