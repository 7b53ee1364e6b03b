/* A small socket library over WSK, in the shape of the popular kernel
 * socket wrappers: one global registration and provider NPI, set up by
 * KsockStartup and torn down by KsockCleanup, and a socket object that
 * remembers its provider dispatch table. */
#pragma once
#include <ntddk.h>
#include <wsk.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _KSOCK KSOCK, *PKSOCK;

NTSTATUS NTAPI KsockStartup(VOID);
VOID NTAPI KsockCleanup(VOID);

NTSTATUS NTAPI KsockOpen(_Out_ PKSOCK *Sock, _In_ ADDRESS_FAMILY Family,
                         _In_ USHORT Type, _In_ ULONG Protocol,
                         _In_ ULONG Flags);
NTSTATUS NTAPI KsockClose(_In_ PKSOCK Sock);
NTSTATUS NTAPI KsockSend(_In_ PKSOCK Sock, _In_ PVOID Data,
                         _Inout_ PULONG Length);
NTSTATUS NTAPI KsockResolve(_In_ PUNICODE_STRING Node,
                            _In_ PUNICODE_STRING Service,
                            _Out_ PADDRINFOEXW *Result);

#ifdef __cplusplus
}
#endif
