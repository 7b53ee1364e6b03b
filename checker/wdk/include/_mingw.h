/* wskcheck WDK profile: mingw-w64's _mingw.h, with the Microsoft keyword it
 * redefines for GCC given back.
 *
 * With __GNUC__ defined (see WdkProfile.cpp), _mingw.h turns __forceinline
 * into "extern __inline__ __attribute__((gnu_inline))", which rejects the
 * "static __forceinline" drivers write. clang knows __forceinline as a
 * keyword in Microsoft mode; undefining the macro restores it.
 */
#include_next <_mingw.h>
#undef __forceinline
