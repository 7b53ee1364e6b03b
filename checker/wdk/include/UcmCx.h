/* wskcheck WDK profile: UcmCx.h, the USB connector manager class
 * extension (UcmCx) a USB Type-C port controller's KMDF client driver
 * programs against: the connector object, its Type-C and Power Delivery
 * configuration, the role callbacks and the notifications the client sends
 * (ucmmanager.h), and their types (ucmtypes.h), written from the UcmCx
 * documentation. The WDK keeps it in ucm/1.0; ucm/1.0/UcmCx.h includes
 * this one. A whole header mingw-w64 does not have.
 *
 * The routines are plain declarations and the *_INIT helpers inline, so
 * the analysis sees calls of the documented routines. The documentation
 * lists enumeration members in order without their values; they count up
 * from zero (so Sink | Source and Dfp | Ufp, which drivers combine, stay
 * distinct). The power and request data object layouts are the USB Power
 * Delivery specification's.
 */
#ifndef _UCMCX_H_
#define _UCMCX_H_

#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* ucmtypes.h                                                          */

typedef enum _UCM_TYPEC_OPERATING_MODE {
  UcmTypeCOperatingModeInvalid,
  UcmTypeCOperatingModeDfp,
  UcmTypeCOperatingModeUfp,
  UcmTypeCOperatingModeDrp
} UCM_TYPEC_OPERATING_MODE;

typedef enum _UCM_TYPEC_CURRENT {
  UcmTypeCCurrentInvalid,
  UcmTypeCCurrentDefaultUsb,
  UcmTypeCCurrent1500mA,
  UcmTypeCCurrent3000mA
} UCM_TYPEC_CURRENT;

typedef enum _UCM_TYPEC_PARTNER {
  UcmTypeCPartnerInvalid,
  UcmTypeCPartnerUfp,
  UcmTypeCPartnerDfp,
  UcmTypeCPartnerPoweredCableNoUfp,
  UcmTypeCPartnerPoweredCableWithUfp,
  UcmTypeCPartnerAudioAccessory,
  UcmTypeCPartnerDebugAccessory
} UCM_TYPEC_PARTNER;

/* The documentation's syntax gives the data role type, UCM_DATA_ROLE,
   without an enumeration page; its members are the ones drivers use, in
   the order of the documented USBC_DATA_ROLE. */
typedef enum _UCM_DATA_ROLE {
  UcmDataRoleInvalid,
  UcmDataRoleDfp,
  UcmDataRoleUfp
} UCM_DATA_ROLE;

typedef enum _UCM_POWER_ROLE {
  UcmPowerRoleInvalid,
  UcmPowerRoleSink,
  UcmPowerRoleSource
} UCM_POWER_ROLE;

typedef enum _UCM_CHARGING_STATE {
  UcmChargingStateInvalid,
  UcmChargingStateNotCharging,
  UcmChargingStateNominalCharging,
  UcmChargingStateSlowCharging,
  UcmChargingStateTrickleCharging
} UCM_CHARGING_STATE;

typedef enum _UCM_PD_CONN_STATE {
  UcmPdConnStateInvalid,
  UcmPdConnStateNotSupported,
  UcmPdConnStateNegotiationFailed,
  UcmPdConnStateNegotiationSucceeded
} UCM_PD_CONN_STATE;

/* The two-bit type field of a power data object (USB PD). */
typedef enum _UCM_PD_POWER_DATA_OBJECT_TYPE {
  UcmPdPdoTypeFixedSupply = 0,
  UcmPdPdoTypeBatterySupply = 1,
  UcmPdPdoTypeVariableSupplyNonBattery = 2
} UCM_PD_POWER_DATA_OBJECT_TYPE;

typedef union _UCM_PD_POWER_DATA_OBJECT {
  ULONG Ul;
  struct {
    ULONG Reserved : 30;
    ULONG Type : 2;
  } Common;
  struct {
    ULONG MaximumCurrentIn10mA : 10;
    ULONG VoltageIn50mV : 10;
    ULONG PeakCurrent : 2;
    ULONG Reserved : 3;
    ULONG DataRoleSwap : 1;
    ULONG UsbCommunicationCapable : 1;
    ULONG ExternallyPowered : 1;
    ULONG UsbSuspendSupported : 1;
    ULONG DualRolePower : 1;
    ULONG FixedSupply : 2;
  } FixedSupplyPdo;
  struct {
    ULONG MaximumCurrentIn10mA : 10;
    ULONG MinimumVoltageIn50mV : 10;
    ULONG MaximumVoltageIn50mV : 10;
    ULONG VariableSupportNonBattery : 2;
  } VariableSupplyNonBatteryPdo;
  struct {
    ULONG MaximumAllowablePowerIn250mW : 10;
    ULONG MinimumVoltageIn50mV : 10;
    ULONG MaximumVoltageIn50mV : 10;
    ULONG Battery : 2;
  } BatterySupplyPdo;
} UCM_PD_POWER_DATA_OBJECT, *PUCM_PD_POWER_DATA_OBJECT;

typedef union _UCM_PD_REQUEST_DATA_OBJECT {
  ULONG Ul;
  struct {
    ULONG Reserved1 : 28;
    ULONG ObjectPosition : 3;
    ULONG Reserved2 : 1;
  } Common;
  struct {
    ULONG MaximumOperatingCurrentIn10mA : 10;
    ULONG OperatingCurrentIn10mA : 10;
    ULONG Reserved1 : 4;
    ULONG NoUsbSuspend : 1;
    ULONG UsbCommunicationCapable : 1;
    ULONG CapabilityMismatch : 1;
    ULONG GiveBackFlag : 1;
    ULONG ObjectPosition : 3;
    ULONG Reserved2 : 1;
  } FixedAndVariableRdo;
  struct {
    ULONG MaximumOperatingPowerIn250mW : 10;
    ULONG OperatingPowerIn250mW : 10;
    ULONG Reserved1 : 4;
    ULONG NoUsbSuspend : 1;
    ULONG UsbCommunicationCapable : 1;
    ULONG CapabilityMismatch : 1;
    ULONG GiveBackFlag : 1;
    ULONG ObjectPosition : 3;
    ULONG Reserved2 : 1;
  } BatteryRdo;
} UCM_PD_REQUEST_DATA_OBJECT, *PUCM_PD_REQUEST_DATA_OBJECT;

FORCEINLINE UCM_PD_POWER_DATA_OBJECT_TYPE
UCM_PD_POWER_DATA_OBJECT_GET_TYPE(PUCM_PD_POWER_DATA_OBJECT Pdo) {
  return (UCM_PD_POWER_DATA_OBJECT_TYPE)Pdo->Common.Type;
}

FORCEINLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_ULONG(
    PUCM_PD_POWER_DATA_OBJECT Pdo, ULONG UlongInLittleEndian) {
  Pdo->Ul = UlongInLittleEndian;
}

FORCEINLINE VOID
UCM_PD_POWER_DATA_OBJECT_INIT_FIXED(PUCM_PD_POWER_DATA_OBJECT Pdo) {
  Pdo->Ul = 0;
  Pdo->Common.Type = UcmPdPdoTypeFixedSupply;
}

FORCEINLINE VOID
UCM_PD_POWER_DATA_OBJECT_INIT_BATTERY(PUCM_PD_POWER_DATA_OBJECT Pdo) {
  Pdo->Ul = 0;
  Pdo->Common.Type = UcmPdPdoTypeBatterySupply;
}

FORCEINLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_VARIABLE_NON_BATTERY(
    PUCM_PD_POWER_DATA_OBJECT Pdo) {
  Pdo->Ul = 0;
  Pdo->Common.Type = UcmPdPdoTypeVariableSupplyNonBattery;
}

FORCEINLINE VOID UCM_PD_REQUEST_DATA_OBJECT_INIT_ULONG(
    PUCM_PD_REQUEST_DATA_OBJECT Rdo, ULONG UlongInLittleEndian) {
  Rdo->Ul = UlongInLittleEndian;
}

/* ------------------------------------------------------------------ */
/* ucmmanager.h                                                        */

typedef struct UCMCONNECTOR__ *UCMCONNECTOR;

typedef NTSTATUS EVT_UCM_CONNECTOR_SET_DATA_ROLE(UCMCONNECTOR Connector,
                                                 UCM_DATA_ROLE DataRole);
typedef EVT_UCM_CONNECTOR_SET_DATA_ROLE *PFN_UCM_CONNECTOR_SET_DATA_ROLE;
typedef NTSTATUS EVT_UCM_CONNECTOR_SET_POWER_ROLE(UCMCONNECTOR Connector,
                                                  UCM_POWER_ROLE PowerRole);
typedef EVT_UCM_CONNECTOR_SET_POWER_ROLE *PFN_UCM_CONNECTOR_SET_POWER_ROLE;

typedef struct _UCM_MANAGER_CONFIG {
  ULONG Size;
} UCM_MANAGER_CONFIG, *PUCM_MANAGER_CONFIG;

typedef struct _UCM_CONNECTOR_TYPEC_CONFIG {
  ULONG Size;
  BOOLEAN IsSupported;
  ULONG SupportedOperatingModes;
  ULONG SupportedPowerSourcingCapabilities;
  BOOLEAN AudioAccessoryCapable;
  PFN_UCM_CONNECTOR_SET_DATA_ROLE EvtSetDataRole;
} UCM_CONNECTOR_TYPEC_CONFIG, *PUCM_CONNECTOR_TYPEC_CONFIG;

typedef struct _UCM_CONNECTOR_PD_CONFIG {
  ULONG Size;
  BOOLEAN IsSupported;
  ULONG SupportedPowerRoles;
  PFN_UCM_CONNECTOR_SET_POWER_ROLE EvtSetPowerRole;
} UCM_CONNECTOR_PD_CONFIG, *PUCM_CONNECTOR_PD_CONFIG;

typedef struct _UCM_CONNECTOR_CONFIG {
  ULONG Size;
  ULONGLONG ConnectorId;
  PUCM_CONNECTOR_TYPEC_CONFIG TypeCConfig;
  PUCM_CONNECTOR_PD_CONFIG PdConfig;
} UCM_CONNECTOR_CONFIG, *PUCM_CONNECTOR_CONFIG;

typedef struct _UCM_CONNECTOR_TYPEC_ATTACH_PARAMS {
  ULONG Size;
  UCM_TYPEC_PARTNER Partner;
  UCM_TYPEC_CURRENT CurrentAdvertisement;
  UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_TYPEC_ATTACH_PARAMS, *PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS;

typedef struct _UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS {
  ULONG Size;
  UCM_PD_CONN_STATE PdConnState;
  UCM_PD_REQUEST_DATA_OBJECT Rdo;
  UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS,
    *PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS;

FORCEINLINE VOID UCM_MANAGER_CONFIG_INIT(PUCM_MANAGER_CONFIG Config) {
  RtlZeroMemory(Config, sizeof(UCM_MANAGER_CONFIG));
  Config->Size = sizeof(UCM_MANAGER_CONFIG);
}

FORCEINLINE VOID UCM_CONNECTOR_CONFIG_INIT(PUCM_CONNECTOR_CONFIG Config,
                                           ULONGLONG ConnectorId) {
  RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_CONFIG));
  Config->Size = sizeof(UCM_CONNECTOR_CONFIG);
  Config->ConnectorId = ConnectorId;
}

FORCEINLINE VOID UCM_CONNECTOR_TYPEC_CONFIG_INIT(
    PUCM_CONNECTOR_TYPEC_CONFIG Config, ULONG SupportedOperatingModes,
    ULONG SupportedPowerSourcingCapabilities) {
  RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_TYPEC_CONFIG));
  Config->Size = sizeof(UCM_CONNECTOR_TYPEC_CONFIG);
  Config->IsSupported = TRUE;
  Config->SupportedOperatingModes = SupportedOperatingModes;
  Config->SupportedPowerSourcingCapabilities =
      SupportedPowerSourcingCapabilities;
}

FORCEINLINE VOID UCM_CONNECTOR_PD_CONFIG_INIT(PUCM_CONNECTOR_PD_CONFIG Config,
                                              ULONG SupportedPowerRoles) {
  RtlZeroMemory(Config, sizeof(UCM_CONNECTOR_PD_CONFIG));
  Config->Size = sizeof(UCM_CONNECTOR_PD_CONFIG);
  Config->IsSupported = TRUE;
  Config->SupportedPowerRoles = SupportedPowerRoles;
}

FORCEINLINE VOID UCM_CONNECTOR_TYPEC_ATTACH_PARAMS_INIT(
    PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params, UCM_TYPEC_PARTNER Partner) {
  RtlZeroMemory(Params, sizeof(UCM_CONNECTOR_TYPEC_ATTACH_PARAMS));
  Params->Size = sizeof(UCM_CONNECTOR_TYPEC_ATTACH_PARAMS);
  Params->Partner = Partner;
}

FORCEINLINE VOID UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS_INIT(
    PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params,
    UCM_PD_CONN_STATE PdConnState) {
  RtlZeroMemory(Params, sizeof(UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS));
  Params->Size = sizeof(UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS);
  Params->PdConnState = PdConnState;
}

NTSTATUS UcmInitializeDevice(WDFDEVICE WdfDevice, PUCM_MANAGER_CONFIG Config);
NTSTATUS UcmConnectorCreate(WDFDEVICE WdfDevice, PUCM_CONNECTOR_CONFIG Config,
                            PWDF_OBJECT_ATTRIBUTES Attributes,
                            UCMCONNECTOR *Connector);
NTSTATUS
UcmConnectorTypeCAttach(UCMCONNECTOR Connector,
                        PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params);
NTSTATUS UcmConnectorTypeCDetach(UCMCONNECTOR Connector);
NTSTATUS
UcmConnectorTypeCCurrentAdChanged(UCMCONNECTOR Connector,
                                  UCM_TYPEC_CURRENT CurrentAdvertisement);
NTSTATUS UcmConnectorPdSourceCaps(UCMCONNECTOR Connector,
                                  UCM_PD_POWER_DATA_OBJECT Pdos[],
                                  UCHAR PdoCount);
NTSTATUS UcmConnectorPdPartnerSourceCaps(UCMCONNECTOR Connector,
                                         UCM_PD_POWER_DATA_OBJECT Pdos[],
                                         UCHAR PdoCount);
NTSTATUS UcmConnectorPdConnectionStateChanged(
    UCMCONNECTOR Connector, PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params);
NTSTATUS UcmConnectorChargingStateChanged(UCMCONNECTOR Connector,
                                          UCM_CHARGING_STATE ChargingState);
VOID UcmConnectorDataDirectionChanged(UCMCONNECTOR Connector, BOOLEAN Success,
                                      UCM_DATA_ROLE CurrentDataRole);
VOID UcmConnectorPowerDirectionChanged(UCMCONNECTOR Connector, BOOLEAN Success,
                                       UCM_POWER_ROLE CurrentPowerRole);

#ifdef __cplusplus
}
#endif

#endif /* _UCMCX_H_ */
