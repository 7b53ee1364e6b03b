/* wskcheck WDK profile: wil/common.h, the base of the Windows
 * Implementation Library (WIL) that kernel-mode C++ drivers include. WIL is
 * a separate library, not part of the WDK; this is the profile's own small
 * stand-in for the part kernel drivers use, written from WIL's documented
 * behaviour: the wistd integral_constant and move helpers. Nothing of
 * WIL's own code is here.
 */
#ifndef WSKCHECK_WIL_COMMON_H
#define WSKCHECK_WIL_COMMON_H

#ifdef __cplusplus

/* WIL's headers bring placement new and std::nothrow with them (its
   resource wrappers construct in place and allocate without throwing), so
   a kernel-mode driver that includes WIL uses them without <new>. */
#include <new>

namespace wistd {

template <class T, T V> struct integral_constant {
  static constexpr T value = V;
  typedef T value_type;
  typedef integral_constant type;
  constexpr operator value_type() const noexcept { return value; }
  constexpr value_type operator()() const noexcept { return value; }
};
typedef integral_constant<bool, true> true_type;
typedef integral_constant<bool, false> false_type;

template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> struct remove_reference<T &&> { typedef T type; };

template <class T>
inline typename remove_reference<T>::type &&move(T &&Value) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(Value);
}

template <class T>
inline T &&forward(typename remove_reference<T>::type &Value) noexcept {
  return static_cast<T &&>(Value);
}

template <class T>
inline T &&forward(typename remove_reference<T>::type &&Value) noexcept {
  return static_cast<T &&>(Value);
}

template <class T> inline void swap_wil(T &A, T &B) noexcept {
  T Tmp(wistd::move(A));
  A = wistd::move(B);
  B = wistd::move(Tmp);
}

} // namespace wistd

#endif /* __cplusplus */

#endif /* WSKCHECK_WIL_COMMON_H */
