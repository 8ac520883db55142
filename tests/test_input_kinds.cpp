// The bytes decide what an input is (issue 9, item 3): binary data is
// refused in every mode, WARC archives are refused as not one page, text in
// UTF-16 or UTF-32 with a byte order mark is read in text mode too, and an
// encoding label nobody knows is an error of its own.
#include "pith/pith.h"
#include "input/detect.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

const std::string article =
    "The council met on Tuesday evening and voted to repair the old bridge before the winter, "
    "after years of complaints from the people who cross it every day.";

// UTF-16LE (or UTF-32LE) of ASCII `s`, with the byte order mark when asked.
std::string wide(const std::string& s, std::size_t unit, bool mark) {
    std::string out;
    if (mark) out = unit == 2 ? std::string("\xFF\xFE", 2) : std::string("\xFF\xFE\0\0", 4);
    for (char c : s) {
        out += c;
        out.append(unit - 1, '\0');
    }
    return out;
}

// Bytes a program file starts with: an ELF header, NULs, small integers.
std::string binary_blob() {
    std::string b("\x7F" "ELF\x02\x01\x01", 7);
    for (int i = 0; i < 4000; ++i) b += static_cast<char>((i * 37) % 7 == 0 ? 0 : (i * 13) % 32);
    return b;
}

}  // namespace

TEST_CASE("binary data is binary, wide text is not", "[input]") {
    using pith::detail::looks_binary;
    CHECK(looks_binary(binary_blob()));
    CHECK_FALSE(looks_binary(article));
    CHECK_FALSE(looks_binary(wide(article, 2, true)));
    CHECK_FALSE(looks_binary(wide(article, 2, false)));   // UTF-16 without a mark
    CHECK_FALSE(looks_binary(wide(article, 4, true)));
    // NULs on both parities, no mark: not UTF-16.
    CHECK(looks_binary(std::string(4000, '\0')));
}

TEST_CASE("binary input is refused in every mode", "[input]") {
    for (pith::input_mode m : {pith::input_mode::detect, pith::input_mode::text, pith::input_mode::html}) {
        pith::options o;
        o.mode = m;
        pith::result r = pith::clean(binary_blob(), o);
        CHECK(r.code == pith::status::unsupported_input);
        CHECK(r.message.find("binary") != std::string::npos);
        CHECK(r.text.empty());
    }
}

TEST_CASE("a WARC archive is not one page", "[input]") {
    const std::string warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n<p>" + article + "</p>\r\n";
    for (pith::input_mode m : {pith::input_mode::detect, pith::input_mode::text, pith::input_mode::html}) {
        pith::options o;
        o.mode = m;
        pith::result r = pith::clean(warc, o);
        CHECK(r.code == pith::status::unsupported_input);
        CHECK(r.message.find("WARC") != std::string::npos);
    }
    CHECK(pith::clean("WARC/1.0 is a format, and this line is about it.\n").code == pith::status::unsupported_input);
    CHECK(pith::clean("A WARC/1.0 file is a format.\n").ok());
}

TEST_CASE("UTF-16 and UTF-32 text with a byte order mark is read in text mode", "[input]") {
    const std::string plain = pith::clean_text(article + "\n").text;
    REQUIRE_FALSE(plain.empty());
    for (std::size_t unit : {std::size_t{2}, std::size_t{4}}) {
        pith::result t = pith::clean_text(wide(article + "\n", unit, true));
        CHECK(t.code == pith::status::ok);
        CHECK(t.text == plain);
        pith::result d = pith::clean(wide(article + "\n", unit, true));  // detected: text
        CHECK(d.mode == pith::input_mode::text);
        CHECK(d.text == plain);
    }
    // A UTF-32 page: the HTML decoder reads the longer mark, not UTF-16's.
    pith::options html;
    html.mode = pith::input_mode::html;
    pith::result p = pith::clean(wide("<html><body><p>" + article + "</p></body></html>", 4, true), html);
    CHECK(p.encoding == "UTF-32LE");
    CHECK(p.text.find("The council met") != std::string::npos);
}

TEST_CASE("an unknown encoding label is its own status", "[input]") {
    pith::options o;
    o.encoding = "no-such-charset";
    pith::result r = pith::clean("<p>" + article + "</p>", o);
    CHECK(r.code == pith::status::unknown_encoding);
    CHECK_FALSE(r.ok());
    CHECK(r.message.find("no-such-charset") != std::string::npos);
    CHECK(pith::to_string(r.code) == "unknown_encoding");
    CHECK(pith::is_known_encoding("windows-1252"));
    CHECK(pith::is_known_encoding("Shift_JIS"));
    CHECK(pith::is_known_encoding("latin1"));
    CHECK_FALSE(pith::is_known_encoding("no-such-charset"));
    CHECK_FALSE(pith::is_known_encoding(""));
    o.encoding = "latin1";
    CHECK(pith::clean("<p>" + article + "</p>", o).ok());
}
