/* An audio miniport's use of the kernel names the port class samples take
   for granted: device interface properties set language-neutral on an
   endpoint's symbolic link, the precise system time, and a 64-bit packet
   counter split with LODWORD/HIDWORD. */
#include <ntddk.h>
#include <portcls.h>
#include <ksmedia.h>

struct EndpointProperty {
  const DEVPROPKEY *Key;
  DEVPROPTYPE Type;
  ULONG Size;
  PVOID Buffer;
};

NTSTATUS SetEndpointProperties(PUNICODE_STRING SymbolicLink,
                               const EndpointProperty *Properties,
                               ULONG Count) {
  NTSTATUS Status = STATUS_SUCCESS;
  for (ULONG i = 0; i < Count && NT_SUCCESS(Status); i++)
    Status = IoSetDeviceInterfacePropertyData(
        SymbolicLink, Properties[i].Key, LOCALE_NEUTRAL,
        PLUGPLAY_PROPERTY_PERSISTENT, Properties[i].Type, Properties[i].Size,
        Properties[i].Buffer);
  return Status;
}

NTSTATUS ReadEndpointProperty(PUNICODE_STRING SymbolicLink,
                              const DEVPROPKEY *Key, ULONG *Value) {
  ULONG Required = 0;
  DEVPROPTYPE Type = DEVPROP_TYPE_EMPTY;
  NTSTATUS Status =
      IoGetDeviceInterfacePropertyData(SymbolicLink, Key, LOCALE_INVARIANT, 0,
                                       sizeof(*Value), Value, &Required, &Type);
  if (NT_SUCCESS(Status) && Type != DEVPROP_TYPE_UINT32)
    Status = STATUS_INVALID_PARAMETER;
  return Status;
}

class PacketClock {
public:
  void Start() { KeQuerySystemTimePrecise(&StartTime); }
  ULONG CurrentPacket() const { return LODWORD(PacketCounter); }
  ULONG Wraps() const { return HIDWORD(PacketCounter); }
  void Advance() { PacketCounter++; }

private:
  LARGE_INTEGER StartTime = {};
  ULONGLONG PacketCounter = 0;
};

static_assert(LODWORD(0x123456789ULL) == 0x23456789, "low half");
static_assert(HIDWORD(0x123456789ULL) == 1, "high half");
static_assert(LOCALE_NEUTRAL == 0, "the neutral locale");
