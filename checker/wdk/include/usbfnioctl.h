/* wskcheck WDK profile: usbfnioctl.h, the internal I/O controls a USB
 * function class driver sends to the USB function class extension (UFX),
 * which its client drivers see in their endpoint queues, written from the
 * UFX documentation. A whole header mingw-w64 does not have.
 *
 * The documentation names the controls without their codes. Only UFX and
 * the drivers above and below it exchange them, so any distinct internal
 * device control codes serve: these are numbered in documented order on
 * FILE_DEVICE_USBEX.
 */
#ifndef _USBFNIOCTL_H_
#define _USBFNIOCTL_H_

#include <usbfnbase.h>

#define WSKCHECK_USBFN_CTL_CODE(id)                                            \
  CTL_CODE(FILE_DEVICE_USBEX, (id), METHOD_NEITHER, FILE_ANY_ACCESS)

#define IOCTL_INTERNAL_USBFN_ACTIVATE_USB_BUS WSKCHECK_USBFN_CTL_CODE(0x800)
#define IOCTL_INTERNAL_USBFN_DEACTIVATE_USB_BUS WSKCHECK_USBFN_CTL_CODE(0x801)
#define IOCTL_INTERNAL_USBFN_BUS_EVENT_NOTIFICATION                            \
  WSKCHECK_USBFN_CTL_CODE(0x802)
#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_IN                       \
  WSKCHECK_USBFN_CTL_CODE(0x803)
#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_OUT                      \
  WSKCHECK_USBFN_CTL_CODE(0x804)
#define IOCTL_INTERNAL_USBFN_GET_CLASS_INFO WSKCHECK_USBFN_CTL_CODE(0x805)
#define IOCTL_INTERNAL_USBFN_GET_INTERFACE_DESCRIPTOR_SET                      \
  WSKCHECK_USBFN_CTL_CODE(0x806)
#define IOCTL_INTERNAL_USBFN_GET_PIPE_STATE WSKCHECK_USBFN_CTL_CODE(0x807)
#define IOCTL_INTERNAL_USBFN_REGISTER_USB_STRING WSKCHECK_USBFN_CTL_CODE(0x808)
#define IOCTL_INTERNAL_USBFN_RESERVED WSKCHECK_USBFN_CTL_CODE(0x809)
#define IOCTL_INTERNAL_USBFN_SET_PIPE_STATE WSKCHECK_USBFN_CTL_CODE(0x80A)
#define IOCTL_INTERNAL_USBFN_SET_POWER_FILTER_EXIT_LPM                         \
  WSKCHECK_USBFN_CTL_CODE(0x80B)
#define IOCTL_INTERNAL_USBFN_SET_POWER_FILTER_STATE                            \
  WSKCHECK_USBFN_CTL_CODE(0x80C)
#define IOCTL_INTERNAL_USBFN_SIGNAL_REMOTE_WAKEUP WSKCHECK_USBFN_CTL_CODE(0x80D)
#define IOCTL_INTERNAL_USBFN_TRANSFER_IN WSKCHECK_USBFN_CTL_CODE(0x80E)
#define IOCTL_INTERNAL_USBFN_TRANSFER_IN_APPEND_ZERO_PKT                       \
  WSKCHECK_USBFN_CTL_CODE(0x80F)
#define IOCTL_INTERNAL_USBFN_TRANSFER_OUT WSKCHECK_USBFN_CTL_CODE(0x810)
/* Sent by UFX to its client when a class driver updates descriptors
   (ufxbase.h in the WDK). */
#define IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE WSKCHECK_USBFN_CTL_CODE(0x811)

#endif /* _USBFNIOCTL_H_ */
