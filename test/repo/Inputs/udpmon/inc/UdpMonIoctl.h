/* UdpMon: what the driver and the user-mode tool share. */
#pragma once
#define UDPMON_DEVICE_NAME L"UdpMon"
#define UDPMON_IOCTL_GET_COUNTERS                                              \
  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef struct _UDPMON_COUNTERS {
  ULONG64 Sent;
  ULONG64 Dropped;
} UDPMON_COUNTERS;
