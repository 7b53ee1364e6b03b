// wsk.UnbalancedRelease: WskReleaseProviderNPI without a matching successful
// WskCaptureProviderNPI on that registration. Captures are counted, so two
// captures need two releases and a third release is one too many. The rule
// ends the path.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define FWD_TAG ((ULONG)0x20647746) /* 'Fwd ' */

typedef struct _FWD_CONTEXT {
  NTSTATUS CaptureStatus;
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} FWD_CONTEXT, *PFWD_CONTEXT;

static const WSK_CLIENT_DISPATCH g_FwdClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_FwdReg;
static WSK_PROVIDER_NPI g_FwdProvider;
static FWD_CONTEXT g_FwdCtx;

// A one-shot query: the common exit releases even when the capture failed.
NTSTATUS FwdQueryTransportsBad(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_FwdReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &provider);
  if (!NT_SUCCESS(status))
    goto out;
  status = provider.Dispatch->WskControlClient(provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp);
out:
  WskReleaseProviderNPI(&g_FwdReg); // expected-warning{{WskReleaseProviderNPI on 'g_FwdReg' without a matching successful capture [wsk.UnbalancedRelease]}}
  WskDeregister(&g_FwdReg);
  return status;
}

// One capture, released twice (once in a helper, once by the caller).
static VOID FwdDropProvider(VOID)
{
  WskReleaseProviderNPI(&g_FwdCtx.Registration); // no-warning: first release
}

VOID FwdReleaseTwiceBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_FwdCtx.Registration)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_FwdCtx.Registration, WSK_INFINITE_WAIT, &g_FwdCtx.Provider))) {
    FwdDropProvider();
    WskReleaseProviderNPI(&g_FwdCtx.Registration); // expected-warning{{WskReleaseProviderNPI on 'g_FwdCtx.Registration' without a matching successful capture [wsk.UnbalancedRelease]}}
    WskReleaseProviderNPI(&g_FwdCtx.Registration); // no-warning: the path ended above
  }
  WskDeregister(&g_FwdCtx.Registration);
}

// Two captures, three releases.
VOID FwdThreeReleasesBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  WSK_PROVIDER_NPI a, b;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_FwdReg)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &a)) &&
      NT_SUCCESS(WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &b))) {
    WskReleaseProviderNPI(&g_FwdReg); // no-warning
    WskReleaseProviderNPI(&g_FwdReg); // no-warning
    WskReleaseProviderNPI(&g_FwdReg); // expected-warning{{WskReleaseProviderNPI on 'g_FwdReg' without a matching successful capture [wsk.UnbalancedRelease]}}
  }
}

// STATUS_NOINTERFACE is a failed capture; releasing on that branch is
// unbalanced. The status was kept in a pool-allocated context (match only
// the text after the name: pool objects may have none).
VOID FwdPoolNoInterfaceBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  PFWD_CONTEXT ctx;

  ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), FWD_TAG);
  if (ctx == NULL)
    return;
  if (!NT_SUCCESS(WskRegister(&clientNpi, &ctx->Registration))) {
    ExFreePoolWithTag(ctx, FWD_TAG);
    return;
  }
  ctx->CaptureStatus = WskCaptureProviderNPI(&ctx->Registration, WSK_NO_WAIT, &ctx->Provider);
  DbgPrint("fwd: capture %x\n", ctx->CaptureStatus);
  if (ctx->CaptureStatus == STATUS_NOINTERFACE) {
    WskReleaseProviderNPI(&ctx->Registration); // expected-warning{{without a matching successful capture [wsk.UnbalancedRelease]}}
    WskDeregister(&ctx->Registration);
    ExFreePoolWithTag(ctx, FWD_TAG);
    return;
  }
  if (NT_SUCCESS(ctx->CaptureStatus))
    WskReleaseProviderNPI(&ctx->Registration);
  WskDeregister(&ctx->Registration);
  ExFreePoolWithTag(ctx, FWD_TAG);
}

// A freshly registered local object was never captured.
VOID FwdLocalNeverCapturedBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  WSK_REGISTRATION reg;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &reg)))
    return;
  WskReleaseProviderNPI(&reg); // expected-warning{{WskReleaseProviderNPI on 'reg' without a matching successful capture [wsk.UnbalancedRelease]}}
  WskDeregister(&reg);
}

// Look-alike: release only after a successful capture.
NTSTATUS FwdQueryTransportsOk(PIRP Irp)
{
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  status = WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &provider);
  if (!NT_SUCCESS(status))
    return status;
  status = provider.Dispatch->WskControlClient(provider.Client, WSK_TRANSPORT_LIST_QUERY, 0, NULL, 0, NULL, NULL, Irp);
  WskReleaseProviderNPI(&g_FwdReg); // no-warning
  return status;
}

// Look-alike: two captures, two releases, on a registration made here (so
// every capture of it is known to the path).
VOID FwdTwoReleasesOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  WSK_PROVIDER_NPI a, b;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_FwdReg)))
    return;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &a)))
    return;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_FwdReg, WSK_NO_WAIT, &b)))
    WskReleaseProviderNPI(&g_FwdReg); // no-warning
  WskReleaseProviderNPI(&g_FwdReg);   // no-warning
}

// The capture status is ignored: where the capture failed, there is nothing
// to release.
VOID FwdIgnoredStatusBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_FwdReg)))
    return;
  WskCaptureProviderNPI(&g_FwdReg, WSK_INFINITE_WAIT, &g_FwdProvider);
  DbgPrint("fwd: provider version %u\n", g_FwdProvider.Dispatch->Version);
  WskReleaseProviderNPI(&g_FwdReg); // expected-warning {{WskReleaseProviderNPI on 'g_FwdReg' without a matching successful capture [wsk.UnbalancedRelease]}}
}

// Look-alike: a release in a routine that did not make the capture (state
// unknown here, e.g. the capture was made in another callback) is silent.
VOID FwdStopWorker(VOID)
{
  WskReleaseProviderNPI(&g_FwdReg); // no-warning
}

// Look-alike: the capture status is stored and tested later.
VOID FwdStoredStatusOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_FwdClientDispatch};
  NTSTATUS status;

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_FwdCtx.Registration)))
    return;
  status = WskCaptureProviderNPI(&g_FwdCtx.Registration, WSK_NO_WAIT, &g_FwdCtx.Provider);
  g_FwdCtx.CaptureStatus = status;
  DbgPrint("fwd: capture %x\n", status);
  if (NT_SUCCESS(g_FwdCtx.CaptureStatus))
    WskReleaseProviderNPI(&g_FwdCtx.Registration); // no-warning
}
