// wsk.DeregisterWhileCaptured: WskDeregister waits until every captured
// provider NPI is released, so deregistering while this path still holds a
// capture never returns. Captures are counted per registration. The rule
// ends the path: nothing after the hanging call is reported.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define HB_TAG ((ULONG)0x74724248) /* 'HBrt' */

typedef struct _HB_SESSION {
  NTSTATUS CaptureStatus;
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} HB_SESSION, *PHB_SESSION;

static const WSK_CLIENT_DISPATCH g_HbClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_HbReg;
static WSK_PROVIDER_NPI g_HbProvider;
static HB_SESSION g_HbSession;
static NTSTATUS g_HbCaptureStatus;

// The socket is created, but the release before the deregistration was
// forgotten.
NTSTATUS HbSendOnceBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_HbClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_HbReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_HbReg, WSK_INFINITE_WAIT, &g_HbProvider);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_HbReg); // no-warning: nothing captured
    return status;
  }
  status = g_HbProvider.Dispatch->WskSocket(g_HbProvider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp);
  WskDeregister(&g_HbReg); // expected-warning{{WskDeregister on 'g_HbReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
  WskReleaseProviderNPI(&g_HbReg); // no-warning: the path ended above
  WskDeregister(&g_HbReg);         // no-warning
  return status;
}

// Two captures, one release: one capture is still held.
VOID HbDoubleCaptureBad(VOID)
{
  WSK_PROVIDER_NPI first, second;

  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &first)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &second))) {
    WskReleaseProviderNPI(&g_HbReg);
    return;
  }
  WskReleaseProviderNPI(&g_HbReg);
  WskDeregister(&g_HbReg); // expected-warning{{WskDeregister on 'g_HbReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

// The capture status is ignored (the driver assumes success) and the
// release is forgotten. Field of a global structure.
VOID HbSessionStopBad(VOID)
{
  WskCaptureProviderNPI(&g_HbSession.Registration, WSK_INFINITE_WAIT, &g_HbSession.Provider);
  DbgPrint("hb: session provider %p\n", g_HbSession.Provider.Dispatch);
  WskDeregister(&g_HbSession.Registration); // expected-warning{{WskDeregister on 'g_HbSession.Registration' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

// The capture status is kept for the caller but never tested here: on the
// path where the capture succeeded, the deregistration hangs.
NTSTATUS HbProbeProviderBad(VOID)
{
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &g_HbProvider);
  WskDeregister(&g_HbReg); // expected-warning{{WskDeregister on 'g_HbReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
  return status;
}

// The status is kept in a global and only STATUS_NOINTERFACE is tested
// before deregistering: when the capture succeeded, nothing released it.
VOID HbRetryLaterBad(VOID)
{
  g_HbCaptureStatus = WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &g_HbProvider);
  if (g_HbCaptureStatus == STATUS_NOINTERFACE) {
    DbgPrint("hb: provider not attached, retrying later\n");
    return;
  }
  WskDeregister(&g_HbReg); // expected-warning{{WskDeregister on 'g_HbReg' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

// Only STATUS_NOINTERFACE is handled; on the path where the capture
// succeeded nothing releases it. Registration in pool memory (the checker
// may print no name for it: match only the text after the name).
VOID HbPoolSessionBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_HbClientDispatch};
  PHB_SESSION session;

  session = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*session), HB_TAG);
  if (session == NULL)
    return;
  if (NT_SUCCESS(WskRegister(&clientNpi, &session->Registration))) {
    session->CaptureStatus = WskCaptureProviderNPI(&session->Registration, WSK_NO_WAIT, &session->Provider);
    if (session->CaptureStatus == STATUS_NOINTERFACE)
      DbgPrint("hb: provider not attached yet\n");
    WskDeregister(&session->Registration); // expected-warning{{while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
  }
  ExFreePoolWithTag(session, HB_TAG);
}

// Look-alike: capture, use, release, deregister.
NTSTATUS HbSendOnceOk(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_HbClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_HbReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_HbReg, WSK_INFINITE_WAIT, &g_HbProvider);
  if (NT_SUCCESS(status)) {
    status = g_HbProvider.Dispatch->WskControlClient(g_HbProvider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp);
    WskReleaseProviderNPI(&g_HbReg);
  }
  WskDeregister(&g_HbReg); // no-warning
  return status;
}

// Look-alike: a failed capture holds nothing, so deregistering without a
// release is right.
VOID HbCaptureFailedOk(VOID)
{
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &provider);
  if (!NT_SUCCESS(status)) {
    DbgPrint("hb: capture failed %x\n", status);
    WskDeregister(&g_HbReg); // no-warning
    return;
  }
  WskReleaseProviderNPI(&g_HbReg);
  WskDeregister(&g_HbReg); // no-warning
}

// Look-alike: STATUS_NOINTERFACE means the capture failed.
VOID HbNoInterfaceOk(VOID)
{
  WSK_PROVIDER_NPI provider;

  if (WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &provider) == STATUS_NOINTERFACE)
    WskDeregister(&g_HbReg); // no-warning
}

// Look-alike: two captures, two releases.
VOID HbDoubleCaptureOk(VOID)
{
  WSK_PROVIDER_NPI first, second;

  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &first)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &second)))
    WskReleaseProviderNPI(&g_HbReg);
  WskReleaseProviderNPI(&g_HbReg);
  WskDeregister(&g_HbReg); // no-warning
}

// Look-alike: the capture status is kept in a global and tested later, past
// kernel calls, to decide whether to release.
VOID HbStoredStatusOk(VOID)
{
  g_HbCaptureStatus = WskCaptureProviderNPI(&g_HbReg, WSK_NO_WAIT, &g_HbProvider);
  DbgPrint("hb: capture %x\n", g_HbCaptureStatus);
  KeStallExecutionProcessor(10);
  if (NT_SUCCESS(g_HbCaptureStatus))
    WskReleaseProviderNPI(&g_HbReg);
  WskDeregister(&g_HbReg); // no-warning
}
