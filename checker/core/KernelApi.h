//===- KernelApi.h - What the model knows of the kernel's API ---*- C++ -*-===//
//
// Kernel and WDK routines are recognised by name, so the model behaves the
// same on the WDK's headers and on any other faithful declaration of them.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_KERNELAPI_H
#define WSKCHECK_CORE_KERNELAPI_H

#include "llvm/ADT/StringRef.h"

namespace clang {
class FunctionDecl;
class RecordDecl;
} // namespace clang

namespace wsk {

/// Whether \p Name is a kernel-mode support routine by the WDK's naming
/// (IoCreateDevice, KeWaitForSingleObject, ExAllocatePoolWithTag, DbgPrint,
/// WdfDriverCreate, ...). Such a routine cannot write the driver's globals
/// unless it is handed their address.
bool isKernelRoutineName(llvm::StringRef Name);

/// Whether \p FD is the driver's entry point.
bool isDriverEntry(const clang::FunctionDecl *FD);

/// The name a record type is known by: its tag, or the typedef that names an
/// anonymous one.
llvm::StringRef recordName(const clang::RecordDecl *RD);

/// Whether \p RD is the WSK provider dispatch table type.
bool isProviderDispatchRecord(const clang::RecordDecl *RD);

/// Whether \p RD is one of the socket dispatch tables of the provider
/// (WSK_PROVIDER_BASIC_DISPATCH, _LISTEN_, _DATAGRAM_, _CONNECTION_ or
/// _STREAM_DISPATCH): their functions take the socket first.
bool isSocketDispatchRecord(const clang::RecordDecl *RD);

} // namespace wsk

#endif
