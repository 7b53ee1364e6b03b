/* wskcheck WDK profile: the PCI configuration space types miniport.h gives
 * a miniport that does not include wdm.h (PCI_SLOT_NUMBER,
 * PCI_COMMON_CONFIG), laid out as the PCI specification and the
 * PCI_COMMON_CONFIG reference page describe it. mingw-w64 has them only in
 * wdm.h; the same _PCI_X_ guard keeps one definition.
 */
#ifndef _PCI_X_
#define _PCI_X_

typedef struct _PCI_SLOT_NUMBER {
  union {
    struct {
      ULONG DeviceNumber : 5;
      ULONG FunctionNumber : 3;
      ULONG Reserved : 24;
    } bits;
    ULONG AsULONG;
  } u;
} PCI_SLOT_NUMBER, *PPCI_SLOT_NUMBER;

#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

#define WSKCHECK_PCI_COMMON_HEADER_MEMBERS                                     \
  USHORT VendorID;                                                             \
  USHORT DeviceID;                                                             \
  USHORT Command;                                                              \
  USHORT Status;                                                               \
  UCHAR RevisionID;                                                            \
  UCHAR ProgIf;                                                                \
  UCHAR SubClass;                                                              \
  UCHAR BaseClass;                                                             \
  UCHAR CacheLineSize;                                                         \
  UCHAR LatencyTimer;                                                          \
  UCHAR HeaderType;                                                            \
  UCHAR BIST;                                                                  \
  union {                                                                      \
    struct {                                                                   \
      ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];                                \
      ULONG CIS;                                                               \
      USHORT SubVendorID;                                                      \
      USHORT SubSystemID;                                                      \
      ULONG ROMBaseAddress;                                                    \
      UCHAR CapabilitiesPtr;                                                   \
      UCHAR Reserved1[3];                                                      \
      ULONG Reserved2;                                                         \
      UCHAR InterruptLine;                                                     \
      UCHAR InterruptPin;                                                      \
      UCHAR MinimumGrant;                                                      \
      UCHAR MaximumLatency;                                                    \
    } type0;                                                                   \
    struct {                                                                   \
      ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];                                \
      UCHAR PrimaryBus;                                                        \
      UCHAR SecondaryBus;                                                      \
      UCHAR SubordinateBus;                                                    \
      UCHAR SecondaryLatency;                                                  \
      UCHAR IOBase;                                                            \
      UCHAR IOLimit;                                                           \
      USHORT SecondaryStatus;                                                  \
      USHORT MemoryBase;                                                       \
      USHORT MemoryLimit;                                                      \
      USHORT PrefetchBase;                                                     \
      USHORT PrefetchLimit;                                                    \
      ULONG PrefetchBaseUpper32;                                               \
      ULONG PrefetchLimitUpper32;                                              \
      USHORT IOBaseUpper16;                                                    \
      USHORT IOLimitUpper16;                                                   \
      UCHAR CapabilitiesPtr;                                                   \
      UCHAR Reserved1[3];                                                      \
      ULONG ROMBaseAddress;                                                    \
      UCHAR InterruptLine;                                                     \
      UCHAR InterruptPin;                                                      \
      USHORT BridgeControl;                                                    \
    } type1;                                                                   \
  } u;

typedef struct _PCI_COMMON_HEADER {
  WSKCHECK_PCI_COMMON_HEADER_MEMBERS
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

typedef struct _PCI_COMMON_CONFIG {
  WSKCHECK_PCI_COMMON_HEADER_MEMBERS
  UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_MAX_DEVICES 32
#define PCI_MAX_FUNCTION 8
#define PCI_INVALID_VENDORID 0xFFFF

#define PCI_MULTIFUNCTION 0x80
#define PCI_DEVICE_TYPE 0x00
#define PCI_BRIDGE_TYPE 0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#define PCI_CONFIGURATION_TYPE(PciData)                                        \
  (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(PciData)                                      \
  ((((PPCI_COMMON_CONFIG)(PciData))->HeaderType & PCI_MULTIFUNCTION) != 0)

#define PCI_ENABLE_IO_SPACE 0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER 0x0004
#define PCI_ENABLE_PARITY 0x0040
#define PCI_ENABLE_SERR 0x0100

#endif /* _PCI_X_ */
