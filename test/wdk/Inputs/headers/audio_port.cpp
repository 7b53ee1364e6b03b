// An audio miniport's use of the kernel-mode COM headers (punknown.h,
// portcls.h) and of ksmedia.h: interface declarations, IUnknown through the
// port class, and the real-time audio structures.
#include <portcls.h>
#include <ksmedia.h>
#include <wdfminiport.h>

static NTSTATUS QueryLatency(PUNKNOWN Unknown, PKSRTAUDIO_HWLATENCY Latency,
                             KSRTAUDIO_HWREGISTER *Register) {
  Unknown->AddRef();
  Latency->FifoSize = 0;
  Latency->ChipsetDelay = 0;
  Latency->CodecDelay = 0;
  Register->Register = NULL;
  Register->Width = 32;
  Unknown->Release();
  return STATUS_SUCCESS;
}

DECLARE_INTERFACE_(IContosoStream, IUnknown) {
  DEFINE_ABSTRACT_UNKNOWN()
  STDMETHOD_(NTSTATUS, Start)(THIS) PURE;
};

extern "C" NTSTATUS UseAudio(PUNKNOWN Unknown) {
  KSRTAUDIO_HWLATENCY Latency;
  KSRTAUDIO_HWREGISTER Register;
  return QueryLatency(Unknown, &Latency, &Register);
}
