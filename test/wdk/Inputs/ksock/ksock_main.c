/* The driver half: DriverEntry starts the library and returns its status. */
#include "ksock.h"

#define Log(...) DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, __VA_ARGS__)

NTSTATUS NTAPI DriverEntry(_In_ PDRIVER_OBJECT DriverObject,
                           _In_ PUNICODE_STRING RegistryPath) {
  NTSTATUS status;
  PKSOCK sock;
  struct sockaddr_in address;
  char greeting[] = "hello";
  ULONG length = sizeof(greeting);

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);

  status = KsockStartup();
  if (!NT_SUCCESS(status))
    return status;

  status = KsockOpen(&sock, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                     WSK_FLAG_CONNECTION_SOCKET);
  if (NT_SUCCESS(status)) {
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = INADDR_ANY;
    address.sin_port = 0x5023;
    Log("socket %p bound to %u\n", sock, address.sin_port);
    KsockSend(sock, greeting, &length);
    KsockClose(sock);
  }

  KsockCleanup();
  /* A demonstration driver: unload right away. */
  return STATUS_UNSUCCESSFUL;
}
