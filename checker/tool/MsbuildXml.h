//===- MsbuildXml.h - The XML of MSBuild project files ----------*- C++ -*-===//
//
// A small reader for the XML that Visual Studio project files (.vcxproj,
// .props) are written in: elements, attributes, character data, comments,
// CDATA sections, the predefined and numeric entities, an XML declaration,
// and UTF-8 or UTF-16 text. Namespaces are not interpreted (MSBuild uses
// one default namespace), and a document type declaration is refused.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_MSBUILDXML_H
#define WSKCHECK_TOOL_MSBUILDXML_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace wsk {
namespace tool {

struct XmlElement {
  std::string Name;
  std::vector<std::pair<std::string, std::string>> Attributes;
  /// The character data directly inside the element, concatenated.
  std::string Text;
  std::vector<std::unique_ptr<XmlElement>> Children;
  unsigned Line = 0;

  /// The value of attribute \p Name, or null.
  const std::string *attribute(llvm::StringRef Name) const;
};

/// Parses \p Text into its root element. The error is one line ("line 3:
/// ...") without the file's name.
llvm::Expected<std::unique_ptr<XmlElement>> parseXml(llvm::StringRef Text);

} // namespace tool
} // namespace wsk

#endif
