/* Host build: the Network Module Registrar identifiers WSK builds on. */
#ifndef WSKSHIM_HOST_NETIODDK_H
#define WSKSHIM_HOST_NETIODDK_H

#include <wdm.h>

typedef GUID NPIID;
typedef NPIID *PNPIID;
typedef const NPIID *PCNPIID;

typedef enum _NPI_MODULEID_TYPE { MIT_GUID = 1, MIT_IF_LUID } NPI_MODULEID_TYPE;

typedef struct _NPI_MODULEID {
  USHORT Length;
  NPI_MODULEID_TYPE Type;
  union {
    GUID Guid;
    ULONG64 IfLuid;
  };
} NPI_MODULEID, *PNPI_MODULEID;
typedef const NPI_MODULEID *PCNPI_MODULEID;

#endif /* WSKSHIM_HOST_NETIODDK_H */
