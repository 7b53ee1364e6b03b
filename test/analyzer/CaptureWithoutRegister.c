// wsk.CaptureWithoutRegister: WskCaptureProviderNPI on an object that is not
// registered (WskRegister failed, it was deregistered, or it never was).
// Such a capture fails, and the rule ends the path: nothing that follows
// (a dispatch call through the never-filled NPI, a release) is reported.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

typedef struct _SYSLOG_SINK {
  BOOLEAN Enabled;
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} SYSLOG_SINK, *PSYSLOG_SINK;

static const WSK_CLIENT_DISPATCH g_SyslogClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_SyslogReg;
static WSK_PROVIDER_NPI g_SyslogProvider;
static SYSLOG_SINK g_SyslogSink;
static BOOLEAN g_SyslogRegistered;

// The failure of WskRegister is logged, and then the code carries on as if
// it had succeeded.
NTSTATUS SyslogStartBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SyslogClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_SyslogReg);
  if (!NT_SUCCESS(status))
    DbgPrint("syslog: WskRegister failed %x\n", status);

  status = WskCaptureProviderNPI(&g_SyslogReg, WSK_INFINITE_WAIT, &g_SyslogProvider); // expected-warning{{WskCaptureProviderNPI on 'g_SyslogReg', which is not registered [wsk.CaptureWithoutRegister]}}
  if (!NT_SUCCESS(status))
    return status;
  g_SyslogProvider.Dispatch->WskSocket(g_SyslogProvider.Client, AF_INET, SOCK_DGRAM, IPPROTO_UDP, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, NULL); // no-warning: the path ended at the capture
  WskReleaseProviderNPI(&g_SyslogReg); // no-warning
  return STATUS_SUCCESS;
}

// A late capture after the registration was torn down.
VOID SyslogFlushAfterStopBad(VOID)
{
  WSK_PROVIDER_NPI provider;

  WskDeregister(&g_SyslogReg); // no-warning: state unknown before this call
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_SyslogReg, WSK_NO_WAIT, &provider))) // expected-warning{{WskCaptureProviderNPI on 'g_SyslogReg', which is not registered [wsk.CaptureWithoutRegister]}}
    WskReleaseProviderNPI(&g_SyslogReg);
}

// A field of a global structure whose WskRegister failed; the status was
// stored in a local and tested after other work.
VOID SyslogSinkEnableBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SyslogClientDispatch};
  NTSTATUS regStatus;

  regStatus = WskRegister(&clientNpi, &g_SyslogSink.Registration);
  g_SyslogSink.Enabled = TRUE;
  DbgPrint("syslog: sink enabled\n");
  if (!NT_SUCCESS(regStatus))
    WskCaptureProviderNPI(&g_SyslogSink.Registration, WSK_NO_WAIT, &g_SyslogSink.Provider); // expected-warning{{WskCaptureProviderNPI on 'g_SyslogSink.Registration', which is not registered [wsk.CaptureWithoutRegister]}}
}

// A local registration that is registered only when the feature is on; the
// capture below runs on both paths.
NTSTATUS SyslogProbeOptionalBad(BOOLEAN Enabled)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SyslogClientDispatch};
  WSK_REGISTRATION reg;
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  if (Enabled) {
    status = WskRegister(&clientNpi, &reg);
    if (!NT_SUCCESS(status))
      return status;
  }
  status = WskCaptureProviderNPI(&reg, WSK_NO_WAIT, &provider); // expected-warning{{WskCaptureProviderNPI on 'reg', which is not registered [wsk.CaptureWithoutRegister]}}
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&reg);
  if (Enabled)
    WskDeregister(&reg);
  return status;
}

// A local registration that the code zeroes but forgot to register at all.
NTSTATUS SyslogProbeBad(VOID)
{
  WSK_REGISTRATION reg;
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  RtlZeroMemory(&reg, sizeof(reg));
  status = WskCaptureProviderNPI(&reg, WSK_NO_WAIT, &provider); // expected-warning{{WskCaptureProviderNPI on 'reg', which is not registered [wsk.CaptureWithoutRegister]}}
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&reg);
  return status;
}

// Look-alike: capture only after a successful WskRegister, release, then
// deregister.
NTSTATUS SyslogStartOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SyslogClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_SyslogReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_SyslogReg, WSK_INFINITE_WAIT, &g_SyslogProvider); // no-warning
  if (NT_SUCCESS(status))
    WskReleaseProviderNPI(&g_SyslogReg);
  WskDeregister(&g_SyslogReg);
  return status;
}

// Look-alike: a worker capturing on a global whose registration state it
// cannot know (registered elsewhere) is silent.
VOID SyslogWorkerOk(VOID)
{
  WSK_PROVIDER_NPI provider;

  if (NT_SUCCESS(WskCaptureProviderNPI(&g_SyslogReg, WSK_NO_WAIT, &provider))) // no-warning
    WskReleaseProviderNPI(&g_SyslogReg);
}

// Look-alike: the capture is guarded by a flag that DbgPrint cannot clear.
VOID SyslogFlagGuardedOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SyslogClientDispatch};
  WSK_PROVIDER_NPI provider;

  g_SyslogRegistered = FALSE;
  if (NT_SUCCESS(WskRegister(&clientNpi, &g_SyslogReg)))
    g_SyslogRegistered = TRUE;
  DbgPrint("syslog: registered=%d\n", g_SyslogRegistered);
  if (g_SyslogRegistered) {
    if (NT_SUCCESS(WskCaptureProviderNPI(&g_SyslogReg, WSK_NO_WAIT, &provider))) // no-warning
      WskReleaseProviderNPI(&g_SyslogReg);
    WskDeregister(&g_SyslogReg);
  }
}
