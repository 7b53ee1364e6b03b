/* wskcheck WDK profile: sdpnode.h, the in-memory tree of a Bluetooth SDP
 * record that the SDP node and parse interfaces (bthsdpddi.h) build and
 * walk, written from its documentation.
 */
#ifndef WSKCHECK_WDK_SDPNODE_H
#define WSKCHECK_WDK_SDPNODE_H

#include <bthsdpdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SDP_NODE_HEADER {
  LIST_ENTRY Link;
  USHORT Type;         /* an SDP_TYPE */
  USHORT SpecificType; /* an SDP_SPECIFICTYPE */
} SDP_NODE_HEADER, *PSDP_NODE_HEADER;

typedef union _SDP_NODE_DATA {
  SDP_LARGE_INTEGER_16 int128;
  SDP_ULARGE_INTEGER_16 uint128;
  GUID uuid128;
  ULONG uuid32;
  USHORT uuid16;
  LONGLONG int64;
  ULONGLONG uint64;
  LONG int32;
  ULONG uint32;
  SHORT int16;
  USHORT uint16;
  CHAR int8;
  UCHAR uint8;
  UCHAR boolean;
  PCHAR string;
  PCHAR url;
  SDP_NODE_HEADER sequence;   /* the child nodes' list head */
  SDP_NODE_HEADER alternative;
  PVOID container;
  struct {
    PUCHAR stream;
    ULONG streamLength;
  };
} SDP_NODE_DATA, *PSDP_NODE_DATA;

typedef struct _SDP_NODE {
  SDP_NODE_HEADER hdr;
  ULONG DataSize;
  SDP_NODE_DATA u;
  PVOID Reserved;
} SDP_NODE, *PSDP_NODE;

typedef struct _SDP_TREE_ROOT_NODE {
  SDP_NODE RootNode;
} SDP_TREE_ROOT_NODE, *PSDP_TREE_ROOT_NODE;

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_SDPNODE_H */
