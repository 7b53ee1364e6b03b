/* Host build: basic NT types and macros (the ntdef.h part of the WDK).
 *
 * Written from the documented Windows API so that driver source compiles on
 * x86_64 Linux with clang or gcc. Widths follow the Windows LLP64 model:
 * LONG and ULONG are 32 bits, pointers and the *_PTR types are 64 bits.
 *
 * One deliberate difference: WCHAR is the host's wchar_t (32 bits on Linux)
 * so that L"..." literals keep their type; build with -fshort-wchar to get
 * the Windows width. UNICODE_STRING lengths are in bytes either way.
 */
#ifndef WSKSHIM_HOST_NTDEF_H
#define WSKSHIM_HOST_NTDEF_H

/* No C library header is required: these headers also serve the analyzer,
   which may run without system include paths (clang -cc1). They are
   included when present, as drivers expect, and the C string functions are
   declared here when <string.h> is not. */
#if defined(__has_include)
#if __has_include(<stddef.h>)
#include <stddef.h>
#endif
#if __has_include(<stdint.h>)
#include <stdint.h>
#endif
#if __has_include(<string.h>)
#include <string.h>
#define WSKSHIM_HAVE_STRING_H 1
#endif
#endif

#include <driverspecs.h>
#include <sal.h>

#ifdef __cplusplus
#define EXTERN_C extern "C"
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C extern
#define EXTERN_C_START
#define EXTERN_C_END
#endif

/* Calling conventions and linkage: meaningless on the x86_64 host. */
#define NTAPI
#define NTAPI_INLINE
#define NTKERNELAPI
#define NTHALAPI
#define NTSYSAPI
#define NTSYSCALLAPI
#define FASTCALL
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT
#define DECLSPEC_NORETURN __attribute__((__noreturn__))
#define DECLSPEC_NOINLINE __attribute__((__noinline__))
#define DECLSPEC_ALIGN(x) __attribute__((__aligned__(x)))
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#define DECLSPEC_DEPRECATED
#define DECLSPEC_SELECTANY __attribute__((__weak__))
#define POINTER_ALIGNMENT
#define NTSTRSAFEDDI
/* Always inlined, so a non-static inline definition in C never needs an
   external copy. */
#define FORCEINLINE __inline__ __attribute__((__always_inline__))

/* The host headers' own inline helpers. */
#define WSKSHIM_INLINE static __inline__

#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef CONST
#define CONST const
#endif
#ifndef VOID
#define VOID void
#endif
typedef char CHAR;
typedef short SHORT;
typedef int LONG;

#ifndef NULL
#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif
#endif

#ifndef DBG
#define DBG 0
#endif

typedef void *PVOID;
typedef void *PVOID64;
typedef const void *PCVOID;

typedef unsigned char UCHAR, *PUCHAR;
typedef unsigned short USHORT, *PUSHORT;
typedef unsigned int ULONG, *PULONG;
typedef const ULONG *PCULONG;
typedef CHAR *PCHAR, *PCH, *PSTR, *LPSTR;
typedef const CHAR *PCCH, *PCSTR, *LPCSTR;
typedef signed char SCHAR, *PSCHAR;
typedef SHORT *PSHORT;
typedef SHORT CSHORT;
typedef LONG *PLONG;
typedef char CCHAR;
typedef int INT, *PINT;
typedef unsigned int UINT, *PUINT;
typedef int BOOL;
typedef long long LONGLONG, *PLONGLONG;
typedef unsigned long long ULONGLONG, *PULONGLONG;
typedef long long LONG64, *PLONG64, INT64, *PINT64;
typedef unsigned long long ULONG64, *PULONG64, UINT64, *PUINT64, DWORD64,
    *PDWORD64;
typedef int LONG32, *PLONG32, INT32, *PINT32;
typedef unsigned int ULONG32, *PULONG32, UINT32, *PUINT32, DWORD32, *PDWORD32;
typedef unsigned char UINT8, *PUINT8, BYTE, *PBYTE;
typedef signed char INT8, *PINT8;
typedef unsigned short UINT16, *PUINT16, WORD, *PWORD;
typedef short INT16, *PINT16;
typedef unsigned int DWORD, *PDWORD;

typedef __INTPTR_TYPE__ LONG_PTR, *PLONG_PTR, INT_PTR, *PINT_PTR;
typedef __UINTPTR_TYPE__ ULONG_PTR, *PULONG_PTR, UINT_PTR, *PUINT_PTR,
    DWORD_PTR, *PDWORD_PTR;
typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;

#if !defined(WSKSHIM_HAVE_STRING_H) && !defined(__cplusplus)
void *memset(void *Destination, int Value, SIZE_T Length);
void *memcpy(void *Destination, const void *Source, SIZE_T Length);
void *memmove(void *Destination, const void *Source, SIZE_T Length);
int memcmp(const void *Buffer1, const void *Buffer2, SIZE_T Length);
SIZE_T strlen(const char *String);
#endif
typedef ULONG_PTR KAFFINITY;

#ifdef __cplusplus
typedef wchar_t WCHAR;
#else
typedef __WCHAR_TYPE__ WCHAR; /* wchar_t without <stddef.h> */
#endif
typedef WCHAR *PWCHAR, *PWCH, *PWSTR, *LPWSTR;
typedef const WCHAR *PCWCH, *PCWSTR, *LPCWSTR;

typedef UCHAR BOOLEAN, *PBOOLEAN;
#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

typedef void *HANDLE, **PHANDLE;
typedef LONG NTSTATUS, *PNTSTATUS;
typedef ULONG LOGICAL, *PLOGICAL;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef LONG KPRIORITY;
typedef ULONG CLONG;

#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffffU
#define MAXLONGLONG 0x7fffffffffffffffLL
#define MAXULONGLONG 0xffffffffffffffffULL
#define ANYSIZE_ARRAY 1

typedef union _LARGE_INTEGER {
  struct {
    ULONG LowPart;
    LONG HighPart;
  };
  struct {
    ULONG LowPart;
    LONG HighPart;
  } u;
  LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
  struct {
    ULONG LowPart;
    ULONG HighPart;
  };
  struct {
    ULONG LowPart;
    ULONG HighPart;
  } u;
  ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
  ULONG Data1;
  USHORT Data2;
  USHORT Data3;
  UCHAR Data4[8];
} GUID;
#endif
typedef GUID *PGUID, *LPGUID;
typedef const GUID *LPCGUID;

typedef struct _LIST_ENTRY {
  struct _LIST_ENTRY *Flink;
  struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
  struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct _UNICODE_STRING {
  USHORT Length;        /* bytes, without a terminator */
  USHORT MaximumLength; /* bytes */
  PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _STRING {
  USHORT Length;
  USHORT MaximumLength;
  PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCSTRING, *PCANSI_STRING;

/* Initializer for a UNICODE_STRING or STRING from a literal. C++ literals
   are const arrays while Buffer is not const, hence the cast helper. */
#ifdef __cplusplus
extern "C++" {
constexpr WCHAR *WskShimRtlConstCast(const WCHAR *s) {
  return const_cast<WCHAR *>(s);
}
constexpr CHAR *WskShimRtlConstCast(const CHAR *s) {
  return const_cast<CHAR *>(s);
}
}
#define RTL_CONSTANT_STRING(s)                                                 \
  {(USHORT)(sizeof(s) - sizeof((s)[0])), (USHORT)sizeof(s),                    \
   WskShimRtlConstCast(s)}
#else
#define RTL_CONSTANT_STRING(s)                                                 \
  {(USHORT)(sizeof(s) - sizeof((s)[0])), (USHORT)sizeof(s), (s)}
#endif
#define DECLARE_CONST_UNICODE_STRING(name, text)                               \
  const UNICODE_STRING name = RTL_CONSTANT_STRING(text)
#define DECLARE_UNICODE_STRING_SIZE(name, size)                                \
  WCHAR name##_buffer[size];                                                   \
  UNICODE_STRING name = {0, (USHORT)((size) * sizeof(WCHAR)), name##_buffer}

typedef struct _OBJECT_ATTRIBUTES {
  ULONG Length;
  HANDLE RootDirectory;
  PUNICODE_STRING ObjectName;
  ULONG Attributes;
  PVOID SecurityDescriptor;
  PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L

#define InitializeObjectAttributes(p, n, a, r, s)                              \
  do {                                                                         \
    (p)->Length = sizeof(OBJECT_ATTRIBUTES);                                   \
    (p)->RootDirectory = (r);                                                  \
    (p)->Attributes = (a);                                                     \
    (p)->ObjectName = (n);                                                     \
    (p)->SecurityDescriptor = (s);                                             \
    (p)->SecurityQualityOfService = NULL;                                      \
  } while (0)

/* Structure and array helpers. */
#define FIELD_OFFSET(type, field) ((LONG) __builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field)                                  \
  (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define CONTAINING_RECORD(address, type, field)                                \
  ((type *)((char *)(address) - __builtin_offsetof(type, field)))
#define RTL_NUMBER_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ARRAYSIZE(a) RTL_NUMBER_OF(a)
#define ARGUMENT_PRESENT(p) ((CHAR *)((ULONG_PTR)(p)) != (CHAR *)NULL)
#ifdef __cplusplus
#define C_ASSERT(e) static_assert(e, #e)
#else
#define C_ASSERT(e) _Static_assert(e, #e)
#endif

#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

#endif /* WSKSHIM_HOST_NTDEF_H */
