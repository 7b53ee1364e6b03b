/* wskcheck WDK profile: mingw-w64's portcls.h (the audio port class
 * driver), plus the interfaces and routines of Windows 8 and later that it
 * lacks, written from their documentation: WaveRT packet streams, audio
 * signal processing modes, the port class's ETW, power, runtime power and
 * notification helpers, stream resources, and the IMP_ macros a miniport
 * class declares its methods with.
 *
 * Each addition is guarded, so a newer mingw-w64 that has it wins.
 */
#ifndef WSKCHECK_WDK_PORTCLS_H
#define WSKCHECK_WDK_PORTCLS_H

#include_next <portcls.h>

/* ------------------------------------------------------------------ */
/* The IMP_ macros mingw-w64 lacks for interfaces it declares.         */

#ifndef IMP_IMiniportTopology
#define IMP_IMiniportTopology                                                  \
  IMP_IMiniport;                                                               \
  STDMETHODIMP_(NTSTATUS)                                                      \
  Init(PUNKNOWN UnknownAdapter, PRESOURCELIST ResourceList,                    \
       PPORTTOPOLOGY Port)
#endif

#ifndef IMP_IMiniportWaveRTStreamNotification
#define IMP_IMiniportWaveRTStreamNotification                                  \
  STDMETHODIMP_(NTSTATUS)                                                      \
  AllocateBufferWithNotification(                                              \
      ULONG NotificationCount, ULONG RequestedSize, PMDL *AudioBufferMdl,     \
      ULONG *ActualSize, ULONG *OffsetFromFirstPage,                           \
      MEMORY_CACHING_TYPE *CacheType);                                         \
  STDMETHODIMP_(VOID)                                                          \
  FreeBufferWithNotification(PMDL AudioBufferMdl, ULONG BufferSize);           \
  STDMETHODIMP_(NTSTATUS) RegisterNotificationEvent(PKEVENT NotificationEvent); \
  STDMETHODIMP_(NTSTATUS)                                                      \
  UnregisterNotificationEvent(PKEVENT NotificationEvent)
#endif

typedef IMiniportWaveRTStreamNotification *PMINIPORTWAVERTSTREAMNOTIFICATION;

/* An automation table with properties and events (mingw-w64 has the
   properties-only form). */
#ifndef DEFINE_PCAUTOMATION_TABLE_PROP_EVENT
#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(AutomationTable, PropertyTable,   \
                                             EventTable)                       \
  const PCAUTOMATION_TABLE AutomationTable = {                                 \
      sizeof(PropertyTable[0]),                                                \
      SIZEOF_ARRAY(PropertyTable),                                             \
      (const PCPROPERTY_ITEM *)PropertyTable,                                  \
      0,                                                                       \
      0,                                                                       \
      NULL,                                                                    \
      sizeof(EventTable[0]),                                                   \
      SIZEOF_ARRAY(EventTable),                                                \
      (const PCEVENT_ITEM *)EventTable,                                        \
      0}
#endif

/* ------------------------------------------------------------------ */
/* WaveRT packet streams: a capture stream's packets read, a render    */
/* stream's packets written, with their presentation position.         */

#ifndef WSKCHECK_WDK_IMINIPORTWAVERTINPUTSTREAM
#define WSKCHECK_WDK_IMINIPORTWAVERTINPUTSTREAM
#undef INTERFACE
#define INTERFACE IMiniportWaveRTInputStream
DEFINE_GUID(IID_IMiniportWaveRTInputStream, 0xcd8e756a, 0x5fc7, 0x4624, 0x98,
            0x4b, 0x2a, 0xf0, 0x29, 0x25, 0xb9, 0x1f);
DECLARE_INTERFACE_(IMiniportWaveRTInputStream, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, GetReadPacket)(THIS_ ULONG *PacketNumber, DWORD *Flags,
                                      ULONG64 *PerformanceCounterValue,
                                      BOOL *MoreData) PURE;
};
typedef IMiniportWaveRTInputStream *PMINIPORTWAVERTINPUTSTREAM;
#define IMP_IMiniportWaveRTInputStream                                         \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetReadPacket(ULONG *PacketNumber, DWORD *Flags,                             \
                ULONG64 *PerformanceCounterValue, BOOL *MoreData)

#undef INTERFACE
#define INTERFACE IMiniportWaveRTOutputStream
DEFINE_GUID(IID_IMiniportWaveRTOutputStream, 0x831fc7bc, 0x6347, 0x44bc, 0xb4,
            0x7b, 0xc0, 0xc6, 0x57, 0xb5, 0xbf, 0x73);
DECLARE_INTERFACE_(IMiniportWaveRTOutputStream, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, SetWritePacket)(THIS_ ULONG PacketNumber, DWORD Flags,
                                       ULONG EosPacketLength) PURE;
  STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)(
      THIS_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
  STDMETHOD_(NTSTATUS, GetPacketCount)(THIS_ ULONG *pPacketCount) PURE;
};
typedef IMiniportWaveRTOutputStream *PMINIPORTWAVERTOUTPUTSTREAM;
#define IMP_IMiniportWaveRTOutputStream                                        \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetWritePacket(ULONG PacketNumber, DWORD Flags, ULONG EosPacketLength);      \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetOutputStreamPresentationPosition(                                         \
      KSAUDIO_PRESENTATION_POSITION *pPresentationPosition);                   \
  STDMETHODIMP_(NTSTATUS) GetPacketCount(ULONG *pPacketCount)
#endif

/* ------------------------------------------------------------------ */
/* The signal processing modes a miniport supports on a pin.           */

#ifndef WSKCHECK_WDK_IMINIPORTAUDIOSIGNALPROCESSING
#define WSKCHECK_WDK_IMINIPORTAUDIOSIGNALPROCESSING
#undef INTERFACE
#define INTERFACE IMiniportAudioSignalProcessing
DEFINE_GUID(IID_IMiniportAudioSignalProcessing, 0xb532678c, 0xbe50, 0x472d,
            0x99, 0x73, 0x8a, 0x6f, 0x16, 0x59, 0x49, 0x89);
DECLARE_INTERFACE_(IMiniportAudioSignalProcessing, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, GetModes)(THIS_ ULONG Pin, GUID *SignalProcessingModes,
                                 ULONG *NumSignalProcessingModes) PURE;
};
typedef IMiniportAudioSignalProcessing *PMINIPORTAudioSignalProcessing;
#define IMP_IMiniportAudioSignalProcessing                                     \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetModes(ULONG Pin, GUID *SignalProcessingModes,                             \
           ULONG *NumSignalProcessingModes)
#endif

/* ------------------------------------------------------------------ */
/* The hardware audio engine node of an offload-capable miniport, and  */
/* its per-stream part.                                                */

#ifndef WSKCHECK_WDK_IMINIPORTAUDIOENGINENODE
#define WSKCHECK_WDK_IMINIPORTAUDIOENGINENODE
typedef enum {
  eMixFormat,
  eDeviceFormat,
  eSupportedDeviceFormats
} eEngineFormatType;

typedef enum {
  eVolumeAttribute,
  eMuteAttribute,
  ePeakMeterAttribute
} eChannelTargetType;

#undef INTERFACE
#define INTERFACE IMiniportAudioEngineNode
DEFINE_GUID(IID_IMiniportAudioEngineNode, 0x2ebf536c, 0xef57, 0x4c64, 0xbe,
            0xdc, 0x25, 0xc1, 0xa6, 0xd6, 0x68, 0xe6);
DECLARE_INTERFACE_(IMiniportAudioEngineNode, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, GetAudioEngineDescriptor)(
      THIS_ ULONG ulNodeId, KSAUDIOENGINE_DESCRIPTOR * pAudioEngineDescriptor)
      PURE;
  STDMETHOD_(NTSTATUS, GetGfxState)(THIS_ ULONG ulNodeId, BOOL *pbEnable) PURE;
  STDMETHOD_(NTSTATUS, SetGfxState)(THIS_ ULONG ulNodeId, BOOL bEnable) PURE;
  STDMETHOD_(NTSTATUS, GetEngineFormatSize)(THIS_ ULONG ulNodeId,
                                            eEngineFormatType formatType,
                                            ULONG *pulFormatSize) PURE;
  STDMETHOD_(NTSTATUS, GetMixFormat)(THIS_ ULONG ulNodeId,
                                     KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                     ULONG ulBufferSize) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceFormat)(THIS_ ULONG ulNodeId,
                                        KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                        ULONG ulBufferSize) PURE;
  STDMETHOD_(NTSTATUS, SetDeviceFormat)(THIS_ ULONG ulNodeId,
                                        KSDATAFORMAT_WAVEFORMATEX *pFormat,
                                        ULONG ulBufferSize) PURE;
  STDMETHOD_(NTSTATUS, GetSupportedDeviceFormats)(THIS_ ULONG ulNodeId,
                                                  KSMULTIPLE_ITEM *pFormats,
                                                  ULONG ulBufferSize) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceChannelCount)(THIS_ ULONG ulNodeId,
                                              eChannelTargetType targetType,
                                              UINT32 *pulChannelCount) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceAttributeSteppings)(
      THIS_ ULONG ulNodeId, eChannelTargetType targetType,
      PKSPROPERTY_STEPPING_LONG pKsPropStepLong, UINT32 ui32DataSize) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceChannelVolume)(THIS_ ULONG ulNodeId,
                                               UINT32 ulChannel,
                                               LONG *plVolume) PURE;
  STDMETHOD_(NTSTATUS, SetDeviceChannelVolume)(THIS_ ULONG ulNodeId,
                                               UINT32 ulChannel,
                                               LONG lVolume) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceChannelMute)(THIS_ ULONG ulNodeId,
                                             UINT32 ulChannel,
                                             BOOL *pbMute) PURE;
  STDMETHOD_(NTSTATUS, SetDeviceChannelMute)(THIS_ ULONG ulNodeId,
                                             UINT32 ulChannel,
                                             BOOL bMute) PURE;
  STDMETHOD_(NTSTATUS, GetDeviceChannelPeakMeter)(THIS_ ULONG ulNodeId,
                                                  UINT32 ulChannel,
                                                  LONG *plPeakMeter) PURE;
  STDMETHOD_(NTSTATUS, GetBufferSizeRange)(
      THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX * pKsDataFormatWfx,
      KSAUDIOENGINE_BUFFER_SIZE_RANGE * pBufferSizeRange) PURE;
};
typedef IMiniportAudioEngineNode *PIMINIPORTAudioEngineNode;
#define IMP_IMiniportAudioEngineNode                                           \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetAudioEngineDescriptor(ULONG ulNodeId,                                     \
                           KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor);  \
  STDMETHODIMP_(NTSTATUS) GetGfxState(ULONG ulNodeId, BOOL *pbEnable);         \
  STDMETHODIMP_(NTSTATUS) SetGfxState(ULONG ulNodeId, BOOL bEnable);           \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetEngineFormatSize(ULONG ulNodeId, eEngineFormatType formatType,            \
                      ULONG *pulFormatSize);                                   \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetMixFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat,             \
               ULONG ulBufferSize);                                            \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat,          \
                  ULONG ulBufferSize);                                         \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat,          \
                  ULONG ulBufferSize);                                         \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetSupportedDeviceFormats(ULONG ulNodeId, KSMULTIPLE_ITEM *pFormats,         \
                            ULONG ulBufferSize);                               \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceChannelCount(ULONG ulNodeId, eChannelTargetType targetType,         \
                        UINT32 *pulChannelCount);                              \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceAttributeSteppings(ULONG ulNodeId, eChannelTargetType targetType,   \
                              PKSPROPERTY_STEPPING_LONG pKsPropStepLong,       \
                              UINT32 ui32DataSize);                            \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceChannelVolume(ULONG ulNodeId, UINT32 ulChannel, LONG *plVolume);    \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetDeviceChannelVolume(ULONG ulNodeId, UINT32 ulChannel, LONG lValue);       \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceChannelMute(ULONG ulNodeId, UINT32 ulChannel, BOOL *pbMute);        \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetDeviceChannelMute(ULONG ulNodeId, UINT32 ulChannel, BOOL bMute);          \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetDeviceChannelPeakMeter(ULONG ulNodeId, UINT32 ulChannel,                  \
                            LONG *plPeakMeter);                                \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetBufferSizeRange(ULONG ulNodeId,                                           \
                     KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,              \
                     KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange)

#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode
DEFINE_GUID(IID_IMiniportStreamAudioEngineNode, 0xbd6eeb4b, 0xe6e5, 0x40fd,
            0x8d, 0x5a, 0x5b, 0x1d, 0xcd, 0xe2, 0x0c, 0x42);
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, GetLfxState)(THIS_ BOOL *pbEnable) PURE;
  STDMETHOD_(NTSTATUS, SetLfxState)(THIS_ BOOL bEnable) PURE;
  STDMETHOD_(NTSTATUS, GetStreamChannelCount)(THIS_ eChannelTargetType
                                                  targetType,
                                              UINT32 *pulChannelCount) PURE;
  STDMETHOD_(NTSTATUS, GetStreamAttributeSteppings)(
      THIS_ eChannelTargetType targetType,
      PKSPROPERTY_STEPPING_LONG pKsPropStepLong, UINT32 ui32DataSize) PURE;
  STDMETHOD_(NTSTATUS, GetStreamChannelVolume)(THIS_ UINT32 ulChannel,
                                               LONG *plValue) PURE;
  STDMETHOD_(NTSTATUS, SetStreamChannelVolume)(
      THIS_ UINT32 Channel, LONG TargetVolume, AUDIO_CURVE_TYPE CurveType,
      ULONGLONG CurveDuration) PURE;
  STDMETHOD_(NTSTATUS, GetStreamChannelMute)(THIS_ UINT32 ulChannel,
                                             BOOL *pbMute) PURE;
  STDMETHOD_(NTSTATUS, SetStreamChannelMute)(THIS_ UINT32 ulChannel,
                                             BOOL bMute) PURE;
  STDMETHOD_(NTSTATUS, GetStreamChannelPeakMeter)(THIS_ UINT32 ulChannel,
                                                  LONG *plPeakMeter) PURE;
  STDMETHOD_(NTSTATUS, GetStreamPresentationPosition)(
      THIS_ KSAUDIO_PRESENTATION_POSITION * pPresentationPosition) PURE;
  STDMETHOD_(NTSTATUS, SetStreamCurrentWritePosition)(
      THIS_ ULONG ulCurrentWritePosition) PURE;
  STDMETHOD_(NTSTATUS, GetStreamLinearBufferPosition)(
      THIS_ ULONGLONG * pullLinearBufferPosition) PURE;
  STDMETHOD_(NTSTATUS, SetStreamLoopbackProtection)(
      THIS_ CONSTRICTOR_OPTION ProtectionOption) PURE;
};
typedef IMiniportStreamAudioEngineNode *PIMINIPORTStreamAudioEngineNode;
#define IMP_IMiniportStreamAudioEngineNode                                     \
  STDMETHODIMP_(NTSTATUS) GetLfxState(BOOL *pbEnable);                         \
  STDMETHODIMP_(NTSTATUS) SetLfxState(BOOL bEnable);                           \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamChannelCount(eChannelTargetType targetType,                         \
                        UINT32 *pulChannelCount);                              \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamAttributeSteppings(eChannelTargetType targetType,                   \
                              PKSPROPERTY_STEPPING_LONG pKsPropStepLong,       \
                              UINT32 ui32DataSize);                            \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamChannelVolume(UINT32 ulChannel, LONG *plVolume);                    \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetStreamChannelVolume(UINT32 Channel, LONG TargetVolume,                    \
                         AUDIO_CURVE_TYPE CurveType, ULONGLONG CurveDuration); \
  STDMETHODIMP_(NTSTATUS) GetStreamChannelMute(UINT32 ulChannel, BOOL *pbMute); \
  STDMETHODIMP_(NTSTATUS) SetStreamChannelMute(UINT32 ulChannel, BOOL bMute);  \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamChannelPeakMeter(UINT32 ulChannel, LONG *plPeakMeter);              \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamPresentationPosition(                                               \
      KSAUDIO_PRESENTATION_POSITION *pPresentationPosition);                   \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetStreamCurrentWritePosition(ULONG ulCurrentWritePosition);                 \
  STDMETHODIMP_(NTSTATUS)                                                      \
  GetStreamLinearBufferPosition(ULONGLONG *pullLinearBufferPosition);          \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetStreamLoopbackProtection(CONSTRICTOR_OPTION ProtectionOption)

#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode2
DEFINE_GUID(IID_IMiniportStreamAudioEngineNode2, 0xaeb7f86a, 0x6cba, 0x44cf,
            0xa2, 0xd2, 0xb3, 0xfa, 0x5b, 0x69, 0x68, 0x17);
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode2, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, SetStreamCurrentWritePositionForLastBuffer)(
      THIS_ ULONG _ulWritePosition) PURE;
};
typedef IMiniportStreamAudioEngineNode2 *PIMINIPORTStreamAudioEngineNode2;
#define IMP_IMiniportStreamAudioEngineNode2                                    \
  STDMETHODIMP_(NTSTATUS)                                                      \
  SetStreamCurrentWritePositionForLastBuffer(ULONG _ulWritePosition)
#endif /* WSKCHECK_WDK_IMINIPORTAUDIOENGINENODE */

/* ------------------------------------------------------------------ */
/* Helpers the port class offers an adapter (queried from a port):     */
/* ETW events, idle power, runtime power controls, notifications.      */

#ifndef WSKCHECK_WDK_IPORTCLSHELPERS
#define WSKCHECK_WDK_IPORTCLSHELPERS

typedef enum {
  eMINIPORT_IHV_DEFINED = 0,
  eMINIPORT_BUFFER_COMPLETE,
  eMINIPORT_PIN_STATE,
  eMINIPORT_GET_STREAM_POSITION,
  eMINIPORT_SET_WAVERT_BUFFER_WRITE_POSITION,
  eMINIPORT_GET_PRESENTATION_POSITION,
  eMINIPORT_PROGRAM_DMA,
  eMINIPORT_GLITCH_REPORT,
  eMINIPORT_LAST_BUFFER_RENDERED,
  eMINIPORT_PROCESSING_MODE,
  eMINIPORT_FX_CLSID,
  eMINIPORT_MaxValue
} EPcMiniportEngineEvent;

#undef INTERFACE
#define INTERFACE IPortClsEtwHelper
DEFINE_GUID(IID_IPortClsEtwHelper, 0x80ef6667, 0xe8b1, 0x4252, 0xab, 0x09,
            0x8f, 0x6d, 0x5e, 0xbb, 0xd1, 0x9f);
DECLARE_INTERFACE_(IPortClsEtwHelper, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, MiniportWriteEtwEvent)(
      THIS_ EPcMiniportEngineEvent miniportEventType, ULONGLONG pvData1,
      ULONGLONG pvData2, ULONGLONG ulData3, ULONGLONG ulData4) PURE;
};
typedef IPortClsEtwHelper *PPORTCLSETWHELPER;

#undef INTERFACE
#define INTERFACE IPortClsPower
DEFINE_GUID(IID_IPortClsPower, 0x47ba0351, 0xbc4b, 0x4869, 0x81, 0x34, 0xb7,
            0x4f, 0xe1, 0x78, 0x52, 0xd8);
DECLARE_INTERFACE_(IPortClsPower, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, RegisterAdapterPowerManagement)(
      THIS_ PUNKNOWN _pUnknown, PDEVICE_OBJECT _DeviceObject) PURE;
  STDMETHOD_(NTSTATUS, UnregisterAdapterPowerManagement)(
      THIS_ PDEVICE_OBJECT _DeviceObject) PURE;
  STDMETHOD_(NTSTATUS, SetIdlePowerManagement)(THIS_ PDEVICE_OBJECT
                                                   _DeviceObject,
                                               BOOLEAN _bEnabled) PURE;
};
typedef IPortClsPower *PPORTCLSPOWER;

/* A driver's handler of the power controls PoFx sends the device. */
typedef NTSTATUS (*PCPFNRUNTIME_POWER_CONTROL_CALLBACK)(
    LPCGUID PowerControlCode, PVOID InBuffer, SIZE_T InBufferSize,
    PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned,
    PVOID Context);

#undef INTERFACE
#define INTERFACE IPortClsRuntimePower
DEFINE_GUID(IID_IPortClsRuntimePower, 0xe057c351, 0x0430, 0x4dbc, 0xb1, 0x72,
            0xc7, 0x11, 0xd4, 0x0a, 0x23, 0x73);
DECLARE_INTERFACE_(IPortClsRuntimePower, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, SendPowerControl)(
      THIS_ PDEVICE_OBJECT _DeviceObject, LPCGUID _PowerControlCode,
      PVOID _InBuffer, SIZE_T _InBufferSize, PVOID _OutBuffer,
      SIZE_T _OutBufferSize, PSIZE_T _BytesReturned) PURE;
  STDMETHOD_(NTSTATUS, RegisterPowerControlCallback)(
      THIS_ PDEVICE_OBJECT _DeviceObject,
      PCPFNRUNTIME_POWER_CONTROL_CALLBACK _Callback, PVOID _Context) PURE;
  STDMETHOD_(NTSTATUS, UnregisterPowerControlCallback)(
      THIS_ PDEVICE_OBJECT _DeviceObject) PURE;
};
typedef IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;

/* Notifications a miniport sends to user mode (audio module and keyword
   detector changes). */
typedef struct _PCNOTIFICATION_BUFFER {
  UCHAR NotificationBuffer[1];
} PCNOTIFICATION_BUFFER, *PPCNOTIFICATION_BUFFER;

#undef INTERFACE
#define INTERFACE IPortClsNotifications
DEFINE_GUID(IID_IPortClsNotifications, 0x1e092ce2, 0xdb25, 0x483b, 0x84, 0x46,
            0xb0, 0x96, 0x12, 0x15, 0x25, 0x8b);
DECLARE_INTERFACE_(IPortClsNotifications, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, AllocNotificationBuffer)(
      THIS_ POOL_TYPE PoolType, USHORT NumberOfBytes,
      PPCNOTIFICATION_BUFFER *NotificationBuffer) PURE;
  STDMETHOD_(void, FreeNotificationBuffer)(
      THIS_ PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
  STDMETHOD_(void, SendNotification)(
      THIS_ const GUID *NotificationId,
      PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
};
typedef IPortClsNotifications *PPORTCLSNOTIFICATIONS;

/* The physical device object below the adapter's functional one. */
PORTCLASSAPI NTSTATUS NTAPI PcGetPhysicalDeviceObject(
    PDEVICE_OBJECT pDeviceObject, PDEVICE_OBJECT *ppPhysicalObject);

#endif /* WSKCHECK_WDK_IPORTCLSHELPERS */

/* ------------------------------------------------------------------ */
/* Stream resources: the interrupts and threads a stream's real-time   */
/* work runs on, registered for the system's power and scheduling.     */

#ifndef WSKCHECK_WDK_PCSTREAMRESOURCE
#define WSKCHECK_WDK_PCSTREAMRESOURCE
DECLARE_HANDLE(PCSTREAMRESOURCE);

typedef enum _PcStreamResourceType {
  ePcStreamResourceInterrupt,
  ePcStreamResourceThread,
  ePcStreamResourceSet
} PcStreamResourceType,
    *PPcStreamResourceType;

typedef struct _PCSTREAMRESOURCE_DESCRIPTOR {
  ULONG Size;
  ULONG Flags;
  PDEVICE_OBJECT Pdo;
  PcStreamResourceType Type;
  union {
    struct {
      ULONG Version;
      PVOID Generic;
    } Interrupt;
    PETHREAD Thread;
    PVOID ResourceSet;
  } Resource;
} PCSTREAMRESOURCE_DESCRIPTOR, *PPCSTREAMRESOURCE_DESCRIPTOR;

FORCEINLINE VOID
PCSTREAMRESOURCE_DESCRIPTOR_INIT(PPCSTREAMRESOURCE_DESCRIPTOR Resource) {
  RtlZeroMemory(Resource, sizeof(PCSTREAMRESOURCE_DESCRIPTOR));
  Resource->Size = sizeof(PCSTREAMRESOURCE_DESCRIPTOR);
}

PORTCLASSAPI NTSTATUS PcAddStreamResource(
    PDEVICE_OBJECT PhysicalDeviceObject, PVOID ResourceSet,
    PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
    PCSTREAMRESOURCE *ResourceHandle);
PORTCLASSAPI NTSTATUS PcRemoveStreamResource(PCSTREAMRESOURCE ResourceHandle);

#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager
DEFINE_GUID(IID_IPortClsStreamResourceManager, 0xe1cd9915, 0xcab1, 0x4103,
            0xbb, 0x2f, 0x7d, 0xc0, 0x9c, 0x9b, 0xe9, 0x42);
#define WSKCHECK_DEFINE_ABSTRACT_STREAMRESOURCEMANAGER()                       \
  STDMETHOD_(NTSTATUS, AddStreamResource)(                                     \
      THIS_ PVOID ResourceSet,                                                 \
      PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,                         \
      PCSTREAMRESOURCE * ResourceHandle) PURE;                                 \
  STDMETHOD_(NTSTATUS, RemoveStreamResource)(                                  \
      THIS_ PCSTREAMRESOURCE ResourceHandle) PURE;
DECLARE_INTERFACE_(IPortClsStreamResourceManager, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  WSKCHECK_DEFINE_ABSTRACT_STREAMRESOURCEMANAGER()
};
typedef IPortClsStreamResourceManager *PPORTCLSStreamResourceManager;

#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager2
DEFINE_GUID(IID_IPortClsStreamResourceManager2, 0x0d500bae, 0xd565, 0x469d,
            0xa0, 0xe2, 0xf2, 0x83, 0x76, 0x0d, 0x71, 0x48);
DECLARE_INTERFACE_(IPortClsStreamResourceManager2,
                   IPortClsStreamResourceManager) {
  DEFINE_ABSTRACT_UNKNOWN()
  WSKCHECK_DEFINE_ABSTRACT_STREAMRESOURCEMANAGER()
  STDMETHOD_(NTSTATUS, AddStreamResource2)(
      THIS_ PDEVICE_OBJECT PhysicalDeviceObject, PVOID ResourceSet,
      PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
      PCSTREAMRESOURCE * ResourceHandle) PURE;
};
typedef IPortClsStreamResourceManager2 *PPORTCLSStreamResourceManager2;
#undef WSKCHECK_DEFINE_ABSTRACT_STREAMRESOURCEMANAGER
#endif /* WSKCHECK_WDK_PCSTREAMRESOURCE */

#undef INTERFACE

#endif /* WSKCHECK_WDK_PORTCLS_H */
