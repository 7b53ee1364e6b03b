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
