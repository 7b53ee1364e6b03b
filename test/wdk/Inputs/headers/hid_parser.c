/* A HID driver's use of the HID parser: the capabilities of a collection's
   preparsed data, a feature report's usages set, and the collection
   descriptions of a report descriptor (hidpddi.h). In C and in C++. */
#include <ntddk.h>
#include <hidpddi.h>
#include <hidclass.h>

NTSTATUS SetFeature(PHIDP_PREPARSED_DATA Preparsed, PCHAR Report,
                    ULONG Length) {
  HIDP_CAPS Caps;
  USAGE Usage = 1;
  ULONG Count = 1;
  NTSTATUS Status;
  RtlZeroMemory(&Caps, sizeof(Caps));
  Status = HidP_GetCaps(Preparsed, &Caps);
  if (!NT_SUCCESS(Status))
    return Status;
  if (Caps.FeatureReportByteLength > Length)
    return STATUS_BUFFER_TOO_SMALL;
  return HidP_SetUsages(HidP_Feature, 0xff00, 0, &Usage, &Count, Preparsed,
                        Report, Length);
}

ULONG Collections(PUCHAR Descriptor, ULONG Length, PHIDP_DEVICE_DESC Desc) {
  ULONG I, Total = 0;
  if (!HidP_GetCollectionDescription(Descriptor, Length, NonPagedPoolNx, Desc))
    return Desc->Dbg.BreakOffset + Desc->Dbg.ErrorCode;
  for (I = 0; I < Desc->CollectionDescLength; ++I)
    Total += Desc->CollectionDesc[I].InputLength +
             Desc->CollectionDesc[I].PreparsedDataLength +
             (Desc->CollectionDesc[I].UsagePage == HID_USAGE_PAGE_GENERIC);
  for (I = 0; I < Desc->ReportIDsLength; ++I)
    Total += Desc->ReportIDs[I].ReportID + Desc->ReportIDs[I].FeatureLength;
  return Total + IOCTL_HID_GET_COLLECTION_INFORMATION;
}
