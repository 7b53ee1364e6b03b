/* A camera driver's extended controls and frame metadata: the flash mode
   control on the filter, the photo mode control on the photo pin and a
   photo confirmation metadata item. In C and in C++. */
#include <ntddk.h>

#include <windef.h>

#include <ks.h>
#include <ksmedia.h>

#include <acpitabl.h>

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

/* The focus control: its capabilities, the mode a client sets, and the
   focus state the driver reports. */
ULONGLONG FocusCapability(void) {
  return KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_AUTO |
         KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_MANUAL |
         KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_LOCK |
         KSCAMERA_EXTENDEDPROP_FOCUS_CONTINUOUS |
         KSCAMERA_EXTENDEDPROP_FOCUS_RANGE_FULLRANGE |
         KSCAMERA_EXTENDEDPROP_FOCUS_DISTANCE_INFINITY |
         KSCAMERA_EXTENDEDPROP_FOCUS_REGIONBASED;
}

NTSTATUS SetFocusMode(PKSCAMERA_EXTENDEDPROP_HEADER Header,
                      KSCAMERA_EXTENDEDPROP_FOCUSSTATE *State) {
  ULONGLONG Mode = Header->Flags & KSCAMERA_EXTENDEDPROP_FOCUS_MODE_MASK;
  if (Header->Flags & ~(KSCAMERA_EXTENDEDPROP_FOCUS_MODE_MASK |
                        KSCAMERA_EXTENDEDPROP_FOCUS_MODE_ADVANCED_MASK |
                        KSCAMERA_EXTENDEDPROP_FOCUS_RANGE_MASK |
                        KSCAMERA_EXTENDEDPROP_FOCUS_DISTANCE_MASK))
    return STATUS_INVALID_PARAMETER;
  switch (Mode) {
  case KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_AUTO:
  case KSCAMERA_EXTENDEDPROP_FOCUS_CONTINUOUS:
    *State = KSCAMERA_EXTENDEDPROP_FOCUSSTATE_SEARCHING;
    return STATUS_PENDING;
  case KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_MANUAL:
    *State = KSCAMERA_EXTENDEDPROP_FOCUSSTATE_FOCUSED;
    return STATUS_SUCCESS;
  default:
    *State = KSCAMERA_EXTENDEDPROP_FOCUSSTATE_FAILED;
    return STATUS_INVALID_PARAMETER;
  }
}

/* ISO, exposure compensation, scene mode and white balance presets. */
void IsoAndEv(PKSCAMERA_EXTENDEDPROP_HEADER Iso,
              PKSCAMERA_EXTENDEDPROP_EVCOMPENSATION Ev,
              PKSCAMERA_EXTENDEDPROP_VIDEOPROCSETTING WhiteBalance) {
  Iso->Capability =
      KSCAMERA_EXTENDEDPROP_ISO_AUTO | KSCAMERA_EXTENDEDPROP_ISO_100 |
      KSCAMERA_EXTENDEDPROP_ISO_25600 | KSCAMERA_EXTENDEDPROP_ISO_MANUAL;
  Ev->Mode = (ULONG)(KSCAMERA_EXTENDEDPROP_EVCOMP_THIRDSTEP |
                     KSCAMERA_EXTENDEDPROP_EVCOMP_FULLSTEP);
  Ev->Min = -6;
  Ev->Max = 6;
  Ev->Value = 0;
  WhiteBalance->Mode = KSCAMERA_EXTENDEDPROP_WHITEBALANCE_PRESET;
  WhiteBalance->VideoProc.Value.ul = KSCAMERA_EXTENDEDPROP_WBPRESET_DAYLIGHT;
}

/* The regions of interest this camera supports, one exposure region set
   by a client, and the optimization hints it takes. */
ULONG RoiCaps(PKSCAMERA_EXTENDEDPROP_ROI_CONFIGCAPSHEADER Caps) {
  PKSCAMERA_EXTENDEDPROP_ROI_CONFIGCAPS Cap =
      (PKSCAMERA_EXTENDEDPROP_ROI_CONFIGCAPS)(Caps + 1);
  Caps->ConfigCapCount = 1;
  Caps->Size = sizeof(*Caps) + sizeof(*Cap);
  Cap->ControlId = KSPROPERTY_CAMERACONTROL_EXTENDED_EXPOSUREMODE;
  Cap->MaxNumberOfROIs = 4;
  Cap->Capability = KSCAMERA_EXTENDEDPROP_VIDEOPROCFLAG_AUTO |
                    KSCAMERA_EXTENDEDPROP_OPTIMIZATION_PHOTO |
                    KSCAMERA_EXTENDEDPROP_OPTIMIZATION_LATENCY;
  return Caps->Size;
}

LONG RoiWeight(PKSCAMERA_EXTENDEDPROP_ROI_ISPCONTROLHEADER Controls) {
  PKSCAMERA_EXTENDEDPROP_ROI_ISPCONTROL Control =
      (PKSCAMERA_EXTENDEDPROP_ROI_ISPCONTROL)(Controls + 1);
  PKSCAMERA_EXTENDEDPROP_ROI_EXPOSURE Exposure =
      (PKSCAMERA_EXTENDEDPROP_ROI_EXPOSURE)(Control + 1);
  if (Controls->ControlCount != 1 || Control->ROICount != 1 ||
      Control->ControlId != KSPROPERTY_CAMERACONTROL_EXTENDED_EXPOSUREMODE)
    return 0;
  if (Exposure->ROIInfo.RegionOfInterestType ==
      KSCAMERA_EXTENDEDPROP_ROITYPE_FACE)
    return Exposure->ROIInfo.Weight +
           (Exposure->ROIInfo.Region.right - Exposure->ROIInfo.Region.left);
  return Exposure->ROIInfo.Weight;
}

/* A per-frame settings list: one frame with a manual exposure time. */
NTSTATUS PerFrameSettings(PKSCAMERA_PERFRAMESETTING_HEADER Settings, ULONG Cb) {
  PKSCAMERA_PERFRAMESETTING_FRAME_HEADER Frame =
      (PKSCAMERA_PERFRAMESETTING_FRAME_HEADER)(Settings + 1);
  PKSCAMERA_PERFRAMESETTING_ITEM_HEADER Item =
      (PKSCAMERA_PERFRAMESETTING_ITEM_HEADER)(Frame + 1);
  if (Cb < sizeof(*Settings) + sizeof(*Frame) + sizeof(*Item) ||
      Settings->FrameCount != 1 || Frame->ItemCount != 1)
    return STATUS_INVALID_PARAMETER;
  if (Item->Type == KSCAMERA_PERFRAMESETTING_ITEM_EXPOSURE_TIME &&
      (Item->Flags & KSCAMERA_PERFRAMESETTING_MANUAL))
    return STATUS_SUCCESS;
  return (Item->Flags & KSCAMERA_PERFRAMESETTING_AUTO) ? STATUS_SUCCESS
                                                       : STATUS_NOT_SUPPORTED;
}

ULONG PerFrameCaps(PKSCAMERA_PERFRAMESETTING_CAP_HEADER Caps) {
  PKSCAMERA_PERFRAMESETTING_CAP_ITEM_HEADER Item =
      (PKSCAMERA_PERFRAMESETTING_CAP_ITEM_HEADER)(Caps + 1);
  Caps->ItemCount = 1;
  Item->Type = KSCAMERA_PERFRAMESETTING_ITEM_ISO;
  Item->Flags = KSCAMERA_PERFRAMESETTING_AUTO | KSCAMERA_PERFRAMESETTING_MANUAL;
  Item->Size = sizeof(*Item);
  Caps->Size = sizeof(*Caps) + Item->Size;
  return Caps->Size;
}

/* The property sets a camera filter answers, and the photo pin's name. */
static const GUID *const PropertySets[] = {
    &KSPROPERTYSETID_PerFrameSettingControl,
    &PROPSETID_VIDCAP_CAMERACONTROL_FLASH,
    &PROPSETID_VIDCAP_CAMERACONTROL_IMAGE_PIN_CAPABILITY,
    &PROPSETID_VIDCAP_CAMERACONTROL_REGION_OF_INTEREST,
    &PROPSETID_VIDCAP_CAMERACONTROL_VIDEO_STABILIZATION,
    &EVENTSETID_VIDCAP_CAMERACONTROL_REGION_OF_INTEREST};
static GUID ImagePinName = {STATIC_PINNAME_IMAGE};
static GUID LegacyProfile = {STATIC_KSCAMERAPROFILE_Legacy};

/* A data range for the photo pin (the subtype is the driver's). */
static KS_DATARANGE_IMAGE ImageRange = {{sizeof(KS_DATARANGE_IMAGE),
                                         0,
                                         0,
                                         0,
                                         {STATIC_KSDATAFORMAT_TYPE_IMAGE},
                                         {STATIC_KSDATAFORMAT_SUBTYPE_NONE},
                                         {STATIC_KSDATAFORMAT_SPECIFIER_IMAGE}},
                                        {{0}},
                                        {sizeof(KS_BITMAPINFOHEADER)}};

ULONG ImageFormatWidth(const KSDATAFORMAT *Format) {
  if (Format->FormatSize < sizeof(KS_DATAFORMAT_IMAGEINFO) ||
      !RtlEqualMemory(&Format->Specifier, &ImageRange.DataRange.Specifier,
                      sizeof(GUID)))
    return 0;
  return (ULONG)((const KS_DATAFORMAT_IMAGEINFO *)Format)
      ->ImageInfoHeader.biWidth;
}

/* The Windows 8 flash, stabilization, region of interest and image pin
   properties. */
NTSTATUS Windows8Controls(ULONG Id, PVOID Data) {
  switch (Id) {
  case KSPROPERTY_CAMERACONTROL_FLASH_PROPERTY_ID: {
    PKSPROPERTY_CAMERACONTROL_FLASH_S Flash =
        (PKSPROPERTY_CAMERACONTROL_FLASH_S)Data;
    Flash->Flash = KSPROPERTY_CAMERACONTROL_FLASH_AUTO;
    Flash->Capabilities = KSPROPERTY_CAMERACONTROL_FLASH_FLAGS_AUTO |
                          KSPROPERTY_CAMERACONTROL_FLASH_FLAGS_MANUAL;
    return STATUS_SUCCESS;
  }
  default:
    break;
  }
  {
    PKSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_S Roi =
        (PKSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_S)Data;
    PKSPROPERTY_CAMERACONTROL_VIDEOSTABILIZATION_MODE_S Stabilization =
        (PKSPROPERTY_CAMERACONTROL_VIDEOSTABILIZATION_MODE_S)Data;
    PKSPROPERTY_CAMERACONTROL_IMAGE_PIN_CAPABILITY_S ImagePin =
        (PKSPROPERTY_CAMERACONTROL_IMAGE_PIN_CAPABILITY_S)Data;
    if (Id == KSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_PROPERTY_ID + 1) {
      Roi->AutoFocusLock = FALSE;
      Roi->Capabilities =
          KSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_CONFIG_FOCUS |
          KSPROPERTY_CAMERACONTROL_REGION_OF_INTEREST_FLAGS_ASYNC;
    } else if (Id == 2) {
      Stabilization->VideoStabilizationMode =
          KSPROPERTY_CAMERACONTROL_VIDEOSTABILIZATION_MODE_AUTO;
    } else {
      ImagePin->Capabilities =
          KSPROPERTY_CAMERACONTROL_IMAGE_PIN_CAPABILITY_EXCLUSIVE_WITH_RECORD;
    }
  }
  return STATUS_SUCCESS;
}

/* A captured frame's metadata: the buffer after the stream header's frame
   information, capture statistics and an illumination item in it, and
   the photo sequence trigger. */
ULONG EmitFrameMetadata(PKSSTREAM_HEADER StreamHeader, ULONG IsoSpeed) {
  PKS_FRAME_INFO FrameInfo = (PKS_FRAME_INFO)(StreamHeader + 1);
  PKSSTREAM_METADATA_INFO Metadata = (PKSSTREAM_METADATA_INFO)(FrameInfo + 1);
  PKSCAMERA_METADATA_CAPTURESTATS Stats;
  PKSCAMERA_METADATA_FRAMEILLUMINATION Illumination;
  if (!(StreamHeader->OptionsFlags & KSSTREAM_HEADER_OPTIONSF_METADATA) ||
      Metadata->BufferSize - Metadata->UsedSize <
          sizeof(*Stats) + sizeof(*Illumination))
    return 0;
  FrameInfo->lSurfacePitch = 640 * 4;
  Stats = (PKSCAMERA_METADATA_CAPTURESTATS)((PUCHAR)Metadata->SystemVa +
                                            Metadata->UsedSize);
  Stats->Header.MetadataId = MetadataId_CaptureStats;
  Stats->Header.Size = sizeof(*Stats);
  Stats->Flags = KSCAMERA_METADATA_CAPTURESTATS_FLAG_ISOSPEED |
                 KSCAMERA_METADATA_CAPTURESTATS_FLAG_FOCUSSTATE;
  Stats->IsoSpeed = IsoSpeed;
  Stats->FocusState = KSCAMERA_EXTENDEDPROP_FOCUSSTATE_FOCUSED;
  Illumination = (PKSCAMERA_METADATA_FRAMEILLUMINATION)(Stats + 1);
  Illumination->Header.MetadataId = MetadataId_FrameIllumination;
  Illumination->Header.Size = sizeof(*Illumination);
  Illumination->Flags = KSCAMERA_METADATA_FRAMEILLUMINATION_FLAG_ON;
  Metadata->UsedSize += Stats->Header.Size + Illumination->Header.Size;
  if (Metadata->Flags & KSCAMERA_EXTENDEDPROP_METADATA_SYSTEMMEMORY)
    StreamHeader->OptionsFlags |= KSSTREAM_HEADER_OPTIONSF_ENDOFPHOTOSEQUENCE;
  return Metadata->UsedSize;
}

BOOLEAN StartsPhotoSequence(ULONG Mode) {
  return (Mode & KS_VideoControlFlag_StartPhotoSequenceCapture) != 0 &&
         (Mode & KS_VideoControlFlag_StopPhotoSequenceCapture) == 0;
}

/* A UVC camera's frame timestamps, as a metadata item. */
typedef struct {
  KSCAMERA_METADATA_ITEMHEADER Header;
  KSSTREAM_UVC_METADATA Data;
} UVC_TIMESTAMPS;

ULONG UvcCounter(const UVC_TIMESTAMPS *Item) {
  return Item->Header.MetadataId == MetadataId_UsbVideoHeader
             ? Item->Data.StartOfFrameTimestamp.Counter +
                   Item->Data.EndOfFrameTimestamp.PresentationTimeStamp
             : 0;
}

/* The metadata buffer a pin asks for, and where the camera sits. */
void MetadataInfo(PKSCAMERA_EXTENDEDPROP_METADATAINFO Info) {
  Info->BufferAlignment = KSCAMERA_EXTENDEDPROP_MetadataAlignment_32;
  Info->MaxMetadataBufferSize = 4096;
}

AcpiPldRotation SensorRotation(AcpiPldPanel Panel) {
  return Panel == AcpiPldPanelBack ? AcpiPldRotation90 : AcpiPldRotation0;
}

/* A device's camera profiles, published through the profile pointer. */
ULONG ProfileCount(PKSDEVICE_PROFILE_INFO Profiles, ULONG Count) {
  ULONG Pins = 0;
  ULONG I;
  for (I = 0; I < Count; ++I)
    if (Profiles[I].Type == KSDEVICE_PROFILE_TYPE_CAMERA &&
        RtlEqualMemory(&Profiles[I].Camera.Info.ProfileId, &LegacyProfile,
                       sizeof(GUID)))
      Pins += Profiles[I].Camera.Info.PinCount;
  return Pins + (ImagePinName.Data1 != 0) +
         (ULONG)(sizeof(PropertySets) / sizeof(PropertySets[0]));
}
