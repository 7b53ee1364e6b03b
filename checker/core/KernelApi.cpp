//===- KernelApi.cpp - What the model knows of the kernel's API -----------===//

#include "core/KernelApi.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringExtras.h"

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

bool isDriverEntry(const clang::FunctionDecl *FD) {
  return FD && FD->getIdentifier() && FD->getName() == "DriverEntry";
}

StringRef recordName(const clang::RecordDecl *RD) {
  if (!RD)
    return "";
  StringRef Name = RD->getName();
  if (Name.empty())
    if (const auto *TD = RD->getTypedefNameForAnonDecl())
      Name = TD->getName();
  return Name;
}

bool isProviderDispatchRecord(const clang::RecordDecl *RD) {
  StringRef Name = recordName(RD);
  return Name == "_WSK_PROVIDER_DISPATCH" || Name == "WSK_PROVIDER_DISPATCH";
}

bool isSocketDispatchRecord(const clang::RecordDecl *RD) {
  // The basic functions reached through the unnamed member of another
  // table: C11 spells that member as an anonymous structure of its own.
  while (RD && RD->isAnonymousStructOrUnion())
    RD = llvm::dyn_cast<clang::RecordDecl>(RD->getParent());
  StringRef Name = recordName(RD);
  Name.consume_front("_");
  if (!Name.consume_front("WSK_PROVIDER_") || !Name.consume_back("_DISPATCH"))
    return false;
  return Name == "BASIC" || Name == "LISTEN" || Name == "DATAGRAM" ||
         Name == "CONNECTION" || Name == "STREAM";
}

} // namespace wsk
