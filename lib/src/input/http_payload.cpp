#include "input/http_payload.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

namespace pith::detail {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// A payload that starts like markup or text after white space: what a
// stale encoding header sits on.
bool looks_plain(std::string_view s) {
    std::size_t i = s.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return i == std::string_view::npos || s[i] == '<';
}

enum class inflated { ok, partial, failed };

// Inflates with zlib's `window_bits` (15+16 gzip, 15 zlib, -15 raw deflate),
// concatenated gzip members included, stopping at `max_bytes` (cut).
inflated inflate_bounded(std::string_view in, int window_bits, std::size_t max_bytes, std::string& out,
                         bool& cut) {
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK) return inflated::failed;
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());  // blocks are bounded far below 4 GiB
    char buf[65536];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const std::size_t made = sizeof buf - zs.avail_out;
        out.append(buf, std::min(made, max_bytes - std::min(max_bytes, out.size())));
        if (out.size() >= max_bytes && made > 0 && rc != Z_STREAM_END) {
            cut = true;
            return inflated::ok;
        }
        if (rc == Z_STREAM_END) {
            std::string_view rest = in.substr(in.size() - zs.avail_in);
            if (window_bits > 15 && rest.size() >= 2 && static_cast<unsigned char>(rest[0]) == 0x1F &&
                static_cast<unsigned char>(rest[1]) == 0x8B) {
                inflateReset(&zs);
                continue;
            }
            return inflated::ok;
        }
        if (rc == Z_OK) continue;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) return out.empty() ? inflated::failed : inflated::partial;
        return out.empty() ? inflated::failed : inflated::partial;
    }
}

inflated unbrotli(std::string_view in, std::size_t max_bytes, std::string& out, bool& cut) {
    std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState*)> st(
        BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), BrotliDecoderDestroyInstance);
    if (!st) return inflated::failed;
    const auto* next_in = reinterpret_cast<const std::uint8_t*>(in.data());
    std::size_t avail_in = in.size();
    std::uint8_t buf[65536];
    for (;;) {
        std::uint8_t* next_out = buf;
        std::size_t avail_out = sizeof buf;
        BrotliDecoderResult rc =
            BrotliDecoderDecompressStream(st.get(), &avail_in, &next_in, &avail_out, &next_out, nullptr);
        const std::size_t made = sizeof buf - avail_out;
        out.append(reinterpret_cast<const char*>(buf), std::min(made, max_bytes - std::min(max_bytes, out.size())));
        if (rc == BROTLI_DECODER_RESULT_SUCCESS) return inflated::ok;
        if (out.size() >= max_bytes) {
            cut = true;
            return inflated::ok;
        }
        if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) continue;
        return out.empty() ? inflated::failed : inflated::partial;  // error, or input ended early
    }
}

// Transfer-Encoding: chunked. Returns false when the body does not start with
// a chunk-size line (a stale header: the crawler stored it de-chunked).
bool dechunk(std::string_view in, std::size_t max_bytes, decoded_body& out) {
    std::size_t pos = 0;
    bool first = true;
    for (;;) {
        std::size_t nl = in.find('\n', pos);
        std::string_view line = in.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        line = trim(line.substr(0, line.find(';')));
        std::uint64_t size = 0;
        bool hex = !line.empty() && line.size() <= 15;
        for (char c : line) {
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) hex = false;
            size = size * 16 + static_cast<unsigned>(std::max(d, 0));
        }
        if (!hex || nl == std::string_view::npos) {
            if (first) return false;
            out.notes.push_back("chunked body ends without its last chunk");
            return true;
        }
        first = false;
        pos = nl + 1;
        if (size == 0) return true;  // trailers, if any, are not needed
        std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(size, in.size() - pos));
        out.bytes.append(in.substr(pos, take));
        if (out.bytes.size() >= max_bytes) {
            out.bytes.resize(max_bytes);
            out.cut = true;
            return true;
        }
        if (take < size) {
            out.notes.push_back("chunked body cut inside a chunk");
            return true;
        }
        pos += take;
        if (in.substr(pos, 2) == "\r\n") pos += 2;
        else if (in.substr(pos, 1) == "\n") pos += 1;
    }
}

// Undoes one content coding of `bytes` in place; false with out.error set
// when it cannot.
bool undo_coding(const std::string& coding, std::string& bytes, std::size_t max_bytes, decoded_body& out) {
    if (coding.empty() || coding == "identity" || coding == "none") return true;
    const bool gzip = coding == "gzip" || coding == "x-gzip";
    if (gzip && !(bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
                  static_cast<unsigned char>(bytes[1]) == 0x8B)) {
        out.notes.push_back("Content-Encoding: " + coding + " claimed but the payload is not gzip: used as is");
        return true;
    }
    if (!gzip && coding != "deflate" && coding != "br") {
        out.error = "unsupported Content-Encoding: " + coding;
        return false;
    }
    std::string decoded;
    inflated rc;
    if (gzip) {
        rc = inflate_bounded(bytes, 15 + 16, max_bytes, decoded, out.cut);
    } else if (coding == "deflate") {
        // RFC 9110 says zlib format; many servers send raw deflate.
        const bool zlib_header = bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) & 0x0F) == 8 &&
                                 ((static_cast<unsigned char>(bytes[0]) << 8) | static_cast<unsigned char>(bytes[1])) % 31 == 0;
        rc = inflate_bounded(bytes, zlib_header ? 15 : -15, max_bytes, decoded, out.cut);
    } else {
        rc = unbrotli(bytes, max_bytes, decoded, out.cut);
    }
    if (rc == inflated::failed) {
        if (looks_plain(bytes)) {
            out.notes.push_back("Content-Encoding: " + coding + " claimed but the payload is plain: used as is");
            return true;
        }
        out.error = "Content-Encoding: " + coding + " data does not decode";
        return false;
    }
    if (rc == inflated::partial) out.notes.push_back(coding + " data is cut short: the part inflated is kept");
    bytes = std::move(decoded);
    return true;
}

}  // namespace

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

bool add_header_line(std::string_view line, std::vector<warc::header>& out) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
        if (out.empty()) return false;
        std::string_view more = trim(line);
        if (!more.empty()) {
            if (!out.back().second.empty()) out.back().second += ' ';
            out.back().second.append(more);
        }
        return true;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    out.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    return true;
}

bool parse_http_head(std::string_view block, std::size_t max_bytes, http_head& out, std::string& message) {
    out = {};
    std::size_t pos = 0;
    bool status_line = true;
    for (;;) {
        std::size_t nl = block.find('\n', pos);
        if (nl == std::string_view::npos || nl > max_bytes) {
            // Headers that end with the block (a HEAD-like response) are whole.
            if (nl == std::string_view::npos && block.size() <= max_bytes && !status_line) {
                std::string_view line = trim(block.substr(pos));
                if (!line.empty() && !add_header_line(line, out.headers)) break;
                out.body_offset = block.size();
                return true;
            }
            message = status_line ? "no HTTP status line" : "HTTP headers do not end within the limit";
            return false;
        }
        std::string_view line = block.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = nl + 1;
        if (status_line) {
            // "HTTP/1.1 200 OK", "HTTP/2 404"
            if (line.substr(0, 5) != "HTTP/") break;
            std::size_t sp = line.find(' ');
            if (sp == std::string_view::npos || sp + 4 > line.size()) break;
            int code = 0;
            for (std::size_t k = sp + 1; k < sp + 4; ++k) {
                if (line[k] < '0' || line[k] > '9') {
                    message = "bad HTTP status line";
                    return false;
                }
                code = code * 10 + (line[k] - '0');
            }
            out.status = code;
            status_line = false;
            continue;
        }
        if (line.empty()) {
            out.body_offset = pos;
            return true;
        }
        // A broken header line is skipped rather than failing the page:
        // browsers are as forgiving.
        add_header_line(line, out.headers);
    }
    message = "no HTTP status line";
    return false;
}

void split_content_type(std::string_view value, std::string& media_type, std::string& charset) {
    std::size_t semi = value.find(';');
    media_type = ascii_lower(trim(value.substr(0, semi)));
    charset.clear();
    while (semi != std::string_view::npos) {
        std::size_t next = value.find(';', semi + 1);
        std::string_view param = trim(value.substr(semi + 1, next == std::string_view::npos ? next : next - semi - 1));
        std::size_t eq = param.find('=');
        if (eq != std::string_view::npos && ascii_lower(trim(param.substr(0, eq))) == "charset") {
            std::string_view v = trim(param.substr(eq + 1));
            if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
                v = v.substr(1, v.size() - 2);
            charset = ascii_lower(trim(v));
        }
        semi = next;
    }
}

decoded_body decode_http_body(std::string_view body, const std::vector<warc::header>& headers,
                              std::size_t max_bytes) {
    decoded_body out;
    std::string transfer, codings;
    for (const auto& [name, value] : headers) {
        const std::string n = ascii_lower(name);
        std::string* into = n == "transfer-encoding" ? &transfer : n == "content-encoding" ? &codings : nullptr;
        if (!into) continue;
        if (!into->empty()) *into += ',';
        *into += ascii_lower(value);
    }
    if (transfer.find("chunked") != std::string::npos) {
        if (!dechunk(body, max_bytes, out)) {
            out.bytes.clear();
            out.notes.push_back("Transfer-Encoding: chunked claimed but the body is not chunked: used as is");
            out.bytes.assign(body.substr(0, max_bytes));
            out.cut = body.size() > max_bytes;
        }
    } else {
        out.bytes.assign(body.substr(0, max_bytes));
        out.cut = body.size() > max_bytes;
    }
    // Codings are listed in the order applied: undo the last first.
    std::vector<std::string> list;
    for (std::size_t start = 0; start <= codings.size();) {
        std::size_t comma = std::min(codings.find(',', start), codings.size());
        std::string c(trim(std::string_view(codings).substr(start, comma - start)));
        if (!c.empty()) list.push_back(std::move(c));
        start = comma + 1;
    }
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (!undo_coding(*it, out.bytes, max_bytes, out)) {
            out.bytes.clear();
            return out;
        }
    }
    return out;
}

}  // namespace pith::detail
