//===- GeneratedHeaders.h - Headers a WDK build generates -------*- C++ -*-===//
//
// A WDK build runs generators before the compiler: the message compiler
// (mc) turns message text files (.mc) into a header of status codes and ETW
// instrumentation manifests (.man) into a header of event-writing macros;
// wmimofck turns a WMI class description (.mof) into a header of GUIDs and
// data-block structures. A checkout holds the inputs, not the headers, so
// without them its sources do not compile. These stand-ins are written from
// the inputs as the generators document their output, as far as a driver's
// code depends on it: the names, values and layouts, not the logging.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_GENERATEDHEADERS_H
#define WSKCHECK_TOOL_GENERATEDHEADERS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wsk {
namespace tool {

/// One header a build would generate, and what it is generated from.
struct GeneratedHeader {
  /// The name a source includes it by (a file name, no directory).
  std::string Name;
  /// The input file it is written from.
  std::string Input;
  /// The stand-in's text.
  std::string Text;
};

/// The headers a build of the files in \p Dirs would generate: for each
/// message text file or instrumentation manifest, "<name>.h" (mc's default)
/// or the name its project sets (<GeneratedFilesBaseName>); for each WMI
/// class file a project compiles, the <HeaderOutputFile> of its Wmimofck
/// step. An input that cannot be read or parsed gives no header: the
/// source that needs it then fails to compile with its own error.
std::vector<GeneratedHeader> generatedHeaders(llvm::ArrayRef<std::string> Dirs);

/// mc's header for the message text file \p Text: the lines starting with
/// ';' as they are, the facility and severity names, and one definition
/// per message: ((MessageIdTypedef)0xSCFFFFCCCCL), or the bare value
/// without a MessageIdTypedef.
std::string messageTextHeader(llvm::StringRef Text);

/// mc's kernel-mode header for the instrumentation manifest \p Text, as
/// far as code uses it: each provider's GUID under its symbol, and
/// EventRegister<provider>, EventUnregister<provider>, EventWrite<event>
/// and EventEnabled<event> macros that log nothing (tracing is off). An
/// error for text that is not XML.
llvm::Expected<std::string> manifestHeader(llvm::StringRef Text);

/// wmimofck's header (-h) for the WMI classes of the MOF text \p Text: per
/// class with a guid qualifier, the GUID (<class>Guid, <class>_GUID), the
/// data block's structure of its WmiDataId items in order, with each item's
/// _SIZE and _ID, and the methods' ids and parameter structures.
std::string mofHeader(llvm::StringRef Text);

} // namespace tool
} // namespace wsk

#endif
