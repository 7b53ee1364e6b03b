/* wskcheck WDK profile: wil/resource.h, the Windows Implementation
 * Library's resource wrappers, in the profile's own small stand-in (see
 * wil/common.h): unique_any, which owns a value and releases it with the
 * close function given as a template argument, and the kernel-mode event
 * and fast mutex wrappers (kernel_event_auto_reset,
 * kernel_event_manual_reset, fast_mutex, fast_mutex_with_critical_region),
 * written from WIL's documented behaviour. make_unique_nothrow, which needs
 * the C++ library's <new>, is not here. Nothing of WIL's own code is here.
 */
#ifndef WSKCHECK_WIL_RESOURCE_H
#define WSKCHECK_WIL_RESOURCE_H

#include <wil/common.h>

#ifdef __cplusplus

namespace wil {

/* Owns a T and calls Close on it when it goes out of scope or is reset.
   The empty value is a value-initialised T (NULL, 0). As in WIL, & gives
   the address of the (first reset) storage, for routines that return the
   value through a pointer. */
template <class T, class CloseFnType, CloseFnType Close> class unique_any {
public:
  unique_any() noexcept : Value() {}
  explicit unique_any(T V) noexcept : Value(V) {}
  unique_any(unique_any &&Other) noexcept : Value(Other.release()) {}
  unique_any &operator=(unique_any &&Other) noexcept {
    reset(Other.release());
    return *this;
  }
  unique_any(const unique_any &) = delete;
  unique_any &operator=(const unique_any &) = delete;
  ~unique_any() { reset(); }

  T get() const noexcept { return Value; }
  T release() noexcept {
    T V = Value;
    Value = T();
    return V;
  }
  void reset(T V = T()) noexcept {
    T Old = Value;
    Value = V;
    if (Old != T())
      Close(Old);
  }
  T *put() noexcept {
    reset();
    return &Value;
  }
  T *addressof() noexcept { return &Value; }
  T *operator&() noexcept { return put(); }
  void swap(unique_any &Other) noexcept {
    T V = Value;
    Value = Other.Value;
    Other.Value = V;
  }
  explicit operator bool() const noexcept { return Value != T(); }

private:
  T Value;
};


} // namespace wil

#endif /* __cplusplus */

#endif /* WSKCHECK_WIL_RESOURCE_H */

/* The kernel-mode wrappers need wdm.h's types: they are declared once a
   file has included it, whether before or after the rest of this header. */
#if defined(__cplusplus) && defined(_WDMDDK_) &&                              \
    !defined(WSKCHECK_WIL_RESOURCE_KERNEL_H)
#define WSKCHECK_WIL_RESOURCE_KERNEL_H

namespace wil {

/* A KEVENT owned by the object: notification (manual reset) or
   synchronization (auto reset), initialised signalled or not. */
template <EVENT_TYPE Type> class kernel_event_t {
public:
  explicit kernel_event_t(bool IsSignaled = false) noexcept {
    KeInitializeEvent(&Event, Type, IsSignaled ? TRUE : FALSE);
  }
  kernel_event_t(const kernel_event_t &) = delete;
  kernel_event_t &operator=(const kernel_event_t &) = delete;

  PRKEVENT get() noexcept { return &Event; }
  /* Returns whether the event was signalled before. */
  bool set(KPRIORITY Increment = IO_NO_INCREMENT) noexcept {
    return KeSetEvent(&Event, Increment, FALSE) != 0;
  }
  /* Returns whether the event was signalled before. */
  bool reset() noexcept { return KeResetEvent(&Event) != 0; }
  void clear() noexcept { KeClearEvent(&Event); }
  bool is_signaled() noexcept { return KeReadStateEvent(&Event) != 0; }
  /* Waits (forever without a timeout); true when the event was signalled,
     false on a timeout. */
  bool wait(PLARGE_INTEGER Timeout = nullptr) noexcept {
    return KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE,
                                 Timeout) == STATUS_SUCCESS;
  }

private:
  KEVENT Event;
};

using kernel_event_auto_reset = kernel_event_t<SynchronizationEvent>;
using kernel_event_manual_reset = kernel_event_t<NotificationEvent>;
using kernel_event = kernel_event_auto_reset;

/* A FAST_MUTEX owned by the object. acquire() returns a guard that holds
   it until the guard goes out of scope; the _with_critical_region form
   enters a critical region and acquires it without raising the IRQL. */
template <bool CriticalRegion> class fast_mutex_t {
public:
  class lock_guard {
  public:
    explicit lock_guard(fast_mutex_t *M) noexcept : Mutex(M) {}
    lock_guard(lock_guard &&Other) noexcept : Mutex(Other.Mutex) {
      Other.Mutex = nullptr;
    }
    lock_guard(const lock_guard &) = delete;
    lock_guard &operator=(const lock_guard &) = delete;
    ~lock_guard() { reset(); }
    void reset() noexcept {
      if (Mutex)
        Mutex->release();
      Mutex = nullptr;
    }
    explicit operator bool() const noexcept { return Mutex != nullptr; }

  private:
    fast_mutex_t *Mutex;
  };

  fast_mutex_t() noexcept { ExInitializeFastMutex(&Mutex); }
  fast_mutex_t(const fast_mutex_t &) = delete;
  fast_mutex_t &operator=(const fast_mutex_t &) = delete;

  lock_guard acquire() noexcept {
    if (CriticalRegion) {
      KeEnterCriticalRegion();
      ExAcquireFastMutexUnsafe(&Mutex);
    } else {
      ExAcquireFastMutex(&Mutex);
    }
    return lock_guard(this);
  }
  /* An empty guard when the mutex is held elsewhere. */
  lock_guard try_acquire() noexcept {
    if (CriticalRegion) {
      /* The unsafe form has no try: take it only when free. */
      KeEnterCriticalRegion();
      if (!ExTryToAcquireFastMutex(&Mutex)) {
        KeLeaveCriticalRegion();
        return lock_guard(nullptr);
      }
      return lock_guard(this);
    }
    return lock_guard(ExTryToAcquireFastMutex(&Mutex) ? this : nullptr);
  }
  PFAST_MUTEX get() noexcept { return &Mutex; }

private:
  void release() noexcept {
    if (CriticalRegion) {
      ExReleaseFastMutexUnsafe(&Mutex);
      KeLeaveCriticalRegion();
    } else {
      ExReleaseFastMutex(&Mutex);
    }
  }
  FAST_MUTEX Mutex;
};

using fast_mutex = fast_mutex_t<false>;
using fast_mutex_with_critical_region = fast_mutex_t<true>;

} // namespace wil

#endif /* WSKCHECK_WIL_RESOURCE_KERNEL_H */
