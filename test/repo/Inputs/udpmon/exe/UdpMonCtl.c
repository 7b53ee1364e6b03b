/* UdpMonCtl: prints the driver's counters (user mode). */
#include <windows.h>
#include <stdio.h>
#include <UdpMonIoctl.h>

int wmain(void) {
  UDPMON_COUNTERS counters;
  DWORD bytes;
  HANDLE device = CreateFileW(L"\\\\.\\" UDPMON_DEVICE_NAME, GENERIC_READ, 0,
                              NULL, OPEN_EXISTING, 0, NULL);
  if (device == INVALID_HANDLE_VALUE)
    return 1;
  if (!DeviceIoControl(device, UDPMON_IOCTL_GET_COUNTERS, NULL, 0, &counters,
                       sizeof(counters), &bytes, NULL))
    return 1;
  wprintf(L"sent %llu dropped %llu\n", counters.Sent, counters.Dropped);
  CloseHandle(device);
  return 0;
}
