/* A smart card reader driver on the smart card driver library: it fills
   in the vendor attributes and reader capabilities, installs its reader
   callbacks, answers a card power request from the ATR, transmits with the
   library's T=0 and T=1 helpers, and hands the remaining I/O controls to
   the library. */
#include <ntddk.h>

#include <smclib.h>

typedef struct _READER_EXTENSION {
  PUCHAR IoBase;
  ULONG Retries;
} READER_EXTENSION;

static ULONG DataRates[] = {9600, 19200, 38400};

static NTSTATUS CardPower(PSMARTCARD_EXTENSION Extension) {
  static const UCHAR Atr[] = {0x3B, 0x02, 0x14, 0x50};
  SmartcardDebug(DEBUG_TRACE,
                 ("reader: power %lu\n", Extension->MinorIoControlCode));
  switch (Extension->MinorIoControlCode) {
  case SCARD_COLD_RESET:
  case SCARD_WARM_RESET:
    if (sizeof(Atr) > MAXIMUM_ATR_LENGTH)
      return STATUS_UNRECOGNIZED_MEDIA;
    RtlCopyMemory(Extension->CardCapabilities.ATR.Buffer, Atr, sizeof(Atr));
    Extension->CardCapabilities.ATR.Length = (UCHAR)sizeof(Atr);
    Extension->ReaderCapabilities.CurrentState = SCARD_NEGOTIABLE;
    return SmartcardUpdateCardCapabilities(Extension);
  case SCARD_POWER_DOWN:
    Extension->ReaderCapabilities.CurrentState = SCARD_SWALLOWED;
    return STATUS_SUCCESS;
  default:
    return STATUS_INVALID_DEVICE_REQUEST;
  }
}

static NTSTATUS Transmit(PSMARTCARD_EXTENSION Extension) {
  NTSTATUS Status;
  if (Extension->CardCapabilities.Protocol.Selected == SCARD_PROTOCOL_T0) {
    Status = SmartcardT0Request(Extension);
    if (NT_SUCCESS(Status))
      Status = SmartcardT0Reply(Extension);
    return Status;
  }
  Extension->T1.NAD = 0;
  Status = SmartcardT1Request(Extension);
  if (NT_SUCCESS(Status) && Extension->SmartcardRequest.BufferLength > 0)
    Status = SmartcardT1Reply(Extension);
  return Status;
}

static NTSTATUS CardTracking(PSMARTCARD_EXTENSION Extension) {
  KIRQL Irql;
  KeAcquireSpinLock(&Extension->OsData->SpinLock, &Irql);
  if (Extension->OsData->NotificationIrp != NULL) {
    KeReleaseSpinLock(&Extension->OsData->SpinLock, Irql);
    return STATUS_DEVICE_BUSY;
  }
  Extension->OsData->NotificationIrp = Extension->OsData->CurrentIrp;
  KeReleaseSpinLock(&Extension->OsData->SpinLock, Irql);
  return STATUS_PENDING;
}

NTSTATUS ReaderInitialize(PSMARTCARD_EXTENSION Extension,
                          READER_EXTENSION *Reader) {
  static const char Vendor[] = "Sample";
  NTSTATUS Status;

  Extension->Version = SMCLIB_VERSION;
  Extension->SmartcardRequest.BufferSize = MIN_BUFFER_SIZE;
  Extension->SmartcardReply.BufferSize = MIN_BUFFER_SIZE;
  Status = SmartcardInitialize(Extension);
  if (!NT_SUCCESS(Status))
    return Status;

  Extension->ReaderExtension = Reader;
  Extension->ReaderFunction[RDF_CARD_POWER] = CardPower;
  Extension->ReaderFunction[RDF_TRANSMIT] = Transmit;
  Extension->ReaderFunction[RDF_CARD_TRACKING] = CardTracking;

  RtlCopyMemory(Extension->VendorAttr.VendorName.Buffer, Vendor,
                sizeof(Vendor) - 1);
  Extension->VendorAttr.VendorName.Length = sizeof(Vendor) - 1;
  Extension->VendorAttr.IfdVersion.VersionMajor = 1;
  Extension->VendorAttr.UnitNo = 0;

  Extension->ReaderCapabilities.SupportedProtocols =
      SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1;
  Extension->ReaderCapabilities.ReaderType = SCARD_READER_TYPE_PCMCIA;
  Extension->ReaderCapabilities.MechProperties = 0;
  Extension->ReaderCapabilities.CLKFrequency.Default = 4000;
  Extension->ReaderCapabilities.DataRate.Default = DataRates[0];
  Extension->ReaderCapabilities.DataRatesSupported.List = DataRates;
  Extension->ReaderCapabilities.DataRatesSupported.Entries =
      (UCHAR)(sizeof(DataRates) / sizeof(DataRates[0]));
  Extension->ReaderCapabilities.MaxIFSD = 254;
  Extension->ReaderCapabilities.CurrentState = SCARD_ABSENT;
  return STATUS_SUCCESS;
}

NTSTATUS ReaderDeviceControl(PSMARTCARD_EXTENSION Extension, PIRP Irp) {
  if (Extension->ReaderExtension->Retries > 3) {
    SmartcardLogError(Extension->OsData->DeviceObject, STATUS_IO_DEVICE_ERROR,
                      NULL, 0);
    return STATUS_IO_DEVICE_ERROR;
  }
  return SmartcardDeviceControl(Extension, Irp);
}

VOID ReaderExit(PSMARTCARD_EXTENSION Extension) { SmartcardExit(Extension); }

NTSTATUS ReaderRegisterInterface(PDEVICE_OBJECT Pdo, PUNICODE_STRING Link) {
  return IoRegisterDeviceInterface(Pdo, &SmartCardReaderGuid, NULL, Link);
}
