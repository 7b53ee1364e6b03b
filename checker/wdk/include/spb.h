/* wskcheck WDK profile: spb.h, the simple peripheral bus (I2C, SPI) I/O
 * requests a peripheral driver sends to an SPB controller, and the transfer
 * lists that describe them, written from the SPB documentation. A whole
 * header mingw-w64 does not have.
 *
 * The documentation names the IOCTL_SPB_* controls (defined with CTL_CODE)
 * without their codes. Only the peripheral driver and the SPB framework
 * extension exchange them, so any distinct codes serve: these are numbered
 * in documented order on FILE_DEVICE_CONTROLLER, in a function range no
 * sample's own controls use. The enumeration members count up from zero,
 * in documented order.
 */
#ifndef _SPB_H_
#define _SPB_H_

#define WSKCHECK_SPB_CTL_CODE(id)                                              \
  CTL_CODE(FILE_DEVICE_CONTROLLER, (id), METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOCTL_SPB_LOCK_CONTROLLER WSKCHECK_SPB_CTL_CODE(0xE80)
#define IOCTL_SPB_UNLOCK_CONTROLLER WSKCHECK_SPB_CTL_CODE(0xE81)
#define IOCTL_SPB_EXECUTE_SEQUENCE WSKCHECK_SPB_CTL_CODE(0xE82)
#define IOCTL_SPB_LOCK_CONNECTION WSKCHECK_SPB_CTL_CODE(0xE83)
#define IOCTL_SPB_UNLOCK_CONNECTION WSKCHECK_SPB_CTL_CODE(0xE84)
#define IOCTL_SPB_FULL_DUPLEX WSKCHECK_SPB_CTL_CODE(0xE85)
#define IOCTL_SPB_MULTI_SPI_TRANSFER WSKCHECK_SPB_CTL_CODE(0xE86)

typedef enum _SPB_TRANSFER_DIRECTION {
  SpbTransferDirectionNone,
  SpbTransferDirectionFromDevice,
  SpbTransferDirectionToDevice,
  SpbTransferDirectionMax
} SPB_TRANSFER_DIRECTION;

typedef enum _SPB_TRANSFER_BUFFER_FORMAT {
  SpbTransferBufferFormatInvalid,
  SpbTransferBufferFormatSimple,
  SpbTransferBufferFormatList,
  SpbTransferBufferFormatSimpleNonPaged,
  SpbTransferBufferFormatMdl,
  SpbTransferBufferFormatMax
} SPB_TRANSFER_BUFFER_FORMAT;

typedef struct _SPB_TRANSFER_BUFFER_LIST_ENTRY {
  PVOID Buffer;
  ULONG BufferCb;
} SPB_TRANSFER_BUFFER_LIST_ENTRY, *PSPB_TRANSFER_BUFFER_LIST_ENTRY;

typedef struct _SPB_TRANSFER_BUFFER {
  SPB_TRANSFER_BUFFER_FORMAT Format;
  union {
    SPB_TRANSFER_BUFFER_LIST_ENTRY Simple;
    struct {
      PSPB_TRANSFER_BUFFER_LIST_ENTRY List;
      ULONG ListCe;
    } BufferList;
    PMDL Mdl;
  };
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;

typedef struct _SPB_TRANSFER_LIST_ENTRY {
  SPB_TRANSFER_DIRECTION Direction;
  ULONG DelayInUs;
  SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;

/* Variable length: TransferCount entries, the first in Transfers. */
typedef struct _SPB_TRANSFER_LIST {
  ULONG Size;
  ULONG Reserved;
  ULONG TransferCount;
  SPB_TRANSFER_LIST_ENTRY Transfers[ANYSIZE_ARRAY];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;

/* A transfer list with room for _count_ entries, as a local variable:
   the list, then the entries after its first. */
#define SPB_TRANSFER_LIST_AND_ENTRIES(_count_)                                 \
  struct {                                                                     \
    SPB_TRANSFER_LIST List;                                                    \
    SPB_TRANSFER_LIST_ENTRY ExtraTransfers[(_count_)-1];                       \
  }

FORCEINLINE VOID SPB_TRANSFER_LIST_INIT(PSPB_TRANSFER_LIST TransferList,
                                        ULONG TransferCount) {
  ULONG size = sizeof(SPB_TRANSFER_LIST);
  RtlZeroMemory(TransferList, size);
  TransferList->Size = size;
  TransferList->TransferCount = TransferCount;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(
    SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs, PVOID Buffer,
    ULONG BufferCb) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatSimple;
  entry.Buffer.Simple.Buffer = Buffer;
  entry.Buffer.Simple.BufferCb = BufferCb;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(
    SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs, PVOID Buffer,
    ULONG BufferCb) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatSimpleNonPaged;
  entry.Buffer.Simple.Buffer = Buffer;
  entry.Buffer.Simple.BufferCb = BufferCb;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_BUFFER_LIST(
    SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs,
    PSPB_TRANSFER_BUFFER_LIST_ENTRY BufferList, ULONG BufferListCe) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatList;
  entry.Buffer.BufferList.List = BufferList;
  entry.Buffer.BufferList.ListCe = BufferListCe;
  return entry;
}

FORCEINLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_MDL(
    SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs, PMDL Mdl) {
  SPB_TRANSFER_LIST_ENTRY entry;
  RtlZeroMemory(&entry, sizeof(entry));
  entry.Direction = Direction;
  entry.DelayInUs = DelayInUs;
  entry.Buffer.Format = SpbTransferBufferFormatMdl;
  entry.Buffer.Mdl = Mdl;
  return entry;
}

#endif /* _SPB_H_ */
