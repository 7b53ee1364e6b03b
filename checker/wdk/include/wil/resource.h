/* wskcheck WDK profile: wil/resource.h, the Windows Implementation
 * Library's resource wrappers, in the profile's own small stand-in (see
 * wil/common.h): unique_any, which owns a value and releases it with the
 * close function given as a template argument, written from WIL's
 * documented behaviour. make_unique_nothrow, which needs the C++ library's
 * <new>, is not here. Nothing of WIL's own code is here.
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
