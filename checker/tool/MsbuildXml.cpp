//===- MsbuildXml.cpp - The XML of MSBuild project files ------------------===//

#include "MsbuildXml.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ConvertUTF.h"

using namespace llvm;

namespace wsk {
namespace tool {

const std::string *XmlElement::attribute(StringRef Name) const {
  for (const auto &[Key, Value] : Attributes)
    if (Key == Name)
      return &Value;
  return nullptr;
}

namespace {

/// Deeper nesting than any project file has; a guard against runaway input.
constexpr unsigned MaxDepth = 256;

class XmlParser {
public:
  explicit XmlParser(StringRef Text) : Text(Text) {}

  Expected<std::unique_ptr<XmlElement>> parseDocument() {
    if (Error E = skipProlog())
      return std::move(E);
    if (!lookingAt("<") || lookingAt("</"))
      return fail("expected the root element");
    auto Root = std::make_unique<XmlElement>();
    if (Error E = parseElement(*Root, 0))
      return std::move(E);
    if (Error E = skipMisc())
      return std::move(E);
    if (Pos != Text.size())
      return fail("text after the root element");
    return std::move(Root);
  }

private:
  StringRef Text;
  size_t Pos = 0;
  unsigned Line = 1;

  Error fail(const Twine &Message) const {
    return createStringError(inconvertibleErrorCode(),
                             "line " + Twine(Line) + ": " + Message);
  }

  bool lookingAt(StringRef S) const { return Text.substr(Pos).starts_with(S); }

  void advance(size_t N) {
    for (size_t End = std::min(Pos + N, Text.size()); Pos < End; ++Pos)
      if (Text[Pos] == '\n')
        ++Line;
  }

  void skipSpace() {
    while (Pos < Text.size() && isSpace(Text[Pos]))
      advance(1);
  }

  /// Skips to just after \p Terminator.
  Error skipPast(StringRef Terminator, StringRef What) {
    size_t End = Text.find(Terminator, Pos);
    if (End == StringRef::npos)
      return fail("unterminated " + What);
    advance(End + Terminator.size() - Pos);
    return Error::success();
  }

  /// Comments, processing instructions and white space.
  Error skipMisc() {
    for (;;) {
      skipSpace();
      if (lookingAt("<!--")) {
        if (Error E = skipPast("-->", "comment"))
          return E;
      } else if (lookingAt("<?")) {
        if (Error E = skipPast("?>", "processing instruction"))
          return E;
      } else {
        return Error::success();
      }
    }
  }

  Error skipProlog() {
    if (Error E = skipMisc())
      return E;
    if (lookingAt("<!DOCTYPE"))
      return fail("document type declarations are not supported");
    return Error::success();
  }

  static bool isNameChar(char C) {
    return isAlnum(C) || C == '_' || C == '-' || C == '.' || C == ':' ||
           static_cast<unsigned char>(C) >= 0x80;
  }

  Expected<std::string> parseName() {
    size_t Start = Pos;
    while (Pos < Text.size() && isNameChar(Text[Pos]))
      ++Pos;
    if (Pos == Start)
      return fail("expected a name");
    return Text.slice(Start, Pos).str();
  }

  /// Appends the text of an entity or character reference at Pos ('&').
  Error parseReference(std::string &Out) {
    size_t End = Text.find(';', Pos);
    if (End == StringRef::npos || End - Pos > 12)
      return fail("bad '&' reference");
    StringRef Ref = Text.slice(Pos + 1, End);
    advance(End + 1 - Pos);
    if (Ref == "lt")
      Out += '<';
    else if (Ref == "gt")
      Out += '>';
    else if (Ref == "amp")
      Out += '&';
    else if (Ref == "quot")
      Out += '"';
    else if (Ref == "apos")
      Out += '\'';
    else if (Ref.consume_front("#")) {
      unsigned Code;
      bool Bad = Ref.consume_front("x") ? Ref.getAsInteger(16, Code)
                                        : Ref.getAsInteger(10, Code);
      char Buffer[UNI_MAX_UTF8_BYTES_PER_CODE_POINT];
      char *P = Buffer;
      if (Bad || Code == 0 || !ConvertCodePointToUTF8(Code, P))
        return fail("bad character reference '&#" + Ref + ";'");
      Out.append(Buffer, P);
    } else {
      return fail("unknown entity '&" + Ref + ";'");
    }
    return Error::success();
  }

  Error parseAttributes(XmlElement &E, bool &SelfClosing) {
    for (;;) {
      size_t Before = Pos;
      skipSpace();
      if (lookingAt("/>")) {
        advance(2);
        SelfClosing = true;
        return Error::success();
      }
      if (lookingAt(">")) {
        advance(1);
        SelfClosing = false;
        return Error::success();
      }
      if (Pos == Before)
        return fail("expected an attribute, '>' or '/>' in <" + E.Name + ">");
      Expected<std::string> Name = parseName();
      if (!Name)
        return Name.takeError();
      skipSpace();
      if (!lookingAt("="))
        return fail("expected '=' after attribute '" + *Name + "'");
      advance(1);
      skipSpace();
      if (Pos == Text.size() || (Text[Pos] != '"' && Text[Pos] != '\''))
        return fail("expected a quoted value for attribute '" + *Name + "'");
      char Quote = Text[Pos];
      advance(1);
      std::string Value;
      while (Pos < Text.size() && Text[Pos] != Quote) {
        if (Text[Pos] == '<')
          return fail("'<' in the value of attribute '" + *Name + "'");
        if (Text[Pos] == '&') {
          if (Error Err = parseReference(Value))
            return Err;
          continue;
        }
        Value += Text[Pos];
        advance(1);
      }
      if (Pos == Text.size())
        return fail("unterminated value of attribute '" + *Name + "'");
      advance(1);
      if (E.attribute(*Name))
        return fail("attribute '" + *Name + "' given twice");
      E.Attributes.emplace_back(std::move(*Name), std::move(Value));
    }
  }

  /// Parses the element starting at Pos ('<') into \p E.
  Error parseElement(XmlElement &E, unsigned Depth) {
    if (Depth > MaxDepth)
      return fail("elements nested too deeply");
    E.Line = Line;
    advance(1);
    Expected<std::string> Name = parseName();
    if (!Name)
      return Name.takeError();
    E.Name = std::move(*Name);
    bool SelfClosing = false;
    if (Error Err = parseAttributes(E, SelfClosing))
      return Err;
    if (SelfClosing)
      return Error::success();

    for (;;) {
      if (Pos == Text.size())
        return fail("<" + E.Name + "> is not closed");
      if (lookingAt("<!--")) {
        if (Error Err = skipPast("-->", "comment"))
          return Err;
      } else if (lookingAt("<![CDATA[")) {
        advance(9);
        size_t End = Text.find("]]>", Pos);
        if (End == StringRef::npos)
          return fail("unterminated CDATA section");
        E.Text += Text.slice(Pos, End).str();
        advance(End + 3 - Pos);
      } else if (lookingAt("<?")) {
        if (Error Err = skipPast("?>", "processing instruction"))
          return Err;
      } else if (lookingAt("</")) {
        advance(2);
        Expected<std::string> Close = parseName();
        if (!Close)
          return Close.takeError();
        if (*Close != E.Name)
          return fail("</" + *Close + "> closes <" + E.Name + ">");
        skipSpace();
        if (!lookingAt(">"))
          return fail("expected '>' after </" + E.Name);
        advance(1);
        return Error::success();
      } else if (lookingAt("<")) {
        auto Child = std::make_unique<XmlElement>();
        if (Error Err = parseElement(*Child, Depth + 1))
          return Err;
        E.Children.push_back(std::move(Child));
      } else if (Text[Pos] == '&') {
        if (Error Err = parseReference(E.Text))
          return Err;
      } else {
        E.Text += Text[Pos];
        advance(1);
      }
    }
  }
};

} // namespace

Expected<std::unique_ptr<XmlElement>> parseXml(StringRef Text) {
  // Visual Studio writes UTF-8 with a byte order mark; older tools wrote
  // UTF-16.
  std::string Converted;
  if (Text.starts_with("\xFF\xFE") || Text.starts_with("\xFE\xFF")) {
    if (!convertUTF16ToUTF8String(ArrayRef<char>(Text.data(), Text.size()),
                                  Converted))
      return createStringError(inconvertibleErrorCode(),
                               "not valid UTF-16 text");
    Text = Converted;
  }
  Text.consume_front("\xEF\xBB\xBF");
  return XmlParser(Text).parseDocument();
}

} // namespace tool
} // namespace wsk
