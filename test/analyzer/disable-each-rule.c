// Every rule is its own checker (wsk.<Rule>): switching one off removes
// exactly its report, and leaving one on alone keeps exactly its report.
// One bug per rule, each in its own function so no path depends on another
// rule; the -verify prefix of each expectation names its rule.
//
// RUN: %clang_analyze_wsk -verify=missing,dupdereg,afterrel,nocapture,whilecap,unbal,doublereg,capnoreg %s
//
// Each rule switched off on its own: only its report disappears.
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister -verify=dupdereg,afterrel,nocapture,whilecap,unbal,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DuplicateDeregister -verify=missing,afterrel,nocapture,whilecap,unbal,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DispatchAfterRelease -verify=missing,dupdereg,nocapture,whilecap,unbal,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DispatchWithoutCapture -verify=missing,dupdereg,afterrel,whilecap,unbal,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DeregisterWhileCaptured -verify=missing,dupdereg,afterrel,nocapture,unbal,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.UnbalancedRelease -verify=missing,dupdereg,afterrel,nocapture,whilecap,doublereg,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DoubleRegister -verify=missing,dupdereg,afterrel,nocapture,whilecap,unbal,capnoreg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.CaptureWithoutRegister -verify=missing,dupdereg,afterrel,nocapture,whilecap,unbal,doublereg %s
//
// Each rule left on alone: only its report remains.
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=missing %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=dupdereg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=afterrel %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=nocapture %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.UnbalancedRelease,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=whilecap %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.DoubleRegister,wsk.CaptureWithoutRegister -verify=unbal %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.CaptureWithoutRegister -verify=doublereg %s
// RUN: %clang_analyze_wsk -analyzer-disable-checker=wsk.MissingDeregister,wsk.DuplicateDeregister,wsk.DispatchAfterRelease,wsk.DispatchWithoutCapture,wsk.DeregisterWhileCaptured,wsk.UnbalancedRelease,wsk.DoubleRegister -verify=capnoreg %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_ArpClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, NULL};
static WSK_REGISTRATION g_ArpRegA; // DuplicateDeregister
static WSK_REGISTRATION g_ArpRegB; // DispatchAfterRelease
static WSK_REGISTRATION g_ArpRegC; // DispatchWithoutCapture
static WSK_REGISTRATION g_ArpRegD; // DeregisterWhileCaptured
static WSK_REGISTRATION g_ArpRegE; // UnbalancedRelease
static WSK_REGISTRATION g_ArpRegF; // DoubleRegister
static WSK_REGISTRATION g_ArpRegG; // CaptureWithoutRegister

VOID ArpProbe(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ArpClientDispatch};
  WSK_REGISTRATION probe;
  if (NT_SUCCESS(WskRegister(&clientNpi, &probe)))
    DbgPrint("arp: WSK present\n");
} // missing-warning{{WSK registration 'probe' goes out of scope while still registered [wsk.MissingDeregister]}}

VOID ArpStopTwice(VOID)
{
  WskDeregister(&g_ArpRegA);
  WskDeregister(&g_ArpRegA); // dupdereg-warning{{WskDeregister on 'g_ArpRegA', which was already deregistered [wsk.DuplicateDeregister]}}
}

NTSTATUS ArpOpenAfterRelease(PIRP Irp)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ArpClientDispatch};
  WSK_PROVIDER_NPI npi;
  if (!NT_SUCCESS(WskRegister(&clientNpi, &g_ArpRegB)))
    return STATUS_UNSUCCESSFUL;
  if (!NT_SUCCESS(WskCaptureProviderNPI(&g_ArpRegB, WSK_NO_WAIT, &npi)))
    return STATUS_UNSUCCESSFUL;
  WskReleaseProviderNPI(&g_ArpRegB);
  return npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_RAW, IPPROTO_RAW, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // afterrel-warning{{'WskSocket' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
}

NTSTATUS ArpOpenWithoutProvider(PIRP Irp)
{
  WSK_PROVIDER_NPI npi;
  if (WskCaptureProviderNPI(&g_ArpRegC, WSK_NO_WAIT, &npi) != STATUS_NOINTERFACE)
    return STATUS_UNSUCCESSFUL;
  return npi.Dispatch->WskSocket(npi.Client, AF_INET, SOCK_RAW, IPPROTO_RAW, WSK_FLAG_DATAGRAM_SOCKET, NULL, NULL, NULL, NULL, NULL, Irp); // nocapture-warning{{'WskSocket' called through a provider NPI whose capture failed [wsk.DispatchWithoutCapture]}}
}

VOID ArpStopWhileCaptured(VOID)
{
  WSK_PROVIDER_NPI npi;
  if (NT_SUCCESS(WskCaptureProviderNPI(&g_ArpRegD, WSK_NO_WAIT, &npi)))
    WskDeregister(&g_ArpRegD); // whilecap-warning{{WskDeregister on 'g_ArpRegD' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
}

VOID ArpReleaseUncaptured(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ArpClientDispatch};
  if (NT_SUCCESS(WskRegister(&clientNpi, &g_ArpRegE)))
    WskReleaseProviderNPI(&g_ArpRegE); // unbal-warning{{WskReleaseProviderNPI on 'g_ArpRegE' without a matching successful capture [wsk.UnbalancedRelease]}}
}

VOID ArpStartTwice(VOID)
{
  WSK_CLIENT_NPI clientNpi = {NULL, &g_ArpClientDispatch};
  if (NT_SUCCESS(WskRegister(&clientNpi, &g_ArpRegF)))
    WskRegister(&clientNpi, &g_ArpRegF); // doublereg-warning{{WskRegister on 'g_ArpRegF', which is already registered [wsk.DoubleRegister]}}
}

VOID ArpCaptureAfterStop(VOID)
{
  WSK_PROVIDER_NPI npi;
  WskDeregister(&g_ArpRegG);
  WskCaptureProviderNPI(&g_ArpRegG, WSK_NO_WAIT, &npi); // capnoreg-warning{{WskCaptureProviderNPI on 'g_ArpRegG', which is not registered [wsk.CaptureWithoutRegister]}}
}
