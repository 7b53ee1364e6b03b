// The user-mode test client: sends a line to the driver's port.
#include <winsock2.h>
#include <cstdio>

int main() {
  WSADATA data;
  if (WSAStartup(MAKEWORD(2, 2), &data) != 0)
    return 1;
  std::printf("echo client\n");
  WSACleanup();
  return 0;
}
