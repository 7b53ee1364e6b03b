/* wskcheck WDK profile: fwpmk.h, the Windows Filtering Platform management
 * interface as kernel-mode callout drivers use it -- the filter engine
 * session, transactions, providers, sublayers, callouts and filters they
 * add at load and delete at unload, the Base Filtering Engine state
 * notifications, and the GUIDs of the built-in layers, sublayers and
 * filtering conditions -- written from the WFP documentation.
 *
 * The structures (FWPM_FILTER0, FWPM_CALLOUT0, ...) are mingw-w64's
 * fwpmtypes.h, which the profile's fwptypes.h and iketypes.h make usable in
 * a kernel-mode file. The routines are the user-mode fwpmu.h ones with the
 * kernel's NTSTATUS result.
 */
#ifndef WSKCHECK_WDK_FWPMK_H
#define WSKCHECK_WDK_FWPMK_H

#include <ntddk.h>
#include <fwpmtypes.h>
#include <wskcheck_wdk_fwpmguid.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Filter weights: the automatic weight range and the built-in ranges. */
#ifndef FWPM_AUTO_WEIGHT_BITS
#define FWPM_AUTO_WEIGHT_BITS (60)
#define FWPM_AUTO_WEIGHT_MAX (MAXUINT64 >> 4)
#define FWPM_WEIGHT_RANGE_IPSEC (0x0)
#define FWPM_WEIGHT_RANGE_IKE_EXEMPTIONS (0xc)
#define FWPM_WEIGHT_RANGE_MAX (MAXUINT64 >> 60)
#endif

/* Object flags that mingw-w64's fwpmtypes.h leaves out. */
#ifndef FWPM_SESSION_FLAG_DYNAMIC
#define FWPM_SESSION_FLAG_DYNAMIC (0x00000001)
#define FWPM_SESSION_FLAG_RESERVED (0x10000000)
#endif
#ifndef FWPM_PROVIDER_FLAG_PERSISTENT
#define FWPM_PROVIDER_FLAG_PERSISTENT (0x00000001)
#define FWPM_PROVIDER_FLAG_DISABLED (0x00000010)
#endif
#ifndef FWPM_PROVIDER_CONTEXT_FLAG_PERSISTENT
#define FWPM_PROVIDER_CONTEXT_FLAG_PERSISTENT (0x00000001)
#define FWPM_PROVIDER_CONTEXT_FLAG_DOWNLEVEL (0x00000002)
#endif
#ifndef FWPM_SUBLAYER_FLAG_PERSISTENT
#define FWPM_SUBLAYER_FLAG_PERSISTENT (0x00000001)
#endif
#ifndef FWPM_CALLOUT_FLAG_PERSISTENT
#define FWPM_CALLOUT_FLAG_PERSISTENT (0x00010000)
#define FWPM_CALLOUT_FLAG_USES_PROVIDER_CONTEXT (0x00020000)
#define FWPM_CALLOUT_FLAG_REGISTERED (0x00040000)
#endif
#ifndef FWPM_FILTER_FLAG_NONE
#define FWPM_FILTER_FLAG_NONE (0x00000000)
#define FWPM_FILTER_FLAG_PERSISTENT (0x00000001)
#define FWPM_FILTER_FLAG_BOOTTIME (0x00000002)
#define FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT (0x00000004)
#define FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT (0x00000008)
#define FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED (0x00000010)
#define FWPM_FILTER_FLAG_DISABLED (0x00000020)
#define FWPM_FILTER_FLAG_INDEXED (0x00000040)
#endif

/* The documented name of the DoS-protection provider context type, which
   mingw-w64's FWPM_PROVIDER_CONTEXT_TYPE spells FWPM_DOSP_CONTEXT. */
#ifndef FWPM_IPSEC_DOSP_CONTEXT
#define FWPM_IPSEC_DOSP_CONTEXT FWPM_DOSP_CONTEXT
#endif

/* The Base Filtering Engine's state, for FwpmBfeStateGet0 and the state
   change callback. */
typedef enum FWPM_SERVICE_STATE_ {
  FWPM_SERVICE_STOPPED,
  FWPM_SERVICE_START_PENDING,
  FWPM_SERVICE_STOP_PENDING,
  FWPM_SERVICE_RUNNING,
  FWPM_SERVICE_STATE_MAX
} FWPM_SERVICE_STATE;

typedef void(NTAPI *FWPM_SERVICE_STATE_CHANGE_CALLBACK0)(
    void *context, FWPM_SERVICE_STATE newState);

/* The credentials FwpmEngineOpen0 takes (NULL in a kernel-mode caller);
   declared as rpcdce.h and sspi.h declare it. */
#ifndef _AUTH_IDENTITY_DEFINED
#define _AUTH_IDENTITY_DEFINED
#define SEC_WINNT_AUTH_IDENTITY_ANSI 0x1
#define SEC_WINNT_AUTH_IDENTITY_UNICODE 0x2
typedef struct _SEC_WINNT_AUTH_IDENTITY_W {
  unsigned short *User;
  unsigned long UserLength;
  unsigned short *Domain;
  unsigned long DomainLength;
  unsigned short *Password;
  unsigned long PasswordLength;
  unsigned long Flags;
} SEC_WINNT_AUTH_IDENTITY_W, *PSEC_WINNT_AUTH_IDENTITY_W;
#endif
#ifndef RPC_C_AUTHN_NONE
#define RPC_C_AUTHN_NONE 0
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL
#endif

/* Sessions and transactions. */
NTSTATUS NTAPI FwpmEngineOpen0(const wchar_t *serverName, UINT32 authnService,
                               SEC_WINNT_AUTH_IDENTITY_W *authIdentity,
                               const FWPM_SESSION0 *session,
                               HANDLE *engineHandle);
NTSTATUS NTAPI FwpmEngineClose0(HANDLE engineHandle);
NTSTATUS NTAPI FwpmTransactionBegin0(HANDLE engineHandle, UINT32 flags);
NTSTATUS NTAPI FwpmTransactionCommit0(HANDLE engineHandle);
NTSTATUS NTAPI FwpmTransactionAbort0(HANDLE engineHandle);
void NTAPI FwpmFreeMemory0(void **p);

/* Providers and provider contexts. */
NTSTATUS NTAPI FwpmProviderAdd0(HANDLE engineHandle,
                                const FWPM_PROVIDER0 *provider,
                                PSECURITY_DESCRIPTOR sd);
NTSTATUS NTAPI FwpmProviderDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmProviderGetByKey0(HANDLE engineHandle, const GUID *key,
                                     FWPM_PROVIDER0 **provider);
NTSTATUS NTAPI FwpmProviderContextAdd0(
    HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT0 *providerContext,
    PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmProviderContextAdd1(
    HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT1 *providerContext,
    PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmProviderContextDeleteById0(HANDLE engineHandle, UINT64 id);
NTSTATUS NTAPI FwpmProviderContextDeleteByKey0(HANDLE engineHandle,
                                               const GUID *key);
NTSTATUS NTAPI FwpmProviderContextGetById0(
    HANDLE engineHandle, UINT64 id, FWPM_PROVIDER_CONTEXT0 **providerContext);
NTSTATUS NTAPI FwpmProviderContextGetByKey0(
    HANDLE engineHandle, const GUID *key,
    FWPM_PROVIDER_CONTEXT0 **providerContext);

/* Sublayers. */
NTSTATUS NTAPI FwpmSubLayerAdd0(HANDLE engineHandle,
                                const FWPM_SUBLAYER0 *subLayer,
                                PSECURITY_DESCRIPTOR sd);
NTSTATUS NTAPI FwpmSubLayerDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmSubLayerGetByKey0(HANDLE engineHandle, const GUID *key,
                                     FWPM_SUBLAYER0 **subLayer);

/* Layers. */
NTSTATUS NTAPI FwpmLayerGetById0(HANDLE engineHandle, UINT16 id,
                                 FWPM_LAYER0 **layer);
NTSTATUS NTAPI FwpmLayerGetByKey0(HANDLE engineHandle, const GUID *key,
                                  FWPM_LAYER0 **layer);

/* Callouts (the management side of what FwpsCalloutRegister registers). */
NTSTATUS NTAPI FwpmCalloutAdd0(HANDLE engineHandle,
                               const FWPM_CALLOUT0 *callout,
                               PSECURITY_DESCRIPTOR sd, UINT32 *id);
NTSTATUS NTAPI FwpmCalloutDeleteById0(HANDLE engineHandle, UINT32 id);
NTSTATUS NTAPI FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmCalloutGetById0(HANDLE engineHandle, UINT32 id,
                                   FWPM_CALLOUT0 **callout);
NTSTATUS NTAPI FwpmCalloutGetByKey0(HANDLE engineHandle, const GUID *key,
                                    FWPM_CALLOUT0 **callout);

/* Filters. */
NTSTATUS NTAPI FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0 *filter,
                              PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id);
NTSTATUS NTAPI FwpmFilterDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmFilterGetById0(HANDLE engineHandle, UINT64 id,
                                  FWPM_FILTER0 **filter);
NTSTATUS NTAPI FwpmFilterGetByKey0(HANDLE engineHandle, const GUID *key,
                                   FWPM_FILTER0 **filter);

/* The Base Filtering Engine's state. */
FWPM_SERVICE_STATE NTAPI FwpmBfeStateGet0(void);
NTSTATUS NTAPI FwpmBfeStateSubscribeChanges0(
    void *deviceObject, FWPM_SERVICE_STATE_CHANGE_CALLBACK0 callback,
    void *context, HANDLE *changeHandle);
NTSTATUS NTAPI FwpmBfeStateUnsubscribeChanges0(HANDLE changeHandle);

/* Version-independent names: each is the newest version mingw-w64's
   fwpmtypes.h or this header declares (the Windows 7 provider context, the
   one FWPS_FILTER1 points to). */
#define FWP_VALUE FWP_VALUE0
#define FWP_CONDITION_VALUE FWP_CONDITION_VALUE0
#define FWP_RANGE FWP_RANGE0
#define FWPM_DISPLAY_DATA FWPM_DISPLAY_DATA0
#define FWPM_SESSION FWPM_SESSION0
#define FWPM_PROVIDER FWPM_PROVIDER0
#define FWPM_PROVIDER_CONTEXT FWPM_PROVIDER_CONTEXT1
#define FWPM_CLASSIFY_OPTION FWPM_CLASSIFY_OPTION0
#define FWPM_CLASSIFY_OPTIONS FWPM_CLASSIFY_OPTIONS0
#define FWPM_SUBLAYER FWPM_SUBLAYER0
#define FWPM_LAYER FWPM_LAYER0
#define FWPM_CALLOUT FWPM_CALLOUT0
#define FWPM_ACTION FWPM_ACTION0
#define FWPM_FILTER_CONDITION FWPM_FILTER_CONDITION0
#define FWPM_FILTER FWPM_FILTER0
#define FWPM_SERVICE_STATE_CHANGE_CALLBACK FWPM_SERVICE_STATE_CHANGE_CALLBACK0
#define IPSEC_KEYING_POLICY IPSEC_KEYING_POLICY0
#define IPSEC_DOSP_OPTIONS IPSEC_DOSP_OPTIONS0
#define FwpmBfeStateGet FwpmBfeStateGet0
#define FwpmBfeStateSubscribeChanges FwpmBfeStateSubscribeChanges0
#define FwpmBfeStateUnsubscribeChanges FwpmBfeStateUnsubscribeChanges0
#define FwpmCalloutAdd FwpmCalloutAdd0
#define FwpmCalloutDeleteById FwpmCalloutDeleteById0
#define FwpmCalloutDeleteByKey FwpmCalloutDeleteByKey0
#define FwpmCalloutGetById FwpmCalloutGetById0
#define FwpmCalloutGetByKey FwpmCalloutGetByKey0
#define FwpmEngineClose FwpmEngineClose0
#define FwpmEngineOpen FwpmEngineOpen0
#define FwpmFilterAdd FwpmFilterAdd0
#define FwpmFilterDeleteById FwpmFilterDeleteById0
#define FwpmFilterDeleteByKey FwpmFilterDeleteByKey0
#define FwpmFilterGetById FwpmFilterGetById0
#define FwpmFilterGetByKey FwpmFilterGetByKey0
#define FwpmFreeMemory FwpmFreeMemory0
#define FwpmLayerGetById FwpmLayerGetById0
#define FwpmLayerGetByKey FwpmLayerGetByKey0
#define FwpmProviderAdd FwpmProviderAdd0
#define FwpmProviderContextAdd FwpmProviderContextAdd1
#define FwpmProviderContextDeleteById FwpmProviderContextDeleteById0
#define FwpmProviderContextDeleteByKey FwpmProviderContextDeleteByKey0
#define FwpmProviderContextGetById FwpmProviderContextGetById0
#define FwpmProviderContextGetByKey FwpmProviderContextGetByKey0
#define FwpmProviderDeleteByKey FwpmProviderDeleteByKey0
#define FwpmProviderGetByKey FwpmProviderGetByKey0
#define FwpmSubLayerAdd FwpmSubLayerAdd0
#define FwpmSubLayerDeleteByKey FwpmSubLayerDeleteByKey0
#define FwpmSubLayerGetByKey FwpmSubLayerGetByKey0
#define FwpmTransactionAbort FwpmTransactionAbort0
#define FwpmTransactionBegin FwpmTransactionBegin0
#define FwpmTransactionCommit FwpmTransactionCommit0

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_FWPMK_H */
