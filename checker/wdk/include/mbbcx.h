/* wskcheck WDK profile: mbbcx.h, the Mobile Broadband Class Extension
 * (MBBCx) that a NetAdapterCx client driver for an MBIM modem programs
 * against -- device and adapter initialization, MBIM control message
 * fragments as MBBREQUEST objects, device service sessions and wake
 * reasons -- written from the MBBCx documentation. As in the profile's
 * netadaptercx.h, the class extension's routines and the *_INIT helpers
 * are declarations.
 */
#ifndef _MBBCX_H_
#define _MBBCX_H_

#include <netadaptercx.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _MBB_DRIVER_GLOBALS {
  ULONG Unused;
} MBB_DRIVER_GLOBALS, *PMBB_DRIVER_GLOBALS;

/* An MBIM control message fragment the class extension hands the driver to
   send or to fill with a received one. */
typedef struct MBBREQUEST__ *MBBREQUEST;
/* A device service session's identifier. */
typedef ULONG DSS_SESSION_ID;

typedef enum _MBB_MBIM_EXTENDED_VERSION {
  MbbMbimExtendedVersion1Dot0,
  MbbMbimExtendedVersion2Dot0,
  MbbMbimExtendedVersion3Dot0,
  MbbMbimExtendedVersion4Dot0,
  MbbMbimExtendedVersionMax
} MBB_MBIM_EXTENDED_VERSION;

typedef enum _MBB_MBIM_VERSION {
  MbbMbimVersion1Dot0,
  MbbMbimVersion1Dot0Errata
} MBB_MBIM_VERSION;

typedef enum _MBB_WAKE_REASON_TYPE {
  MbbWakeReasonTypeRegisterState,
  MbbWakeReasonTypeSmsReceive,
  MbbWakeReasonTypeUssdReceive,
  MbbWakeReasonTypePacketState,
  MbbWakeReasonTypeUiccChange
} MBB_WAKE_REASON_TYPE;

typedef NTSTATUS EVT_MBB_DEVICE_CREATE_ADAPTER(WDFDEVICE Device,
                                               NETADAPTER_INIT *AdapterInit);
typedef EVT_MBB_DEVICE_CREATE_ADAPTER *PFN_MBB_DEVICE_CREATE_ADAPTER;

typedef VOID EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT(WDFDEVICE Device,
                                                  MBBREQUEST ReceiveRequest);
typedef EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT
    *PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT;

typedef VOID EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA(
    WDFDEVICE Device, DSS_SESSION_ID SessionId, WDFMEMORY Data);
typedef EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA
    *PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA;

typedef VOID EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT(WDFDEVICE Device,
                                               MBBREQUEST SendRequest);
typedef EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT *PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT;

typedef struct _MBB_DEVICE_CONFIG MBB_DEVICE_CONFIG, *PMBB_DEVICE_CONFIG;
typedef struct _MBB_DEVICE_MBIM_PARAMETERS MBB_DEVICE_MBIM_PARAMETERS,
    *PMBB_DEVICE_MBIM_PARAMETERS;
typedef struct _MBB_DEVICE_WAKE_CAPABILITIES MBB_DEVICE_WAKE_CAPABILITIES,
    *PMBB_DEVICE_WAKE_CAPABILITIES;

struct _MBB_DEVICE_CONFIG {
  ULONG Size;
  PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment;
  PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment;
  PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SendDeviceServiceSessionData;
  PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter;
};

struct _MBB_DEVICE_MBIM_PARAMETERS {
  ULONG Size;
  MBB_MBIM_VERSION Version;
  MBB_MBIM_EXTENDED_VERSION ExtendedVersion;
  ULONG MaximumFragmentSize;
};

struct _MBB_DEVICE_WAKE_CAPABILITIES {
  ULONG Size;
  BOOLEAN RegisterState;
  BOOLEAN SmsReceive;
  BOOLEAN UssdReceive;
  BOOLEAN PacketState;
  BOOLEAN UiccChange;
};

VOID MBB_DEVICE_CONFIG_INIT(
    PMBB_DEVICE_CONFIG Config,
    PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment,
    PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment,
    PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA
        SendDeviceServiceSessionData,
    PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter);
VOID MBB_DEVICE_MBIM_PARAMETERS_INIT(PMBB_DEVICE_MBIM_PARAMETERS MbimParameters,
                                     MBB_MBIM_VERSION Version,
                                     ULONG MaximumFragmentSize,
                                     MBB_MBIM_EXTENDED_VERSION ExtendedVersion);
void MBB_DEVICE_WAKE_CAPABILITIES_INIT(
    MBB_DEVICE_WAKE_CAPABILITIES *Capabilities);
ULONG MbbAdapterGetSessionId(NETADAPTER Adapter);
NTSTATUS MbbAdapterInitialize(NETADAPTER Adapter);
NTSTATUS MbbDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS MbbDeviceInitialize(WDFDEVICE Device, PMBB_DEVICE_CONFIG Config);
VOID MbbDeviceReceiveDeviceServiceSessionData(WDFDEVICE Device,
                                              DSS_SESSION_ID SessionId,
                                              WDFMEMORY Data);
VOID MbbDeviceReportWakeReason(WDFDEVICE Device, MBB_WAKE_REASON_TYPE Reason);
VOID MbbDeviceResponseAvailable(WDFDEVICE Device);
VOID MbbDeviceSendDeviceServiceSessionDataComplete(WDFMEMORY Data,
                                                   NTSTATUS NtStatus);
VOID MbbDeviceSetMbimParameters(WDFDEVICE Device,
                                PMBB_DEVICE_MBIM_PARAMETERS MbimParameters);
VOID MbbDeviceSetWakeCapabilities(
    WDFDEVICE Device, const MBB_DEVICE_WAKE_CAPABILITIES *Capabilities);
VOID MbbRequestComplete(MBBREQUEST Request, NTSTATUS NtStatus);
VOID MbbRequestCompleteWithInformation(MBBREQUEST Request, NTSTATUS NtStatus,
                                       ULONG_PTR Information);
PVOID MbbRequestGetBuffer(MBBREQUEST Request, size_t *BufferSize);
LPCGUID MbbRequestGetCorrelationId(MBBREQUEST Request);

#ifdef __cplusplus
}
#endif

#endif /* _MBBCX_H_ */
