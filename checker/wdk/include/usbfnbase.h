/* wskcheck WDK profile: usbfnbase.h, the USB function stack's common
 * types (device states, port types, bus speeds, pipe identifiers and the
 * bus event notification) a function controller's client driver uses, written
 * from the USB function documentation. A whole header mingw-w64 does not have.
 *
 * The documentation lists the enumeration members in order without their
 * values; they count up from zero.
 */
#ifndef _USBFNBASE_H_
#define _USBFNBASE_H_

#include <usbspec.h>

typedef ULONG USBFNPIPEID, *PUSBFNPIPEID;

typedef enum _USBFN_DEVICE_STATE {
  UsbfnDeviceStateMinimum,
  UsbfnDeviceStateAttached,
  UsbfnDeviceStateDefault,
  UsbfnDeviceStateDetached,
  UsbfnDeviceStateAddressed,
  UsbfnDeviceStateConfigured,
  UsbfnDeviceStateSuspended,
  UsbfnDeviceStateStateMaximum
} USBFN_DEVICE_STATE,
    *PUSBFN_DEVICE_STATE;

typedef enum _USBFN_PORT_TYPE {
  UsbfnUnknownPort,
  UsbfnStandardDownstreamPort,
  UsbfnChargingDownstreamPort,
  UsbfnDedicatedChargingPort,
  UsbfnInvalidDedicatedChargingPort,
  UsbfnProprietaryDedicatedChargingPort,
  UsbfnPortTypeMaximum
} USBFN_PORT_TYPE,
    *PUSBFN_PORT_TYPE;

typedef enum _USBFN_BUS_SPEED {
  UsbfnBusSpeedLow,
  UsbfnBusSpeedFull,
  UsbfnBusSpeedHigh,
  UsbfnBusSpeedSuper,
  UsbfnBusSpeedMaximum
} USBFN_BUS_SPEED,
    *PUSBFN_BUS_SPEED;

typedef enum _USBFN_DIRECTION {
  UsbfnDirectionMinimum,
  UsbfnDirectionIn,
  UsbfnDirectionOut,
  UsbfnDirectionTx = UsbfnDirectionIn,
  UsbfnDirectionRx = UsbfnDirectionOut,
  UsbfnDirectionMaximum
} USBFN_DIRECTION,
    *PUSBFN_DIRECTION;

typedef enum _USBFN_EVENT {
  UsbfnEventMinimum,
  UsbfnEventAttach,
  UsbfnEventReset,
  UsbfnEventDetach,
  UsbfnEventSuspend,
  UsbfnEventResume,
  UsbfnEventSetupPacket,
  UsbfnEventConfigured,
  UsbfnEventUnConfigured,
  UsbfnEventPortType,
  UsbfnEventBusTearDown,
  UsbfnEventSetInterface,
  UsbfnEventMaximum
} USBFN_EVENT,
    *PUSBFN_EVENT;

typedef struct _ALTERNATE_INTERFACE {
  USHORT InterfaceNumber;
  USHORT AlternateInterfaceNumber;
} ALTERNATE_INTERFACE, *PALTERNATE_INTERFACE;

typedef struct _USBFN_NOTIFICATION {
  USBFN_EVENT Event;
  union {
    USBFN_BUS_SPEED BusSpeed;
    USB_DEFAULT_PIPE_SETUP_PACKET SetupPacket;
    USHORT ConfigurationValue;
    USBFN_PORT_TYPE PortType;
    ALTERNATE_INTERFACE AlternateInterface;
  } u;
} USBFN_NOTIFICATION, *PUSBFN_NOTIFICATION;

typedef struct _USBFN_PIPE_INFORMATION {
  USB_ENDPOINT_DESCRIPTOR EpDesc;
  USBFNPIPEID PipeId;
} USBFN_PIPE_INFORMATION, *PUSBFN_PIPE_INFORMATION;

#endif /* _USBFNBASE_H_ */
