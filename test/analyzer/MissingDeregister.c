// wsk.MissingDeregister: a successful registration that can no longer be
// deregistered. This file covers a DriverEntry that returns failure after a
// successful WskRegister, and registrations that go out of scope, are freed
// or are overwritten; each bug has a correct look-alike that must stay silent.
// DriverEntry variants that need a translation unit of their own are in
// MissingDeregister-entry-*.c.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

#define NETC_TAG ((ULONG)0x6374654E) /* 'Netc' */

typedef struct _NETC_CLIENT {
  ULONG Flags;
  WSK_REGISTRATION Registration;
  WSK_PROVIDER_NPI Provider;
} NETC_CLIENT, *PNETC_CLIENT;

typedef struct _NETC_GLOBALS {
  ULONG State;
  WSK_REGISTRATION Registration;
} NETC_GLOBALS;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD NetcUnload;

// Declared only, from another component that takes ownership of a
// registration: handing it the address ends tracking.
VOID CompanionAdoptRegistration(PWSK_REGISTRATION Registration);

static const WSK_CLIENT_DISPATCH g_NetcClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_NetcReg;
static NETC_GLOBALS g_NetcGlobals;
static PDEVICE_OBJECT g_NetcDevice;
static PVOID g_NetcBuffer;

VOID NetcUnload(PDRIVER_OBJECT DriverObject)
{
  UNREFERENCED_PARAMETER(DriverObject);
  ExFreePoolWithTag(g_NetcBuffer, NETC_TAG);
  IoDeleteDevice(g_NetcDevice);
  WskDeregister(&g_NetcReg); // no-warning: state unknown in a lone unload
}

// Two failure exits after a successful WskRegister: the unload routine never
// runs, so nothing deregisters g_NetcReg. The first exit returns the failed
// WskRegister's own status and is correct.
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  NTSTATUS status;

  UNREFERENCED_PARAMETER(RegistryPath);

  status = WskRegister(&clientNpi, &g_NetcReg);
  if (!NT_SUCCESS(status))
    return status; // no-warning: nothing was registered

  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_NetcDevice);
  if (!NT_SUCCESS(status))
    // expected-warning@+1 {{WSK registration 'g_NetcReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return status;

  g_NetcBuffer = ExAllocatePoolWithTag(NonPagedPool, 4096, NETC_TAG);
  if (g_NetcBuffer == NULL) {
    IoDeleteDevice(g_NetcDevice);
    // expected-warning@+1 {{WSK registration 'g_NetcReg' is still registered when DriverEntry returns a failure status; the unload routine will not run to deregister it [wsk.MissingDeregister]}}
    return STATUS_INSUFFICIENT_RESOURCES;
  }

  DriverObject->DriverUnload = NetcUnload;
  return STATUS_SUCCESS; // no-warning: the unload routine deregisters
}

// Look-alike: a start helper that is not DriverEntry may return a failure
// with the global registration live; its caller decides what to undo.
NTSTATUS NetcStartHelper(PDRIVER_OBJECT DriverObject)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  NTSTATUS status;

  status = WskRegister(&clientNpi, &g_NetcReg);
  if (!NT_SUCCESS(status))
    return status;
  status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_NETWORK,
                          FILE_DEVICE_SECURE_OPEN, FALSE, &g_NetcDevice);
  return status; // no-warning: not DriverEntry
}

//===--- Registrations on the stack -------------------------------------===//

// A short-lived registration that probes for the WSK subsystem and forgets
// to deregister it: the stack slot dies while the subsystem still owns it.
VOID NetcProbeLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION probeReg;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &probeReg);
  if (NT_SUCCESS(status))
    DbgPrint("netc: WSK subsystem present\n");
} // expected-warning{{WSK registration 'probeReg' goes out of scope while still registered [wsk.MissingDeregister]}}

// Look-alike: the probe deregisters before the frame goes away.
VOID NetcProbeOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION probeReg;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &probeReg);
  if (NT_SUCCESS(status)) {
    DbgPrint("netc: WSK subsystem present\n");
    WskDeregister(&probeReg);
  }
} // no-warning

// An early return on the capture-failure path skips the deregistration at
// the bottom of the function.
NTSTATUS NetcCheckProviderLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION reg;
  WSK_PROVIDER_NPI provider;
  NTSTATUS status;

  status = WskRegister(&clientNpi, &reg);
  if (!NT_SUCCESS(status))
    return status; // no-warning: WskRegister failed

  status = WskCaptureProviderNPI(&reg, WSK_NO_WAIT, &provider);
  if (!NT_SUCCESS(status))
    return status; // expected-warning{{WSK registration 'reg' goes out of scope while still registered [wsk.MissingDeregister]}}

  WskReleaseProviderNPI(&reg);
  WskDeregister(&reg);
  return STATUS_SUCCESS;
}

// Look-alike: both statuses are kept in locals and tested later; every path
// that registered also deregisters.
NTSTATUS NetcCheckProviderOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION reg;
  WSK_PROVIDER_NPI provider;
  NTSTATUS regStatus, capStatus = STATUS_UNSUCCESSFUL;

  regStatus = WskRegister(&clientNpi, &reg);
  if (NT_SUCCESS(regStatus))
    capStatus = WskCaptureProviderNPI(&reg, WSK_NO_WAIT, &provider);

  DbgPrint("netc: register %x capture %x\n", regStatus, capStatus);

  if (NT_SUCCESS(capStatus))
    WskReleaseProviderNPI(&reg);
  if (NT_SUCCESS(regStatus))
    WskDeregister(&reg);
  return regStatus; // no-warning
}

// The status is ignored: the driver assumes success, and a registration it
// believes it holds still leaks when the frame dies.
VOID NetcFireAndForget(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION reg;

  WskRegister(&clientNpi, &reg);
  DbgPrint("netc: registered\n");
} // expected-warning{{WSK registration 'reg' goes out of scope while still registered [wsk.MissingDeregister]}}

// Look-alike: the registration's address is handed to code the analysis
// cannot see, which may deregister it; tracking stops.
VOID NetcHandOffOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  WSK_REGISTRATION reg;

  if (NT_SUCCESS(WskRegister(&clientNpi, &reg)))
    CompanionAdoptRegistration(&reg);
} // no-warning

//===--- Registrations in pool memory -----------------------------------===//
// The checker may print no name for a pool object: the expectations below
// match only the text after the name.

// The client context is freed on the teardown path without deregistering
// the registration embedded in it.
VOID NetcClientCycleLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  PNETC_CLIENT client;
  NTSTATUS status;

  client = ExAllocatePoolWithTag(NonPagedPool, sizeof(*client), NETC_TAG);
  if (client == NULL)
    return;
  RtlZeroMemory(client, sizeof(*client)); // no-warning: fresh memory

  status = WskRegister(&clientNpi, &client->Registration);
  if (!NT_SUCCESS(status)) {
    ExFreePoolWithTag(client, NETC_TAG); // no-warning: never registered
    return;
  }

  client->Flags = 1;
  ExFreePoolWithTag(client, NETC_TAG); // expected-warning{{is freed while still registered [wsk.MissingDeregister]}}
}

// The same with the untagged free.
VOID NetcClientCycleUntaggedLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  PNETC_CLIENT client;

  client = ExAllocatePoolWithTag(NonPagedPool, sizeof(*client), NETC_TAG);
  if (client == NULL)
    return;
  if (!NT_SUCCESS(WskRegister(&clientNpi, &client->Registration))) {
    ExFreePool(client); // no-warning: never registered
    return;
  }
  ExFreePool(client); // expected-warning{{is freed while still registered [wsk.MissingDeregister]}}
}

// Look-alike: deregister, then free.
VOID NetcClientCycleOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};
  PNETC_CLIENT client;
  NTSTATUS status;

  client = ExAllocatePoolWithTag(NonPagedPool, sizeof(*client), NETC_TAG);
  if (client == NULL)
    return;
  RtlZeroMemory(client, sizeof(*client));

  status = WskRegister(&clientNpi, &client->Registration);
  if (NT_SUCCESS(status)) {
    client->Flags = 1;
    WskDeregister(&client->Registration);
  }
  ExFreePoolWithTag(client, NETC_TAG); // no-warning
}

// Look-alike: a context whose registration state this function cannot know
// (it arrives as a parameter) is freed; the caller may have deregistered it.
VOID NetcDestroyClient(PNETC_CLIENT Client)
{
  ExFreePoolWithTag(Client, NETC_TAG); // no-warning
}

//===--- Overwritten registrations --------------------------------------===//

// Resetting the driver's state wipes a live registration.
VOID NetcResetLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_NetcReg)))
    return;
  DbgPrint("netc: resetting\n");
  RtlZeroMemory(&g_NetcReg, sizeof(g_NetcReg)); // expected-warning{{WSK registration 'g_NetcReg' is overwritten while still registered [wsk.MissingDeregister]}}
}

// Copying defaults over the whole globals block overwrites the registration
// field inside it.
VOID NetcReloadDefaultsLeaks(const NETC_GLOBALS *Defaults)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};

  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_NetcGlobals.Registration)))
    return;
  RtlCopyMemory(&g_NetcGlobals, Defaults, sizeof(g_NetcGlobals)); // expected-warning{{WSK registration 'g_NetcGlobals.Registration' is overwritten while still registered [wsk.MissingDeregister]}}
}

// memset directly.
VOID NetcScrubLeaks(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};

  if (NT_SUCCESS(WskRegister(&clientNpi, &g_NetcReg)))
    memset(&g_NetcReg, 0, sizeof(g_NetcReg)); // expected-warning{{WSK registration 'g_NetcReg' is overwritten while still registered [wsk.MissingDeregister]}}
}

// Look-alike: zeroing before registering (state unknown, not registered) and
// after deregistering are both fine.
VOID NetcResetOk(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_NetcClientDispatch};

  RtlZeroMemory(&g_NetcGlobals, sizeof(g_NetcGlobals)); // no-warning
  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_NetcGlobals.Registration)))
    return;
  g_NetcGlobals.State = 1;
  WskDeregister(&g_NetcGlobals.Registration);
  RtlZeroMemory(&g_NetcGlobals, sizeof(g_NetcGlobals)); // no-warning
}
