//===- Utf8.h - UTF-8 sequences in source text ------------------*- C++ -*-===//
//
// Driver sources are mostly UTF-8 but often carry Latin-1 bytes in comments:
// columns and echoed lines walk the text one UTF-8 sequence at a time and
// take any other byte as one character of its own.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_TOOL_UTF8_H
#define WSKCHECK_TOOL_UTF8_H

#include "llvm/ADT/StringRef.h"

namespace wsk {
namespace tool {

/// Length in bytes of the valid UTF-8 sequence starting at \p Text[I], or 0
/// if none starts there.
inline unsigned utf8Length(llvm::StringRef Text, size_t I) {
  unsigned char C = Text[I];
  unsigned Len = C < 0x80                  ? 1
                 : C >= 0xC2 && C < 0xE0 ? 2
                 : C >= 0xE0 && C < 0xF0 ? 3
                 : C >= 0xF0 && C < 0xF5 ? 4
                                         : 0;
  if (Len == 0 || I + Len > Text.size())
    return 0;
  for (unsigned K = 1; K < Len; ++K)
    if ((static_cast<unsigned char>(Text[I + K]) & 0xC0) != 0x80)
      return 0;
  return Len;
}

} // namespace tool
} // namespace wsk

#endif
