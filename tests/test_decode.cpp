// Decoding: bytes in any encoding to UTF-8, gzip inflated.
#include "input/decode.h"
#include "pith/pith.h"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

using namespace pith::detail;

namespace {

std::string gzip(const std::string& data) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string page(const std::string& head, const std::string& body) {
    return "<!doctype html><html><head>" + head + "<title>T</title></head><body><p>" + body + "</p></body></html>";
}

}  // namespace

TEST_CASE("declared windows-1252 and ISO-8859-1 are read as windows-1252", "[decode]") {
    // 0x93 0x94 are curly quotes in windows-1252 (C1 controls in ISO-8859-1),
    // 0xE9 is e-acute in both.
    std::string bytes = page("<meta charset=\"iso-8859-1\">", "\x93" "caf\xE9" "\x94");
    decoded d = decode_html_bytes(bytes, "");
    CHECK(d.encoding == "WINDOWS-1252");
    CHECK(d.source == "declared");
    CHECK(d.text.find("\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D") != std::string::npos);
}

TEST_CASE("http-equiv content-type declarations are found", "[decode]") {
    std::string head = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1251\">";
    CHECK(declared_charset(page(head, "x")) == "windows-1251");
    decoded d = decode_html_bytes(page(head, "\xCF\xF0\xE8\xE2\xE5\xF2"), "");  // "Привет"
    CHECK(d.text.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82") != std::string::npos);
}

TEST_CASE("Shift_JIS pages decode through windows-31j", "[decode]") {
    // "日本語" in Shift_JIS.
    std::string bytes = page("<meta charset=\"Shift_JIS\">", "\x93\xFA\x96\x7B\x8C\xEA");
    decoded d = decode_html_bytes(bytes, "");
    CHECK(d.encoding == "WINDOWS-31J");
    CHECK(d.text.find("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte order mark", "[decode]") {
    std::string le = "\xFF\xFE";
    std::string be = "\xFE\xFF";
    for (char ch : std::string("<p>h\xE9</p>")) {
        le += ch;
        le += '\0';
        be += '\0';
        be += ch;
    }
    CHECK(decode_html_bytes(le, "").text == "<p>h\xC3\xA9</p>");
    CHECK(decode_html_bytes(be, "").text == "<p>h\xC3\xA9</p>");
    CHECK(decode_html_bytes(le, "").source == "bom");
    // The mark wins over a contrary override, as in browsers.
    CHECK(decode_html_bytes(le, "windows-1252").encoding == "UTF-16LE");
}

TEST_CASE("an override wins over the declaration", "[decode]") {
    std::string bytes = page("<meta charset=\"utf-8\">", "caf\xE9");
    decoded d = decode_html_bytes(bytes, "latin1");
    CHECK(d.source == "override");
    CHECK(d.text.find("caf\xC3\xA9") != std::string::npos);
}

TEST_CASE("a wrong or missing declaration falls back to detection", "[decode]") {
    std::string french =
        "Le gar\xE7on a d\xE9j\xE0 mang\xE9 les cr\xEApes pr\xE9par\xE9" "es par sa s\x9Cur, "
        "et il a \xE9t\xE9 tr\xE8s content de la soir\xE9" "e pass\xE9" "e \xE0 la f\xEAte du village. ";
    std::string body;
    for (int i = 0; i < 6; ++i) body += french;
    SECTION("nothing declared") {
        decoded d = decode_html_bytes("<html><body><p>" + body + "</p></body></html>", "");
        CHECK(d.source == "detected");
        CHECK(d.text.find("gar\xC3\xA7on") != std::string::npos);
    }
    SECTION("declared UTF-8 but mostly invalid as UTF-8") {
        decoded d = decode_html_bytes(page("<meta charset=utf-8>", body), "");
        CHECK(d.text.find("gar\xC3\xA7on") != std::string::npos);
    }
    SECTION("declared latin-1 but really UTF-8") {
        std::string utf8 = "gar\xC3\xA7on d\xC3\xA9j\xC3\xA0 mang\xC3\xA9 cr\xC3\xAApes";
        decoded d = decode_html_bytes(page("<meta charset=iso-8859-1>", utf8), "");
        CHECK(d.encoding == "UTF-8");
        CHECK(d.text.find(utf8) != std::string::npos);
    }
}

TEST_CASE("invalid sequences become U+FFFD, never a crash", "[decode]") {
    std::string out;
    REQUIRE(convert_to_utf8("ab\x81" "cd", "WINDOWS-1252", out));  // 0x81 is unassigned
    CHECK(out == "ab\xEF\xBF\xBD" "cd");
    REQUIRE(convert_to_utf8("\x93\xFA\x96", "WINDOWS-31J", out));  // cut in the middle of a character
    CHECK(out == "\xE6\x97\xA5\xEF\xBF\xBD");
    CHECK_FALSE(convert_to_utf8("x", "NO-SUCH-CHARSET", out));
    CHECK(iconv_name("no-such-charset") == "");
}

TEST_CASE("gzip input is recognised and inflated", "[decode]") {
    std::string html = page("<meta charset=utf-8>", "A paragraph long enough to be body text in a test page.");
    std::string gz = gzip(html);
    REQUIRE(is_gzip(gz));
    std::string out, error;
    REQUIRE(gunzip(gz, 1 << 20, out, error));
    CHECK(out == html);
    SECTION("concatenated members") {
        REQUIRE(gunzip(gz + gzip("<p>more</p>"), 1 << 20, out, error));
        CHECK(out == html + "<p>more</p>");
    }
    SECTION("truncated: what was inflated is kept, with an error") {
        gunzip(gz.substr(0, gz.size() - 12), 1 << 20, out, error);
        CHECK_FALSE(error.empty());
    }
    SECTION("a bomb is refused") {
        CHECK_FALSE(gunzip(gzip(std::string(100000, 'a')), 1000, out, error));
        CHECK(error.find("more than") != std::string::npos);
    }
    SECTION("truncated, through the public API: the text it held, with a warning") {
        std::string body;
        for (int i = 0; i < 2000; ++i) body += "Sentence number " + std::to_string(i * 7919 % 10007) + " is here. ";
        std::string cut = gzip(page("<meta charset=utf-8>", body));
        cut.resize(cut.size() / 2);
        pith::result r = pith::clean(cut);
        REQUIRE(r.ok());
        REQUIRE_FALSE(r.blocks.empty());  // (kept or not is the model's business)
        CHECK(r.blocks.front().text.find("Sentence number 0 is here.") == 0);
        REQUIRE_FALSE(r.warnings.empty());
        CHECK(r.warnings.front().find("truncated") != std::string::npos);
    }
    SECTION("through the public API") {
        pith::result r = pith::clean(gz);
        REQUIRE(r.ok());
        CHECK(r.mode == pith::input_mode::html);
        CHECK(r.text.find("A paragraph long enough") != std::string::npos);
    }
}
