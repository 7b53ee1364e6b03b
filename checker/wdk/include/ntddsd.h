/* wskcheck WDK profile: ntddsd.h, the Secure Digital (SD) bus interface a
 * driver of an SDIO function uses: the bus interface it opens, the request
 * packets it submits (properties and device commands such as CMD52 and
 * CMD53), and their argument layouts. Written from Microsoft's public
 * documentation of the SD bus DDIs (SdBusOpenInterface,
 * SDBUS_REQUEST_PACKET, SDCMD_DESCRIPTOR, SD_RW_DIRECT_ARGUMENT, ...).
 */
#ifndef _NTDDSD_H_
#define _NTDDSD_H_

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The interface version a driver asks SdBusOpenInterface for: value not
   documented; distinct from the others. */
#define SDBUS_INTERFACE_VERSION 0x101

/* The internal device control a driver sends the bus with an
   SDBUS_REQUEST_PACKET: value not documented; distinct from the others. */
#define IOCTL_SD_SUBMIT_REQUEST                                                \
  CTL_CODE(FILE_DEVICE_CONTROLLER, 0x0C80, METHOD_NEITHER, FILE_ANY_ACCESS)

typedef UCHAR SD_COMMAND_CODE;

/* SDIO commands: CMD52 (IO_RW_DIRECT) and CMD53 (IO_RW_EXTENDED), as the
   SD specification numbers them. */
#define SDCMD_IO_RW_DIRECT 52
#define SDCMD_IO_RW_EXTENDED 53

typedef enum { SDCC_STANDARD, SDCC_APP_CMD } SD_COMMAND_CLASS;

typedef enum {
  SDTD_UNSPECIFIED = 0,
  SDTD_READ = 1,
  SDTD_WRITE = 2
} SD_TRANSFER_DIRECTION;

typedef enum {
  SDTT_UNSPECIFIED,
  SDTT_CMD_ONLY,
  SDTT_SINGLE_BLOCK,
  SDTT_MULTI_BLOCK,
  SDTT_MULTI_BLOCK_NO_CMD12
} SD_TRANSFER_TYPE;

typedef enum {
  SDRT_UNSPECIFIED = 0,
  SDRT_NONE,
  SDRT_1,
  SDRT_1B,
  SDRT_2,
  SDRT_3,
  SDRT_4,
  SDRT_5,
  SDRT_5B,
  SDRT_6
} SD_RESPONSE_TYPE;

typedef struct _SDCMD_DESCRIPTOR {
  SD_COMMAND_CODE Cmd;
  SD_COMMAND_CLASS CmdClass;
  SD_TRANSFER_DIRECTION TransferDirection;
  SD_TRANSFER_TYPE TransferType;
  SD_RESPONSE_TYPE ResponseType;
} SDCMD_DESCRIPTOR, *PSDCMD_DESCRIPTOR;

/* The 32-bit argument of CMD52 and of CMD53. */
typedef struct _SD_RW_DIRECT_ARGUMENT {
  union {
    struct {
      ULONG Data : 8;
      ULONG Reserved1 : 1;
      ULONG Address : 17;
      ULONG Reserved2 : 1;
      ULONG ReadAfterWrite : 1;
      ULONG Function : 3;
      ULONG WriteToDevice : 1;
    } bits;
    ULONG AsULONG;
  } u;
} SD_RW_DIRECT_ARGUMENT, *PSD_RW_DIRECT_ARGUMENT;

typedef struct _SD_RW_EXTENDED_ARGUMENT {
  union {
    struct {
      ULONG Count : 9;
      ULONG Address : 17;
      ULONG OpCode : 1;
      ULONG BlockMode : 1;
      ULONG Function : 3;
      ULONG WriteToDevice : 1;
    } bits;
    ULONG AsULONG;
  } u;
} SD_RW_EXTENDED_ARGUMENT, *PSD_RW_EXTENDED_ARGUMENT;

typedef enum {
  SDRF_GET_PROPERTY,
  SDRF_SET_PROPERTY,
  SDRF_DEVICE_COMMAND
} SD_REQUEST_FUNCTION;

/* The bus properties SDRF_GET_PROPERTY and SDRF_SET_PROPERTY read and
   write. */
typedef enum {
  SDP_MEDIA_CHANGECOUNT = 0,
  SDP_MEDIA_STATE,
  SDP_WRITE_PROTECTED,
  SDP_FUNCTION_NUMBER,
  SDP_FUNCTION_TYPE,
  SDP_BUS_DRIVER_VERSION,
  SDP_BUS_WIDTH,
  SDP_BUS_CLOCK,
  SDP_BUS_INTERFACE_CONTROL,
  SDP_HOST_BLOCK_LENGTH,
  SDP_FUNCTION_BLOCK_LENGTH,
  SDP_FN0_BLOCK_LENGTH,
  SDP_FUNCTION_INT_ENABLE,
  SDP_SET_CARD_INTERRUPT_FORWARD
} SDBUS_PROPERTY;

typedef enum {
  SDBUS_FUNCTION_TYPE_UNKNOWN = 0,
  SDBUS_FUNCTION_TYPE_UART,
  SDBUS_FUNCTION_TYPE_BLUETOOTH_TYPE_A,
  SDBUS_FUNCTION_TYPE_BLUETOOTH_TYPE_B,
  SDBUS_FUNCTION_TYPE_GPS,
  SDBUS_FUNCTION_TYPE_CAMERA,
  SDBUS_FUNCTION_TYPE_PHS,
  SDBUS_FUNCTION_TYPE_WLAN,
  SDBUS_FUNCTION_TYPE_ATA
} SDBUS_FUNCTION_TYPE;

typedef struct _SDBUS_REQUEST_PACKET {
  SD_REQUEST_FUNCTION RequestFunction;
  PVOID UserContext[3];
  ULONG_PTR Information;
  union {
    UCHAR AsUCHAR[16];
    ULONG AsULONG[4];
  } ResponseData;
  UCHAR ResponseLength;
  UCHAR Reserved;
  NTSTATUS Status;
  union {
    struct {
      SDBUS_PROPERTY Property;
      PVOID Buffer;
      ULONG Length;
    } GetSetProperty;
    struct {
      SDCMD_DESCRIPTOR CmdDesc;
      ULONG Argument;
      PMDL Mdl;
      ULONG Length;
    } DeviceCommand;
  } Parameters;
} SDBUS_REQUEST_PACKET, *PSDBUS_REQUEST_PACKET;

/* The interface SdBusOpenInterface fills in, and what the driver passes
   back to InitializeInterface (its interrupt callback). */
typedef VOID (*PSDBUS_CALLBACK_ROUTINE)(PVOID CallbackRoutineContext,
                                        ULONG InterruptType);

typedef struct _SDBUS_INTERFACE_PARAMETERS {
  USHORT Size;
  USHORT Reserved;
  PDEVICE_OBJECT TargetObject;
  BOOLEAN DeviceGeneratesInterrupts;
  BOOLEAN CallbackAtDpcLevel;
  PSDBUS_CALLBACK_ROUTINE CallbackRoutine;
  PVOID CallbackRoutineContext;
} SDBUS_INTERFACE_PARAMETERS, *PSDBUS_INTERFACE_PARAMETERS;

typedef NTSTATUS (*PSDBUS_INITIALIZE_INTERFACE_ROUTINE)(
    PVOID Context, PSDBUS_INTERFACE_PARAMETERS InterfaceParameters);
typedef NTSTATUS (*PSDBUS_ACKNOWLEDGE_INT_ROUTINE)(PVOID Context);

typedef struct _SDBUS_INTERFACE_STANDARD {
  USHORT Size;
  USHORT Version;
  PVOID Context;
  PINTERFACE_REFERENCE InterfaceReference;
  PINTERFACE_DEREFERENCE InterfaceDereference;
  PSDBUS_INITIALIZE_INTERFACE_ROUTINE InitializeInterface;
  PSDBUS_ACKNOWLEDGE_INT_ROUTINE AcknowledgeInterrupt;
} SDBUS_INTERFACE_STANDARD, *PSDBUS_INTERFACE_STANDARD;

NTSTATUS SdBusOpenInterface(PDEVICE_OBJECT Pdo,
                            PSDBUS_INTERFACE_STANDARD InterfaceStandard,
                            USHORT Size, USHORT Version);
NTSTATUS SdBusSubmitRequest(PVOID InterfaceContext,
                            PSDBUS_REQUEST_PACKET Packet);
NTSTATUS SdBusSubmitRequestAsync(PVOID InterfaceContext,
                                 PSDBUS_REQUEST_PACKET Packet, PIRP Irp,
                                 PIO_COMPLETION_ROUTINE CompletionRoutine,
                                 PVOID UserContext);

#ifdef __cplusplus
}
#endif

#endif /* _NTDDSD_H_ */
