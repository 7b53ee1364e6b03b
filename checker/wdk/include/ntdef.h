/* wskcheck WDK profile: mingw-w64's ntdef.h, then the basic definitions the
 * WDK's ntdef.h has and mingw-w64's lacks or defines differently, written
 * from their documentation. Every kernel header (wdm.h, ntddk.h, ntifs.h,
 * ws2def.h) starts with ntdef.h, so these are there whichever a driver
 * includes first.
 */
#ifndef WSKCHECK_WDK_NTDEF_H
#define WSKCHECK_WDK_NTDEF_H

#include_next <ntdef.h>

/* The WDK's forms: an expression, so the parameter may be const (mingw-w64
   assigns it to itself). */
#undef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) (P)
#undef UNREFERENCED_LOCAL_VARIABLE
#define UNREFERENCED_LOCAL_VARIABLE(V) (V)
#ifndef DBG_UNREFERENCED_PARAMETER
#define DBG_UNREFERENCED_PARAMETER(P) (P)
#endif
#ifndef DBG_UNREFERENCED_LOCAL_VARIABLE
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) (V)
#endif

/* A member's offset as a ULONG (FIELD_OFFSET gives a LONG). */
#ifndef UFIELD_OFFSET
#define UFIELD_OFFSET(Type, Field) ((ULONG)FIELD_OFFSET(Type, Field))
#endif

/* Declaration specifiers of the kernel's COM-style interfaces. */
#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE __declspec(novtable)
#endif
#ifndef DECLSPEC_UUID
#define DECLSPEC_UUID(x) __declspec(uuid(x))
#endif
#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW __declspec(nothrow)
#endif
#ifndef DECLSPEC_NOINITALL
#define DECLSPEC_NOINITALL
#endif
#ifndef DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARDNOCF
#endif
#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __declspec(restrict)
#endif

/* The calling convention kernel-streaming headers name (x64 has one). */
#ifndef CDECL
#define CDECL
#endif

#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif

/* Bitwise operators for an enumeration used as a set of flags (C++). */
#ifndef DEFINE_ENUM_FLAG_OPERATORS
#ifdef __cplusplus
extern "C++" {
template <size_t S> struct _ENUM_FLAG_INTEGER_FOR_SIZE;
template <> struct _ENUM_FLAG_INTEGER_FOR_SIZE<1> { typedef signed char type; };
template <> struct _ENUM_FLAG_INTEGER_FOR_SIZE<2> { typedef short type; };
template <> struct _ENUM_FLAG_INTEGER_FOR_SIZE<4> { typedef int type; };
template <> struct _ENUM_FLAG_INTEGER_FOR_SIZE<8> { typedef __int64 type; };
template <class T> struct _ENUM_FLAG_SIZED_INTEGER {
  typedef typename _ENUM_FLAG_INTEGER_FOR_SIZE<sizeof(T)>::type type;
};
}
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)                                   \
  extern "C++" {                                                               \
  inline constexpr ENUMTYPE operator|(ENUMTYPE a, ENUMTYPE b) throw() {        \
    return ENUMTYPE(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)a) |            \
                    ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));            \
  }                                                                            \
  inline ENUMTYPE &operator|=(ENUMTYPE &a, ENUMTYPE b) throw() {               \
    return (ENUMTYPE &)(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type &)a) |=     \
                        ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));        \
  }                                                                            \
  inline constexpr ENUMTYPE operator&(ENUMTYPE a, ENUMTYPE b) throw() {        \
    return ENUMTYPE(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)a) &            \
                    ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));            \
  }                                                                            \
  inline ENUMTYPE &operator&=(ENUMTYPE &a, ENUMTYPE b) throw() {               \
    return (ENUMTYPE &)(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type &)a) &=     \
                        ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));        \
  }                                                                            \
  inline constexpr ENUMTYPE operator~(ENUMTYPE a) throw() {                    \
    return ENUMTYPE(~((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)a));           \
  }                                                                            \
  inline constexpr ENUMTYPE operator^(ENUMTYPE a, ENUMTYPE b) throw() {        \
    return ENUMTYPE(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)a) ^            \
                    ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));            \
  }                                                                            \
  inline ENUMTYPE &operator^=(ENUMTYPE &a, ENUMTYPE b) throw() {               \
    return (ENUMTYPE &)(((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type &)a) ^=     \
                        ((_ENUM_FLAG_SIZED_INTEGER<ENUMTYPE>::type)b));        \
  }                                                                            \
  }
#else
#define DEFINE_ENUM_FLAG_OPERATORS(ENUMTYPE)
#endif
#endif


/* The low and high 32 bits of a 64-bit value. */
#ifndef LODWORD
#define LODWORD(l) ((ULONG)(((ULONG64)(l)) & 0xffffffff))
#define HIDWORD(l) ((ULONG)((((ULONG64)(l)) >> 32) & 0xffffffff))
#endif

/* Locale identifiers a kernel routine takes (IoGetDevicePropertyData's
   Lcid): the language-neutral one and the invariant locale. */
#ifndef LOCALE_NEUTRAL
#define LOCALE_NEUTRAL 0x0000
#endif
#ifndef LOCALE_INVARIANT
#define LOCALE_INVARIANT 0x007f
#endif

#endif /* WSKCHECK_WDK_NTDEF_H */
