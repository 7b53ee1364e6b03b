/* wskcheck WDK profile: forced first into every file (-include).
 *
 * The macros the WDK's build defines for an x64 kernel-mode driver. Each is
 * defined only if the command line has not, so a driver's own -D (say a
 * different NTDDI_VERSION) wins without a redefinition.
 */
#ifndef WSKCHECK_WDK_PRELUDE_H
#define WSKCHECK_WDK_PRELUDE_H

#define WSKCHECK_WDK_PROFILE 1

#ifndef _WIN64
#define _WIN64 1
#endif
#ifndef _AMD64_
#define _AMD64_ 1
#endif
#ifndef AMD64
#define AMD64 1
#endif
#ifndef _KERNEL_MODE
#define _KERNEL_MODE 1
#endif
#ifndef WINNT
#define WINNT 1
#endif
/* Windows 10 and later, as the current WDK targets by default. */
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#ifndef WINVER
#define WINVER 0x0A00
#endif
#ifndef NTDDI_VERSION
#define NTDDI_VERSION 0x0A00000C
#endif
/* Set by the WDK for every target since Windows 8: non-executable pool by
   default, and ExInitializeDriverRuntime available. */
#ifndef POOL_NX_OPTIN
#define POOL_NX_OPTIN 1
#endif
#ifndef DEPRECATE_DDK_FUNCTIONS
#define DEPRECATE_DDK_FUNCTIONS 1
#endif

/* Microsoft C++ accepts a narrowing conversion in a brace initialiser or a
   case label (an IOCTL code above 0x7FFFFFFF into a LONG) with a warning;
   clang rejects it by default. As the WDK's compiler does, take it. */
#ifdef __cplusplus
#pragma clang diagnostic ignored "-Wc++11-narrowing"
#endif

/* Microsoft C++ (C++17, aligned new on) declares std::align_val_t without
   <new>: kernel-mode C++ declares its aligned operator new with it, and the
   kernel has no C++ library to include. */
#if defined(__cplusplus) && defined(__cpp_aligned_new)
namespace std {
enum class align_val_t : decltype(sizeof(0)) {};
}
#endif

/* Microsoft C++ lets a virtual function's override name another code
   segment than the function it overrides (a base destructor under
   #pragma code_seg(), the derived one __declspec(code_seg("PAGE"))); clang
   rejects that. Which segment code goes to is nothing the analysis reads,
   so the declspec form names none; #pragma code_seg is not affected. */
#ifndef code_seg
#define code_seg(...)
#endif

#endif /* WSKCHECK_WDK_PRELUDE_H */
