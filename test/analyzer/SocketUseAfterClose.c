// wsk.SocketUseAfterClose: after WskCloseSocket the socket object is gone; a
// call through its dispatch table (BUG_SEND) or a second close
// (BUG_TWICE) uses it. A connection socket in a device extension, created
// with WskSocketConnect and closed once through the basic dispatch table
// (a copy of the Dispatch pointer), with nothing after, is silent.
//
// RUN: %clang_analyze_wsk -verify=ok %s
// RUN: %clang_analyze_wsk -verify=send -DBUG_SEND %s
// RUN: %clang_analyze_wsk -verify=twice -DBUG_TWICE %s
// The rule switched off: the bugs are not reported.
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.SocketUseAfterClose -verify=ok -DBUG_SEND -DBUG_TWICE %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify=ok %s
// RUN: %clang_analyze_wsk_wdk -verify=send -DBUG_SEND %s
// ok-no-diagnostics

#include <ntddk.h>
#include <wsk.h>

typedef struct _UC_EXTENSION {
  PWSK_SOCKET Connection;
  PIRP Irp;
} UC_EXTENSION, *PUC_EXTENSION;

NTSTATUS UcConnect(PWSK_PROVIDER_NPI Provider, PUC_EXTENSION Ext,
                   PSOCKADDR Local, PSOCKADDR Remote) {
  NTSTATUS Status = Provider->Dispatch->WskSocketConnect(
      Provider->Client, SOCK_STREAM, IPPROTO_TCP, Local, Remote, 0, NULL, NULL,
      NULL, NULL, NULL, Ext->Irp);
  if (!NT_SUCCESS(Status))
    return Status;
  Ext->Connection = (PWSK_SOCKET)Ext->Irp->IoStatus.Information;
  return STATUS_SUCCESS;
}

VOID UcDisconnect(PUC_EXTENSION Ext, PWSK_BUF Goodbye) {
  PWSK_PROVIDER_CONNECTION_DISPATCH Dispatch =
      (PWSK_PROVIDER_CONNECTION_DISPATCH)Ext->Connection->Dispatch;
  PWSK_PROVIDER_BASIC_DISPATCH Basic =
      (PWSK_PROVIDER_BASIC_DISPATCH)Ext->Connection->Dispatch;
  IoReuseIrp(Ext->Irp, STATUS_UNSUCCESSFUL);
  Basic->WskCloseSocket(Ext->Connection, Ext->Irp);
#ifdef BUG_SEND
  Dispatch->WskSend(Ext->Connection, Goodbye, 0, Ext->Irp); // send-warning {{'WskSend' called on a socket that was already closed}}
#endif
#ifdef BUG_TWICE
  Basic->WskCloseSocket(Ext->Connection, Ext->Irp); // twice-warning {{WskCloseSocket on a socket that was already closed}}
#endif
  Ext->Connection = NULL;
}

VOID UcSession(PWSK_PROVIDER_NPI Provider, PUC_EXTENSION Ext, PSOCKADDR Local,
               PSOCKADDR Remote, PWSK_BUF Data) {
  if (!NT_SUCCESS(UcConnect(Provider, Ext, Local, Remote)))
    return;
  ((PWSK_PROVIDER_CONNECTION_DISPATCH)Ext->Connection->Dispatch)
      ->WskSend(Ext->Connection, Data, 0, Ext->Irp);
  UcDisconnect(Ext, Data);
}
