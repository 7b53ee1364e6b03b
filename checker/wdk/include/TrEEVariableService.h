/* wskcheck WDK profile: TrEEVariableService.h, the requests of the UEFI
 * variable service a trusted execution environment (TrEE) provides: get,
 * get next name, set and query variable information, with their inputs
 * and outputs, written from the TrEE documentation. A whole header
 * mingw-w64 does not have.
 *
 * As in the WDK, the driver defines CHAR16 first. The documentation names
 * the members without their types: the types here are those of the UEFI
 * specification's variable services (EFI_STATUS and UINTN as ULONG_PTR).
 */
#ifndef _TREEVARIABLESERVICE_H_
#define _TREEVARIABLESERVICE_H_

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _EFI_GET_VARIABLE_IN {
  GUID VendorGuid;
  CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_VARIABLE_IN, *PEFI_GET_VARIABLE_IN;

typedef struct _EFI_GET_VARIABLE_OUT {
  ULONG_PTR EfiStatus;
  UINT32 Attributes;
  ULONG_PTR DataSize;
  UCHAR Data[ANYSIZE_ARRAY];
} EFI_GET_VARIABLE_OUT, *PEFI_GET_VARIABLE_OUT;

typedef struct _EFI_GET_NEXT_VARIABLE_NAME_IN {
  GUID VendorGuid;
  CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_NEXT_VARIABLE_NAME_IN, *PEFI_GET_NEXT_VARIABLE_NAME_IN;

typedef struct _EFI_GET_NEXT_VARIABLE_NAME_OUT {
  ULONG_PTR EfiStatus;
  GUID VendorGuid;
  ULONG_PTR NameLength;
  CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_NEXT_VARIABLE_NAME_OUT, *PEFI_GET_NEXT_VARIABLE_NAME_OUT;

typedef struct _EFI_SET_VARIABLE_IN {
  ULONG VariableNameOffset;
  GUID VendorGuid;
  UINT32 Attributes;
  ULONG_PTR DataSize;
  ULONG DataOffset;
  UCHAR Buffer[ANYSIZE_ARRAY];
} EFI_SET_VARIABLE_IN, *PEFI_SET_VARIABLE_IN;

typedef struct _EFI_SET_VARIABLE_OUT {
  ULONG_PTR EfiStatus;
} EFI_SET_VARIABLE_OUT, *PEFI_SET_VARIABLE_OUT;

typedef struct _EFI_QUERY_VARIABLE_INFO_IN {
  UINT32 Attributes;
} EFI_QUERY_VARIABLE_INFO_IN, *PEFI_QUERY_VARIABLE_INFO_IN;

typedef struct _EFI_QUERY_VARIABLE_INFO_OUT {
  ULONG_PTR EfiStatus;
  UINT64 MaximumVariableStorageSize;
  UINT64 RemainingVariableStorageSize;
  UINT64 MaximumVariableSize;
} EFI_QUERY_VARIABLE_INFO_OUT, *PEFI_QUERY_VARIABLE_INFO_OUT;

/* The name and the data of a set request, at their offsets. */
#define EFI_SET_VARIABLE_GET_VARIABLE_NAME(_SetVariable)                       \
  ((CHAR16 *)((PUCHAR)(_SetVariable) + (_SetVariable)->VariableNameOffset))
#define EFI_SET_VARIABLE_GET_DATA(_SetVariable)                                \
  ((PVOID)((PUCHAR)(_SetVariable) + (_SetVariable)->DataOffset))

#ifdef __cplusplus
}
#endif

#endif /* _TREEVARIABLESERVICE_H_ */
