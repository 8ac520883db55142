// The WARC reader (pith/warc.h) on fixtures written by tests/warc_writer.h:
// every kind of file and record it promises to read, and every broken one
// it promises to report without losing the good records around it.
#include "chunked_source.h"
#include "pith/warc.h"
#include "warc_writer.h"

#include <brotli/encode.h>
#include <catch2/catch.hpp>

#include <sstream>

using namespace pith::test;
using pith::warc::error;
using pith::warc::record;

namespace {

std::vector<record> read_all(const std::string& bytes, const pith::warc::reader_options& opts = {},
                             std::size_t chunk = 1 << 16, std::string* stream_error = nullptr) {
    pith::warc::reader in(pith::test::chunked_source{bytes, chunk}, opts);
    std::vector<record> out;
    record r;
    while (in.next(r)) out.push_back(r);
    if (stream_error) *stream_error = in.error();
    else CHECK(in.ok());
    CHECK(in.seen().records == out.size());
    return out;
}

http_message page_response(const std::string& title) {
    http_message h;
    h.body = html_page(title, "The harbour board approved the new ferry timetable after a long public meeting.");
    return h;
}

std::vector<warc_record_spec> mixed_records() {
    warc_record_spec info;
    info.headers = {{"WARC-Type", "warcinfo"}, {"WARC-Record-ID", "<urn:test:0>"},
                    {"Content-Type", "application/warc-fields"}};
    info.block = "software: pith tests\r\n";
    warc_record_spec request = response_record(1, "http://example.org/a", http_message{});
    request.headers[0].second = "request";
    request.headers[4].second = "application/http; msgtype=request";
    request.block = "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n";
    http_message image;
    image.headers = {{"Content-Type", "image/png"}};
    image.body = "\x89PNG\r\n\x1a\n";
    return {info, request, response_record(2, "http://example.org/a", page_response("Ferry")),
            response_record(3, "http://example.org/i.png", image),
            response_record(4, "http://example.org/b", page_response("Harbour"))};
}

void check_mixed(const std::vector<record>& recs) {
    REQUIRE(recs.size() == 5);
    for (const record& r : recs) CHECK(r.ok());
    CHECK(recs[0].type == "warcinfo");
    CHECK(!recs[0].is_html);
    CHECK(recs[1].type == "request");
    CHECK(!recs[1].is_html);
    CHECK(recs[2].is_html);
    CHECK(recs[2].record_id == "<urn:test:2>");
    CHECK(recs[2].target_uri == "http://example.org/a");
    CHECK(recs[2].date == "2024-01-03T00:00:00Z");
    CHECK(recs[2].http_status == 200);
    CHECK(recs[2].media_type == "text/html");
    CHECK(recs[2].charset == "utf-8");
    CHECK(recs[2].payload == page_response("Ferry").body);
    CHECK(!recs[3].is_html);
    CHECK(recs[3].media_type == "image/png");
    CHECK(recs[4].is_html);
    CHECK(recs[4].record_id == "<urn:test:4>");
}

}  // namespace

TEST_CASE("warc: plain, per-record gzip and whole-file gzip read the same records") {
    auto recs = mixed_records();
    check_mixed(read_all(warc_file(recs)));
    check_mixed(read_all(warc_file(recs, compression::per_record)));
    check_mixed(read_all(warc_file(recs, compression::whole_file)));
    // Chunk boundaries anywhere: one byte per read.
    check_mixed(read_all(warc_file(recs, compression::none), {}, 1));
    check_mixed(read_all(warc_file(recs, compression::per_record), {}, 1));
    std::istringstream stream(warc_file(recs, compression::whole_file));
    pith::warc::reader in(stream);
    record r;
    std::vector<record> out;
    while (in.next(r)) out.push_back(r);
    check_mixed(out);
    CHECK(in.gzipped());
}

TEST_CASE("warc: WARC/1.1, LF-only lines, header case, continuation lines and <uri>") {
    auto rec = response_record(7, "<http://example.org/c>", page_response("Tides"));
    rec.version = "1.1";
    rec.eol = "\n";
    rec.headers[0].first = "warc-type";
    rec.headers[1].first = "WARC-RECORD-ID";
    rec.headers[3].first = "Warc-Target-Uri";
    rec.headers[4].second = "application/http;msgtype=response";  // no space
    rec.headers.push_back({"WARC-Comment", "first part\n  second part"});
    auto recs = read_all(warc_file({rec, response_record(8, "http://example.org/d", page_response("Sand"))}));
    REQUIRE(recs.size() == 2);
    CHECK(recs[0].ok());
    CHECK(recs[0].version == "1.1");
    CHECK(recs[0].type == "response");
    CHECK(recs[0].record_id == "<urn:test:7>");
    CHECK(recs[0].target_uri == "http://example.org/c");
    CHECK(recs[0].header_value("warc-comment") == "first part second part");
    CHECK(recs[0].is_html);
    CHECK(recs[1].is_html);
}

TEST_CASE("warc: chunked bodies and gzip, deflate and br content codings are undone") {
    const std::string body = page_response("Coding").body;
    std::vector<warc_record_spec> recs;
    http_message chunked = page_response("Coding");
    chunked.headers.push_back({"Transfer-Encoding", "chunked"});
    chunked.body = "10\r\n" + body.substr(0, 16) + "\r\n" + "5; ext=1\r\n" + body.substr(16, 5) + "\r\n";
    chunked.body += [&] { std::ostringstream h; h << std::hex << body.size() - 21; return h.str(); }();
    chunked.body += "\r\n" + body.substr(21) + "\r\n0\r\n\r\n";
    recs.push_back(response_record(1, "http://e/chunked", chunked));
    http_message gz = page_response("Coding");
    gz.headers.push_back({"Content-Encoding", "gzip"});
    gz.body = gzip_member(body);
    recs.push_back(response_record(2, "http://e/gzip", gz));
    http_message zlib_deflate = gz, raw_deflate = gz;
    zlib_deflate.headers.back().second = "deflate";
    zlib_deflate.body = deflate_bytes(body, 15);
    raw_deflate.headers.back().second = "deflate";
    raw_deflate.body = deflate_bytes(body, -15);
    recs.push_back(response_record(3, "http://e/zlib", zlib_deflate));
    recs.push_back(response_record(4, "http://e/raw", raw_deflate));
    http_message br = gz;
    br.headers.back().second = "br";
    std::string encoded(BrotliEncoderMaxCompressedSize(body.size()), '\0');
    std::size_t encoded_size = encoded.size();
    REQUIRE(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, body.size(), reinterpret_cast<const uint8_t*>(body.data()),
                                  &encoded_size, reinterpret_cast<uint8_t*>(encoded.data())));
    br.body = encoded.substr(0, encoded_size);
    recs.push_back(response_record(5, "http://e/br", br));
    http_message both = gz;  // chunked over gzip
    both.headers.push_back({"Transfer-Encoding", "chunked"});
    std::ostringstream h;
    h << std::hex << gz.body.size();
    both.body = h.str() + "\r\n" + gz.body + "\r\n0\r\n\r\n";
    recs.push_back(response_record(6, "http://e/both", both));
    auto out = read_all(warc_file(recs));
    REQUIRE(out.size() == recs.size());
    for (const record& r : out) {
        INFO(r.target_uri << ": " << r.message);
        CHECK(r.ok());
        CHECK(r.payload == body);
        CHECK(r.is_html);
        CHECK(r.notes.empty());
    }
}

TEST_CASE("warc: stale coding headers are sniffed and the bytes used as they are") {
    const std::string body = page_response("Stale").body;
    http_message stale = page_response("Stale");
    stale.headers.push_back({"Content-Encoding", "gzip"});  // Common Crawl 2014: already inflated
    http_message renamed = page_response("Stale");
    renamed.headers.push_back({"X-Crawler-Content-Encoding", "gzip"});
    renamed.headers.push_back({"X-Crawler-Transfer-Encoding", "chunked"});
    http_message not_chunked = page_response("Stale");
    not_chunked.headers.push_back({"Transfer-Encoding", "chunked"});
    http_message not_br = page_response("Stale");
    not_br.headers.push_back({"Content-Encoding", "br"});
    auto out = read_all(warc_file({response_record(1, "http://e/1", stale), response_record(2, "http://e/2", renamed),
                                   response_record(3, "http://e/3", not_chunked),
                                   response_record(4, "http://e/4", not_br)}));
    REQUIRE(out.size() == 4);
    for (const record& r : out) {
        CHECK(r.ok());
        CHECK(r.payload == body);
        CHECK(r.is_html);
    }
    CHECK(out[0].notes.size() == 1);
    CHECK(out[1].notes.empty());
    CHECK(out[2].notes.size() == 1);
    CHECK(out[3].notes.size() == 1);
}

TEST_CASE("warc: undecodable or unknown codings are error records, and reading goes on") {
    http_message corrupt = page_response("X");
    corrupt.headers.push_back({"Content-Encoding", "gzip"});
    corrupt.body = std::string("\x1f\x8b\x08\x00garbage-that-is-not-deflate", 31);
    http_message zstd = page_response("X");
    zstd.headers.push_back({"Content-Encoding", "zstd"});
    zstd.body = "\x28\xb5\x2f\xfd binary";
    auto out = read_all(warc_file({response_record(1, "http://e/1", corrupt), response_record(2, "http://e/2", zstd),
                                   response_record(3, "http://e/3", page_response("Fine"))}));
    REQUIRE(out.size() == 3);
    CHECK(out[0].code == error::bad_content_encoding);
    CHECK(out[1].code == error::bad_content_encoding);
    CHECK(out[1].message.find("zstd") != std::string::npos);
    CHECK(!out[0].is_html);
    CHECK(out[2].ok());
    CHECK(out[2].is_html);
}

TEST_CASE("warc: WARC-Truncated is kept on the record, which is still read") {
    auto rec = response_record(1, "http://e/t", page_response("Cut"));
    rec.headers.push_back({"WARC-Truncated", "length"});
    auto out = read_all(warc_file({rec}));
    REQUIRE(out.size() == 1);
    CHECK(out[0].ok());
    CHECK(out[0].truncated == "length");
    CHECK(out[0].is_html);
}

TEST_CASE("warc: a wrong Content-Length is reported and the next records are not lost") {
    for (long long delta : {-40LL, 25LL, 400LL, 100000LL}) {
        INFO("Content-Length off by " << delta);
        auto bad = response_record(2, "http://e/bad", page_response("Bad"));
        bad.length_delta = delta;
        auto out = read_all(warc_file({response_record(1, "http://e/1", page_response("One")), bad,
                                       response_record(3, "http://e/3", page_response("Three")),
                                       response_record(4, "http://e/4", page_response("Four"))}));
        REQUIRE(out.size() == 4);
        CHECK(out[0].ok());
        CHECK(out[1].code == error::bad_content_length);
        CHECK(out[1].record_id == "<urn:test:2>");
        CHECK(out[1].payload.empty());
        CHECK(!out[1].is_html);
        CHECK(out[2].ok());
        CHECK(out[2].record_id == "<urn:test:3>");
        CHECK(out[3].ok());
        CHECK(out[3].is_html);
    }
    auto missing = response_record(2, "http://e/none", page_response("None"));
    missing.write_length = false;
    auto out = read_all(warc_file({missing, response_record(3, "http://e/3", page_response("Three"))}));
    REQUIRE(out.size() == 2);
    CHECK(out[0].code == error::bad_content_length);
    CHECK(out[1].ok());
}

TEST_CASE("warc: a record over max_record_bytes is skipped unstored; at the limit it is read") {
    auto big = response_record(2, "http://e/big", page_response(std::string(3000, 'x')));
    pith::warc::reader_options opts;
    opts.max_record_bytes = big.block.size();
    auto at_limit = read_all(warc_file({big, response_record(3, "http://e/3", page_response("Three"))}), opts);
    REQUIRE(at_limit.size() == 2);
    CHECK(at_limit[0].ok());
    opts.max_record_bytes = big.block.size() - 1;
    auto over = read_all(warc_file({big, response_record(3, "http://e/3", page_response("Three"))},
                                   compression::per_record),
                         opts);
    REQUIRE(over.size() == 2);
    CHECK(over[0].code == error::too_large);
    CHECK(over[0].record_id == "<urn:test:2>");
    CHECK(over[0].payload.empty());
    CHECK(over[1].ok());
    CHECK(over[1].is_html);
}

TEST_CASE("warc: max_payload_bytes cuts an inflated payload and marks it truncated") {
    http_message gz = page_response("Bomb");
    gz.headers.push_back({"Content-Encoding", "gzip"});
    gz.body = gzip_member("<html><body><p>" + std::string(1 << 20, 'a') + "</p></body></html>");
    pith::warc::reader_options opts;
    opts.max_payload_bytes = 1000;
    auto out = read_all(warc_file({response_record(1, "http://e/bomb", gz)}), opts);
    REQUIRE(out.size() == 1);
    CHECK(out[0].ok());
    CHECK(out[0].payload.size() == 1000);
    CHECK(out[0].truncated == "length");
}

TEST_CASE("warc: limits on the WARC and HTTP header blocks give error records") {
    auto long_header = response_record(1, "http://e/1", page_response("One"));
    long_header.headers.push_back({"WARC-Comment", std::string(5000, 'c')});
    http_message long_http = page_response("Two");
    long_http.headers.push_back({"X-Junk", std::string(5000, 'j')});
    pith::warc::reader_options opts;
    opts.max_header_bytes = 4096;
    opts.max_http_header_bytes = 4096;
    auto out = read_all(warc_file({long_header, response_record(2, "http://e/2", long_http),
                                   response_record(3, "http://e/3", page_response("Three"))}),
                        opts);
    REQUIRE(out.size() == 3);
    CHECK(out[0].code == error::bad_header);
    CHECK(out[1].code == error::bad_http);
    CHECK(out[2].ok());
}

TEST_CASE("warc: a file cut inside a record keeps the records before it") {
    std::string file = warc_file({response_record(1, "http://e/1", page_response("One")),
                                  response_record(2, "http://e/2", page_response("Two"))});
    auto out = read_all(file.substr(0, file.size() - 100));
    REQUIRE(out.size() == 2);
    CHECK(out[0].ok());
    CHECK(out[1].code == error::truncated_file);
    CHECK(!out[1].is_html);
    // Gzip cut short: the stream reports it after the whole records.
    std::string gz = warc_file({response_record(1, "http://e/1", page_response("One")),
                                response_record(2, "http://e/2", page_response("Two"))},
                               compression::per_record);
    std::string stream_error;
    auto cut = read_all(gz.substr(0, gz.size() - 30), {}, 1 << 16, &stream_error);
    REQUIRE(cut.size() >= 1);
    CHECK(cut[0].ok());
    CHECK(stream_error.find("truncated") != std::string::npos);
}

TEST_CASE("warc: corrupt gzip ends the stream after the good records; not a WARC gives no record") {
    std::string gz = warc_file({response_record(1, "http://e/1", page_response("One"))}, compression::per_record);
    gz += std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff", 14);  // block type 3: invalid
    std::string stream_error;
    auto out = read_all(gz, {}, 1 << 16, &stream_error);
    REQUIRE(out.size() == 1);
    CHECK(out[0].ok());
    INFO(stream_error);
    CHECK(stream_error.find("corrupt") != std::string::npos);
    auto none = read_all("<html><body>not a warc</body></html>", {}, 1 << 16, &stream_error);
    CHECK(none.empty());
    CHECK(stream_error.find("no WARC record") != std::string::npos);
    auto missing = pith::warc::reader::open("/nonexistent/pith/file.warc");
    record r;
    CHECK(!missing.next(r));
    CHECK(!missing.ok());
    CHECK(missing.error().find("/nonexistent/pith/file.warc") != std::string::npos);
}

TEST_CASE("warc: junk between records is skipped with a note") {
    std::string file = warc_file({response_record(1, "http://e/1", page_response("One"))}) + "garbage line\r\n" +
                       warc_file({response_record(2, "http://e/2", page_response("Two"))});
    auto out = read_all(file);
    REQUIRE(out.size() == 2);
    CHECK(out[1].ok());
    CHECK(out[1].notes.size() == 1);
}

TEST_CASE("warc: clean_record uses the HTTP charset below the page's own declaration") {
    const std::string para = "Caf\xE9 owners on the harbour front said the new ferry timetable would help them in "
                             "winter, when few visitors come.";
    http_message latin = page_response("x");
    latin.headers = {{"Content-Type", "text/html; charset=\"ISO-8859-1\""}};
    latin.body = "<html><head><title>Caf\xE9</title></head><body><article><p>" + para + "</p><p>" + para +
                 " Twice.</p></article></body></html>";
    http_message lying = page_response("x");
    lying.headers = {{"Content-Type", "text/html; charset=iso-8859-1"}};
    lying.body = "<html><head><meta charset=\"utf-8\"><title>x</title></head><body><article><p>Caf\xC3\xA9 "
                 "owners on the harbour front said the new ferry timetable would help them.</p><p>The mayor "
                 "agreed at the meeting on Monday and promised more buses in winter.</p></article></body></html>";
    auto out = read_all(warc_file({response_record(1, "http://e/1", latin), response_record(2, "http://e/2", lying)}));
    REQUIRE(out.size() == 2);
    CHECK(out[0].charset == "iso-8859-1");
    pith::result a = pith::warc::clean_record(out[0]);
    CHECK(a.ok());
    CHECK(a.encoding == "WINDOWS-1252");
    CHECK(a.text.find("Caf\xC3\xA9 owners") != std::string::npos);
    pith::result b = pith::warc::clean_record(out[1]);
    CHECK(b.encoding == "UTF-8");
    CHECK(b.text.find("Caf\xC3\xA9 owners") != std::string::npos);
    pith::result skipped = pith::warc::clean_record(read_all(warc_file(mixed_records()))[0]);
    CHECK(skipped.code == pith::status::unsupported_input);
    CHECK(skipped.message.find("warcinfo") != std::string::npos);
}

TEST_CASE("warc: resource and conversion records give HTML only when their type says so") {
    warc_record_spec resource;
    resource.headers = {{"WARC-Type", "resource"}, {"WARC-Record-ID", "<urn:test:r>"},
                        {"WARC-Target-URI", "file:///a.html"}, {"Content-Type", "text/html"}};
    resource.block = page_response("Res").body;
    warc_record_spec conversion = resource;
    conversion.headers[0].second = "conversion";
    conversion.headers[3].second = "text/plain";
    conversion.block = "Plain text extraction";
    auto out = read_all(warc_file({resource, conversion}));
    REQUIRE(out.size() == 2);
    CHECK(out[0].is_html);
    CHECK(out[0].payload == resource.block);
    CHECK(!out[1].is_html);
    CHECK(out[1].ok());
}

TEST_CASE("warc: records that all claim too much are re-read within a budget, so the walk stays linear") {
    std::vector<warc_record_spec> recs;
    for (int n = 0; n < 2000; ++n) {
        recs.push_back(response_record(n, "http://e/" + std::to_string(n), page_response("P")));
        recs.back().length_delta = 60000;  // each swallows the next ~150 records (60 KB)
    }
    pith::warc::reader_options opts;
    opts.max_record_bytes = 64 << 10;
    const std::string file = warc_file(recs);
    std::string stream_error;
    auto out = read_all(file, opts, 1 << 16, &stream_error);
    // The first ones are recovered one by one, until the budget (file bytes
    // read + 64 KiB re-read) is spent; from then on a bad record's block is
    // lost with it (the search goes forward), instead of every record
    // re-reading what the one before swallowed. Order is kept throughout.
    REQUIRE(out.size() > 20);
    CHECK(out.size() < recs.size());
    CHECK(out[0].record_id == "<urn:test:0>");
    CHECK(out[1].record_id == "<urn:test:1>");
    int last = -1;
    for (const record& r : out) {
        // The last claims past the end of the file.
        CHECK((r.code == error::bad_content_length || (&r == &out.back() && r.code == error::truncated_file)));
        int id = std::stoi(r.record_id.substr(10));
        CHECK(id > last);
        last = id;
    }
    CHECK(stream_error.empty());
}
