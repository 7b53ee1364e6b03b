// wsk.DoubleRegister: WskRegister on an object that is still registered.
// The rule ends the path, so nothing after it is reported.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define DNS_TAG ((ULONG)0x20736E44) /* 'Dns ' */

typedef struct _DNS_RESOLVER {
  ULONG Generation;
  WSK_REGISTRATION Registration;
} DNS_RESOLVER, *PDNS_RESOLVER;

static const WSK_CLIENT_DISPATCH g_DnsClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_DnsReg;
static WSK_REGISTRATION g_DnsReg6;
static DNS_RESOLVER g_DnsResolver;
static BOOLEAN g_DnsRegistered;

static NTSTATUS DnsAttach(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  return WskRegister(&clientNpi, &g_DnsReg); // expected-warning{{WskRegister on 'g_DnsReg', which is already registered [wsk.DoubleRegister]}}
}

// A configuration change re-runs the attach helper without detaching first.
NTSTATUS DnsReconfigureBad(VOID)
{
  NTSTATUS status;

  status = DnsAttach(); // no-warning: first registration
  if (!NT_SUCCESS(status))
    return status;
  DbgPrint("dns: settings changed, re-attaching\n");
  status = DnsAttach();
  WskDeregister(&g_DnsReg); // no-warning: the path ended at the report
  WskDeregister(&g_DnsReg); // no-warning
  return status;
}

// The first status is ignored (the driver assumes success), so the second
// WskRegister is on a registered object.
VOID DnsStartTwiceBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};

  WskRegister(&clientNpi, &g_DnsReg6);
  DbgPrint("dns: IPv6 client up\n");
  WskRegister(&clientNpi, &g_DnsReg6); // expected-warning{{WskRegister on 'g_DnsReg6', which is already registered [wsk.DoubleRegister]}}
}

// A field of a global structure, with the status kept and tested later.
VOID DnsResolverRefreshBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_DnsResolver.Registration);
  g_DnsResolver.Generation++;
  if (NT_SUCCESS(status))
    status = WskRegister(&clientNpi, &g_DnsResolver.Registration); // expected-warning{{WskRegister on 'g_DnsResolver.Registration', which is already registered [wsk.DoubleRegister]}}
}

// A pool allocation registered twice (match only the text after the name).
VOID DnsResolverPoolBad(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  PDNS_RESOLVER resolver;

  resolver = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*resolver), DNS_TAG);
  if (resolver == NULL)
    return;
  RtlZeroMemory(resolver, sizeof(*resolver));
  if (!NT_SUCCESS(WskRegister(&clientNpi, &resolver->Registration))) {
    ExFreePoolWithTag(resolver, DNS_TAG);
    return;
  }
  resolver->Generation = 1;
  WskRegister(&clientNpi, &resolver->Registration); // expected-warning{{, which is already registered [wsk.DoubleRegister]}}
}

// Look-alike: retrying after a failed WskRegister is fine.
NTSTATUS DnsRetryOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_DnsReg);
  if (!NT_SUCCESS(status)) {
    DbgPrint("dns: retrying WskRegister\n");
    status = WskRegister(&clientNpi, &g_DnsReg); // no-warning
  }
  return status;
}

// Look-alike: register, deregister, register again.
NTSTATUS DnsCycleOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_DnsReg);
  if (NT_SUCCESS(status))
    WskDeregister(&g_DnsReg);
  status = WskRegister(&clientNpi, &g_DnsReg); // no-warning
  return status;
}

// Look-alike: a flag-guarded start helper called twice, with kernel calls in
// between that must not make the analysis forget the flag.
static NTSTATUS DnsEnsureStarted(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};
  NTSTATUS status = STATUS_SUCCESS;

  if (!g_DnsRegistered) {
    status = WskRegister(&clientNpi, &g_DnsReg); // no-warning
    if (NT_SUCCESS(status))
      g_DnsRegistered = TRUE;
  }
  return status;
}

VOID DnsEnsureStartedTwiceOk(VOID)
{
  PVOID scratch;

  g_DnsRegistered = FALSE;
  (VOID) DnsEnsureStarted();
  scratch = ExAllocatePoolWithTag(NonPagedPoolNx, 64, DNS_TAG);
  DbgPrint("dns: scratch %p\n", scratch);
  if (scratch != NULL)
    ExFreePoolWithTag(scratch, DNS_TAG);
  (VOID) DnsEnsureStarted(); // no-warning: the flag survived the kernel calls
}

// Look-alike: two different registration objects, each registered once.
VOID DnsDualStackOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_DnsClientDispatch};

  if (NT_SUCCESS(WskRegister(&clientNpi, &g_DnsReg)))
    DbgPrint("dns: IPv4 client up\n");
  if (NT_SUCCESS(WskRegister(&clientNpi, &g_DnsReg6))) // no-warning
    DbgPrint("dns: IPv6 client up\n");
}
