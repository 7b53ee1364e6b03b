/* wskcheck WDK profile: netioddk.h, the Network Module Registrar (NMR)
 * interface that WSK and other network programming interfaces build on,
 * written from its documentation.
 */
#ifndef _NETIODDK_
#define _NETIODDK_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NETIOAPI_API_ NTAPI

/* A network programming interface (NPI) is named by a GUID. */
typedef GUID NPIID;
/* A pointer to a constant identifier, as the WDK has it: drivers point it
   at their const NPI_MODULE_ID and NPIID globals. */
typedef const NPIID *PNPIID;
typedef const NPIID *PCNPIID;

typedef enum _NPI_MODULEID_TYPE {
  MIT_GUID = 1,
  MIT_IF_LUID
} NPI_MODULEID_TYPE;

typedef struct _NPI_MODULEID {
  USHORT Length;
  NPI_MODULEID_TYPE Type;
  union {
    GUID Guid;
    LUID IfLuid;
  };
} NPI_MODULEID, *PNPI_MODULEID;
typedef const NPI_MODULEID *PCNPI_MODULEID;

typedef struct _NPI_REGISTRATION_INSTANCE {
  USHORT Version;
  USHORT Size;
  PNPIID NpiId;
  PNPI_MODULEID ModuleId;
  ULONG Number;
  const VOID *NpiSpecificCharacteristics;
} NPI_REGISTRATION_INSTANCE, *PNPI_REGISTRATION_INSTANCE;
typedef const NPI_REGISTRATION_INSTANCE *PCNPI_REGISTRATION_INSTANCE;

/* Client module callbacks. */
typedef NTSTATUS NTAPI NPI_CLIENT_ATTACH_PROVIDER_FN(
    HANDLE NmrBindingHandle, PVOID ClientContext,
    PNPI_REGISTRATION_INSTANCE ProviderRegistrationInstance);
typedef NPI_CLIENT_ATTACH_PROVIDER_FN *PNPI_CLIENT_ATTACH_PROVIDER_FN;
typedef NTSTATUS NTAPI NPI_CLIENT_DETACH_PROVIDER_FN(PVOID ClientBindingContext);
typedef NPI_CLIENT_DETACH_PROVIDER_FN *PNPI_CLIENT_DETACH_PROVIDER_FN;
typedef VOID NTAPI
NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN(PVOID ClientBindingContext);
typedef NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN
    *PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN;

typedef struct _NPI_CLIENT_CHARACTERISTICS {
  USHORT Version;
  USHORT Length;
  PNPI_CLIENT_ATTACH_PROVIDER_FN ClientAttachProvider;
  PNPI_CLIENT_DETACH_PROVIDER_FN ClientDetachProvider;
  PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN ClientCleanupBindingContext;
  NPI_REGISTRATION_INSTANCE ClientRegistrationInstance;
} NPI_CLIENT_CHARACTERISTICS, *PNPI_CLIENT_CHARACTERISTICS;
typedef const NPI_CLIENT_CHARACTERISTICS *PCNPI_CLIENT_CHARACTERISTICS;

/* Provider module callbacks. */
typedef NTSTATUS NTAPI NPI_PROVIDER_ATTACH_CLIENT_FN(
    HANDLE NmrBindingHandle, PVOID ProviderContext,
    PNPI_REGISTRATION_INSTANCE ClientRegistrationInstance,
    PVOID ClientBindingContext, const VOID *ClientDispatch,
    PVOID *ProviderBindingContext, const VOID **ProviderDispatch);
typedef NPI_PROVIDER_ATTACH_CLIENT_FN *PNPI_PROVIDER_ATTACH_CLIENT_FN;
typedef NTSTATUS NTAPI
NPI_PROVIDER_DETACH_CLIENT_FN(PVOID ProviderBindingContext);
typedef NPI_PROVIDER_DETACH_CLIENT_FN *PNPI_PROVIDER_DETACH_CLIENT_FN;
typedef VOID NTAPI
NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN(PVOID ProviderBindingContext);
typedef NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN
    *PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN;

typedef struct _NPI_PROVIDER_CHARACTERISTICS {
  USHORT Version;
  USHORT Length;
  PNPI_PROVIDER_ATTACH_CLIENT_FN ProviderAttachClient;
  PNPI_PROVIDER_DETACH_CLIENT_FN ProviderDetachClient;
  PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN ProviderCleanupBindingContext;
  NPI_REGISTRATION_INSTANCE ProviderRegistrationInstance;
} NPI_PROVIDER_CHARACTERISTICS, *PNPI_PROVIDER_CHARACTERISTICS;
typedef const NPI_PROVIDER_CHARACTERISTICS *PCNPI_PROVIDER_CHARACTERISTICS;

/* Registrar routines. */
NTSTATUS NTAPI NmrRegisterClient(PNPI_CLIENT_CHARACTERISTICS ClientCharacteristics,
                                 PVOID ClientContext, PHANDLE NmrClientHandle);
NTSTATUS NTAPI NmrDeregisterClient(HANDLE NmrClientHandle);
NTSTATUS NTAPI NmrWaitForClientDeregisterComplete(HANDLE NmrClientHandle);
NTSTATUS NTAPI NmrClientAttachProvider(HANDLE NmrBindingHandle,
                                       PVOID ClientBindingContext,
                                       const VOID *ClientDispatch,
                                       PVOID *ProviderBindingContext,
                                       const VOID **ProviderDispatch);
VOID NTAPI NmrClientDetachProviderComplete(HANDLE NmrBindingHandle);
NTSTATUS NTAPI NmrRegisterProvider(
    PNPI_PROVIDER_CHARACTERISTICS ProviderCharacteristics,
    PVOID ProviderContext, PHANDLE NmrProviderHandle);
NTSTATUS NTAPI NmrDeregisterProvider(HANDLE NmrProviderHandle);
NTSTATUS NTAPI NmrWaitForProviderDeregisterComplete(HANDLE NmrProviderHandle);
VOID NTAPI NmrProviderDetachClientComplete(HANDLE NmrBindingHandle);

#ifdef __cplusplus
}
#endif

#endif /* _NETIODDK_ */
