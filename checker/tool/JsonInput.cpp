//===- JsonInput.cpp - Reading JSON files that may be hostile -------------===//

#include "JsonInput.h"
#include "llvm/Support/FileSystem.h"

using namespace llvm;

namespace wsk {
namespace tool {
namespace {

Error jsonError(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

} // namespace

Expected<std::unique_ptr<MemoryBuffer>> readJsonFile(StringRef Path) {
  sys::fs::file_status Status;
  if (std::error_code EC = sys::fs::status(Path, Status))
    return jsonError(EC.message());
  if (Status.type() != sys::fs::file_type::regular_file)
    return jsonError("it is not a regular file");
  if (Status.getSize() > MaxJsonBytes)
    return jsonError("it is larger than " + Twine(MaxJsonBytes >> 20) + " MiB");
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return jsonError(Buffer.getError().message());
  return std::move(*Buffer);
}

Error checkJsonDepth(StringRef Text) {
  unsigned Depth = 0, Line = 1;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\n')
      ++Line;
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > MaxJsonDepth)
        return jsonError("line " + Twine(Line) +
                         ": arrays and objects nested deeper than " +
                         Twine(MaxJsonDepth) + " levels");
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  return Error::success();
}

Expected<json::Value> parseJson(StringRef Text) {
  if (Error E = checkJsonDepth(Text))
    return std::move(E);
  Expected<json::Value> Value = json::parse(Text);
  if (!Value)
    return jsonError(toString(Value.takeError()));
  return Value;
}

} // namespace tool
} // namespace wsk
