/* wskcheck WDK profile: BthXDDI.h, the Bluetooth extensible transport
 * driver interface -- the internal I/O controls through which the Bluetooth
 * stack drives an HCI transport driver (UART, SDIO, ...) and the structures
 * they carry -- written from its documentation.
 */
#ifndef WSKCHECK_WDK_BTHXDDI_H
#define WSKCHECK_WDK_BTHXDDI_H

#ifdef __cplusplus
extern "C" {
#endif

#define BTHX_DDI_VERSION_1 0x00000001

/* The HCI packet types a transport reads and writes (the UART packet
   indicator values). */
typedef enum _BTHX_HCI_PACKET_TYPE {
  HciPacketCommand = 0x01,
  HciPacketAclData = 0x02,
  HciPacketEvent = 0x04
} BTHX_HCI_PACKET_TYPE;

/* Internal device I/O controls, all METHOD_NEITHER. */
#define BTHX_IOCTL_BASE 0
#define BTHX_CTL(id)                                                           \
  CTL_CODE(FILE_DEVICE_BLUETOOTH, (id), METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_BTHX_GET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x100)
#define IOCTL_BTHX_SET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x101)
#define IOCTL_BTHX_QUERY_CAPABILITIES BTHX_CTL(BTHX_IOCTL_BASE + 0x102)
#define IOCTL_BTHX_WRITE_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x103)
#define IOCTL_BTHX_READ_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x104)

typedef struct _BTHX_VERSION {
  ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

/* The version a transport driver reports for IOCTL_BTHX_GET_VERSION. */
__declspec(selectany) BTHX_VERSION Microsoft_BTHX_DDI_Version = {
    BTHX_DDI_VERSION_1};

typedef enum _BTHX_SCO_SUPPORT {
  ScoSupportNone = 0,
  ScoSupportHCI = 1,
  ScoSupportHCIBypass = 2
} BTHX_SCO_SUPPORT, *PBTHX_SCO_SUPPORT;

typedef struct _BTHX_CAPABILITIES {
  ULONG MaxAclTransferInSize;
  BTHX_SCO_SUPPORT ScoSupport;
  ULONG MaxScoChannels;
  BOOLEAN IsDeviceIdleCapable;
  BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

/* The buffer of IOCTL_BTHX_READ_HCI and IOCTL_BTHX_WRITE_HCI: the packet
   type and its bytes, byte-packed. */
#include <pshpack1.h>
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
  ULONG DataLen;
  UCHAR Type;
  UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#include <poppack.h>

#ifdef __cplusplus
}
#endif

#endif /* WSKCHECK_WDK_BTHXDDI_H */
