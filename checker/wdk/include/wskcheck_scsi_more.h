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

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SCSI_MORE_H */
