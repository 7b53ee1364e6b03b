/* A battery miniclass driver (batclass.h over the WDK's poclass.h), a
   registry filter's KTM resource manager, a power framework driver's debug
   prints, and a keyboard filter calling the class service (kbdmou.h). */
#include <ntddk.h>
#include <batclass.h>
#include <kbdmou.h>
#include <ntddkbd.h>

static BCLASS_QUERY_INFORMATION_CALLBACK QueryInformation;
static NTSTATUS QueryInformation(PVOID Context, ULONG BatteryTag,
                                 BATTERY_QUERY_INFORMATION_LEVEL Level,
                                 LONG AtRate, PVOID Buffer, ULONG BufferLength,
                                 PULONG ReturnedLength) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(BatteryTag);
  UNREFERENCED_PARAMETER(AtRate);
  if (Level == BatteryInformation &&
      BufferLength >= sizeof(BATTERY_INFORMATION)) {
    ((PBATTERY_INFORMATION)Buffer)->Capabilities = BATTERY_SYSTEM_BATTERY;
    *ReturnedLength = sizeof(BATTERY_INFORMATION);
    return STATUS_SUCCESS;
  }
  return STATUS_INVALID_DEVICE_REQUEST;
}

NTSTATUS RegisterBattery(PDEVICE_OBJECT Fdo, PDEVICE_OBJECT Pdo,
                         PVOID *ClassHandle) {
  BATTERY_MINIPORT_INFO Info;
  RtlZeroMemory(&Info, sizeof(Info));
  Info.MajorVersion = BATTERY_CLASS_MAJOR_VERSION;
  Info.MinorVersion = BATTERY_CLASS_MINOR_VERSION;
  Info.QueryInformation = QueryInformation;
  Info.Pdo = Pdo;
  Info.DeviceName = NULL;
  UNREFERENCED_PARAMETER(Fdo);
  DbgPrintEx(DPFLTR_POWER_ID, DPFLTR_INFO_LEVEL, "battery %d chars\n",
             MAX_BATTERY_STRING_SIZE);
  return BatteryClassInitializeDevice(&Info, ClassHandle);
}

static TM_RM_NOTIFICATION RmNotification;
static NTSTATUS RmNotification(PKENLISTMENT Enlistment, PVOID RMContext,
                               PVOID TransactionContext, ULONG Notification,
                               PLARGE_INTEGER TmVirtualClock,
                               ULONG ArgumentLength, PVOID Argument) {
  UNREFERENCED_PARAMETER(RMContext);
  UNREFERENCED_PARAMETER(TransactionContext);
  UNREFERENCED_PARAMETER(ArgumentLength);
  UNREFERENCED_PARAMETER(Argument);
  if (Notification == TRANSACTION_NOTIFY_COMMIT)
    return TmCommitComplete(Enlistment, TmVirtualClock);
  return TmRollbackComplete(Enlistment, TmVirtualClock);
}

NTSTATUS EnableRm(PKRESOURCEMANAGER ResourceManager) {
  return TmEnableCallbacks(ResourceManager, RmNotification, NULL);
}

VOID PassUp(PCONNECT_DATA Upper, PKEYBOARD_INPUT_DATA Start,
            PKEYBOARD_INPUT_DATA End, PULONG Consumed) {
  (*(PSERVICE_CALLBACK_ROUTINE)(ULONG_PTR)Upper->ClassService)(
      Upper->ClassDeviceObject, Start, End, Consumed);
}

/* A battery miniclass that registers with its FDO (version 1.1). */
NTSTATUS RegisterBatteryV11(PDEVICE_OBJECT Fdo, PDEVICE_OBJECT Pdo,
                            PVOID *ClassHandle) {
  BATTERY_MINIPORT_INFO_V1_1 Info;
  RtlZeroMemory(&Info, sizeof(Info));
  Info.MajorVersion = BATTERY_CLASS_MAJOR_VERSION;
  Info.MinorVersion = BATTERY_CLASS_MINOR_VERSION_1;
  Info.QueryInformation = QueryInformation;
  Info.Pdo = Pdo;
  Info.Fdo = Fdo;
  return BatteryClassInitializeDevice((PBATTERY_MINIPORT_INFO)&Info,
                                      ClassHandle);
}

/* A thermal cooling client and a power limit client's interfaces, and a
   power limit policy's requests. */
static DEVICE_ACTIVE_COOLING ActiveCooling;
static VOID ActiveCooling(PVOID Context, BOOLEAN Engaged) {
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(Engaged);
}
static QUERY_POWER_LIMIT_ATTRIBUTES QueryLimitAttributes;
static NTSTATUS QueryLimitAttributes(PVOID Context, ULONG BufferCount,
                                     PVOID Buffer, PULONG AttributeCount) {
  PPOWER_LIMIT_ATTRIBUTES Attributes = (PPOWER_LIMIT_ATTRIBUTES)Buffer;
  UNREFERENCED_PARAMETER(Context);
  *AttributeCount = 1;
  if (BufferCount < 1)
    return STATUS_BUFFER_TOO_SMALL;
  Attributes[0].Type = PowerLimitContinuous;
  Attributes[0].DefaultACValue = POWER_LIMIT_VALUE_NO_CONTROL;
  Attributes[0].Flags.SupportTimeParameter = 1;
  return STATUS_SUCCESS;
}

VOID FillInterfaces(PTHERMAL_COOLING_INTERFACE Thermal,
                    PPOWER_LIMIT_INTERFACE Limits) {
  Thermal->Version = THERMAL_COOLING_INTERFACE_VERSION;
  Thermal->ActiveCooling = ActiveCooling;
  Limits->Size = sizeof(POWER_LIMIT_INTERFACE);
  Limits->QueryAttributes = QueryLimitAttributes;
}

NTSTATUS SetLimit(PDEVICE_OBJECT Target, PDEVICE_OBJECT Policy,
                  PCOUNTED_REASON_CONTEXT Reason, const GUID **Interfaces) {
  PVOID Request;
  POWER_LIMIT_VALUE Value;
  NTSTATUS Status = PoCreatePowerLimitRequest(&Request, Target, Policy, Reason);
  Interfaces[0] = &GUID_DEVINTERFACE_POWER_LIMIT;
  Interfaces[1] = &GUID_THERMAL_COOLING_INTERFACE;
  if (!NT_SUCCESS(Status))
    return Status;
  Value.Type = PowerLimitPreemptive;
  Value.DomainId = 0;
  Value.TargetValue = 15000;
  Value.TimeParameter = POWER_LIMIT_VALUE_NO_CONTROL;
  Status = PoSetPowerLimitValue(Request, Reason, 1, &Value);
  PoDeletePowerLimitRequest(Request);
  return Status;
}
