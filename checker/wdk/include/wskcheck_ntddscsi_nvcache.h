/*
 * wskcheck_ntddscsi_nvcache.h - ntddscsi.h's requests to hybrid and NV
 * cache disks (IOCTL_SCSI_MINIPORT_NVCACHE) that mingw-w64 lacks, written
 * from the ntddscsi DDI reference pages (members and names). The pages do
 * not state the function and status codes' values: those below are
 * stand-ins, distinct from each other, for the analysis only.
 * Included from wskcheck_storport_names.h; guarded so that another header
 * of the profile may declare them too.
 */
#ifndef WSKCHECK_WDK_NTDDSCSI_NVCACHE_H
#define WSKCHECK_WDK_NTDDSCSI_NVCACHE_H

#ifndef WSKCHECK_NVCACHE_REQUEST_BLOCK_DEFINED
#define WSKCHECK_NVCACHE_REQUEST_BLOCK_DEFINED

#ifdef __cplusplus
extern "C" {
#endif

/* NVCACHE_REQUEST_BLOCK Function. */
#define NRB_FUNCTION_NVCACHE_INFO 0xEC
#define NRB_FUNCTION_SPINDLE_STATUS 0xE5
#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET 0x00
#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN 0x01
#define NRB_FUNCTION_FLUSH_NVCACHE 0x14
#define NRB_FUNCTION_QUERY_PINNED_SET 0x12
#define NRB_FUNCTION_QUERY_CACHE_MISS 0x13
#define NRB_FUNCTION_ADD_LBAS_PINNED_SET 0x10
#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET 0x11
#define NRB_FUNCTION_QUERY_ASCENDER_STATUS 0xD0
#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS 0xD1
#define NRB_FUNCTION_PASS_HINT_PAYLOAD 0xE0

/* NVCACHE_REQUEST_BLOCK NRBStatus. */
#define NRB_SUCCESS 0
#define NRB_ILLEGAL_REQUEST 1
#define NRB_INVALID_PARAMETER 2
#define NRB_INPUT_DATA_OVERRUN 3
#define NRB_INPUT_DATA_UNDERRUN 4
#define NRB_OUTPUT_DATA_OVERRUN 5
#define NRB_OUTPUT_DATA_UNDERRUN 6

typedef struct _NVCACHE_REQUEST_BLOCK {
  ULONG NRBSize;
  USHORT Function;
  ULONG NRBFlags;
  ULONG NRBStatus;
  ULONG Count;
  ULONGLONG LBA;
  ULONG DataBufSize;
  ULONG NVCacheStatus;
  ULONG NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

typedef struct _NV_FEATURE_PARAMETER {
  USHORT NVPowerModeEnabled;
  USHORT NVParameterReserv1;
  USHORT NVCmdEnabled;
  USHORT NVParameterReserv2;
  USHORT NVPowerModeVer;
  USHORT NVCmdVer;
  ULONG NVSize;
  USHORT NVReadSpeed;
  USHORT NVWrtSpeed;
  ULONG DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_NVCACHE_REQUEST_BLOCK_DEFINED */

#endif /* WSKCHECK_WDK_NTDDSCSI_NVCACHE_H */
