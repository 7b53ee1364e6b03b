// wsk.DispatchAfterRelease in a C++ driver: the provider NPI is a class
// member and the dispatch table is reached through accessors.
//
// RUN: %clang_analyze_wsk -verify %s

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_ResolverClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

class Resolver {
public:
  Resolver() : m_Registered(false), m_Captured(false) {}
  ~Resolver() { Detach(); }

  NTSTATUS Attach() {
    WSK_CLIENT_NPI clientNpi = {this, &g_ResolverClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (!NT_SUCCESS(status))
      return status;
    m_Registered = true;
    status = WskCaptureProviderNPI(&m_Registration, WSK_INFINITE_WAIT, &m_Provider);
    if (NT_SUCCESS(status))
      m_Captured = true;
    return status;
  }

  void ReleaseProvider() {
    if (m_Captured) {
      WskReleaseProviderNPI(&m_Registration);
      m_Captured = false;
    }
  }

  void Detach() {
    ReleaseProvider();
    if (m_Registered) {
      WskDeregister(&m_Registration);
      m_Registered = false;
    }
  }

  const WSK_PROVIDER_DISPATCH *Dispatch() const { return m_Provider.Dispatch; }
  PWSK_CLIENT Client() const { return m_Provider.Client; }

private:
  WSK_REGISTRATION m_Registration;
  WSK_PROVIDER_NPI m_Provider;
  bool m_Registered;
  bool m_Captured;
};

// The provider is released to save resources, then used once more.
NTSTATUS ResolveAfterReleaseBad(PUNICODE_STRING Host, PIRP Irp)
{
  Resolver resolver;
  PADDRINFOEXW result = nullptr;
  NTSTATUS status = resolver.Attach();
  if (!NT_SUCCESS(status))
    return status;
  resolver.ReleaseProvider();
  return resolver.Dispatch()->WskGetAddressInfo(resolver.Client(), Host, nullptr, NS_ALL, nullptr, nullptr, &result, nullptr, nullptr, Irp); // expected-warning{{'WskGetAddressInfo' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease]}}
}

// Look-alike: used while the capture is held; the destructor releases and
// deregisters afterwards.
NTSTATUS ResolveOk(PUNICODE_STRING Host, PIRP Irp)
{
  Resolver resolver;
  PADDRINFOEXW result = nullptr;
  NTSTATUS status = resolver.Attach();
  if (!NT_SUCCESS(status))
    return status;
  status = resolver.Dispatch()->WskGetAddressInfo(resolver.Client(), Host, nullptr, NS_ALL, nullptr, nullptr, &result, nullptr, nullptr, Irp); // no-warning
  if (NT_SUCCESS(status))
    resolver.Dispatch()->WskFreeAddressInfo(resolver.Client(), result); // no-warning
  return status;
}
