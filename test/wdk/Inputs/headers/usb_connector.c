/* A USB Type-C connector driver for the USB connector manager class
   extension (UcmCx): it creates a dual-role, Power Delivery capable
   connector with its role callbacks and reports attach and detach, current
   advertisement, source capabilities, the negotiated contract and role
   swaps. */
#include <UcmCx.h>
#include <ntddk.h>
#include <wdf.h>

EVT_UCM_CONNECTOR_SET_DATA_ROLE SetDataRole;
EVT_UCM_CONNECTOR_SET_POWER_ROLE SetPowerRole;

NTSTATUS SetDataRole(UCMCONNECTOR Connector, UCM_DATA_ROLE DataRole) {
  UcmConnectorDataDirectionChanged(Connector, TRUE, DataRole);
  return STATUS_SUCCESS;
}

NTSTATUS SetPowerRole(UCMCONNECTOR Connector, UCM_POWER_ROLE PowerRole) {
  UcmConnectorPowerDirectionChanged(Connector, TRUE, PowerRole);
  return STATUS_SUCCESS;
}

NTSTATUS CreateConnector(WDFDEVICE Device, ULONGLONG Id,
                         UCMCONNECTOR *Connector) {
  UCM_MANAGER_CONFIG ManagerConfig;
  UCM_CONNECTOR_CONFIG Config;
  UCM_CONNECTOR_TYPEC_CONFIG TypeCConfig;
  UCM_CONNECTOR_PD_CONFIG PdConfig;
  NTSTATUS Status;

  UCM_MANAGER_CONFIG_INIT(&ManagerConfig);
  Status = UcmInitializeDevice(Device, &ManagerConfig);
  if (!NT_SUCCESS(Status))
    return Status;

  UCM_CONNECTOR_CONFIG_INIT(&Config, Id);
  UCM_CONNECTOR_TYPEC_CONFIG_INIT(&TypeCConfig, UcmTypeCOperatingModeDrp,
                                  UcmTypeCCurrentDefaultUsb |
                                      UcmTypeCCurrent1500mA |
                                      UcmTypeCCurrent3000mA);
  TypeCConfig.EvtSetDataRole = SetDataRole;
  UCM_CONNECTOR_PD_CONFIG_INIT(&PdConfig,
                               UcmPowerRoleSink | UcmPowerRoleSource);
  PdConfig.EvtSetPowerRole = SetPowerRole;
  Config.TypeCConfig = &TypeCConfig;
  Config.PdConfig = &PdConfig;
  return UcmConnectorCreate(Device, &Config, WDF_NO_OBJECT_ATTRIBUTES,
                            Connector);
}

NTSTATUS ReportAttach(UCMCONNECTOR Connector, BOOLEAN PartnerIsHost) {
  UCM_CONNECTOR_TYPEC_ATTACH_PARAMS Attach;
  UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Contract;
  UCM_PD_POWER_DATA_OBJECT Pdos[2];
  NTSTATUS Status;

  UCM_CONNECTOR_TYPEC_ATTACH_PARAMS_INIT(
      &Attach, PartnerIsHost ? UcmTypeCPartnerDfp : UcmTypeCPartnerUfp);
  Attach.CurrentAdvertisement = UcmTypeCCurrentDefaultUsb;
  Attach.ChargingState = UcmChargingStateNominalCharging;
  Status = UcmConnectorTypeCAttach(Connector, &Attach);
  if (!NT_SUCCESS(Status))
    return Status;

  UCM_PD_POWER_DATA_OBJECT_INIT_FIXED(&Pdos[0]);
  Pdos[0].FixedSupplyPdo.VoltageIn50mV = 100;
  Pdos[0].FixedSupplyPdo.MaximumCurrentIn10mA = 300;
  UCM_PD_POWER_DATA_OBJECT_INIT_ULONG(&Pdos[1], 0x0002d12c);
  if (UCM_PD_POWER_DATA_OBJECT_GET_TYPE(&Pdos[1]) != UcmPdPdoTypeFixedSupply)
    return STATUS_INVALID_PARAMETER;
  Status = UcmConnectorPdSourceCaps(Connector, Pdos, 2);
  if (NT_SUCCESS(Status))
    Status = UcmConnectorPdPartnerSourceCaps(Connector, Pdos, 1);
  if (!NT_SUCCESS(Status))
    return Status;

  UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS_INIT(
      &Contract, UcmPdConnStateNegotiationSucceeded);
  UCM_PD_REQUEST_DATA_OBJECT_INIT_ULONG(&Contract.Rdo, 0);
  Contract.Rdo.FixedAndVariableRdo.ObjectPosition = 1;
  Contract.ChargingState = UcmChargingStateNominalCharging;
  Status = UcmConnectorPdConnectionStateChanged(Connector, &Contract);
  if (NT_SUCCESS(Status))
    Status =
        UcmConnectorTypeCCurrentAdChanged(Connector, UcmTypeCCurrent1500mA);
  if (NT_SUCCESS(Status))
    Status = UcmConnectorChargingStateChanged(Connector,
                                              UcmChargingStateSlowCharging);
  return Status;
}

NTSTATUS ReportDetach(UCMCONNECTOR Connector) {
  return UcmConnectorTypeCDetach(Connector);
}
