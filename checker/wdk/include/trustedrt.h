/* wskcheck WDK profile: trustedrt.h, the requests a client sends a secure
 * service of the trusted execution environment (TrEE) and the I/O controls
 * that carry them, written from the TrEE documentation. A whole header
 * mingw-w64 does not have.
 *
 * The documentation names the structures' members without their types and
 * the I/O controls without their codes: the types here are the ones the
 * members' use implies (buffers and their sizes as pointers and ULONG_PTR
 * sizes), and the codes are distinct stand-ins on FILE_DEVICE_TRUST_ENV.
 */
#ifndef _TRUSTEDRT_H_
#define _TRUSTEDRT_H_

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _TR_SERVICE_REQUEST_V1 {
  ULONG InterfaceVersion;
  ULONG ServiceMajorVersion;
  ULONG ServiceMinorVersion;
  ULONG FunctionCode;
  PVOID InputBuffer;
  ULONG_PTR InputBufferSize;
  PVOID OutputBuffer;
  ULONG_PTR OutputBufferSize;
} TR_SERVICE_REQUEST_V1, *PTR_SERVICE_REQUEST_V1;

typedef struct _TR_SERVICE_REQUEST_RESPONSE_V1 {
  ULONG InterfaceVersion;
  ULONG_PTR BytesWritten;
} TR_SERVICE_REQUEST_RESPONSE_V1, *PTR_SERVICE_REQUEST_RESPONSE_V1;

typedef struct _TR_SERVICE_INFORMATION_V1 {
  ULONG InterfaceVersion;
  ULONG ServiceMajorVersion;
  ULONG ServiceMinorVersion;
} TR_SERVICE_INFORMATION_V1, *PTR_SERVICE_INFORMATION_V1;

typedef TR_SERVICE_REQUEST_V1 TR_SERVICE_REQUEST, *PTR_SERVICE_REQUEST;
typedef TR_SERVICE_REQUEST_RESPONSE_V1 TR_SERVICE_REQUEST_RESPONSE,
    *PTR_SERVICE_REQUEST_RESPONSE;
typedef TR_SERVICE_INFORMATION_V1 TR_SERVICE_INFORMATION,
    *PTR_SERVICE_INFORMATION;

/* Stand-ins: documented without their codes. */
#define IOCTL_TR_EXECUTE_FUNCTION                                              \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_TR_SERVICE_QUERY                                                 \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_TR_ENUMERATE_SERVICES                                            \
  CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)

#ifdef __cplusplus
}
#endif

#endif /* _TRUSTEDRT_H_ */
