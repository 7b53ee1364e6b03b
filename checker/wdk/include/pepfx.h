/* wskcheck WDK profile: pepfx.h, the platform extension plug-in (PEP)
 * interface of the Windows power management framework (PoFx): the
 * registration of a plug-in (PoFxRegisterPlugin), the services PoFx gives it
 * (PEP_KERNEL_INFORMATION_STRUCT_V3), the work it hands back (PEP_WORK),
 * the ACPI notifications with their structures, and the ACPI resource
 * descriptors a plug-in builds with the PEP_ACPI_INITIALIZE_* routines,
 * written from the PoFx and PEP documentation. The processor (PPM) and
 * device (DPM) notification structures are not here yet. A whole header
 * mingw-w64 does not have.
 *
 * The documentation gives the ACPI notification IDs; it names the structure
 * versions, PEP_NOTIFY_ACPI_WORK and the RequestCommon request
 * PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES without their values:
 * the values here are stand-ins, distinct from each other. The
 * PEP_ACPI_INITIALIZE_* routines, inline in the WDK, are declarations: the
 * analysis treats them as kernel routines it cannot see.
 */
#ifndef _PEPFX_H_
#define _PEPFX_H_

#include <ntddk.h>
/* ACPI_METHOD_ARGUMENT, which the notifications carry. */
#include <acpiioct.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Handles and versions                                                */

/* A handle the plug-in gives PoFx for a device or processor it serves. */
DECLARE_HANDLE(PEPHANDLE);

/* Stand-ins: the documentation names the versions only. */
#define PEP_INFORMATION_VERSION 3
#define PEP_KERNEL_INFORMATION_V1 1
#define PEP_KERNEL_INFORMATION_V2 2
#define PEP_KERNEL_INFORMATION_V3 3
#ifndef PEP_KERNEL_INFORMATION_VERSION
#define PEP_KERNEL_INFORMATION_VERSION PEP_KERNEL_INFORMATION_V3
#endif
#define PEP_PROCESSOR_IDLE_STATE_UPDATE_VERSION 1
#define PEP_PLATFORM_IDLE_STATE_UPDATE_VERSION 1

#define PEP_FLAG_WORKER_CONCURRENCY 0x1

/* ------------------------------------------------------------------ */
/* ACPI notifications (AcceptAcpiNotification)                         */

#define PEP_NOTIFY_ACPI_PREPARE_DEVICE 0x01
#define PEP_NOTIFY_ACPI_ABANDON_DEVICE 0x02
#define PEP_NOTIFY_ACPI_REGISTER_DEVICE 0x03
#define PEP_NOTIFY_ACPI_UNREGISTER_DEVICE 0x04
#define PEP_NOTIFY_ACPI_ENUMERATE_DEVICE_NAMESPACE 0x05
#define PEP_NOTIFY_ACPI_QUERY_OBJECT_INFORMATION 0x06
#define PEP_NOTIFY_ACPI_EVALUATE_CONTROL_METHOD 0x07
#define PEP_NOTIFY_ACPI_QUERY_DEVICE_CONTROL_RESOURCES 0x08
#define PEP_NOTIFY_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES 0x09
/* Stand-in: documented without its value. */
#define PEP_NOTIFY_ACPI_WORK 0x0A

/* RequestCommon request IDs. Stand-in: documented without its value. */
#define PEP_ACPI_REQUEST_COMMON_CONVERT_TO_BIOS_RESOURCES 0x01

/* Flags the documentation gives with their values. */
#define PEP_ACPI_PREPARE_DEVICE_INPUT_FLAG_NONE 0x0
#define PEP_ACPI_PREPARE_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_REGISTER_DEVICE_INPUT_FLAG_NONE 0x0
#define PEP_ACPI_REGISTER_DEVICE_OUTPUT_FLAG_NONE 0x0
#define PEP_ACPI_UNREGISTER_DEVICE_INPUT_FLAG_NONE 0x0
#define PEP_ACPI_ECM_FLAG_NONE 0x0
#define PEP_ACPI_ECM_FLAG_RELATIVE_NAME 0x1
#define PEP_ACPI_ECM_FLAG_FULLY_QUALIFIED_NAME 0x2
#define PEP_ACPI_QDCR_FLAG_NONE 0x0
#define PEP_ACPI_TDCR_FLAG_NONE 0x0
#define PEP_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE_FLAG_NONE 0x0

#define PROCESSOR_HALT_CACHE_FLUSH_OVERRIDE 0x01
#define PROCESSOR_HALT_CACHE_COHERENT 0x02
#define PROCESSOR_HALT_CONTEXT_RETAINED 0x04
#define PROCESSOR_HALT_RETURN_NOT_SAFE 0x08
#define PROCESSOR_HALT_VIA_PSCI_CPU_SUSPEND 0x16

typedef enum _PEP_ACPI_OBJECT_TYPE {
  PepAcpiObjectTypeMethod,
  PepAcpiObjectTypeDevice,
  PepAcpiObjectTypeMaximum
} PEP_ACPI_OBJECT_TYPE,
    *PPEP_ACPI_OBJECT_TYPE;

typedef union _PEP_ACPI_OBJECT_NAME {
  UCHAR Name[4];
  ULONG NameAsUlong;
} PEP_ACPI_OBJECT_NAME, *PPEP_ACPI_OBJECT_NAME;

typedef struct _PEP_ACPI_OBJECT_NAME_WITH_TYPE {
  PEP_ACPI_OBJECT_NAME Name;
  PEP_ACPI_OBJECT_TYPE Type;
} PEP_ACPI_OBJECT_NAME_WITH_TYPE, *PPEP_ACPI_OBJECT_NAME_WITH_TYPE;

typedef struct _PEP_ACPI_PREPARE_DEVICE {
  PCUNICODE_STRING AcpiDeviceName;
  ULONG InputFlags;
  BOOLEAN DeviceAccepted;
  ULONG OutputFlags;
} PEP_ACPI_PREPARE_DEVICE, *PPEP_ACPI_PREPARE_DEVICE;

typedef struct _PEP_ACPI_ABANDON_DEVICE {
  PCUNICODE_STRING AcpiDeviceName;
  BOOLEAN DeviceAccepted;
} PEP_ACPI_ABANDON_DEVICE, *PPEP_ACPI_ABANDON_DEVICE;

typedef struct _PEP_ACPI_REGISTER_DEVICE {
  PCUNICODE_STRING AcpiDeviceName;
  ULONG InputFlags;
  POHANDLE KernelHandle;
  PEPHANDLE DeviceHandle;
  ULONG OutputFlags;
} PEP_ACPI_REGISTER_DEVICE, *PPEP_ACPI_REGISTER_DEVICE;

typedef struct _PEP_ACPI_UNREGISTER_DEVICE {
  PEPHANDLE DeviceHandle;
  ULONG InputFlags;
} PEP_ACPI_UNREGISTER_DEVICE, *PPEP_ACPI_UNREGISTER_DEVICE;

typedef struct _PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  NTSTATUS Status;
  ULONG ObjectCount;
  SIZE_T ObjectBufferSize;
  PEP_ACPI_OBJECT_NAME_WITH_TYPE Objects[ANYSIZE_ARRAY];
} PEP_ACPI_ENUMERATE_DEVICE_NAMESPACE, *PPEP_ACPI_ENUMERATE_DEVICE_NAMESPACE;

typedef struct _PEP_ACPI_QUERY_OBJECT_INFORMATION {
  PEPHANDLE DeviceHandle;
  PEP_ACPI_OBJECT_NAME Name;
  PEP_ACPI_OBJECT_TYPE Type;
  ULONG ObjectFlags;
  union {
    struct {
      ULONG InputArgumentCount;
      ULONG OutputArgumentCount;
    } MethodObject;
  };
} PEP_ACPI_QUERY_OBJECT_INFORMATION, *PPEP_ACPI_QUERY_OBJECT_INFORMATION;

typedef struct _PEP_ACPI_EVALUATE_CONTROL_METHOD {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  union {
    ULONG MethodName;
    ANSI_STRING MethodNameString;
  };
  NTSTATUS MethodStatus;
  PVOID CompletionContext;
  ULONG InputArgumentCount;
  SIZE_T InputArgumentSize;
  PACPI_METHOD_ARGUMENT InputArguments;
  ULONG OutputArgumentCount;
  SIZE_T OutputArgumentSize;
  PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_ACPI_EVALUATE_CONTROL_METHOD, *PPEP_ACPI_EVALUATE_CONTROL_METHOD;

typedef struct _PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  NTSTATUS Status;
  SIZE_T BiosResourcesSize;
  ACPI_METHOD_ARGUMENT BiosResources[ANYSIZE_ARRAY];
} PEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES,
    *PPEP_ACPI_QUERY_DEVICE_CONTROL_RESOURCES;

typedef struct _PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES {
  PEPHANDLE DeviceHandle;
  ULONG RequestFlags;
  NTSTATUS Status;
  SIZE_T TranslatedResourcesSize;
  PCM_RESOURCE_LIST TranslatedResources;
} PEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES,
    *PPEP_ACPI_TRANSLATED_DEVICE_CONTROL_RESOURCES;

/* ------------------------------------------------------------------ */
/* ACPI resources                                                      */

typedef enum _PEP_ACPI_RESOURCE_TYPE {
  PepAcpiMemory,
  PepAcpiIoPort,
  PepAcpiInterrupt,
  PepAcpiGpioIo,
  PepAcpiGpioInt,
  PepAcpiSpbI2c,
  PepAcpiSpbSpi,
  PepAcpiSpbUart,
  PepAcpiExtendedMemory,
  PepAcpiExtendedIo
} PEP_ACPI_RESOURCE_TYPE,
    *PPEP_ACPI_RESOURCE_TYPE;

typedef enum _GPIO_PIN_CONFIG_TYPE {
  PullDefault,
  PullUp,
  PullDown,
  PullNone
} GPIO_PIN_CONFIG_TYPE,
    *PGPIO_PIN_CONFIG_TYPE;

typedef enum _GPIO_PIN_IORESTRICTION_TYPE {
  IoRestrictionNone,
  IoRestrictionInputOnly,
  IoRestrictionOutputOnly,
  IoRestrictionNoneAndPreserve
} GPIO_PIN_IORESTRICTION_TYPE,
    *PGPIO_PIN_IORESTRICTION_TYPE;

typedef union _PEP_ACPI_RESOURCE_FLAGS {
  ULONG AsULong;
  struct {
    ULONG Shared : 1;
    ULONG Wake : 1;
    ULONG ResourceUsage : 1;
    ULONG SlaveMode : 1;
    ULONG AddressingMode : 1;
    ULONG SharedMode : 1;
    ULONG Reserved : 26;
  };
} PEP_ACPI_RESOURCE_FLAGS, *PPEP_ACPI_RESOURCE_FLAGS;

typedef struct _PEP_ACPI_IO_MEMORY_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  UCHAR Information;
  PHYSICAL_ADDRESS MinimumAddress;
  PHYSICAL_ADDRESS MaximumAddress;
  ULONG Alignment;
  ULONG Length;
} PEP_ACPI_IO_MEMORY_RESOURCE, *PPEP_ACPI_IO_MEMORY_RESOURCE;

typedef struct _PEP_ACPI_INTERRUPT_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  KINTERRUPT_MODE InterruptType;
  KINTERRUPT_POLARITY InterruptPolarity;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  UCHAR Count;
  PULONG Pins;
} PEP_ACPI_INTERRUPT_RESOURCE, *PPEP_ACPI_INTERRUPT_RESOURCE;

typedef struct _PEP_ACPI_GPIO_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  KINTERRUPT_MODE InterruptType;
  KINTERRUPT_POLARITY InterruptPolarity;
  GPIO_PIN_CONFIG_TYPE PinConfig;
  GPIO_PIN_IORESTRICTION_TYPE IoRestrictionType;
  USHORT DriveStrength;
  USHORT DebounceTimeout;
  PUSHORT PinTable;
  USHORT PinCount;
  UCHAR ResourceSourceIndex;
  PUNICODE_STRING ResourceSourceName;
  PUCHAR VendorData;
  USHORT VendorDataLength;
} PEP_ACPI_GPIO_RESOURCE, *PPEP_ACPI_GPIO_RESOURCE;

typedef struct _PEP_ACPI_SPB_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  USHORT TypeSpecificFlags;
  UCHAR ResourceSourceIndex;
  PUNICODE_STRING ResourceSourceName;
  PUCHAR VendorData;
  USHORT VendorDataLength;
} PEP_ACPI_SPB_RESOURCE, *PPEP_ACPI_SPB_RESOURCE;

typedef struct _PEP_ACPI_SPB_I2C_RESOURCE {
  PEP_ACPI_SPB_RESOURCE SpbCommon;
  ULONG ConnectionSpeed;
  USHORT SlaveAddress;
} PEP_ACPI_SPB_I2C_RESOURCE, *PPEP_ACPI_SPB_I2C_RESOURCE;

typedef struct _PEP_ACPI_SPB_SPI_RESOURCE {
  PEP_ACPI_SPB_RESOURCE SpbCommon;
  ULONG ConnectionSpeed;
  UCHAR DataBitLength;
  UCHAR Phase;
  UCHAR Polarity;
  USHORT DeviceSelection;
} PEP_ACPI_SPB_SPI_RESOURCE, *PPEP_ACPI_SPB_SPI_RESOURCE;

typedef struct _PEP_ACPI_SPB_UART_RESOURCE {
  PEP_ACPI_SPB_RESOURCE SpbCommon;
  ULONG BaudRate;
  USHORT RxBufferSize;
  USHORT TxBufferSize;
  UCHAR Parity;
  UCHAR LinesInUse;
} PEP_ACPI_SPB_UART_RESOURCE, *PPEP_ACPI_SPB_UART_RESOURCE;

typedef struct _PEP_ACPI_EXTENDED_ADDRESS {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_RESOURCE_FLAGS Flags;
  UCHAR ResourceFlags;
  UCHAR GeneralFlags;
  UCHAR TypeSpecificFlags;
  UCHAR RevisionId;
  UCHAR Reserved;
  ULONGLONG Granularity;
  ULONGLONG MinimumAddress;
  ULONGLONG MaximumAddress;
  ULONGLONG TranslationAddress;
  ULONGLONG AddressLength;
  ULONGLONG TypeAttribute;
  PUNICODE_STRING DescriptorName;
} PEP_ACPI_EXTENDED_ADDRESS, *PPEP_ACPI_EXTENDED_ADDRESS;

typedef union _PEP_ACPI_RESOURCE {
  PEP_ACPI_RESOURCE_TYPE Type;
  PEP_ACPI_IO_MEMORY_RESOURCE IoMemory;
  PEP_ACPI_INTERRUPT_RESOURCE Interrupt;
  PEP_ACPI_GPIO_RESOURCE Gpio;
  PEP_ACPI_SPB_I2C_RESOURCE SpbI2c;
  PEP_ACPI_SPB_SPI_RESOURCE SpbSpi;
  PEP_ACPI_SPB_UART_RESOURCE SpbUart;
  PEP_ACPI_EXTENDED_ADDRESS ExtendedAddress;
} PEP_ACPI_RESOURCE, *PPEP_ACPI_RESOURCE;

typedef struct _PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES {
  NTSTATUS TranslationStatus;
  PPEP_ACPI_RESOURCE InputBuffer;
  SIZE_T InputBufferSize;
  PVOID OutputBuffer;
  SIZE_T OutputBufferSize;
  ULONG Flags;
} PEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES,
    *PPEP_ACPI_REQUEST_CONVERT_TO_BIOS_RESOURCES;

VOID PEP_ACPI_INITIALIZE_MEMORY_RESOURCE(UCHAR ReadWrite, ULONG MinimumAddress,
                                         ULONG MaximumAddress, ULONG Alignment,
                                         ULONG MemorySize,
                                         PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_IOPORT_RESOURCE(UCHAR Decode, USHORT MinimumAddress,
                                         USHORT MaximumAddress, UCHAR Alignment,
                                         UCHAR PortLength,
                                         PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_INTERRUPT_RESOURCE(BOOLEAN ResourceUsage,
                                            KINTERRUPT_MODE EdgeLevel,
                                            KINTERRUPT_POLARITY InterruptLevel,
                                            BOOLEAN ShareType, BOOLEAN Wake,
                                            PULONG PinTable, UCHAR PinCount,
                                            PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_GPIO_IO_RESOURCE(
    BOOLEAN Shareable, BOOLEAN CanWake, GPIO_PIN_CONFIG_TYPE PinConfig,
    USHORT DebounceTimeout, USHORT DriveStrength,
    GPIO_PIN_IORESTRICTION_TYPE IoRestriction, UCHAR ResourceSourceIndex,
    PUNICODE_STRING ResourceSourceName, BOOLEAN ResourceUsage,
    PUCHAR VendorData, USHORT VendorDataLength, PUSHORT PinTable,
    USHORT PinCount, PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_GPIO_INT_RESOURCE(
    KINTERRUPT_MODE InterruptType, KINTERRUPT_POLARITY LevelType,
    BOOLEAN Shareable, BOOLEAN CanWake, GPIO_PIN_CONFIG_TYPE PinConfig,
    USHORT DebounceTimeout, UCHAR ResourceSourceIndex,
    PUNICODE_STRING ResourceSourceName, BOOLEAN ResourceUsage,
    PUCHAR VendorData, USHORT VendorDataLength, PUSHORT PinTable,
    UCHAR PinCount, PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_SPB_I2C_RESOURCE(
    USHORT SlaveAddress, BOOLEAN DeviceInitiated, ULONG ConnectionSpeed,
    BOOLEAN AddressingMode, PUNICODE_STRING ResourceSource,
    UCHAR ResourceSourceIndex, BOOLEAN ResourceUsage, BOOLEAN SharedMode,
    PCHAR VendorData, USHORT VendorDataLength, PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_SPB_SPI_RESOURCE(
    USHORT DeviceSelection, BOOLEAN DeviceSelectionPolarity, BOOLEAN WireMode,
    UCHAR DataBitLength, BOOLEAN SlaveMode, ULONG ConnectionSpeed,
    UCHAR ClockPolarity, UCHAR ClockPhase, PUNICODE_STRING ResourceSource,
    UCHAR ResourceSourceIndex, BOOLEAN ResourceUsage, BOOLEAN SharedMode,
    PCHAR VendorData, USHORT VendorDataLength, PPEP_ACPI_RESOURCE Resource);
VOID PEP_ACPI_INITIALIZE_SPB_UART_RESOURCE(
    ULONG BaudRate, USHORT RxBufferSize, USHORT TxBufferSize,
    USHORT FlowControl, UCHAR StopBits, UCHAR DataBits, BOOLEAN IsBigEndian,
    UCHAR Parity, UCHAR LinesInUse, PUNICODE_STRING ResourceSource,
    UCHAR ResourceSourceIndex, BOOLEAN ResourceUsage, BOOLEAN SharedMode,
    PCHAR VendorData, USHORT VendorDataLength, PPEP_ACPI_RESOURCE Resource);

/* ------------------------------------------------------------------ */
/* Work the plug-in hands to PoFx                                      */

typedef enum _PEP_WORK_TYPE {
  PepWorkRequestPowerControl,
  PepWorkCompleteIdleState,
  PepWorkCompletePerfState,
  PepWorkAcpiNotify,
  PepWorkAcpiEvaluateControlMethodComplete,
  PepWorkMax
} PEP_WORK_TYPE,
    *PPEP_WORK_TYPE;

typedef struct _PEP_WORK_POWER_CONTROL {
  POHANDLE DeviceHandle;
  LPCGUID PowerControlCode;
  PVOID RequestContext;
  PVOID InBuffer;
  SIZE_T InBufferSize;
  PVOID OutBuffer;
  SIZE_T OutBufferSize;
} PEP_WORK_POWER_CONTROL, *PPEP_WORK_POWER_CONTROL;

typedef struct _PEP_WORK_COMPLETE_IDLE_STATE {
  POHANDLE DeviceHandle;
  ULONG Component;
} PEP_WORK_COMPLETE_IDLE_STATE, *PPEP_WORK_COMPLETE_IDLE_STATE;

typedef struct _PEP_WORK_COMPLETE_PERF_STATE {
  POHANDLE DeviceHandle;
  ULONG Component;
  BOOLEAN Succeeded;
} PEP_WORK_COMPLETE_PERF_STATE, *PPEP_WORK_COMPLETE_PERF_STATE;

typedef struct _PEP_WORK_ACPI_NOTIFY {
  POHANDLE DeviceHandle;
  ULONG NotifyCode;
} PEP_WORK_ACPI_NOTIFY, *PPEP_WORK_ACPI_NOTIFY;

typedef struct _PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE {
  POHANDLE DeviceHandle;
  ULONG CompletionFlags;
  NTSTATUS MethodStatus;
  PVOID CompletionContext;
  SIZE_T OutputArgumentSize;
  PACPI_METHOD_ARGUMENT OutputArguments;
} PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE,
    *PPEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE;

typedef struct _PEP_WORK_INFORMATION {
  PEP_WORK_TYPE WorkType;
  union {
    PEP_WORK_POWER_CONTROL PowerControl;
    PEP_WORK_COMPLETE_IDLE_STATE CompleteIdleState;
    PEP_WORK_COMPLETE_PERF_STATE CompletePerfState;
    PEP_WORK_ACPI_NOTIFY AcpiNotify;
    PEP_WORK_ACPI_EVALUATE_CONTROL_METHOD_COMPLETE ControlMethodComplete;
  };
} PEP_WORK_INFORMATION, *PPEP_WORK_INFORMATION;

typedef struct _PEP_WORK {
  PPEP_WORK_INFORMATION WorkInformation;
  BOOLEAN NeedWork;
} PEP_WORK, *PPEP_WORK;

/* ------------------------------------------------------------------ */
/* Processor idle states and interrupts                                */

typedef struct _PEP_PROCESSOR_IDLE_STATE_V2 {
  union {
    ULONG Ulong;
    struct {
      ULONG Interruptible : 1;
      ULONG CacheCoherent : 1;
      ULONG ThreadContextRetained : 1;
      ULONG CStateType : 4;
      ULONG WakesSpuriously : 1;
      ULONG PlatformOnly : 1;
      ULONG Autonomous : 1;
      ULONG Reserved : 22;
    };
  };
  ULONG Latency;
  ULONG BreakEvenDuration;
} PEP_PROCESSOR_IDLE_STATE_V2, *PPEP_PROCESSOR_IDLE_STATE_V2;

typedef struct _PEP_PROCESSOR_IDLE_STATE_UPDATE {
  ULONG Version;
  ULONG Latency;
  ULONG BreakEvenDuration;
} PEP_PROCESSOR_IDLE_STATE_UPDATE, *PPEP_PROCESSOR_IDLE_STATE_UPDATE;

typedef struct _PEP_PLATFORM_IDLE_STATE_UPDATE {
  ULONG Version;
  ULONG Latency;
  ULONG BreakEvenDuration;
} PEP_PLATFORM_IDLE_STATE_UPDATE, *PPEP_PLATFORM_IDLE_STATE_UPDATE;

typedef union _PEP_UNMASKED_INTERRUPT_FLAGS {
  struct {
    USHORT SecondaryInterrupt : 1;
    USHORT Reserved : 15;
  };
  USHORT AsUSHORT;
} PEP_UNMASKED_INTERRUPT_FLAGS, *PPEP_UNMASKED_INTERRUPT_FLAGS;

typedef struct _PEP_UNMASKED_INTERRUPT_INFORMATION {
  USHORT Version;
  USHORT Size;
  PEP_UNMASKED_INTERRUPT_FLAGS Flags;
  KINTERRUPT_MODE Mode;
  KINTERRUPT_POLARITY Polarity;
  ULONG Gsiv;
  USHORT PinNumber;
  HANDLE DeviceHandle;
} PEP_UNMASKED_INTERRUPT_INFORMATION, *PPEP_UNMASKED_INTERRUPT_INFORMATION;

/* ------------------------------------------------------------------ */
/* Callbacks and registration                                          */

typedef BOOLEAN PEPCALLBACKNOTIFYDPM(ULONG Notification, PVOID Data);
typedef PEPCALLBACKNOTIFYDPM *PPEPCALLBACKNOTIFYDPM;
typedef BOOLEAN PEPCALLBACKNOTIFYPPM(PEPHANDLE Handle, ULONG Notification,
                                     PVOID Data);
typedef PEPCALLBACKNOTIFYPPM *PPEPCALLBACKNOTIFYPPM;
typedef BOOLEAN PEPCALLBACKNOTIFYACPI(ULONG Notification, PVOID Data);
typedef PEPCALLBACKNOTIFYACPI *PPEPCALLBACKNOTIFYACPI;

typedef NTSTATUS PROCESSOR_HALT_ROUTINE(PVOID Context);
typedef PROCESSOR_HALT_ROUTINE *PPROCESSOR_HALT_ROUTINE;
typedef BOOLEAN PO_ENUMERATE_INTERRUPT_SOURCE_CALLBACK(
    PVOID CallbackContext,
    PPEP_UNMASKED_INTERRUPT_INFORMATION InterruptInformation);
typedef PO_ENUMERATE_INTERRUPT_SOURCE_CALLBACK
    *PPO_ENUMERATE_INTERRUPT_SOURCE_CALLBACK;

typedef VOID POFXCALLBACKREQUESTWORKER(POHANDLE PluginHandle);
typedef POFXCALLBACKREQUESTWORKER *PPOFXREQUESTWORKER;
typedef NTSTATUS POFXCALLBACKENUMERATEUNMASKEDINTERRUPTS(
    POHANDLE PluginHandle, ULONG EnumerateFlags,
    PPO_ENUMERATE_INTERRUPT_SOURCE_CALLBACK Callback, PVOID CallbackContext,
    PPEP_UNMASKED_INTERRUPT_INFORMATION InterruptInformation);
typedef POFXCALLBACKENUMERATEUNMASKEDINTERRUPTS
    *PPOFXENUMERATEUNMASKEDINTERRUPTS;
typedef NTSTATUS POFXCALLBACKPROCESSORHALT(ULONG Flags, PVOID Context,
                                           PPROCESSOR_HALT_ROUTINE Halt);
typedef POFXCALLBACKPROCESSORHALT *PPOFXPROCESSORHALT;
typedef NTSTATUS POFXCALLBACKREQUESTINTERRUPT(ULONG Gsiv);
typedef POFXCALLBACKREQUESTINTERRUPT *PPOFXREQUESTINTERRUPT;
typedef VOID POFXCALLBACKCRITICALRESOURCE(POHANDLE DeviceHandle,
                                          ULONG Component, BOOLEAN Active);
typedef POFXCALLBACKCRITICALRESOURCE *PPOFXTRANSITIONCRITICALRESOURCE;
typedef NTSTATUS POFXCALLBACKPROCESSORIDLEVETO(POHANDLE ProcessorHandle,
                                               ULONG ProcessorState,
                                               ULONG VetoReason,
                                               BOOLEAN Increment);
typedef POFXCALLBACKPROCESSORIDLEVETO *PPOFXPROCESSORIDLEVETO;
typedef NTSTATUS POFXCALLBACKPLATFORMIDLEVETO(POHANDLE ProcessorHandle,
                                              ULONG PlatformState,
                                              ULONG VetoReason,
                                              BOOLEAN Increment);
typedef POFXCALLBACKPLATFORMIDLEVETO *PPOFXPLATFORMIDLEVETO;
typedef NTSTATUS
POFXCALLBACKUPDATEPROCESSORIDLESTATE(POHANDLE ProcessorHandle,
                                     ULONG ProcessorState,
                                     PPEP_PROCESSOR_IDLE_STATE_UPDATE Update);
typedef POFXCALLBACKUPDATEPROCESSORIDLESTATE *PPOFXUPDATEPROCESSORIDLESTATE;
typedef NTSTATUS
POFXCALLBACKUPDATEPLATFORMIDLESTATE(POHANDLE ProcessorHandle,
                                    ULONG PlatformState,
                                    PPEP_PLATFORM_IDLE_STATE_UPDATE Update);
typedef POFXCALLBACKUPDATEPLATFORMIDLESTATE *PPOFXUPDATEPLATFORMIDLESTATE;
typedef NTSTATUS POFXCALLBACKREQUESTCOMMON(ULONG RequestId, PVOID Data);
typedef POFXCALLBACKREQUESTCOMMON *PPOFXREQUESTCOMMON;

typedef struct _PEP_INFORMATION {
  USHORT Version;
  USHORT Size;
  PPEPCALLBACKNOTIFYDPM AcceptDeviceNotification;
  PPEPCALLBACKNOTIFYPPM AcceptProcessorNotification;
  PPEPCALLBACKNOTIFYACPI AcceptAcpiNotification;
} PEP_INFORMATION, *PPEP_INFORMATION;

typedef struct _PEP_KERNEL_INFORMATION_STRUCT_V3 {
  USHORT Version;
  USHORT Size;
  POHANDLE Plugin;
  PPOFXREQUESTWORKER RequestWorker;
  PPOFXENUMERATEUNMASKEDINTERRUPTS EnumerateUnmaskedInterrupts;
  PPOFXPROCESSORHALT ProcessorHalt;
  PPOFXREQUESTINTERRUPT RequestInterrupt;
  PPOFXTRANSITIONCRITICALRESOURCE TransitionCriticalResource;
  PPOFXPROCESSORIDLEVETO ProcessorIdleVeto;
  PPOFXPLATFORMIDLEVETO PlatformIdleVeto;
  PPOFXUPDATEPROCESSORIDLESTATE UpdateProcessorIdleState;
  PPOFXUPDATEPLATFORMIDLESTATE UpdatePlatformIdleState;
  PPOFXREQUESTCOMMON RequestCommon;
} PEP_KERNEL_INFORMATION_STRUCT_V3, *PPEP_KERNEL_INFORMATION_STRUCT_V3;

typedef PEP_KERNEL_INFORMATION_STRUCT_V3 PEP_KERNEL_INFORMATION,
    *PPEP_KERNEL_INFORMATION;

NTSTATUS PoFxRegisterPlugin(PPEP_INFORMATION PepInformation,
                            PPEP_KERNEL_INFORMATION KernelInformation);
NTSTATUS PoFxRegisterPluginEx(PPEP_INFORMATION PepInformation, ULONG Flags,
                              PPEP_KERNEL_INFORMATION KernelInformation);

#ifdef __cplusplus
}
#endif

#endif /* _PEPFX_H_ */
