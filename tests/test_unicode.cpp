// Unit tests of the utf8proc helpers (lib/src/unicode.h): every rule's case
// tests, comparisons and word counts go through them, so they must behave the
// same in every script.
#include "text/unicode.h"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace pith::detail;

namespace {

// Decodes a whole string into code points with the library's own decoder.
std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    std::size_t i = 0;
    while (i < s.size()) out.push_back(next_code_point(s, i));
    return out;
}

// True when every byte sequence of s is well-formed UTF-8 and none decodes to
// U+FFFD unless U+FFFD is literally there.
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (cp == replacement_char && s.substr(start, 3) != "\xEF\xBF\xBD") return false;
    }
    return true;
}

}  // namespace

// ---------------------------------------------------------------- decoding

TEST_CASE("next_code_point decodes 1- to 4-byte sequences", "[unicode]") {
    CHECK(code_points("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") ==
          std::vector<char32_t>{U'a', U'é', U'€', U'\U0001F600'});
}

TEST_CASE("next_code_point turns invalid bytes into U+FFFD one byte at a time", "[unicode]") {
    SECTION("a lone continuation byte") {
        std::size_t i = 0;
        CHECK(next_code_point("\x80z", i) == replacement_char);
        CHECK(i == 1);
    }
    SECTION("a truncated sequence at the end") {
        std::string_view s = "\xE2\x82";
        std::size_t i = 0;
        CHECK(next_code_point(s, i) == replacement_char);
        CHECK(i == 1);
        CHECK(next_code_point(s, i) == replacement_char);
        CHECK(i == 2);
    }
    SECTION("a truncated sequence before ASCII resumes at the ASCII") {
        CHECK(code_points("\xE2\x82x") == std::vector<char32_t>{replacement_char, replacement_char, U'x'});
    }
}

TEST_CASE("append_utf8 round-trips and replaces what is not a code point", "[unicode]") {
    std::string out;
    for (char32_t cp : {U'A', U'ß', U'中', U'\U0001F600'}) append_utf8(out, cp);
    CHECK(out == "A\xC3\x9F\xE4\xB8\xAD\xF0\x9F\x98\x80");
    std::string bad;
    append_utf8(bad, static_cast<char32_t>(0x110000));
    CHECK(bad == "\xEF\xBF\xBD");
}

// ---------------------------------------------------------------- sanitize

TEST_CASE("sanitize_text normalises line ends", "[unicode][sanitize]") {
    CHECK(sanitize_text("a\r\nb") == "a\nb");
    CHECK(sanitize_text("a\rb") == "a\nb");
    CHECK(sanitize_text("a\r\r\nb") == "a\n\nb");
    CHECK(sanitize_text("a\n\nb\n") == "a\n\nb\n");
}

TEST_CASE("sanitize_text removes NUL and other C0 controls but keeps tab and LF", "[unicode][sanitize]") {
    using namespace std::string_literals;
    CHECK(sanitize_text("a\0b"s) == "ab");
    CHECK(sanitize_text("a\x01\x07\x1B\x0C\x0Bz") == "az");
    CHECK(sanitize_text("a\tb\nc") == "a\tb\nc");
}

TEST_CASE("sanitize_text turns invalid UTF-8 into U+FFFD and keeps valid text", "[unicode][sanitize]") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(sanitize_text("caf\xE9") == "caf" + fffd);           // Latin-1 byte
    CHECK(sanitize_text("x\xFFy") == "x" + fffd + "y");
    CHECK(sanitize_text("end\xE2\x82") == "end" + fffd + fffd);  // truncated at the end
    std::string mixed = "Привет \xC0 мир \xED\xA0\x80 中文 \xF8\x88\x80\x80\x80";
    std::string clean = sanitize_text(mixed);
    CHECK(valid_utf8(clean));
    CHECK(clean.find("Привет ") == 0);
    CHECK(clean.find(" мир ") != std::string::npos);
    CHECK(clean.find(" 中文 ") != std::string::npos);
    // Valid multi-byte text passes through untouched.
    std::string good = "Ελληνικά, العربية, हिन्दी, 日本語, emoji \xF0\x9F\x98\x80.";
    CHECK(sanitize_text(good) == good);
}

TEST_CASE("sanitize_text drops a leading byte order mark", "[unicode][sanitize]") {
    CHECK(sanitize_text("\xEF\xBB\xBFHello") == "Hello");
    CHECK(sanitize_text("\xEF\xBB\xBF") == "");
    CHECK(sanitize_text("") == "");
}

// ---------------------------------------------------------------- classes

TEST_CASE("character classes work outside Latin", "[unicode][classes]") {
    SECTION("case in Cyrillic, Greek, Armenian") {
        CHECK(is_upper(U'Ж'));
        CHECK(is_lower(U'ж'));
        CHECK(is_upper(U'Σ'));
        CHECK(is_lower(U'ς'));
        CHECK(is_upper(U'Ա'));
        CHECK_FALSE(is_upper(U'ж'));
        CHECK_FALSE(is_lower(U'Ж'));
        CHECK(is_upper(U'ǅ'));  // title case counts as upper
    }
    SECTION("caseless letters are letters but neither upper nor lower") {
        for (char32_t cp : {U'ب', U'中', U'あ', U'ก', U'क', U'א', U'한'}) {
            CAPTURE(static_cast<unsigned>(cp));
            CHECK(is_letter(cp));
            CHECK_FALSE(is_upper(cp));
            CHECK_FALSE(is_lower(cp));
            CHECK(is_word_char(cp));
        }
    }
    SECTION("digits of other scripts") {
        CHECK(is_digit(U'٣'));  // Arabic-Indic three
        CHECK(is_digit(U'३'));  // Devanagari three
        CHECK(is_digit(U'7'));
        CHECK_FALSE(is_digit(U'Ⅻ'));  // a letter number, not a decimal digit
        CHECK(is_word_char(U'Ⅻ'));
        CHECK_FALSE(is_letter(U'٣'));
    }
    SECTION("combining marks") {
        CHECK(is_mark(0x0301));  // combining acute
        CHECK(is_mark(0x093F));  // Devanagari vowel sign i
        CHECK(is_mark(0x064E));  // Arabic fatha
        CHECK(is_word_char(0x0301));
        CHECK_FALSE(is_mark(U'a'));
        CHECK_FALSE(is_letter(0x0301));
    }
    SECTION("punctuation and symbols are not word characters") {
        for (char32_t cp : {U'.', U',', U'—', U'«', U'»', U'。', U'؟', U'€', U'•', U' '}) {
            CAPTURE(static_cast<unsigned>(cp));
            CHECK_FALSE(is_word_char(cp));
            CHECK_FALSE(is_letter(cp));
        }
    }
}

TEST_CASE("is_space knows Unicode white space", "[unicode][classes]") {
    for (char32_t cp : {U' ', U'\t', U'\n', char32_t{0x00A0}, char32_t{0x2003}, char32_t{0x202F},
                        char32_t{0x3000}, char32_t{0x2028}, char32_t{0x200B}}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(is_space(cp));
    }
    for (char32_t cp : {U'a', U'_', U'.', U'中', char32_t{0x2060}, char32_t{0x00AD}}) {  // word joiner, soft hyphen
        CAPTURE(static_cast<unsigned>(cp));
        CHECK_FALSE(is_space(cp));
    }
}

TEST_CASE("sentence ends and closing marks of several scripts", "[unicode][classes]") {
    for (char32_t cp : {U'.', U'!', U'?', U'…', U'。', U'！', U'？', U'؟', U'।', U'॥', U'۔'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(is_sentence_end(cp));
    }
    for (char32_t cp : {U',', U';', U':', U'、', U'，', U'-', U'a'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK_FALSE(is_sentence_end(cp));
    }
    for (char32_t cp : {U'"', U'\'', U')', U']', U'’', U'”', U'»', U'」', U'』', U'）'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(is_closing(cp));
    }
    for (char32_t cp : {U'(', U'[', U'“', U'‘', U'«', U'「', U'a', U'.'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK_FALSE(is_closing(cp));
    }
}

TEST_CASE("unspaced scripts are Han, Kana, Thai and kin, not Hangul or Latin", "[unicode][classes]") {
    for (char32_t cp : {U'中', U'あ', U'カ', U'ก', U'ລ', U'က', U'ក', U'𠀀'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(is_unspaced_script(cp));
    }
    for (char32_t cp : {U'a', U'Ж', U'ب', U'क', U'한', U'。', U' '}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK_FALSE(is_unspaced_script(cp));
    }
}

// ---------------------------------------------------------------- keys

TEST_CASE("collapse_space trims and folds every kind of white space", "[unicode][keys]") {
    CHECK(collapse_space("  a \t\n b  ") == "a b");
    CHECK(collapse_space("a\xC2\xA0\xC2\xA0" "b") == "a b");          // NBSP
    CHECK(collapse_space("\xE3\x80\x80" "中文\xE3\x80\x80") == "中文");  // ideographic space
    CHECK(collapse_space("a\xE2\x80\xAF" "b") == "a b");               // narrow NBSP
    CHECK(collapse_space("") == "");
    CHECK(collapse_space(" \t ") == "");
    CHECK(collapse_space("word") == "word");
}

TEST_CASE("fold_key applies NFKC", "[unicode][keys]") {
    CHECK(fold_key("ＡＢＣ　ｄｅｆ") == "abc def");  // full-width letters and space
    CHECK(fold_key("\xEF\xAC\x81" "ne \xEF\xAC\x82" "ow") == "fine flow");  // ﬁ ﬂ ligatures
    CHECK(fold_key("e\xCC\x81t\xC3\xA9") == fold_key("\xC3\xA9t\xC3\xA9"));  // decomposed é
    CHECK(fold_key("①②") == "12");
    CHECK(fold_key("ｶﾀｶﾅ") == fold_key("カタカナ"));  // half-width katakana
}

TEST_CASE("fold_key folds case in every cased script", "[unicode][keys]") {
    CHECK(fold_key("Hello WORLD") == "hello world");
    CHECK(fold_key("STRASSE") == fold_key("Straße"));  // German sharp s
    CHECK(fold_key("Straße") == "strasse");
    CHECK(fold_key("ΟΔΟΣ") == fold_key("οδος"));      // Greek, final sigma
    CHECK(fold_key("ΚΑΛΗΜΕΡΑ") == "καλημερα");
    CHECK(fold_key("МОСКВА Столица") == "москва столица");
    CHECK(fold_key("ÀÉÎÕÜ") == "àéîõü");
    // Caseless scripts are unchanged.
    CHECK(fold_key("مرحبا بالعالم") == "مرحبا بالعالم");
    CHECK(fold_key("今日は") == "今日は");
}

TEST_CASE("fold_key collapses white space, NBSP included, and drops ignorables", "[unicode][keys]") {
    CHECK(fold_key("  One\xC2\xA0two \t\n three  ") == "one two three");
    CHECK(fold_key("a\xE2\x80\x83" "b") == "a b");                 // em space
    CHECK(fold_key("co\xC2\xADoperate") == "cooperate");           // soft hyphen
    CHECK(fold_key("") == "");
}

TEST_CASE("fold_key keeps punctuation and different words apart", "[unicode][keys]") {
    CHECK(fold_key("Kyiv.") != fold_key("Kyiv"));
    CHECK(fold_key("one two") != fold_key("onetwo"));
    CHECK(fold_key("résumé") != fold_key("resume"));  // accents are not stripped
    CHECK(fold_key("москва") != fold_key("mockba"));  // look-alike Latin is another word
}

TEST_CASE("loose_key keeps only words", "[unicode][keys]") {
    CHECK(loose_key("Kyiv.") == loose_key("kyiv"));
    CHECK(loose_key("Kyiv.") == "kyiv");
    CHECK(loose_key("  Hello,   World! ") == "hello world");
    CHECK(loose_key("'Quoted' — (text)…") == "quoted text");
    CHECK(loose_key("Привет, МИР!") == "привет мир");
    CHECK(loose_key("你好，世界。") == "你好 世界");
    CHECK(loose_key("Straße 12, Köln") == "strasse 12 köln");
    CHECK(loose_key("— • … ***") == "");
    CHECK(loose_key("") == "");
    // Words stay separate even when only punctuation separated them.
    CHECK(loose_key("one,two") == "one two");
    CHECK(loose_key("one two") != loose_key("onetwo"));
}

// ---------------------------------------------------------------- measure

TEST_CASE("measure counts words in spaced scripts", "[unicode][measure]") {
    CHECK(measure("The quick brown fox jumps.").words == 5);
    CHECK(measure("Don't stop the well-known show").words == 5);  // apostrophe, hyphen inside words
    CHECK(measure("Россия начала наступление на город.").words == 5);
    CHECK(measure("Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.").words == 7);
    CHECK(measure("ذهب الولد إلى المدرسة").words == 4);
    CHECK(measure("यह एक छोटा वाक्य है।").words == 5);  // marks do not break words
    CHECK(measure("In 2024, 3 people").words == 4);
    CHECK(measure("").words == 0);
    CHECK(measure(" — … ").words == 0);
}

TEST_CASE("measure counts one word per two characters in unspaced scripts", "[unicode][measure]") {
    CHECK(measure("今天天气很好").words == 3);      // 6 Han characters
    CHECK(measure("今天天气很好。").words == 3);
    CHECK(measure("これはペンです。").words == 4);  // 7 Kana/Han characters, rounded up
    CHECK(measure("中").words == 1);
    CHECK(measure("東京 大阪").words == 2);          // two runs of two
    CHECK(measure("ภาษาไทย").words == 4);           // 7 Thai characters
    // Mixed: Latin words count as words, the Han run by pairs.
    CHECK(measure("iPhone 发布会").words == 3);
    CHECK(measure("今天天气很好").letters == 6);
}

TEST_CASE("measure sees final punctuation in several scripts", "[unicode][measure]") {
    CHECK(measure("It rained.").final_punct);
    CHECK(measure("Did it rain?").final_punct);
    CHECK(measure("It rained!").final_punct);
    CHECK(measure("And then…").final_punct);
    CHECK(measure("今天天气很好。").final_punct);
    CHECK(measure("هل ذهبت؟").final_punct);
    CHECK(measure("यह वाक्य है।").final_punct);
    CHECK(measure("Это всё.").final_punct);
    CHECK(measure("It rained.   ").final_punct);  // trailing space does not matter
    SECTION("closing quotes and brackets after the period") {
        CHECK(measure("He said 'it rained.'").final_punct);
        CHECK(measure("He said \"it rained.\"").final_punct);
        CHECK(measure("He said \xE2\x80\x9Cit rained.\xE2\x80\x9D").final_punct);  // ”
        CHECK(measure("(It rained.)").final_punct);
        CHECK(measure("Il a dit «il pleut.»").final_punct);
        CHECK(measure("「雨です。」").final_punct);
        CHECK(measure("He said 'it rained.')\"").final_punct);  // several closers
    }
    SECTION("no final punctuation") {
        CHECK_FALSE(measure("Rescuers search the rubble in Kyiv").final_punct);
        CHECK_FALSE(measure("A list of things,").final_punct);
        CHECK_FALSE(measure("Pictured:").final_punct);
        CHECK_FALSE(measure("Jen Psaki (pictured)").final_punct);
        CHECK_FALSE(measure("He said 'it rained'").final_punct);
        CHECK_FALSE(measure("今天天气很好").final_punct);
        CHECK_FALSE(measure("Version 3.5 released").final_punct);
        CHECK_FALSE(measure("").final_punct);
    }
}

TEST_CASE("measure sees a final colon", "[unicode][measure]") {
    CHECK(measure("Elsewhere in the crisis overnight:").ends_colon);
    CHECK(measure("Pictured:  ").ends_colon);
    CHECK(measure("以下の通り：").ends_colon);  // full-width colon
    CHECK_FALSE(measure("Pictured: rescuers at work").ends_colon);
    CHECK_FALSE(measure("It rained.").ends_colon);
    CHECK_FALSE(measure("Elsewhere overnight:").final_punct);
}

TEST_CASE("measure tells how a block starts", "[unicode][measure]") {
    auto up = [](std::string_view s) { return measure(s).starts_upper; };
    auto low = [](std::string_view s) { return measure(s).starts_lower; };
    CHECK(up("Hello there"));
    CHECK(up("'Quoted start' here"));
    CHECK(up("«Привет», сказал он"));
    CHECK(up("Ελλάδα"));
    CHECK(up("12 Angry Men"));  // first letter decides, digits are skipped
    CHECK_FALSE(low("Hello there"));
    CHECK(low("hello there"));
    CHECK(low("éclair"));
    CHECK(low("москва"));
    CHECK(low("12 angry men"));
    CHECK_FALSE(up("hello there"));
    // Scripts without case count as upper (a sentence may start there), never lower.
    CHECK(up("مرحبا"));
    CHECK_FALSE(low("مرحبا"));
    CHECK(up("今日は"));
    CHECK_FALSE(low("今日は"));
    // Nothing to start with.
    CHECK_FALSE(up("123 ..."));
    CHECK_FALSE(low("123 ..."));
}

TEST_CASE("measure counts sentence ends, capitals, digits and code points", "[unicode][measure]") {
    text_stats s = measure("One. Two! Three? Four");
    CHECK(s.sentence_ends == 3);
    CHECK(s.words == 4);
    CHECK(s.upper_initial_words == 4);
    CHECK_FALSE(s.final_punct);
    CHECK(measure("Pi is 3.14 or so.").sentence_ends == 1);  // the decimal point is not one
    CHECK(measure("He said 'go.' Then left.").sentence_ends == 2);
    CHECK(measure("Jane Doe and John Roe for the Outlet").upper_initial_words == 5);
    CHECK(measure("Born in 1999, aged 25").digits == 6);
    CHECK(measure("ab\xE2\x82\xAC").code_points == 3);
    CHECK(measure("Привет").letters == 6);
}

// The fast paths (ASCII runs copied in bulk, ASCII case folding without
// utf8proc) must give exactly what the plain utf8proc code gives. The
// references below are that plain code, kept here to compare against.
namespace {

std::string reference_sanitize(std::string_view in) {
    std::string out;
    std::size_t i = in.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < in.size()) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            ++i;
            if (c == '\r') {
                if (i < in.size() && in[i] == '\n') ++i;
                out.push_back('\n');
            } else if (c == '\n' || c == '\t' || c >= 0x20) {
                out.push_back(static_cast<char>(c));
            }
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(in.data() + i),
                                  static_cast<utf8proc_ssize_t>(in.size() - i), &cp);
        if (n <= 0) {
            cp = 0xFFFD;
            n = 1;
        }
        i += static_cast<std::size_t>(n);
        utf8proc_uint8_t buf[4];
        auto len = utf8proc_encode_char(cp, buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    }
    return out;
}

std::size_t reference_valid_prefix(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) break;
        i += static_cast<std::size_t>(n);
    }
    return i;
}

std::string reference_fold(std::string_view s) {
    utf8proc_uint8_t* raw = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &raw,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                         UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
    std::string out = n < 0 ? std::string(s) : std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
    std::free(raw);
    return collapse_space(out);
}

// Random byte strings weighted towards what breaks fast paths: runs of
// ASCII, controls and CR/LF, valid and broken multibyte sequences, and
// boundaries at every offset of an eight-byte block.
std::string random_bytes(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {
        "abcdefgh", "Hello, World", " ", "\t", "\n", "\r\n", "\r", std::string(1, '\0'), "\x01", "\x1F", "\x7F",
        "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98", "\xC0\xAF",
        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\x80", "\xEF\xBB\xBF", "\xC2\xA0", "\xE0\x9F\xBF"};
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
        if (rng() % 3 == 0) s.append(rng() % 9, static_cast<char>('a' + rng() % 26));
        s += pieces[rng() % pieces.size()];
    }
    return s;
}

}  // namespace

TEST_CASE("sanitize_text and valid_utf8_prefix agree with utf8proc on random bytes", "[unicode][sanitize]") {
    std::mt19937 rng(20261125);
    for (int k = 0; k < 20000; ++k) {
        std::string s = random_bytes(rng);
        INFO("case " << k);
        REQUIRE(sanitize_text(s) == reference_sanitize(s));
        REQUIRE(valid_utf8_prefix(s) == reference_valid_prefix(s));
    }
}

TEST_CASE("fold_key's ASCII path matches utf8proc for every ASCII character", "[unicode]") {
    std::string all;
    for (int c = 1; c < 128; ++c) all.push_back(static_cast<char>(c));
    CHECK(fold_key(all) == reference_fold(all));
    for (int c = 1; c < 128; ++c) {
        std::string s = std::string("Ab") + static_cast<char>(c) + "Zy";
        INFO("character " << c);
        CHECK(fold_key(s) == reference_fold(s));
    }
    CHECK(fold_key("The QUICK Fox") == "the quick fox");
    CHECK(fold_key("Stra\xC3\x9F" "e") == "strasse");  // not ASCII: utf8proc still folds it
}

// fold_key folds long ASCII runs without utf8proc and sends the rest to it in
// pieces cut before ASCII characters; the result must be what utf8proc gives
// for the whole text, also where a combining mark follows an ASCII letter
// ("e" + U+0301 composes to "é"), marks need reordering, or compatibility
// and case mappings expand.
TEST_CASE("fold_key in pieces equals utf8proc on the whole text", "[unicode]") {
    static const std::vector<std::string> pieces = {
        "The quick brown fox jumps over the lazy dog", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", " ", "e", "E", "A",
        "\xCC\x81",          // U+0301 combining acute
        "\xCC\x88",          // U+0308 combining diaeresis
        "\xCC\xA3",          // U+0323 combining dot below (reorders before U+0301)
        "\xCC\xB8",          // U+0338 combining long solidus overlay ("<" + it composes)
        "\xC3\xA9", "\xC3\x85", "\xE2\x84\xA6", "\xE2\x84\xAA",  // é Å Ohm Kelvin
        "\xEF\xAC\x81", "\xC2\xB2", "\xEF\xBC\xA1", "\xE3\x8E\x8F",  // ﬁ ² Ａ ㎏
        "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "\xEA\xB0\x80",  // Hangul jamo L V T, syllable
        "\xC2\xAD", "\xE2\x80\x8D", "\xCE\xA3", "\xC3\x9F", "\xC4\xB0", "\xE4\xB8\xAD", "\xC2\xA0",
        "\xE2\x80\x99", "\xE2\x80\x94", "<", "=", "\xD7\xB0", "\xD6\xB0"};
    std::mt19937 rng(5);
    for (int k = 0; k < 20000; ++k) {
        std::string s;
        const int n = static_cast<int>(rng() % 10);
        for (int j = 0; j < n; ++j) s += pieces[rng() % pieces.size()];
        INFO("case " << k);
        REQUIRE(fold_key(s) == reference_fold(s));
    }
}
