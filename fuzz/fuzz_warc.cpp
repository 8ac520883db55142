// libFuzzer target: the WARC reader (pith/warc.h) over any bytes, fed in
// reads of a size taken from the first byte (so record and gzip member
// boundaries fall everywhere), plain and wrapped in a gzip member, with
// small limits so every limit is reached. Whatever the bytes, the reader
// must end (each record costs at least one byte), keep its limits, never
// call an error record HTML, and the HTML records must clean within
// pith::result's contract.
#include "check_result.h"
#include "chunked_source.h"
#include "pith/warc.h"

#include <zlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

std::string gzip_member(std::string_view data) {
    z_stream zs{};
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, data.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

void read_all(std::string_view bytes, std::size_t chunk, std::size_t plain_size) {
    pith::warc::reader_options opts;
    opts.max_header_bytes = 2048;
    opts.max_record_bytes = 8192;
    opts.max_payload_bytes = 16384;
    opts.max_http_header_bytes = 1024;
    pith::warc::reader in(pith::test::chunked_source{bytes, chunk}, opts);
    pith::warc::record rec;
    std::size_t records = 0;
    while (in.next(rec)) {
        ++records;
        pith::fuzz::require(records <= plain_size + 1, "more WARC records than input bytes");
        pith::fuzz::require(rec.payload.size() <= opts.max_payload_bytes, "payload over max_payload_bytes");
        pith::fuzz::require(!rec.is_html || rec.ok(), "an error record called HTML");
        pith::fuzz::require(rec.ok() == rec.message.empty(), "error without a message, or a message without one");
        if (rec.is_html) {
            pith::options o;
            pith::result r = pith::warc::clean_record(rec, o);
            pith::fuzz::require(r.mode == pith::input_mode::html || !r.ok(), "an HTML record not cleaned as HTML");
            pith::fuzz::require(pith::fuzz::valid_utf8(r.text), "clean_record gave invalid UTF-8");
        }
    }
    pith::fuzz::require(in.ok() == in.error().empty(), "stream state and its message disagree");
    pith::fuzz::require(in.seen().records == records, "counts disagree with the records delivered");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    const std::size_t chunk = size == 0 ? 1 : 1 + data[0] % 64;
    read_all(in, chunk, size);
    if (size < 4096) read_all(gzip_member(in), chunk, size);
    return 0;
}
