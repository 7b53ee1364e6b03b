/* wskcheck WDK profile: wdfchildlist.h, one of the Kernel-Mode Driver Framework's
 * per-object headers. The WDK's wdf.h includes all of them, and a driver
 * may include one directly; here wdf.h holds their declarations. */
#include <wdf.h>

/* --- Child lists: iterating over the children, static children of an FDO --- */
#ifndef WSKCHECK_WDF_CHILDLIST_ITERATION
#define WSKCHECK_WDF_CHILDLIST_ITERATION
#ifdef __cplusplus
extern "C" {
#endif

typedef enum _WDF_RETRIEVE_CHILDREN_FLAGS {
  WdfRetrieveUnspecified = 0x0000,
  WdfRetrievePresentChildren = 0x0001,
  WdfRetrieveMissingChildren = 0x0002,
  WdfRetrievePendingChildren = 0x0004,
  WdfRetrieveAddedChildren =
      (WdfRetrievePresentChildren | WdfRetrievePendingChildren),
  WdfRetrieveAllChildren = (WdfRetrievePresentChildren |
                            WdfRetrievePendingChildren |
                            WdfRetrieveMissingChildren)
} WDF_RETRIEVE_CHILDREN_FLAGS;

typedef enum _WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS {
  WdfChildListRetrieveDeviceUndefined = 0,
  WdfChildListRetrieveDeviceSuccess,
  WdfChildListRetrieveDeviceNotYetCreated,
  WdfChildListRetrieveDeviceNoSuchDevice
} WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS,
    *PWDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS;

typedef struct _WDF_CHILD_LIST_ITERATOR {
  ULONG Size;
  ULONG Flags;
  PVOID Reserved[4];
} WDF_CHILD_LIST_ITERATOR, *PWDF_CHILD_LIST_ITERATOR;

FORCEINLINE VOID WDF_CHILD_LIST_ITERATOR_INIT(PWDF_CHILD_LIST_ITERATOR Iterator,
                                              ULONG Flags) {
  RtlZeroMemory(Iterator, sizeof(WDF_CHILD_LIST_ITERATOR));
  Iterator->Size = sizeof(WDF_CHILD_LIST_ITERATOR);
  Iterator->Flags = Flags;
}

typedef struct _WDF_CHILD_RETRIEVE_INFO {
  ULONG Size;
  PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription;
  PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription;
  WDF_CHILD_LIST_RETRIEVE_DEVICE_STATUS Status;
  PFN_WDF_CHILD_LIST_IDENTIFICATION_DESCRIPTION_COMPARE
      EvtChildListIdentificationDescriptionCompare;
} WDF_CHILD_RETRIEVE_INFO, *PWDF_CHILD_RETRIEVE_INFO;

FORCEINLINE VOID WDF_CHILD_RETRIEVE_INFO_INIT(
    PWDF_CHILD_RETRIEVE_INFO Info,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription) {
  RtlZeroMemory(Info, sizeof(WDF_CHILD_RETRIEVE_INFO));
  Info->Size = sizeof(WDF_CHILD_RETRIEVE_INFO);
  Info->IdentificationDescription = IdentificationDescription;
}

VOID WdfChildListBeginIteration(WDFCHILDLIST ChildList,
                                PWDF_CHILD_LIST_ITERATOR Iterator);
NTSTATUS WdfChildListRetrieveNextDevice(WDFCHILDLIST ChildList,
                                        PWDF_CHILD_LIST_ITERATOR Iterator,
                                        WDFDEVICE *Device,
                                        PWDF_CHILD_RETRIEVE_INFO Info);
VOID WdfChildListEndIteration(WDFCHILDLIST ChildList,
                              PWDF_CHILD_LIST_ITERATOR Iterator);
WDFDEVICE WdfChildListRetrievePdo(WDFCHILDLIST ChildList,
                                  PWDF_CHILD_RETRIEVE_INFO RetrieveInfo);
NTSTATUS WdfChildListRetrieveAddressDescription(
    WDFCHILDLIST ChildList,
    PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription,
    PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

/* The static children an FDO added with WdfFdoAddStaticChild. */
VOID WdfFdoLockStaticChildListForIteration(WDFDEVICE Fdo);
WDFDEVICE WdfFdoRetrieveNextStaticChild(WDFDEVICE Fdo, WDFDEVICE PreviousChild,
                                        ULONG Flags);
VOID WdfFdoUnlockStaticChildListFromIteration(WDFDEVICE Fdo);

#ifdef __cplusplus
}
#endif
#endif /* WSKCHECK_WDF_CHILDLIST_ITERATION */
/* --- end Child lists --- */
