/* A callout registered with the Windows 8 and later versions of the
   callout structure (FWPS_CALLOUT2, FWPS_CALLOUT3), whose classify and
   notify functions take FWPS_FILTER2 and FWPS_FILTER3. */
#include <ntddk.h>
#include <fwpsk.h>

static const GUID CalloutKey = {
    0x6a4f2c51, 0x1d3e, 0x4b7a, {0x9c, 0x21, 0x55, 0x0e, 0x8d, 0x47, 0x3a, 0x10}};

static void NTAPI Classify3(const FWPS_INCOMING_VALUES0 *InFixedValues,
                            const FWPS_INCOMING_METADATA_VALUES0 *InMetaValues,
                            void *LayerData, const void *ClassifyContext,
                            const FWPS_FILTER3 *Filter, UINT64 FlowContext,
                            FWPS_CLASSIFY_OUT0 *ClassifyOut) {
  UNREFERENCED_PARAMETER(InFixedValues);
  UNREFERENCED_PARAMETER(InMetaValues);
  UNREFERENCED_PARAMETER(LayerData);
  UNREFERENCED_PARAMETER(ClassifyContext);
  UNREFERENCED_PARAMETER(FlowContext);
  if (ClassifyOut->rights & FWPS_RIGHT_ACTION_WRITE)
    ClassifyOut->actionType =
        Filter->providerContext != NULL ? FWP_ACTION_PERMIT : FWP_ACTION_CONTINUE;
}

static NTSTATUS NTAPI Notify3(FWPS_CALLOUT_NOTIFY_TYPE NotifyType,
                              const GUID *FilterKey, FWPS_FILTER3 *Filter) {
  UNREFERENCED_PARAMETER(FilterKey);
  if (NotifyType == FWPS_CALLOUT_NOTIFY_ADD_FILTER)
    Filter->context = Filter->filterId;
  return STATUS_SUCCESS;
}

static NTSTATUS NTAPI Notify2(FWPS_CALLOUT_NOTIFY_TYPE NotifyType,
                              const GUID *FilterKey, FWPS_FILTER2 *Filter) {
  UNREFERENCED_PARAMETER(NotifyType);
  UNREFERENCED_PARAMETER(FilterKey);
  return Filter->numFilterConditions ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

NTSTATUS RegisterCallouts(PDEVICE_OBJECT DeviceObject, UINT32 *Id3,
                          UINT32 *Id2) {
  FWPS_CALLOUT3 Callout3 = {0};
  FWPS_CALLOUT2 Callout2 = {0};
  NTSTATUS Status;
  Callout3.calloutKey = CalloutKey;
  Callout3.classifyFn = Classify3;
  Callout3.notifyFn = Notify3;
  Status = FwpsCalloutRegister3(DeviceObject, &Callout3, Id3);
  if (!NT_SUCCESS(Status))
    return Status;
  Callout2.notifyFn = Notify2;
  Status = FwpsCalloutRegister2(DeviceObject, &Callout2, Id2);
  if (!NT_SUCCESS(Status))
    FwpsCalloutUnregisterById0(*Id3);
  return Status;
}
