/* Microsoft C extensions and driver annotations, as WDK-built drivers use
 * them; the WSK bug at the end shows the file is analysed, not skipped. */
#include <ntifs.h>
#include <ntstrsafe.h>
#include <wsk.h>

#pragma warning(disable : 4100 4201)
#pragma comment(lib, "netio.lib")
#pragma intrinsic(memcpy)
#pragma section("WSKDATA", read, write)
#pragma data_seg("WSKDATA")
#pragma code_seg("PAGE")
#pragma code_seg()
#pragma data_seg()
#pragma pack(push, 1)
typedef struct _PACKED_HEADER {
  UCHAR Kind;
  ULONG Length;
} PACKED_HEADER;
#pragma pack(pop)
C_ASSERT(sizeof(PACKED_HEADER) == 5);

__declspec(selectany) ULONG g_Selected = 1;
__declspec(align(16)) static UCHAR g_Aligned[32];
__declspec(allocate("WSKDATA")) static ULONG g_InSection;
static unsigned __int64 g_Wide = 0xffffffffffffffffui64;

_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE)
    DRIVER_DISPATCH NetCreateClose;

static __forceinline ULONG __fastcall Twice(ULONG Value) { return Value * 2; }
__declspec(noinline) static ULONG __stdcall Thrice(ULONG Value) {
  return Value * 3;
}

_Use_decl_annotations_ NTSTATUS NetCreateClose(PDEVICE_OBJECT Device,
                                               PIRP Irp) {
  UNREFERENCED_PARAMETER(Device);
  Irp->IoStatus.Status = STATUS_SUCCESS;
  Irp->IoStatus.Information = 0;
  IoCompleteRequest(Irp, IO_NO_INCREMENT);
  return STATUS_SUCCESS;
}

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ static NTSTATUS
    NetDescribe(_Out_writes_bytes_(Size) PWCHAR Buffer, _In_ size_t Size) {
  _IRQL_limited_to_(PASSIVE_LEVEL);
  __analysis_assume(Size > 0);
  __noop(Buffer, Size);
  return RtlStringCbPrintfW(Buffer, Size, L"%s:%lu %I64u", __FUNCTIONW__,
                            Twice(Thrice(g_Selected)), g_Wide);
}

_Function_class_(KDEFERRED_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL)
    _IRQL_requires_same_ static VOID
    NetDpc(_In_ PKDPC Dpc, _In_opt_ PVOID Context, _In_opt_ PVOID Arg1,
           _In_opt_ PVOID Arg2) {
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg1);
  UNREFERENCED_PARAMETER(Arg2);
  if (Context == NULL)
    __debugbreak();
  __assume(Context != NULL);
  RtlCopyMemory(g_Aligned, Context, sizeof(g_Aligned));
  g_InSection = (ULONG)(ULONG_PTR)_ReturnAddress();
}

static WSK_REGISTRATION g_Reg;

VOID NetStop(VOID) {
  __pragma(warning(suppress : 28182)) WskDeregister(&g_Reg);
  _Pragma("warning(suppress: 6001)") WskDeregister(&g_Reg);
}
