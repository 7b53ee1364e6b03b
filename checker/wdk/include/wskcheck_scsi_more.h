/* wskcheck WDK profile: newer scsi.h names mingw-w64's scsi.h lacks: the
 * size of an extended (descriptor format) sense buffer and the sense data
 * helpers storage class drivers call.
 *
 * Undocumented: declared from their use. SENSE_BUFFER_SIZE_EX is the
 * largest sense buffer (MAX_SENSE_BUFFER_SIZE); the option values are
 * stand-ins, distinct from each other.
 */
#ifndef WSKCHECK_WDK_SCSI_MORE_H
#define WSKCHECK_WDK_SCSI_MORE_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SENSE_BUFFER_SIZE_EX
#define SENSE_BUFFER_SIZE_EX MAX_SENSE_BUFFER_SIZE
#endif

/* How a helper reads sense data whose format it cannot tell. */
#define SCSI_SENSE_OPTIONS_NONE 0x00000000
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED 0x00000001

/* The sense key, additional sense code and qualifier of fixed or
   descriptor format sense data; FALSE when the buffer holds none. */
BOOLEAN ScsiGetSenseKeyAndCodes(PVOID SenseInfoBuffer,
                                UCHAR SenseInfoBufferLength, ULONG SenseOptions,
                                PUCHAR SenseKey, PUCHAR AdditionalSenseCode,
                                PUCHAR AdditionalSenseCodeQualifier);
BOOLEAN ScsiGetSenseErrorCode(PVOID SenseInfoBuffer,
                              UCHAR SenseInfoBufferLength, PUCHAR ErrorCode);
BOOLEAN ScsiGetTotalSenseByteCountIndicated(PVOID SenseInfoBuffer,
                                            UCHAR SenseInfoBufferLength,
                                            PUCHAR TotalSenseByteCount);

/* Fixed format sense data is mingw-w64's SENSE_DATA; the response codes
   that tell the formats apart (SPC-4). */
typedef SENSE_DATA FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;
#ifndef SCSI_SENSE_ERRORCODE_FIXED_CURRENT
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT 0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED 0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT 0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73
#endif

/* Third-party copy errors (SPC-4 additional sense code 0Dh). */
#ifndef SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR 0x0D
#endif
#ifndef SCSI_SENSEQ_DATA_UNDERRUN
#define SCSI_SENSEQ_DATA_UNDERRUN 0x04
#endif

/* Descriptor format sense data (SPC-4), and a buffer holding either
   format. */
#ifndef SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION
#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION 0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC 0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC 0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT 0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND 0x05
#pragma pack(push, 1)
typedef struct _DESCRIPTOR_SENSE_DATA {
  UCHAR ErrorCode : 7;
  UCHAR Reserved1 : 1;
  UCHAR SenseKey : 4;
  UCHAR Reserved2 : 4;
  UCHAR AdditionalSenseCode;
  UCHAR AdditionalSenseCodeQualifier;
  UCHAR Reserved3[3];
  UCHAR AdditionalSenseLength;
  UCHAR DescriptorBuffer[ANYSIZE_ARRAY];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;
typedef union _SENSE_DATA_EX {
  SENSE_DATA FixedData;
  DESCRIPTOR_SENSE_DATA DescriptorData;
} SENSE_DATA_EX, *PSENSE_DATA_EX;
typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
  UCHAR DescriptorType;
  UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;
typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
  SCSI_SENSE_DESCRIPTOR_HEADER Header;
  UCHAR Reserved1 : 7;
  UCHAR Valid : 1;
  UCHAR Reserved2;
  UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;
typedef struct _SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND {
  SCSI_SENSE_DESCRIPTOR_HEADER Header;
  UCHAR Reserved1;
  UCHAR Reserved2 : 5;
  UCHAR IncorrectLength : 1;
  UCHAR Reserved3 : 2;
} SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND, *PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND;
#pragma pack(pop)
#endif

/* READ CAPACITY (16) parameter data (SBC-3). */
#ifndef WSKCHECK_WDK_READ_CAPACITY16_DATA
#define WSKCHECK_WDK_READ_CAPACITY16_DATA
#pragma pack(push, 1)
typedef struct _READ_CAPACITY16_DATA {
  LARGE_INTEGER LogicalBlockAddress;
  ULONG BytesPerBlock;
  UCHAR ProtectionEnable : 1;
  UCHAR ProtectionType : 3;
  UCHAR Reserved : 4;
  UCHAR LogicalPerPhysicalExponent : 4;
  UCHAR ProtectionInfoIntervalExponent : 4;
  UCHAR LowestAlignedBlock_MSB : 6;
  UCHAR LBPRZ : 1;
  UCHAR LBPME : 1;
  UCHAR LowestAlignedBlock_LSB;
  UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;
#pragma pack(pop)
#endif

/* Provisioning types of the Logical Block Provisioning VPD page (SBC-3). */
#ifndef PROVISIONING_TYPE_UNKNOWN
#define PROVISIONING_TYPE_UNKNOWN 0x0
#define PROVISIONING_TYPE_RESOURCE 0x1
#define PROVISIONING_TYPE_THIN 0x2
#endif

/* Copy operation status of RECEIVE ROD TOKEN INFORMATION (SPC-4). */
#ifndef OPERATION_COMPLETED_WITH_SUCCESS
#define OPERATION_COMPLETED_WITH_SUCCESS 0x01
#define OPERATION_COMPLETED_WITH_ERROR 0x02
#define OPERATION_COMPLETED_WITH_RESIDUAL_DATA 0x03
#define OPERATION_IN_PROGRESS_IN_FOREGROUND 0x11
#define OPERATION_IN_PROGRESS_IN_BACKGROUND 0x12
#define OPERATION_TERMINATED 0x60
#endif

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SCSI_MORE_H */
