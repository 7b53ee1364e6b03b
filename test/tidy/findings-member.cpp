// A C++ driver through clang-tidy: the registration and the provider NPI are
// class members, the destructor cleans up, and the dispatch table is used
// after the capture was released.
//
// REQUIRES: clang-tidy
// RUN: %clang_tidy --load=%wsk_tidy_module --checks='-*,wsk-lifecycle' %s \
// RUN:   -- -I %wsk_include | FileCheck %s --implicit-check-not=warning:

#include <ntddk.h>
#include <wsk.h>

static const WSK_CLIENT_DISPATCH g_NsClientDispatch = {
    MAKE_WSK_VERSION(1, 0), 0, nullptr};

class NameService {
public:
  ~NameService() {
    if (m_Registered)
      WskDeregister(&m_Registration);
  }

  NTSTATUS Start() {
    WSK_CLIENT_NPI clientNpi = {this, &g_NsClientDispatch};
    NTSTATUS status = WskRegister(&clientNpi, &m_Registration);
    if (!NT_SUCCESS(status))
      return status;
    m_Registered = true;
    return WskCaptureProviderNPI(&m_Registration, WSK_INFINITE_WAIT,
                                 &m_Provider);
  }

  void Release() { WskReleaseProviderNPI(&m_Registration); }

  NTSTATUS Resolve(PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp) {
    return m_Provider.Dispatch->WskGetAddressInfo(
        m_Provider.Client, Host, nullptr, NS_ALL, nullptr, nullptr, Result,
        nullptr, nullptr, Irp);
  }

private:
  WSK_REGISTRATION m_Registration;
  WSK_PROVIDER_NPI m_Provider;
  bool m_Registered = false;
};

NTSTATUS LookUpOnce(PUNICODE_STRING Host, PADDRINFOEXW *Result, PIRP Irp)
{
  NameService service;
  NTSTATUS status = service.Start();
  if (!NT_SUCCESS(status))
    return status;
  service.Release();
  return service.Resolve(Host, Result, Irp);
}

// CHECK: findings-member.cpp:35:12: warning: 'WskGetAddressInfo' called through a provider dispatch table whose capture was released [wsk.DispatchAfterRelease] [wsk-lifecycle]
// CHECK: findings-member.cpp:49:21: note: Calling 'NameService::Start'
// CHECK: findings-member.cpp:24:23: note: WSK client registered here
// CHECK: findings-member.cpp:28:12: note: Provider NPI captured here
// CHECK: findings-member.cpp:49:21: note: Returning from 'NameService::Start'
// CHECK: findings-member.cpp:52:3: note: Calling 'NameService::Release'
// CHECK: findings-member.cpp:32:20: note: Provider NPI released here
// CHECK: findings-member.cpp:52:3: note: Returning from 'NameService::Release'
// CHECK: findings-member.cpp:53:10: note: Calling 'NameService::Resolve'
// CHECK: findings-member.cpp:35:12: note: 'WskGetAddressInfo' called through a provider dispatch table whose capture was released{{$}}
