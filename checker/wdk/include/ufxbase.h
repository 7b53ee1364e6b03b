/* wskcheck WDK profile: ufxbase.h, the USB function class extension's
 * (UFX) types shared by its client drivers and the class drivers above it:
 * the controller capabilities, the hardware failure context and the
 * actions after port detection, written from the UFX documentation. A
 * whole header mingw-w64 does not have.
 */
#ifndef _UFXBASE_H_
#define _UFXBASE_H_

#include <usbfnbase.h>

typedef struct _UFX_DEVICE_CAPABILITIES {
  ULONG Size;
  USB_DEVICE_SPEED MaxSpeed;
  ULONG RemoteWakeSignalDelay;
  BOOLEAN PdcpSupported;
  USHORT InEndpointBitmap;
  USHORT OutEndpointBitmap;
  BOOLEAN SharesConnectors;
  ULONG GroupId;
} UFX_DEVICE_CAPABILITIES, *PUFX_DEVICE_CAPABILITIES;

/* Variable length: Size covers the client's data after the header. */
typedef struct _UFX_HARDWARE_FAILURE_CONTEXT {
  ULONG Size;
  ULONG ExceptionCode;
  UCHAR Data[ANYSIZE_ARRAY];
} UFX_HARDWARE_FAILURE_CONTEXT, *PUFX_HARDWARE_FAILURE_CONTEXT;

typedef enum _USBFN_ACTION {
  UsbfnActionNone,
  UsbfnActionNoCad,
  UsbfnActionDetectProprietaryCharger
} USBFN_ACTION,
    *PUSBFN_ACTION;

#endif /* _UFXBASE_H_ */
