//===- KernelApi.cpp - What the model knows of the kernel's API -----------===//

#include "core/KernelApi.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace llvm;

namespace wsk {

bool isKernelRoutineName(StringRef Name) {
  // The WDK prefixes its support routines by component; the prefix is
  // followed by the capitalised routine name. "Wsk" is left out: drivers
  // often give their own WSK helpers that prefix, and the four WSK client
  // functions are modelled exactly anyway.
  static constexpr StringLiteral Prefixes[] = {
      "Io",  "Ke",  "Ex",   "Rtl", "Mm",  "Ob",  "Ps",  "Zw",
      "Nt",  "Se",  "Po",   "Wmi", "Hal", "Kd",  "Cm",  "FsRtl",
      "Flt", "Wdf", "Ndis", "Etw", "Dbg", "Tdi", "Wpp", "Pc"};
  for (StringRef P : Prefixes) {
    if (Name.size() > P.size() && Name.starts_with(P) &&
        isUpper(Name[P.size()]))
      return true;
  }
  return Name == "DbgPrint" || Name == "DbgPrintEx" || Name == "KdPrint";
}

std::optional<unsigned> freedArgument(StringRef Name) {
  return StringSwitch<std::optional<unsigned>>(Name)
      .Cases("ExFreePoolWithTag", "ExFreePool", "ExFreePool2", 0u)
      .Cases("ExFreePoolWithQuotaTag", "free", "kfree", 0u)
      .Default(std::nullopt);
}

bool isAllocation(StringRef Name) {
  return StringSwitch<bool>(Name)
      .Cases("ExAllocatePoolWithTag", "ExAllocatePool", "ExAllocatePool2", true)
      .Cases("ExAllocatePool3", "ExAllocatePoolZero", true)
      .Cases("ExAllocatePoolWithQuotaTag", "ExAllocatePoolUninitialized", true)
      .Cases("ExAllocatePoolWithTagPriority", "malloc", "calloc", true)
      .Default(false);
}

bool isMemoryOverwrite(StringRef Name) {
  return StringSwitch<bool>(Name)
      .Cases("memset", "memcpy", "memmove", "__builtin_memset", true)
      .Cases("__builtin_memcpy", "__builtin_memmove", true)
      .Cases("RtlZeroMemory", "RtlSecureZeroMemory", "RtlFillMemory", true)
      .Cases("RtlCopyMemory", "RtlMoveMemory", true)
      .Default(false);
}

bool isDriverEntry(const clang::FunctionDecl *FD) {
  return FD && FD->getIdentifier() && FD->getName() == "DriverEntry";
}

bool isProviderDispatchRecord(const clang::RecordDecl *RD) {
  if (!RD)
    return false;
  StringRef Name = RD->getName();
  if (Name.empty())
    if (const auto *TD = RD->getTypedefNameForAnonDecl())
      Name = TD->getName();
  return Name == "_WSK_PROVIDER_DISPATCH" || Name == "WSK_PROVIDER_DISPATCH";
}

} // namespace wsk
