/* A camera driver's extended controls and frame metadata: the flash mode
   control on the filter, the photo mode control on the photo pin and a
   photo confirmation metadata item. In C and in C++. */
#include <ntddk.h>

#include <windef.h>

#include <ks.h>
#include <ksmedia.h>

static KSCAMERA_EXTENDEDPROP_HEADER FlashHeader = {
    1,
    KSCAMERA_EXTENDEDPROP_FILTERSCOPE,
    sizeof(KSCAMERA_EXTENDEDPROP_HEADER) + sizeof(KSCAMERA_EXTENDEDPROP_VALUE),
    0,
    KSCAMERA_EXTENDEDPROP_FLASH_OFF,
    KSCAMERA_EXTENDEDPROP_FLASH_ON | KSCAMERA_EXTENDEDPROP_FLASH_AUTO |
        KSCAMERA_EXTENDEDPROP_FLASH_REDEYEREDUCTION |
        KSCAMERA_EXTENDEDPROP_FLASH_ASSISTANT_AUTO};

NTSTATUS ExtendedProperty(const KSPROPERTY *Property, PVOID Data, ULONG Cb) {
  PKSCAMERA_EXTENDEDPROP_HEADER Header = (PKSCAMERA_EXTENDEDPROP_HEADER)Data;
  if (!RtlEqualMemory(&Property->Set, &KSPROPERTYSETID_ExtendedCameraControl,
                      sizeof(GUID)))
    return STATUS_NOT_SUPPORTED;
  switch (Property->Id) {
  case KSPROPERTY_CAMERACONTROL_EXTENDED_FLASHMODE: {
    PKSCAMERA_EXTENDEDPROP_VALUE Value =
        (PKSCAMERA_EXTENDEDPROP_VALUE)(Header + 1);
    if (Cb < FlashHeader.Size)
      return STATUS_BUFFER_TOO_SMALL;
    *Header = FlashHeader;
    Value->Value.ull = 0;
    return STATUS_SUCCESS;
  }
  case KSPROPERTY_CAMERACONTROL_EXTENDED_PHOTOMODE: {
    PKSCAMERA_EXTENDEDPROP_PHOTOMODE Mode =
        (PKSCAMERA_EXTENDEDPROP_PHOTOMODE)(Header + 1);
    if (Cb < sizeof(*Header) + sizeof(*Mode))
      return STATUS_BUFFER_TOO_SMALL;
    if (Header->Flags & KSCAMERA_EXTENDEDPROP_FLAG_CANCELOPERATION)
      return STATUS_CANCELLED;
    Header->Capability = KSCAMERA_EXTENDEDPROP_CAPS_ASYNCCONTROL |
                         KSCAMERA_EXTENDEDPROP_CAPS_CANCELLABLE;
    Mode->MaxHistoryFrames = 4;
    return STATUS_SUCCESS;
  }
  case KSPROPERTY_CAMERACONTROL_EXTENDED_METADATA:
    Header->Flags = KSCAMERA_EXTENDEDPROP_METADATA_SYSTEMMEMORY |
                    KSCAMERA_EXTENDEDPROP_METADATA_ALIGNMENTREQUIRED;
    return STATUS_SUCCESS;
  default:
    return STATUS_NOT_SUPPORTED;
  }
}

/* The face detection modes this camera supports. */
BOOLEAN FaceDetectionFlagsValid(ULONGLONG Flags) {
  return (Flags & ~(KSCAMERA_EXTENDEDPROP_FACEDETECTION_PREVIEW |
                    KSCAMERA_EXTENDEDPROP_FACEDETECTION_BLINK |
                    KSCAMERA_EXTENDEDPROP_FACEDETECTION_SMILE)) == 0;
}

/* The white balance range this camera reports, and the stabilization and
   HDR modes it offers. */
void VideoProcRange(PKSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING Setting,
                    PULONGLONG Stabilization, PULONGLONG Hdr) {
  Setting->Min = 2500;
  Setting->Max = 7500;
  Setting->Step = 50;
  Setting->VideoProc.Value.ul = 5000;
  *Stabilization =
      KSCAMERA_EXTENDEDPROP_OIS_ON | KSCAMERA_EXTENDEDPROP_OIS_AUTO;
  *Hdr =
      KSCAMERA_EXTENDEDPROP_VIDEOHDR_AUTO | KSCAMERA_EXTENDEDPROP_HISTOGRAM_ON;
}

/* Appends a photo confirmation item and a custom item to a frame's
   metadata buffer. */
ULONG WriteMetadata(PUCHAR Buffer, ULONG Index) {
  PKSCAMERA_METADATA_PHOTOCONFIRMATION Confirmation =
      (PKSCAMERA_METADATA_PHOTOCONFIRMATION)Buffer;
  PKSCAMERA_METADATA_ITEMHEADER Custom =
      (PKSCAMERA_METADATA_ITEMHEADER)(Confirmation + 1);
  Confirmation->Header.MetadataId = MetadataId_PhotoConfirmation;
  Confirmation->Header.Size = sizeof(*Confirmation);
  Confirmation->PhotoConfirmationIndex = Index;
  Custom->MetadataId = MetadataId_Custom_Start + 1;
  Custom->Size = sizeof(*Custom);
  return Confirmation->Header.Size + Custom->Size;
}

static const GUID *const Events = &KSEVENTSETID_ExtendedCameraControl;
