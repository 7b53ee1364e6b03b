// wsk.DuplicateDeregister: WskDeregister on an object that is not
// registered: already deregistered, its WskRegister failed, or it was never
// registered. The rule ends the path, so nothing after it is reported.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define SNMP_TAG ((ULONG)0x706D6E53) /* 'Snmp' */

typedef struct _SNMP_AGENT {
  NTSTATUS RegisterStatus;
  PVOID Buffer;
  WSK_REGISTRATION Registration;
} SNMP_AGENT, *PSNMP_AGENT;

VOID SupportLibAdoptRegistration(PWSK_REGISTRATION Registration);

static const WSK_CLIENT_DISPATCH g_SnmpClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_SnmpReg;
static SNMP_AGENT g_SnmpAgent;
static BOOLEAN g_SnmpRegistered;
static KEVENT g_SnmpIdleEvent;

//===--- Already deregistered -------------------------------------------===//

static VOID SnmpStopNetworking(VOID)
{
  WskDeregister(&g_SnmpReg); // no-warning: first deregistration
}

// The unload routine deregisters again after the stop helper already did.
// g_SnmpReg's state is unknown on entry, so the first call is silent and
// leaves it deregistered; the second is reported.
VOID SnmpUnloadTwice(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  SnmpStopNetworking();
  WskDeregister(&g_SnmpReg); // expected-warning{{WskDeregister on 'g_SnmpReg', which was already deregistered [wsk.DuplicateDeregister]}}
  WskDeregister(&g_SnmpReg); // no-warning: the path ended at the report above
}

// Register, deregister on an error path, then fall into the common cleanup
// that deregisters again.
NTSTATUS SnmpRestartTwice(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_SnmpReg);
  if (!NT_SUCCESS(status))
    return status;
  status = WskCaptureProviderNPI(&g_SnmpReg, WSK_NO_WAIT, &provider);
  if (!NT_SUCCESS(status)) {
    WskDeregister(&g_SnmpReg);
    goto out;
  }
  WskReleaseProviderNPI(&g_SnmpReg);
out:
  WskDeregister(&g_SnmpReg); // expected-warning{{WskDeregister on 'g_SnmpReg', which was already deregistered [wsk.DuplicateDeregister]}}
  return status;
}

// Look-alike: a flag-guarded teardown called twice, with kernel routines in
// between that must not make the analysis forget the flag.
static VOID SnmpTeardown(VOID)
{
  if (g_SnmpRegistered) {
    WskDeregister(&g_SnmpReg); // no-warning
    g_SnmpRegistered = FALSE;
  }
}

VOID SnmpTeardownTwiceOk(VOID)
{
  LARGE_INTEGER delay;

  SnmpTeardown();
  DbgPrint("snmp: stopped\n");
  delay.QuadPart = -10000;
  KeDelayExecutionThread(KernelMode, FALSE, &delay);
  KeWaitForSingleObject(&g_SnmpIdleEvent, Executive, KernelMode, FALSE, NULL);
  SnmpTeardown(); // no-warning: the flag survived the kernel calls
}

// Look-alike (the lead's example): the flag is set, DbgPrint runs, and the
// flag still guards the deregistration precisely.
NTSTATUS SnmpProbeOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  NTSTATUS status;

  g_SnmpRegistered = FALSE;
  status = WskRegister(&clientNpi, &g_SnmpReg);
  if (NT_SUCCESS(status))
    g_SnmpRegistered = TRUE;
  DbgPrint("snmp: WskRegister %x\n", status);
  if (g_SnmpRegistered)
    WskDeregister(&g_SnmpReg); // no-warning
  return status;
}

//===--- WskRegister failed ---------------------------------------------===//

// The failure branch "cleans up" a registration that never happened.
NTSTATUS SnmpStartBadCleanup(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_SnmpReg);
  if (!NT_SUCCESS(status)) {
    DbgPrint("snmp: WskRegister failed %x\n", status);
    WskDeregister(&g_SnmpReg); // expected-warning{{WskDeregister on 'g_SnmpReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
    return status;
  }
  return STATUS_SUCCESS;
}

// The status is stored in a field of a global and tested later, after a
// kernel call; the failure branch deregisters anyway.
VOID SnmpAgentCycleBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};

  g_SnmpAgent.RegisterStatus =
      WskRegister(&clientNpi, &g_SnmpAgent.Registration);
  DbgPrint("snmp: agent registration %x\n", g_SnmpAgent.RegisterStatus);
  if (!NT_SUCCESS(g_SnmpAgent.RegisterStatus)) {
    DbgPrint("snmp: agent disabled\n");
    WskDeregister(&g_SnmpAgent.Registration); // expected-warning{{WskDeregister on 'g_SnmpAgent.Registration', whose WskRegister failed [wsk.DuplicateDeregister]}}
  }
}

// Look-alike: the stored status is tested correctly.
VOID SnmpAgentCycleOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};

  g_SnmpAgent.RegisterStatus =
      WskRegister(&clientNpi, &g_SnmpAgent.Registration);
  DbgPrint("snmp: agent registration %x\n", g_SnmpAgent.RegisterStatus);
  if (NT_SUCCESS(g_SnmpAgent.RegisterStatus))
    WskDeregister(&g_SnmpAgent.Registration); // no-warning
}

// The status is ignored: where the registration failed, nothing is
// registered to deregister.
VOID SnmpIgnoredStatusBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};

  WskRegister(&clientNpi, &g_SnmpReg);
  DbgPrint("snmp: running\n");
  WskDeregister(&g_SnmpReg); // expected-warning {{WskDeregister on 'g_SnmpReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}

//===--- Never registered -----------------------------------------------===//

// The disabled path jumps to the common exit, which deregisters a local
// registration that WskRegister never touched.
NTSTATUS SnmpQueryProviderBad(BOOLEAN Enabled)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  WSK_REGISTRATION reg;
  NTSTATUS status = STATUS_NOT_SUPPORTED;

  if (!Enabled)
    goto out;
  status = WskRegister(&clientNpi, &reg);
  if (!NT_SUCCESS(status))
    return status;
  DbgPrint("snmp: provider reachable\n");
out:
  WskDeregister(&reg); // expected-warning{{WskDeregister on 'reg', which was never registered [wsk.DuplicateDeregister]}}
  return status;
}

// A freshly allocated agent whose setup fails before WskRegister runs: the
// shared error exit deregisters a registration that never happened (match
// only the text after the name: pool objects may have none).
NTSTATUS SnmpAgentCreateBad(PSNMP_AGENT *Out)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  PSNMP_AGENT agent;
  NTSTATUS status;

  agent = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*agent), SNMP_TAG);
  if (agent == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  RtlZeroMemory(agent, sizeof(*agent));

  agent->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 1500, SNMP_TAG);
  if (agent->Buffer == NULL) {
    status = STATUS_INSUFFICIENT_RESOURCES;
    goto fail;
  }

  status = WskRegister(&clientNpi, &agent->Registration);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(agent->Buffer, SNMP_TAG);
    ExFreePoolWithTag(agent, SNMP_TAG);
    return status;
  }
  *Out = agent;
  return STATUS_SUCCESS;

fail:
  WskDeregister(&agent->Registration); // expected-warning{{, which was never registered [wsk.DuplicateDeregister]}}
  ExFreePoolWithTag(agent, SNMP_TAG);
  return status;
}

// Look-alike: the same pool-embedded registration, registered, then
// deregistered once and freed.
VOID SnmpAgentPoolOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  PSNMP_AGENT agent;

  agent = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*agent), SNMP_TAG);
  if (agent == NULL)
    return;
  RtlZeroMemory(agent, sizeof(*agent));
  agent->RegisterStatus = WskRegister(&clientNpi, &agent->Registration);
  if (NT_SUCCESS(agent->RegisterStatus))
    WskDeregister(&agent->Registration); // no-warning
  ExFreePoolWithTag(agent, SNMP_TAG);
}

// Look-alike: a deregistration of a context whose state this function
// cannot know (it arrives as a parameter) is silent.
VOID SnmpAgentDestroy(PSNMP_AGENT Agent)
{
  WskDeregister(&Agent->Registration); // no-warning
  ExFreePoolWithTag(Agent, SNMP_TAG);
}

// Look-alike: after the registration's address escaped to code the analysis
// cannot see, a deregistration on the failure path is not reported.
VOID SnmpHandOffOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_SnmpClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_SnmpReg);
  SupportLibAdoptRegistration(&g_SnmpReg);
  if (!NT_SUCCESS(status))
    WskDeregister(&g_SnmpReg); // no-warning: tracking stopped at the escape
}
