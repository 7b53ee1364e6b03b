// wsk.DoubleRegister in a C++ driver: a member registration started twice.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_DiscoClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

class DiscoveryAgent {
public:
  DiscoveryAgent() : m_Started(false) {}

  // Unguarded: only the bug below uses it.
  NTSTATUS StartUnchecked() {
    WSK_CLIENT_NPI clientNpi = {this, &g_DiscoClientDispatch};
    return WskRegister(&clientNpi, &m_Registration); // expected-warning{{WskRegister on 'g_Discovery.m_Registration', which is already registered [wsk.DoubleRegister]}}
  }

  // Guarded by the member flag.
  NTSTATUS EnsureStarted() {
    if (m_Started)
      return STATUS_SUCCESS;
    WSK_CLIENT_NPI clientNpi = {this, &g_DiscoClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration); // no-warning
    if (NT_SUCCESS(status))
      m_Started = true;
    return status;
  }

  void Stop() {
    if (m_Started) {
      WskDeregister(&m_Registration);
      m_Started = false;
    }
  }

private:
  WSK_REGISTRATION m_Registration;
  bool m_Started;
};

static DiscoveryAgent g_Discovery;
static DiscoveryAgent g_DiscoveryV6;

// A rescan re-runs the start path without stopping first.
NTSTATUS DiscoveryRescanBad()
{
  NTSTATUS status = g_Discovery.StartUnchecked();
  if (!NT_SUCCESS(status))
    return status;
  DbgPrint("disco: rescanning\n");
  return g_Discovery.StartUnchecked(); // reported inside StartUnchecked() above
}

// Look-alike: the guarded start, twice, with kernel calls in between.
NTSTATUS DiscoveryRescanOk()
{
  NTSTATUS status = g_DiscoveryV6.EnsureStarted();
  DbgPrint("disco: first start %x\n", status);
  KeStallExecutionProcessor(10);
  return g_DiscoveryV6.EnsureStarted(); // no-warning
}
