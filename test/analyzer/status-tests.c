// Every way a driver tests a WskRegister or WskCaptureProviderNPI status
// decides the outcome: success is STATUS_SUCCESS and nothing else, failure
// an error code. Each function deregisters on the branch it believes
// failed (the bug) or only on the branch that succeeded (correct).
//
// RUN: %clang_analyze_wsk -verify %s
// REQUIRES: mingw-headers
// RUN: %clang_analyze_wsk_wdk -verify %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_StClient = {MAKE_WSK_VERSION(1, 0), 0,
                                               NULL};
static WSK_REGISTRATION g_StReg;

typedef struct _ST_STATE {
  NTSTATUS RegisterStatus;
  WSK_REGISTRATION Registration;
} ST_STATE;
static ST_STATE g_St;

VOID StNotEqualOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status = WskRegister(&client, &g_StReg);
  if (status != STATUS_SUCCESS)
    return;
  WskDeregister(&g_StReg); // no-warning
}

VOID StNotEqualBad(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status = WskRegister(&client, &g_StReg);
  if (status != STATUS_SUCCESS)
    WskDeregister(&g_StReg); // expected-warning {{WskDeregister on 'g_StReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}

VOID StEqualOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  if (WskRegister(&client, &g_StReg) == STATUS_SUCCESS)
    WskDeregister(&g_StReg); // no-warning
}

VOID StTruthOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status = WskRegister(&client, &g_StReg);
  if (status)
    return;
  WskDeregister(&g_StReg); // no-warning
}

VOID StTruthBad(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status = WskRegister(&client, &g_StReg);
  if (status)
    WskDeregister(&g_StReg); // expected-warning {{WskDeregister on 'g_StReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}

VOID StNegativeOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  if (WskRegister(&client, &g_StReg) < 0)
    return;
  WskDeregister(&g_StReg); // no-warning
}

VOID StSwitchOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  switch (WskRegister(&client, &g_StReg)) {
  case STATUS_SUCCESS:
    WskDeregister(&g_StReg); // no-warning
    break;
  case STATUS_NOINTERFACE:
    DbgPrint("st: no provider\n");
    break;
  default:
    break;
  }
}

VOID StSwitchBad(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  switch (WskRegister(&client, &g_StReg)) {
  case STATUS_SUCCESS:
    break;
  default:
    WskDeregister(&g_StReg); // expected-warning {{WskDeregister on 'g_StReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
    break;
  }
}

VOID StCaptureSwitchBad(PWSK_PROVIDER_NPI Npi)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  if (!NT_SUCCESS(WskRegister(&client, &g_StReg)))
    return;
  switch (WskCaptureProviderNPI(&g_StReg, WSK_NO_WAIT, Npi)) {
  case STATUS_NOINTERFACE:
    // The provider is not attached yet: nothing was captured.
    WskReleaseProviderNPI(&g_StReg); // expected-warning {{WskReleaseProviderNPI on 'g_StReg' without a matching successful capture [wsk.UnbalancedRelease]}}
    break;
  case STATUS_SUCCESS:
    WskReleaseProviderNPI(&g_StReg);
    break;
  }
}

// The status is kept in a struct field and tested later.
VOID StStoredOk(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  g_St.RegisterStatus = WskRegister(&client, &g_St.Registration);
  DbgPrint("st: %x\n", g_St.RegisterStatus);
  if (NT_SUCCESS(g_St.RegisterStatus))
    WskDeregister(&g_St.Registration); // no-warning
}

// The status is returned, and the caller tests it.
static NTSTATUS StStart(VOID)
{
  WSK_CLIENT_NPI client = {NULL, &g_StClient};
  NTSTATUS status = WskRegister(&client, &g_StReg);
  DbgPrint("st: start %x\n", status);
  return status;
}

VOID StReturnedOk(VOID)
{
  if (StStart() != STATUS_SUCCESS)
    return;
  WskDeregister(&g_StReg); // no-warning
}

VOID StReturnedBad(VOID)
{
  NTSTATUS status = StStart();
  if (!NT_SUCCESS(status))
    WskDeregister(&g_StReg); // expected-warning {{WskDeregister on 'g_StReg', whose WskRegister failed [wsk.DuplicateDeregister]}}
}
