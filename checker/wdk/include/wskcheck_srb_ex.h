/* wskcheck WDK profile: the extended SCSI request block (srb.h and
 * storport.h of Windows 8 and later): STORAGE_REQUEST_BLOCK, its storage
 * address (STOR_ADDRESS) and its extended data blocks (SRBEX_DATA_*), as
 * the STORAGE_REQUEST_BLOCK, SRBEX_DATA and STOR_ADDRESS reference pages
 * describe them. Values the pages leave out are stand-ins, distinct from
 * each other.
 */
#ifndef WSKCHECK_WDK_SRB_EX_H
#define WSKCHECK_WDK_SRB_EX_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef POINTER_ALIGN
#define POINTER_ALIGN __declspec(align(8))
#endif

/* An extended SRB says so in Function; its own function is SrbFunction. */
#ifndef SRB_FUNCTION_STORAGE_REQUEST_BLOCK
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK 0x28
#endif
#ifndef SRB_FUNCTION_FREE_DUMP_POINTERS
#define SRB_FUNCTION_FREE_DUMP_POINTERS 0x27
#endif
#ifndef SRB_FUNCTION_CRYPTO_OPERATION
#define SRB_FUNCTION_CRYPTO_OPERATION 0x29
#endif
#ifndef SRB_FLAGS_D3_PROCESSING
#define SRB_FLAGS_D3_PROCESSING 0x00000800
#endif
#ifndef SRB_FLAGS_SEQUENTIAL_REQUIRED
#define SRB_FLAGS_SEQUENTIAL_REQUIRED 0x00001000
#endif
#ifndef SRB_HEAD_OF_QUEUE_TAG_REQUEST
#define SRB_HEAD_OF_QUEUE_TAG_REQUEST 0x21
#endif
#ifndef SRB_ORDERED_QUEUE_TAG_REQUEST
#define SRB_ORDERED_QUEUE_TAG_REQUEST 0x22
#endif

/* "SRBX" in memory. */
#define SRB_SIGNATURE 0x53524258
#define STORAGE_REQUEST_BLOCK_VERSION_1 0x1

/* The request's target (STOR_ADDRESS): a bus, target, LUN address. */
#define STOR_ADDRESS_TYPE_UNKNOWN 0x0
#define STOR_ADDRESS_TYPE_BTL8 0x1
#define STOR_ADDRESS_TYPE_MAX 0xffff
#define STOR_ADDR_BTL8_ADDRESS_LENGTH 4

typedef struct _STOR_ADDRESS {
  USHORT Type;
  USHORT Port;
  ULONG AddressLength;
  UCHAR AddressData[ANYSIZE_ARRAY];
} STOR_ADDRESS, *PSTOR_ADDRESS;

typedef struct _STOR_ADDR_BTL8 {
  USHORT Type;
  USHORT Port;
  ULONG AddressLength;
  UCHAR Path;
  UCHAR Target;
  UCHAR Lun;
  UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;

#define STOR_ADDR_BTL8_SIZE sizeof(STOR_ADDR_BTL8)

/* Extended data blocks (SRBEX_DATA and its typed forms). */
typedef enum _SRBEXDATATYPE {
  SrbExDataTypeUnknown = 0,
  SrbExDataTypeBidirectional,
  SrbExDataTypeScsiCdb16 = 0x40,
  SrbExDataTypeScsiCdb32,
  SrbExDataTypeScsiCdbVar,
  SrbExDataTypeNvmeCommand,
  SrbExDataTypeWmi = 0x60,
  SrbExDataTypePower,
  SrbExDataTypePnP,
  SrbExDataTypeIoInfo = 0x80,
  SrbExDataTypeMSReservedStart = 0xf0000000,
  SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE,
    *PSRBEXDATATYPE;

typedef struct _SRBEX_DATA {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

typedef struct _SRBEX_DATA_BIDIRECTIONAL {
  SRBEXDATATYPE Type;
  ULONG Length;
  ULONG DataInTransferLength;
  ULONG Reserved1;
  PVOID POINTER_ALIGN DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

typedef struct _SRBEX_DATA_SCSI_CDB16 {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR ScsiStatus;
  UCHAR SenseInfoBufferLength;
  UCHAR CdbLength;
  UCHAR Reserved;
  ULONG Reserved1;
  PVOID POINTER_ALIGN SenseInfoBuffer;
  UCHAR POINTER_ALIGN Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

typedef struct _SRBEX_DATA_SCSI_CDB32 {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR ScsiStatus;
  UCHAR SenseInfoBufferLength;
  UCHAR CdbLength;
  UCHAR Reserved;
  ULONG Reserved1;
  PVOID POINTER_ALIGN SenseInfoBuffer;
  UCHAR POINTER_ALIGN Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

typedef struct _SRBEX_DATA_SCSI_CDB_VAR {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR ScsiStatus;
  UCHAR SenseInfoBufferLength;
  UCHAR Reserved[2];
  ULONG CdbLength;
  ULONG Reserved1[2];
  PVOID POINTER_ALIGN SenseInfoBuffer;
  UCHAR POINTER_ALIGN Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

typedef struct _SRBEX_DATA_WMI {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR WMISubFunction;
  UCHAR WMIFlags;
  UCHAR Reserved[2];
  ULONG Reserved1;
  PVOID POINTER_ALIGN DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

typedef struct _SRBEX_DATA_POWER {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR SrbPowerFlags;
  UCHAR Reserved[3];
  STOR_DEVICE_POWER_STATE DevicePowerState;
  STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

typedef struct _SRBEX_DATA_PNP {
  SRBEXDATATYPE Type;
  ULONG Length;
  UCHAR PnPSubFunction;
  UCHAR Reserved[3];
  STOR_PNP_ACTION PnPAction;
  ULONG SrbPnPFlags;
  ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

typedef struct _SRBEX_DATA_IO_INFO {
  SRBEXDATATYPE Type;
  ULONG Length;
  ULONG Flags;
  ULONG Key;
  ULONG RWLength;
  BOOLEAN IsWriteRequest;
  UCHAR CachePriority;
  UCHAR Reserved[2];
  ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* Each block's Length counts the bytes after Type and Length. */
#define SRBEX_DATA_BIDIRECTIONAL_LENGTH                                        \
  (sizeof(SRBEX_DATA_BIDIRECTIONAL) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_SCSI_CDB16_LENGTH                                           \
  (sizeof(SRBEX_DATA_SCSI_CDB16) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_SCSI_CDB32_LENGTH                                           \
  (sizeof(SRBEX_DATA_SCSI_CDB32) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN                                     \
  (FIELD_OFFSET(SRBEX_DATA_SCSI_CDB_VAR, Cdb) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_WMI_LENGTH                                                  \
  (sizeof(SRBEX_DATA_WMI) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_POWER_LENGTH                                                \
  (sizeof(SRBEX_DATA_POWER) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_PNP_LENGTH                                                  \
  (sizeof(SRBEX_DATA_PNP) - FIELD_OFFSET(SRBEX_DATA, Data))
#define SRBEX_DATA_IO_INFO_LENGTH                                              \
  (sizeof(SRBEX_DATA_IO_INFO) - FIELD_OFFSET(SRBEX_DATA, Data))

#define REQUEST_INFO_NO_CACHE_FLAG 0x00000001
#define REQUEST_INFO_PAGING_IO_FLAG 0x00000002
#define REQUEST_INFO_SEQUENTIAL_IO_FLAG 0x00000004
#define REQUEST_INFO_TEMPORARY_FLAG 0x00000008
#define REQUEST_INFO_WRITE_THROUGH_FLAG 0x00000010
#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG 0x00000020
#define REQUEST_INFO_NO_FILE_OBJECT_FLAG 0x00000040
#define REQUEST_INFO_VOLSNAP_IO_FLAG 0x00000080
#define REQUEST_INFO_STREAM_FLAG 0x00000100
#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG 0x80000000

/* The request's I/O priority (RequestPriority). */
typedef enum _STOR_IO_PRIORITY_HINT {
  StorIoPriorityVeryLow = 0,
  StorIoPriorityLow,
  StorIoPriorityNormal,
  StorIoPriorityHigh,
  StorIoPriorityCritical,
  StorIoMaxPriorityTypes
} STOR_IO_PRIORITY_HINT,
    *PSTOR_IO_PRIORITY_HINT;

/* The extended SRB itself. Its first members overlay SCSI_REQUEST_BLOCK's
   Length, Function and SrbStatus, so either can be told apart by Function. */
typedef struct _STORAGE_REQUEST_BLOCK_HEADER {
  USHORT Length;
  UCHAR Function;
  UCHAR SrbStatus;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

typedef struct _STORAGE_REQUEST_BLOCK {
  USHORT Length;
  UCHAR Function;
  UCHAR SrbStatus;
  ULONG ReservedUlong1;
  ULONG Signature;
  ULONG Version;
  ULONG SrbLength;
  ULONG SrbFunction;
  ULONG SrbFlags;
  ULONG ReservedUlong2;
  ULONG RequestTag;
  USHORT RequestPriority;
  USHORT RequestAttribute;
  ULONG TimeOutValue;
  union {
    ULONG SystemStatus;
    ULONG RequestTagHigh4Bytes;
  };
  ULONG ZeroGuard1;
  ULONG AddressOffset;
  ULONG NumSrbExData;
  ULONG DataTransferLength;
  PVOID POINTER_ALIGN DataBuffer;
  PVOID POINTER_ALIGN ZeroGuard2;
  PVOID POINTER_ALIGN OriginalRequest;
  PVOID POINTER_ALIGN ClassContext;
  PVOID POINTER_ALIGN PortContext;
  PVOID POINTER_ALIGN MiniportContext;
  struct _STORAGE_REQUEST_BLOCK POINTER_ALIGN *NextSrb;
  ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

#ifndef SRB_TYPE_SCSI_REQUEST_BLOCK
#define SRB_TYPE_SCSI_REQUEST_BLOCK 0
#endif
#ifndef SRB_TYPE_STORAGE_REQUEST_BLOCK
#define SRB_TYPE_STORAGE_REQUEST_BLOCK 1
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SRB_EX_H */
