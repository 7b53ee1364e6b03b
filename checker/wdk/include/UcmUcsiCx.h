/* wskcheck WDK profile: UcmUcsiCx.h, the UCSI class extension (UcmUcsiCx)
 * a KMDF client driver for a USB Type-C connector system software
 * interface (UCSI) platform policy manager (PPM) programs against: device
 * initialization, the connector collection, the PPM object and its
 * notifications (ucmucsidevice.h, ucmucsippm.h), the PPM I/O controls and
 * their parameters (ucmucsippmrequests.h), and the UCSI data structure the
 * client exchanges with the firmware (ucmucsispec.h), written from the
 * UcmUcsiCx documentation; the bit layouts are the UCSI specification's.
 * The WDK keeps it in ucmucsi/1.0; ucmucsi/1.0/UcmUcsiCx.h includes this
 * one. A whole header mingw-w64 does not have.
 *
 * Of UCSI_CONTROL and UCSI_MESSAGE_IN's per-command members only the
 * generic ones are here. The documentation names the PPM I/O controls
 * without their codes; distinct codes on FILE_DEVICE_UCMUCSI serve, as only
 * the class extension sends them.
 */
#ifndef _UCMUCSICX_H_
#define _UCMUCSICX_H_

#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* ucmucsispec.h                                                       */

#include <pshpack1.h>
typedef union _UCSI_VERSION {
  USHORT AsUInt16;
  struct {
    USHORT SubMinorVersion : 4;
    USHORT MinorVersion : 4;
    USHORT MajorVersion : 8;
  };
} UCSI_VERSION, *PUCSI_VERSION;

typedef union _UCSI_CCI {
  ULONG AsUInt32;
  struct {
    ULONG : 1;
    ULONG ConnectorChangeIndicator : 7;
    ULONG DataLength : 8;
    ULONG : 9;
    ULONG NotSupportedIndicator : 1;
    ULONG CancelCompletedIndicator : 1;
    ULONG ResetCompletedIndicator : 1;
    ULONG BusyIndicator : 1;
    ULONG AcknowledgeCommandIndicator : 1;
    ULONG ErrorIndicator : 1;
    ULONG CommandCompletedIndicator : 1;
  };
} UCSI_CCI, *PUCSI_CCI;

typedef union _UCSI_CONTROL {
  ULONGLONG AsUInt64;
  struct {
    ULONGLONG Command : 8;
    ULONGLONG DataLength : 8;
    ULONGLONG CommandSpecific : 48;
  };
} UCSI_CONTROL, *PUCSI_CONTROL;

typedef union _UCSI_MESSAGE_IN {
  UCHAR AsBuffer[16];
} UCSI_MESSAGE_IN, *PUCSI_MESSAGE_IN;

typedef union _UCSI_MESSAGE_OUT {
  UCHAR AsBuffer[16];
} UCSI_MESSAGE_OUT, *PUCSI_MESSAGE_OUT;

/* The UCSI data structure as the PPM shares it: the version at offset 0,
   two reserved bytes, then CCI, CONTROL, MESSAGE IN and MESSAGE OUT. */
typedef struct _UCSI_DATA_BLOCK {
  UCSI_VERSION UcsiVersion;
  USHORT Reserved;
  UCSI_CCI CCI;
  UCSI_CONTROL Control;
  UCSI_MESSAGE_IN MessageIn;
  UCSI_MESSAGE_OUT MessageOut;
} UCSI_DATA_BLOCK, *PUCSI_DATA_BLOCK;
#include <poppack.h>

/* ------------------------------------------------------------------ */
/* ucmucsidevice.h, ucmucsippm.h                                       */

typedef struct UCMUCSIPPM__ *UCMUCSIPPM;
typedef struct UCMUCSI_CONNECTOR_COLLECTION__ *UCMUCSI_CONNECTOR_COLLECTION;

typedef struct _UCMUCSI_DEVICE_CONFIG {
  ULONG Size;
} UCMUCSI_DEVICE_CONFIG, *PUCMUCSI_DEVICE_CONFIG;

FORCEINLINE VOID UCMUCSI_DEVICE_CONFIG_INIT(PUCMUCSI_DEVICE_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(UCMUCSI_DEVICE_CONFIG));
  Config->Size = sizeof(UCMUCSI_DEVICE_CONFIG);
}

typedef struct _UCMUCSI_CONNECTOR_INFO {
  ULONG Size;
  ULONGLONG ConnectorId;
} UCMUCSI_CONNECTOR_INFO, *PUCMUCSI_CONNECTOR_INFO;

FORCEINLINE VOID
UCMUCSI_CONNECTOR_INFO_INIT(PUCMUCSI_CONNECTOR_INFO ConnectorInfo) {
  RtlZeroMemory(ConnectorInfo, sizeof(UCMUCSI_CONNECTOR_INFO));
  ConnectorInfo->Size = sizeof(UCMUCSI_CONNECTOR_INFO);
}

typedef struct _UCMUCSI_PPM_CONFIG {
  ULONG Size;
  BOOLEAN UsbDeviceControllerEnabled;
  UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionHandle;
} UCMUCSI_PPM_CONFIG, *PUCMUCSI_PPM_CONFIG;

FORCEINLINE VOID UCMUCSI_PPM_CONFIG_INIT(
    PUCMUCSI_PPM_CONFIG Config, UCMUCSI_CONNECTOR_COLLECTION CollectionObject) {
  RtlZeroMemory(Config, sizeof(UCMUCSI_PPM_CONFIG));
  Config->Size = sizeof(UCMUCSI_PPM_CONFIG);
  Config->ConnectorCollectionHandle = CollectionObject;
}

NTSTATUS UcmUcsiDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit);
NTSTATUS UcmUcsiDeviceInitialize(WDFDEVICE WdfDevice,
                                 PUCMUCSI_DEVICE_CONFIG Config);
NTSTATUS UcmUcsiConnectorCollectionCreate(
    WDFDEVICE WdfDevice, PWDF_OBJECT_ATTRIBUTES Attributes,
    UCMUCSI_CONNECTOR_COLLECTION *ConnectorCollection);
NTSTATUS UcmUcsiConnectorCollectionAddConnector(
    UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionObject,
    PUCMUCSI_CONNECTOR_INFO ConnectorInfo);
NTSTATUS UcmUcsiPpmCreate(WDFDEVICE WdfDevice, PUCMUCSI_PPM_CONFIG Config,
                          PWDF_OBJECT_ATTRIBUTES Attributes,
                          UCMUCSIPPM *PPMObject);
NTSTATUS UcmUcsiPpmStart(UCMUCSIPPM PpmObject);
VOID UcmUcsiPpmStop(UCMUCSIPPM PpmObject);
VOID UcmUcsiPpmNotification(UCMUCSIPPM PpmObject, PUCSI_DATA_BLOCK DataBlock);
VOID UcmUcsiPpmSetUcsiCommandRequestQueue(UCMUCSIPPM PpmObject,
                                          WDFQUEUE PpmRequestQueue);

/* ------------------------------------------------------------------ */
/* ucmucsippmrequests.h                                                */

typedef enum _UCMUCSI_PPM_IOCTL {
  _IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK = 0x800,
  _IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK
} UCMUCSI_PPM_IOCTL;

#define IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK                                 \
  CTL_CODE(FILE_DEVICE_UCMUCSI, _IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK,       \
           METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK                                  \
  CTL_CODE(FILE_DEVICE_UCMUCSI, _IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK,        \
           METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS {
  UCMUCSIPPM PpmObject;
  UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS,
    *PUCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS {
  UCMUCSIPPM PpmObject;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS,
    *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS {
  UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS,
    *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS;

#ifdef __cplusplus
}
#endif

#endif /* _UCMUCSICX_H_ */
