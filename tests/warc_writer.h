// A small WARC writer for the tests: records built field by field, with
// every knob a broken or odd crawler turns (line ends, header case, a wrong
// Content-Length, per-record or whole-file gzip), so each fixture says in
// code what is odd about it.
#pragma once

#include <zlib.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pith::test {

inline std::string deflate_bytes(const std::string& data, int window_bits) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    std::string out(deflateBound(&zs, data.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("deflate");
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}
inline std::string gzip_member(const std::string& data) { return deflate_bytes(data, 15 + 16); }

// An HTTP response as a crawler stores it.
struct http_message {
    std::string status_line = "HTTP/1.1 200 OK";
    std::vector<std::pair<std::string, std::string>> headers = {{"Content-Type", "text/html; charset=utf-8"}};
    std::string body;
    std::string eol = "\r\n";
    std::string str() const {
        std::string s = status_line + eol;
        for (const auto& [n, v] : headers) s += n + ": " + v + eol;
        return s + eol + body;
    }
};

struct warc_record_spec {
    std::string version = "1.0";
    std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Length
    std::string block;
    std::string eol = "\r\n";
    long long length_delta = 0;   // added to the true Content-Length (a broken writer)
    bool write_length = true;
    std::string length_name = "Content-Length";
    std::string str() const {
        std::string s = "WARC/" + version + eol;
        for (const auto& [n, v] : headers) s += n + ": " + v + eol;
        if (write_length)
            s += length_name + ": " + std::to_string(static_cast<long long>(block.size()) + length_delta) + eol;
        return s + eol + block + eol + eol;
    }
};

// A response record for `page` at `uri`, with id "<urn:test:N>".
inline warc_record_spec response_record(int n, const std::string& uri, const http_message& http) {
    warc_record_spec r;
    r.headers = {{"WARC-Type", "response"},
                 {"WARC-Record-ID", "<urn:test:" + std::to_string(n) + ">"},
                 {"WARC-Date", "2024-01-0" + std::to_string(1 + n % 9) + "T00:00:00Z"},
                 {"WARC-Target-URI", uri},
                 {"Content-Type", "application/http; msgtype=response"}};
    r.block = http.str();
    return r;
}

inline std::string html_page(const std::string& title, const std::string& paragraph) {
    return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title +
           "</h1><p>" + paragraph + "</p><p>" + paragraph + " Again, in other words, for the second time.</p>" +
           "</article></body></html>";
}

enum class compression { none, per_record, whole_file };

inline std::string warc_file(const std::vector<warc_record_spec>& records, compression c = compression::none) {
    std::string out, all;
    for (const auto& r : records) {
        if (c == compression::per_record) out += gzip_member(r.str());
        else all += r.str();
    }
    if (c == compression::whole_file) return gzip_member(all);
    return c == compression::none ? all : out;
}

}  // namespace pith::test
