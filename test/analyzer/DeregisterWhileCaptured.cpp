// wsk.DeregisterWhileCaptured in a C++ driver: the capture and the
// registration are members; one destructor forgets to release before
// deregistering, its look-alike releases first.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_UplinkClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

// Correct: release, then deregister.
class Uplink {
public:
  Uplink() : m_Registered(false), m_Captured(false) {}
  ~Uplink() {
    if (m_Captured)
      WskReleaseProviderNPI(&m_Registration);
    if (m_Registered)
      WskDeregister(&m_Registration); // no-warning
  }
  NTSTATUS Open() {
    WSK_CLIENT_NPI clientNpi = {this, &g_UplinkClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (!NT_SUCCESS(status))
      return status;
    m_Registered = true;
    status = WskCaptureProviderNPI(&m_Registration, WSK_NO_WAIT, &m_Provider);
    if (NT_SUCCESS(status))
      m_Captured = true;
    return status;
  }

private:
  WSK_REGISTRATION m_Registration;
  WSK_PROVIDER_NPI m_Provider;
  bool m_Registered;
  bool m_Captured;
};

// Buggy: the destructor never releases the capture Open() took.
class LeakyUplink {
public:
  LeakyUplink() : m_Registered(false) {}
  ~LeakyUplink() {
    if (m_Registered)
      WskDeregister(&m_Registration); // expected-warning{{WskDeregister on 'link.m_Registration' while the provider NPI is still captured; it will wait forever [wsk.DeregisterWhileCaptured]}}
  }
  NTSTATUS Open() {
    WSK_CLIENT_NPI clientNpi = {this, &g_UplinkClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (!NT_SUCCESS(status))
      return status;
    m_Registered = true;
    return WskCaptureProviderNPI(&m_Registration, WSK_NO_WAIT, &m_Provider);
  }

private:
  WSK_REGISTRATION m_Registration;
  WSK_PROVIDER_NPI m_Provider;
  bool m_Registered;
};

NTSTATUS UplinkProbeBad()
{
  LeakyUplink link;
  NTSTATUS status = link.Open();
  DbgPrint("uplink: open %x\n", status);
  return status; // reported in ~LeakyUplink() above, run at this scope exit
}

NTSTATUS UplinkProbeOk()
{
  Uplink link;
  NTSTATUS status = link.Open();
  DbgPrint("uplink: open %x\n", status);
  return status; // no-warning
}
