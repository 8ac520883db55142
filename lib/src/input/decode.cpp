#include "input/decode.h"

#include "input/html_bytes.h"

#include "input/detect.h"

#include "text/unicode.h"

#include <uchardet/uchardet.h>
#include <zlib.h>

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

namespace pith::detail {

namespace {

constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

// How far into the document a charset declaration is looked for. WHATWG's
// prescan stops at 1024 bytes; real pages put kilobytes of inline CSS first.
constexpr std::size_t declaration_window = 8192;

struct utf8_census {
    std::size_t multibyte = 0;  // valid sequences of two or more bytes
    std::size_t invalid = 0;    // bytes that start no valid sequence
};

utf8_census count_utf8(std::string_view s) {
    utf8_census c;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t valid = valid_utf8_prefix(s.substr(i));  // skips ASCII runs quickly
        for (std::size_t k = i; k < i + valid; ++k)
            if ((static_cast<unsigned char>(s[k]) & 0xC0) == 0xC0) ++c.multibyte;  // a lead byte
        i += valid;
        if (i < s.size()) {
            ++c.invalid;
            ++i;
        }
    }
    return c;
}

// The value after "charset" (or "encoding") at `pos` in a lower-cased tag:
// optional spaces, '=', optional quote, then up to a quote, space, ';' or '>'.
std::string value_after(std::string_view tag, std::size_t pos) {
    while (pos < tag.size() && is_ascii_space(tag[pos])) ++pos;
    if (pos >= tag.size() || tag[pos] != '=') return {};
    ++pos;
    while (pos < tag.size() && is_ascii_space(tag[pos])) ++pos;
    if (pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'')) ++pos;
    std::size_t end = pos;
    while (end < tag.size() && tag[end] != '"' && tag[end] != '\'' && tag[end] != ';' && tag[end] != '>' &&
           !is_ascii_space(tag[end]) && tag[end] != '/')
        ++end;
    return std::string(tag.substr(pos, end - pos));
}

struct iconv_handle {
    iconv_t cd;
    explicit iconv_handle(const std::string& from) : cd(iconv_open("UTF-8", from.c_str())) {}
    ~iconv_handle() {
        if (ok()) iconv_close(cd);
    }
    iconv_handle(const iconv_handle&) = delete;
    iconv_handle& operator=(const iconv_handle&) = delete;
    bool ok() const { return cd != reinterpret_cast<iconv_t>(-1); }
};

// The code unit of a wide encoding: what an invalid sequence is skipped by.
std::size_t code_unit(const std::string& name) {
    if (name.rfind("UTF-16", 0) == 0) return 2;
    if (name.rfind("UTF-32", 0) == 0) return 4;
    return 1;
}

}  // namespace

bool is_gzip(std::string_view bytes) noexcept {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
           static_cast<unsigned char>(bytes[1]) == 0x8B && bytes[2] == 8;
}

bool gunzip(std::string_view in, std::size_t max_out, std::string& out, std::string& error) {
    out.clear();
    error.clear();
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) {
        error = "zlib could not be initialised";
        return false;
    }
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), 1u << 30));
    std::size_t fed = zs.avail_in;
    char buf[65536];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        int rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > max_out) {
            error = "gzip data inflates to more than " + std::to_string(max_out) + " bytes";
            out.clear();
            return false;
        }
        if (zs.avail_in == 0 && fed < in.size()) {  // inputs over 1 GiB: feed the rest
            std::size_t more = std::min<std::size_t>(in.size() - fed, 1u << 30);
            zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + fed));
            zs.avail_in = static_cast<uInt>(more);
            fed += more;
        }
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (concatenated files); trailing
            // zero padding is not one.
            std::size_t rest = zs.avail_in + (in.size() - fed);
            std::string_view tail = in.substr(in.size() - rest);
            if (rest == 0 || !is_gzip(tail)) return true;
            inflateReset(&zs);
            continue;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            error = "gzip data is truncated";
            return !out.empty();
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            error = std::string("gzip data is corrupt") + (zs.msg ? std::string(": ") + zs.msg : std::string());
            return !out.empty();
        }
    }
}

std::string declared_charset(std::string_view head) {
    std::string h = to_lower_ascii(head.substr(0, declaration_window));
    // <?xml version="1.0" encoding="...">
    if (h.rfind("<?xml", 0) == 0) {
        std::size_t end = h.find("?>");
        std::size_t enc = h.find("encoding", 0);
        if (enc != std::string::npos && enc < end) {
            std::string v = value_after(h, enc + 8);
            if (!v.empty()) return v;
        }
    }
    for (std::size_t pos = h.find("<meta"); pos != std::string::npos; pos = h.find("<meta", pos + 5)) {
        std::size_t end = h.find('>', pos);
        if (end == std::string::npos) break;
        std::string_view tag(h.data() + pos, end - pos + 1);
        for (std::size_t c = tag.find("charset"); c != std::string_view::npos; c = tag.find("charset", c + 7)) {
            std::string v = value_after(tag, c + 7);
            if (!v.empty()) return v;
        }
    }
    return {};
}

std::string iconv_name(std::string_view label_in) {
    std::string label = to_lower_ascii(label_in);
    while (!label.empty() && is_ascii_space(label.back())) label.pop_back();
    std::size_t start = 0;
    while (start < label.size() && is_ascii_space(label[start])) ++start;
    label.erase(0, start);
    if (label.empty()) return {};
    struct alias {
        std::string_view label, name;
    };
    // The WHATWG Encoding Standard's label table, cut to what pages use.
    static constexpr alias table[] = {
        {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
        // A document readable enough to declare UTF-16 in ASCII is not UTF-16.
        {"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
        {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"}, {"iso-8859-1", "WINDOWS-1252"},
        {"iso8859-1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
        {"l1", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"windows-1252", "WINDOWS-1252"},
        {"x-cp1252", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"}, {"ibm819", "WINDOWS-1252"},
        {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"}, {"windows-1254", "WINDOWS-1254"},
        {"iso-8859-11", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"}, {"windows-874", "WINDOWS-874"},
        {"shift_jis", "WINDOWS-31J"}, {"shift-jis", "WINDOWS-31J"}, {"sjis", "WINDOWS-31J"},
        {"x-sjis", "WINDOWS-31J"}, {"ms_kanji", "WINDOWS-31J"}, {"windows-31j", "WINDOWS-31J"},
        {"csshiftjis", "WINDOWS-31J"}, {"ms932", "WINDOWS-31J"}, {"cp932", "WINDOWS-31J"},
        {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
        {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb18030", "GB18030"},
        {"chinese", "GB18030"}, {"csgb2312", "GB18030"}, {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"},
        {"x-x-big5", "BIG5-HKSCS"}, {"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"windows-949", "CP949"},
        {"koi8-r", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi8-u", "KOI8-U"}, {"macintosh", "MACINTOSH"},
        {"mac", "MACINTOSH"}, {"x-mac-roman", "MACINTOSH"}, {"x-mac-cyrillic", "MAC-CYRILLIC"},
    };
    for (const alias& a : table)
        if (a.label == label) return std::string(a.name);
    // windows-125x, iso-8859-x and anything else glibc knows by its name.
    std::string upper = label;
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    for (char c : upper)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':'))
            return {};
    iconv_handle probe(upper);
    return probe.ok() ? upper : std::string();
}

bool convert_to_utf8(std::string_view bytes, const std::string& iconv_encoding, std::string& out) {
    iconv_handle h(iconv_encoding);
    if (!h.ok()) return false;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 2);
    const std::size_t unit = code_unit(iconv_encoding);
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char buf[16384];
    while (in_left > 0) {
        char* o = buf;
        std::size_t o_left = sizeof buf;
        std::size_t rc = iconv(h.cd, &in, &in_left, &o, &o_left);
        out.append(buf, static_cast<std::size_t>(o - buf));
        if (rc != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) continue;
        out += replacement_utf8;
        if (errno == EILSEQ) {
            std::size_t skip = std::min(unit, in_left);
            in += skip;
            in_left -= skip;
            iconv(h.cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial shift state
            continue;
        }
        break;  // EINVAL: a sequence cut off at the end
    }
    char* o = buf;
    std::size_t o_left = sizeof buf;
    iconv(h.cd, nullptr, nullptr, &o, &o_left);
    out.append(buf, static_cast<std::size_t>(o - buf));
    return true;
}

std::string detect_charset(std::string_view bytes) {
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
    if (!ud) return {};
    // A sample is enough; uchardet slows down on megabytes of markup.
    std::string_view sample = bytes.substr(0, std::size_t{256} << 10);
    if (uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return {};
    uchardet_data_end(ud.get());
    const char* cs = uchardet_get_charset(ud.get());
    if (!cs || !*cs) return {};
    std::string name = to_lower_ascii(cs);
    if (name == "ascii") return "UTF-8";
    return iconv_name(name);
}

namespace {

// `body` with each invalid byte replaced by U+FFFD, so what leaves this
// layer is always valid UTF-8 (an override or a declaration can call any
// bytes UTF-8; the fuzzer found that they did).
std::string repair_utf8(std::string_view body) {
    std::string text;
    text.reserve(body.size());
    for (std::size_t i = 0; i < body.size();) {
        std::size_t n = valid_utf8_prefix(body.substr(i));
        text.append(body, i, n);
        i += n;
        if (i < body.size()) {
            text += replacement_utf8;
            ++i;
        }
    }
    return text;
}

// Decodes `body` as the iconv encoding `name` into `d`, noting where the
// name came from; false (and `d` untouched) when iconv cannot.
bool decode_as(std::string_view body, std::string name, std::string source, decoded& d) {
    std::string text;
    if (name == "UTF-8") text = repair_utf8(body);
    else if (!convert_to_utf8(body, name, text)) return false;
    d.text = std::move(text);
    d.encoding = std::move(name);
    d.source = std::move(source);
    return true;
}

// A UTF-8 label is believed when the bytes have a few stray bytes at most;
// bytes that are mostly invalid as UTF-8 were written in something else.
bool fits_utf8(const utf8_census& census) {
    return census.invalid == 0 || census.invalid * 4 <= census.multibyte;
}

// A legacy single- or double-byte text is practically never valid UTF-8 with
// several multibyte sequences: a legacy label on such bytes is stale.
bool plainly_utf8(const utf8_census& census) { return census.invalid == 0 && census.multibyte >= 4; }

// 1. A byte order mark wins over everything; UTF-16 without a mark still
// starts with '<' and a NUL byte.
bool decode_by_mark(std::string_view bytes, decoded& d) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF" && decode_as(bytes.substr(3), "UTF-8", "bom", d)) return true;
    const unicode_mark wide = wide_unicode_mark(bytes);
    if (!wide.encoding.empty() && decode_as(bytes.substr(wide.length), std::string(wide.encoding), "bom", d))
        return true;
    if (bytes.size() >= 4 && bytes[0] == '<' && bytes[1] == '\0' && bytes[3] == '\0' &&
        decode_as(bytes, "UTF-16LE", "detected", d))
        return true;
    return bytes.size() >= 4 && bytes[0] == '\0' && bytes[1] == '<' && bytes[2] == '\0' &&
           decode_as(bytes, "UTF-16BE", "detected", d);
}

// 3. The document's own declaration (`declared`, an iconv name or empty).
bool decode_by_declaration(std::string_view bytes, const std::string& declared, const utf8_census& census,
                           decoded& d) {
    if (declared.empty()) return false;
    if (declared == "UTF-8") return fits_utf8(census) && decode_as(bytes, "UTF-8", "declared", d);
    if (plainly_utf8(census)) return decode_as(bytes, "UTF-8", "detected", d);
    return decode_as(bytes, declared, "declared", d);
}

// 4. The transport's charset (HTTP), under the same checks as a declaration
// except that a stale legacy label leaves the bytes to step 5.
bool decode_by_hint(std::string_view bytes, std::string_view hint_label, const utf8_census& census,
                    decoded& d) {
    if (hint_label.empty()) return false;
    std::string hinted = iconv_name(hint_label);
    if (hinted == "UTF-8") return fits_utf8(census) && decode_as(bytes, "UTF-8", "hint", d);
    return !hinted.empty() && !plainly_utf8(census) && decode_as(bytes, hinted, "hint", d);
}

// 5. Nothing (usable) declared: valid UTF-8 is UTF-8, else uchardet's guess,
// else windows-1252.
void decode_undeclared(std::string_view bytes, const utf8_census& census, decoded& d) {
    if (census.invalid == 0) {
        decode_as(bytes, "UTF-8", "default", d);
        return;
    }
    std::string guess = detect_charset(bytes);
    if (!guess.empty() && decode_as(bytes, guess, "detected", d)) return;
    if (decode_as(bytes, "WINDOWS-1252", "default", d)) return;
    decode_as(bytes, "UTF-8", "default", d);
}

}  // namespace

decoded decode_html_bytes(std::string_view bytes, std::string_view override_label, std::string_view hint_label) {
    decoded d;
    if (decode_by_mark(bytes, d)) return d;
    // 2. The caller's override.
    if (!override_label.empty()) {
        std::string name = iconv_name(override_label);
        if (!name.empty() && decode_as(bytes, name, "override", d)) return d;
    }
    const std::string declared = iconv_name(declared_charset(bytes));
    const utf8_census census = count_utf8(bytes);
    if (decode_by_declaration(bytes, declared, census, d)) return d;
    if (decode_by_hint(bytes, hint_label, census, d)) return d;
    decode_undeclared(bytes, census, d);
    return d;
}

}  // namespace pith::detail
