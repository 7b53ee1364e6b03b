// A C++ kernel driver: a class owns the WSK registration, a template wraps
// pool allocations, lambdas run the set-up steps, and the routines are
// placed in pageable sections the way C++ drivers do it.
#include <ntddk.h>
#include <wsk.h>

constexpr ULONG kPoolTag = 'ppxC';

void *__cdecl operator new(size_t Size, POOL_TYPE Pool, ULONG Tag) {
  return ExAllocatePoolWithTag(Pool, Size, Tag);
}
void __cdecl operator delete(void *P, size_t) {
  if (P)
    ExFreePoolWithTag(P, kPoolTag);
}
#if __cplusplus >= 201703L
// Over-aligned objects, with no C++ library to include for align_val_t.
void __cdecl operator delete(void *P, std::align_val_t) {
  if (P)
    ExFreePoolWithTag(P, kPoolTag);
}
#endif

namespace net {

template <typename T> class PoolPtr {
public:
  explicit PoolPtr(T *P = nullptr) : P(P) {}
  ~PoolPtr() { delete P; }
  PoolPtr(PoolPtr &&Other) : P(Other.release()) {}
  PoolPtr(const PoolPtr &) = delete;
  PoolPtr &operator=(const PoolPtr &) = delete;
  T *get() const { return P; }
  T *release() {
    T *R = P;
    P = nullptr;
    return R;
  }
  explicit operator bool() const { return P != nullptr; }

private:
  T *P;
};

template <typename T, typename... Args> PoolPtr<T> makePool(Args... A) {
  return PoolPtr<T>(new (NonPagedPoolNx, kPoolTag) T(A...));
}

class Client {
public:
  NTSTATUS start() {
    WSK_CLIENT_NPI npi{nullptr, &Dispatch};
    NTSTATUS status = WskRegister(&npi, &Registration);
    if (!NT_SUCCESS(status))
      return status;
    Registered = true;
    return STATUS_SUCCESS;
  }
  void stop() {
    if (Registered) {
      WskDeregister(&Registration);
      Registered = false;
    }
  }

private:
  static const WSK_CLIENT_DISPATCH Dispatch;
  WSK_REGISTRATION Registration{};
  bool Registered = false;
};

const WSK_CLIENT_DISPATCH Client::Dispatch = {MAKE_WSK_VERSION(1, 0), 0,
                                              nullptr};

} // namespace net

static_assert(sizeof(WSK_BUF) >= sizeof(PMDL), "WSK_BUF holds an MDL");

static net::Client *g_Client;

extern "C" DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD DriverUnload;

#pragma alloc_text(INIT, DriverEntry)

__declspec(code_seg("PAGE")) static void DriverUnload(PDRIVER_OBJECT Driver) {
  UNREFERENCED_PARAMETER(Driver);
  PAGED_CODE();
  g_Client->stop();
  delete g_Client;
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT Driver,
                                PUNICODE_STRING RegistryPath) {
  UNREFERENCED_PARAMETER(RegistryPath);
  auto client = net::makePool<net::Client>();
  if (!client)
    return STATUS_INSUFFICIENT_RESOURCES;
  auto start = [&]() -> NTSTATUS { return client.get()->start(); };
  NTSTATUS status = start();
  if (!NT_SUCCESS(status))
    return status;
  PDEVICE_OBJECT device;
  status = IoCreateDevice(Driver, 0, nullptr, FILE_DEVICE_NETWORK, 0, FALSE,
                          &device);
  if (!NT_SUCCESS(status))
    return status; // BUG: the client is freed while still registered.
  g_Client = client.release();
  Driver->DriverUnload = DriverUnload;
  return STATUS_SUCCESS;
}
